/**
 * The streaming scanner that reads worksheets (src/ooxml/xml-scan.ts) against saxes, a
 * strict XML parser written by others: on generated documents, well-formed or broken on
 * purpose, fed in random pieces, both must accept and report the same tags, attributes
 * and text, or both refuse.
 */
import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { XmlScanner } from '../../src/ooxml/xml-scan';

type Event = string;

function bySaxes(xml: string): Event[] | 'error' {
  const out: Event[] = [];
  let depth = 0;
  let text = '';
  const flush = () => {
    if (text) out.push(`text:${text}`);
    text = '';
  };
  try {
    const p = new SaxesParser();
    p.on('doctype', () => {
      throw new Error('doctype');
    });
    p.on('opentag', (t) => {
      flush();
      depth++;
      out.push(`open:${t.name}:${JSON.stringify(Object.entries(t.attributes))}`);
    });
    p.on('closetag', (t) => {
      flush();
      depth--;
      out.push(`close:${t.name}`);
    });
    p.on('text', (t) => {
      if (depth > 0) text += t;
    });
    p.on('cdata', (t) => {
      if (depth > 0) text += t;
    });
    p.on('error', (e) => {
      throw e;
    });
    p.write(xml).close();
  } catch {
    return 'error';
  }
  return out;
}

function byScanner(xml: string, cuts: number[]): Event[] | 'error' {
  const out: Event[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push(`text:${text}`);
    text = '';
  };
  try {
    const s = new XmlScanner({
      open(name, attrs, count) {
        flush();
        const pairs: [string, string][] = [];
        for (let i = 0; i < count; i += 2) pairs.push([attrs[i], attrs[i + 1]]);
        out.push(`open:${name}:${JSON.stringify(pairs)}`);
      },
      close(name) {
        flush();
        out.push(`close:${name}`);
      },
      text(t) {
        text += t;
      },
    });
    s.wantText = true;
    let at = 0;
    for (const c of [...cuts.filter((x) => x > 0 && x < xml.length)].sort((a, b) => a - b)) {
      s.write(xml.slice(at, c));
      at = c;
    }
    s.write(xml.slice(at));
    s.close();
  } catch {
    return 'error';
  }
  return out;
}

const name = fc.constantFrom('a', 'b', 'x:c', 'row', 'v', '_d', 'é', 'a-1', 'x.y');
const chars = fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '\t', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&#65;', '&#x1F600;', 'é', 'Đức', '>', ']', ']]', '😀', '_x0041_');
const text = fc.array(chars, { maxLength: 6 }).map((a) => a.join(''));
const attrValue = fc.array(fc.constantFrom('1', 'a b', '&amp;', "'", '"', '&#10;', '\t', '\n', 'Nguyễn'), { maxLength: 4 }).map((a) => a.join(''));
const attribute = fc.record({ name: fc.constantFrom('r', 't', 's', 'x:y', 'xmlns:x', 'xml:space'), value: attrValue, quote: fc.constantFrom('"', "'"), space: fc.constantFrom('', ' ', '\n ') });

type Node = string;
const { node } = fc.letrec<{ node: Node }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    text.map((t) => `<![CDATA[${t.replace(/]]>/g, '')}]]>`),
    fc.constantFrom('<!-- ghi chú -->', '<?pi dữ liệu?>', '<!---->'),
    fc
      .record({ name, attrs: fc.uniqueArray(attribute, { maxLength: 3, selector: (a) => a.name }), children: fc.array(tie('node'), { maxLength: 4 }), selfClose: fc.boolean() })
      .map(({ name: n, attrs, children, selfClose }) => {
        const open = `<${n}${attrs.map((a) => ` ${a.name}${a.space}=${a.space}${a.quote}${a.value.split(a.quote).join(a.quote === '"' ? '&quot;' : '&apos;')}${a.quote}`).join('')}`;
        return !children.length && selfClose ? `${open}/>` : `${open}>${children.join('')}</${n}>`;
      }),
  ),
}));

const document = fc
  .record({
    decl: fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n', "<?xml version='1.0'?>"),
    root: fc.record({ name, children: fc.array(node, { maxLength: 5 }) }),
    after: fc.constantFrom('', '\n', '<!-- hết -->', ' <?x y?>'),
  })
  .map(({ decl, root, after }) => `${decl}<${root.name} xmlns:x="urn:x">${root.children.join('')}</${root.name}>${after}`);
/** Text pieces side by side can spell "]]>", which no document may hold: those are left to the broken ones. */
const wellFormed = document.filter((xml) => bySaxes(xml) !== 'error');

const TRICKY = [
  '<',
  '>',
  '&',
  '&bogus;',
  '"',
  "'",
  ']]>',
  '<!--',
  '-->',
  '--',
  '<![CDATA[',
  '<!DOCTYPE a>',
  '</a>',
  '<a>',
  '/>',
  '=',
  ' ',
  '\u0001',
  '<?xml version="1.0"?>',
  '<?xml?>',
  '&#0;',
  '&#xD800;',
  '&#',
  '\uFFFE',
  '<a b="1" b="2"/>',
  '<a b="1"c="2"/>',
  '<1/>',
  '</ a>',
];
const mutated = fc
  .tuple(document, fc.array(fc.tuple(fc.nat(), fc.constantFrom(...TRICKY), fc.boolean()), { maxLength: 2 }))
  .map(([doc, edits]) => {
    let s = doc;
    for (const [at, piece, del] of edits) {
      const i = at % (s.length + 1);
      s = del ? s.slice(0, i) + s.slice(i + piece.length) : s.slice(0, i) + piece + s.slice(i);
    }
    return s;
  })
  // A cut through "😀" leaves half of it, which saxes reads as U+FFFD; the scanner refuses it
  // (XML 1.0 has no such character). Text decoded from UTF-8 never holds one: left out here.
  .filter((xml) => !/[\uD800-\uDFFF]/u.test(xml));

test('well-formed documents: the same tags, attributes and text as saxes, however they are cut into pieces', () => {
  fc.assert(
    fc.property(wellFormed, fc.array(fc.nat(400), { maxLength: 6 }), (xml, cuts) => {
      const expected = bySaxes(xml);
      expect(expected).not.toBe('error');
      expect(byScanner(xml, cuts)).toEqual(expected);
    }),
    { numRuns: 400 },
  );
});

test('broken documents: refused exactly when saxes refuses them', () => {
  let refused = 0;
  fc.assert(
    fc.property(mutated, fc.array(fc.nat(400), { maxLength: 4 }), (xml, cuts) => {
      const expected = bySaxes(xml);
      if (expected === 'error') refused++;
      expect(byScanner(xml, cuts)).toEqual(expected);
    }),
    { numRuns: 1500 },
  );
  // The mutations do break documents: a good share of the cases are refusals.
  expect(refused).toBeGreaterThan(300);
});

test('what the review relies on, stated plainly', () => {
  const events = byScanner('<?xml version="1.0"?>\r\n<a x = \'1\'\ty="a&#10;b"><b>x&amp;y<![CDATA[<z>]]></b><c/></a>\r\n', [5, 17, 30]);
  expect(events).toEqual(['open:a:[["x","1"],["y","a\\nb"]]', 'open:b:[]', 'text:x&y<z>', 'close:b', 'open:c:[]', 'close:c', 'close:a']);
  expect(byScanner('<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', [])).toBe('error');
  expect(byScanner('<a>&x;</a>', [])).toBe('error');
  expect(byScanner('<a></b>', [])).toBe('error');
  expect(byScanner('<a/><b/>', [])).toBe('error');
  expect(byScanner('<a>\ud83d</a>', [])).toBe('error');
  expect(byScanner('<a>😀</a>', [4])).toEqual(['open:a:[]', 'text:😀', 'close:a']);
});
