/**
 * A streaming XML 1.0 scanner for the hot path, the worksheets and shared strings (a sheet
 * of 50 000 people is 650 000 cells): fed text in pieces, it reports start tags with their
 * attributes, end tags and text, checking well-formedness as it goes — one root, tags
 * that nest and match, names (XML 1.0 5th edition, via xmlchars), quoted attributes without
 * duplicates or "<", the five predefined entities and character references to allowed
 * characters only, no character XML forbids, comments without "--", "]]>" only closing
 * CDATA. A DOCTYPE is refused (no DTD, no entity of any kind: no XXE, no expansion).
 * Namespaces are left to the caller (prefixes are in the names).
 *
 * saxes does all of this too, and the package editor uses it; this scanner exists because
 * cells are many: with no object per tag or attribute, the sheet reader on it takes 0.5 s
 * for the 23 MB sheet of 50 000 people where on saxes it took 0.9 s (best of six, side by
 * side). test/ooxml/xml-scan.test.ts holds it to saxes on generated documents, well
 * formed or not.
 */
import { NAME_RE, isChar } from 'xmlchars/xml/1.0/ed5';

export interface ScanHandlers {
  /**
   * A start tag; its attributes are the first `count` entries of `attrs`, [name, value, name,
   * value…], a list the scanner reuses: read it, do not keep it.
   */
  open(name: string, attrs: string[], count: number, selfClosing: boolean): void;
  close(name: string): void;
  /** Character data (entities decoded, CDATA included), only while `wantText` is set. */
  text(text: string): void;
  /** The XML declaration's pseudo-attributes (version, encoding, standalone). */
  declaration?(attrs: string[]): void;
}

export class XmlSyntaxError extends Error {
  constructor(
    readonly why: string,
    readonly line: number,
    readonly column: number,
    readonly doctype = false,
  ) {
    super(`${line}:${column}: ${why}`);
  }
}

/** Characters XML 1.0 forbids, unpaired surrogates included (with the u flag a pair is one character). */
// eslint-disable-next-line no-control-regex -- the forbidden control characters are what is looked for
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/u;
/** The longest markup (a tag, comment, CDATA section, PI) kept while waiting for its end. */
const MAX_TOKEN = 8 * 1024 * 1024;

const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const isSpace = (c: number) => c === 32 || c === 10 || c === 9 || c === 13;

export class XmlScanner {
  /** Set by the handler while it wants the text of the element it is in. */
  wantText = false;
  private buf = '';
  private readonly stack: string[] = [];
  private readonly names = new Set<string>();
  private sawRoot = false;
  private rootClosed = false;
  private started = false;
  /** Lines and characters discarded before `buf`, for positions in messages. */
  private lineBase = 1;
  private columnBase = 0;
  private cr = false;
  private carry = '';

  constructor(private readonly h: ScanHandlers) {}

  write(chunk: string): void {
    if (this.carry) {
      chunk = this.carry + chunk;
      this.carry = '';
    }
    // A high surrogate at the end waits for its pair in the next piece.
    const last = chunk.charCodeAt(chunk.length - 1);
    if (last >= 0xd800 && last < 0xdc00) {
      this.carry = chunk.slice(-1);
      chunk = chunk.slice(0, -1);
    }
    if (this.cr) {
      chunk = `\r${chunk}`;
      this.cr = false;
    }
    if (FORBIDDEN.test(chunk)) {
      const at = chunk.search(FORBIDDEN);
      this.buf += chunk.slice(0, at);
      throw this.error(this.buf.length, 'forbidden character');
    }
    // End-of-line handling (XML 1.0 §2.11): CR LF and lone CR read as LF; a CR at the end may be half of a pair.
    if (chunk.includes('\r')) {
      if (chunk.endsWith('\r')) {
        chunk = chunk.slice(0, -1);
        this.cr = true;
      }
      chunk = chunk.replace(/\r\n?/g, '\n');
    }
    this.buf = this.buf ? this.buf + chunk : chunk;
    this.run(false);
  }

  close(): void {
    if (this.carry) {
      this.buf += this.carry;
      throw this.error(this.buf.length - 1, 'unpaired surrogate');
    }
    if (this.cr) {
      this.buf += '\n';
      this.cr = false;
    }
    this.run(true);
    if (this.buf) throw this.error(0, 'unclosed markup');
    if (!this.sawRoot) throw this.error(0, 'no root element');
    if (this.stack.length) throw this.error(0, `unclosed tag ${this.stack[this.stack.length - 1]}`);
  }

  /** Line and column of offset `at` of the buffer. */
  private error(at: number, why: string, doctype = false): XmlSyntaxError {
    const before = this.buf.slice(0, at);
    const lines = before.split('\n');
    const line = this.lineBase + lines.length - 1;
    const column = (lines.length === 1 ? this.columnBase : 0) + lines[lines.length - 1].length + 1;
    return new XmlSyntaxError(why, line, column, doctype);
  }

  private discard(upto: number): void {
    const s = this.buf;
    let count = 0;
    let last = -1;
    for (let k = s.indexOf('\n'); k >= 0 && k < upto; k = s.indexOf('\n', k + 1)) {
      count++;
      last = k;
    }
    if (count) {
      this.lineBase += count;
      this.columnBase = upto - last - 1;
    } else this.columnBase += upto;
    this.buf = s.slice(upto);
  }

  /** The last names checked: a sliced string has no cached hash, comparing is cheaper than a Set lookup. */
  private readonly recent = ['\u0000', '\u0000', '\u0000', '\u0000']; // a character no input holds (refused on arrival)
  private recentAt = 0;
  private readonly attrs: string[] = [];

  private checkName(name: string, at: number): void {
    const r = this.recent;
    if (name === r[0] || name === r[1] || name === r[2] || name === r[3]) return;
    r[this.recentAt++ & 3] = name;
    if (this.names.has(name)) return;
    if (!NAME_RE.test(name)) throw this.error(at, `bad name ${name}`);
    if (this.names.size < 4096) this.names.add(name);
  }

  private entities(text: string, at: number): string {
    return text.replace(/&([^;&<]*)(;?)/g, (m, ref: string, semi: string, offset: number) => {
      if (!semi) throw this.error(at + offset, 'unterminated entity');
      if (ref[0] === '#') {
        const code = ref[1] === 'x' ? (/^#x[0-9A-Fa-f]+$/.test(ref) ? parseInt(ref.slice(2), 16) : NaN) : /^#[0-9]+$/.test(ref) ? parseInt(ref.slice(1), 10) : NaN;
        if (!(code <= 0x10ffff) || !isChar(code)) throw this.error(at + offset, `bad character reference ${m}`);
        return String.fromCodePoint(code);
      }
      const v = PREDEFINED[ref];
      if (v === undefined) throw this.error(at + offset, `undefined entity ${m}`);
      return v;
    });
  }

  /** Character data between `from` and `to`: checked, and handed over (entities decoded) when wanted. */
  private text(s: string, from: number, to: number): void {
    const inRoot = this.stack.length > 0;
    let amp = false;
    for (let k = from; k < to; k++) {
      const c = s.charCodeAt(k);
      if (!inRoot && !isSpace(c)) throw this.error(k, 'text outside the root element');
      if (c === 38) amp = true;
      else if (c === 93 && s.charCodeAt(k + 1) === 93 && s.charCodeAt(k + 2) === 62) throw this.error(k, '"]]>" in text');
    }
    if (!inRoot) return;
    if (!this.wantText) {
      if (amp) this.entities(s.slice(from, to), from);
      return;
    }
    const t = amp ? this.entities(s.slice(from, to), from) : s.slice(from, to);
    if (t) this.h.text(t);
  }

  private run(final: boolean): void {
    const s = this.buf;
    const n = s.length;
    let i = 0;
    const incomplete = () => {
      if (final) throw this.error(i, 'unexpected end');
      if (n - i > MAX_TOKEN) throw this.error(i, 'markup too long');
    };
    scan: while (i < n) {
      const c = s.charCodeAt(i);
      if (c !== 60) {
        // Text up to the next "<"; without one, what can be decided now (an entity may be cut).
        let j = s.indexOf('<', i);
        if (j < 0) {
          if (final) j = n;
          else {
            const amp = s.lastIndexOf('&');
            j = amp >= i && s.indexOf(';', amp) < 0 ? amp : n;
            // "]]" at the end may be the start of a "]]>" the next piece completes.
            while (j > i && j > n - 2 && s.charCodeAt(j - 1) === 93) j--;
            if (j === i) break;
          }
        }
        this.text(s, i, j);
        this.started = true;
        i = j;
        continue;
      }
      if (i + 1 >= n) {
        incomplete();
        break;
      }
      const c1 = s.charCodeAt(i + 1);
      if (c1 === 47) {
        // End tag.
        const e = s.indexOf('>', i + 2);
        if (e < 0) {
          incomplete();
          break;
        }
        let k = e;
        while (k > i + 2 && isSpace(s.charCodeAt(k - 1))) k--;
        const name = s.slice(i + 2, k);
        const open = this.stack.pop();
        if (open !== name) throw this.error(i, open === undefined ? `end tag ${name} without start` : `end tag ${name} closes ${open}`);
        this.h.close(name);
        if (!this.stack.length) this.rootClosed = true;
        i = e + 1;
        continue;
      }
      if (c1 === 63) {
        // Processing instruction, or the XML declaration (only at the very start).
        const e = s.indexOf('?>', i + 2);
        if (e < 0) {
          incomplete();
          break;
        }
        let k = i + 2;
        while (k < e && !isSpace(s.charCodeAt(k))) k++;
        const target = s.slice(i + 2, k);
        if (target === 'xml') {
          if (this.started) throw this.error(i, 'XML declaration not at the start');
          this.declaration(s, k, e, i);
        } else {
          if (target.toLowerCase() === 'xml' || !target) throw this.error(i, 'bad processing instruction');
          this.checkName(target, i);
        }
        this.started = true;
        i = e + 2;
        continue;
      }
      if (c1 === 33) {
        if (s.startsWith('<!--', i)) {
          const e = s.indexOf('-->', i + 4);
          if (e < 0) {
            incomplete();
            break;
          }
          const d = s.indexOf('--', i + 4);
          if (d < e || (e > i + 4 && s.charCodeAt(e - 1) === 45)) throw this.error(i, '"--" in a comment');
          this.started = true;
          i = e + 3;
          continue;
        }
        if (s.startsWith('<![CDATA[', i)) {
          const e = s.indexOf(']]>', i + 9);
          if (e < 0) {
            incomplete();
            break;
          }
          if (!this.stack.length) throw this.error(i, 'CDATA outside the root element');
          if (this.wantText && e > i + 9) this.h.text(s.slice(i + 9, e));
          this.started = true;
          i = e + 3;
          continue;
        }
        if (s.startsWith('<!DOCTYPE', i)) throw this.error(i, 'DOCTYPE', true);
        const rest = s.slice(i, i + 9);
        if (!final && ['<![CDATA[', '<!DOCTYPE', '<!--'].some((p) => p.length > rest.length && p.startsWith(rest))) break;
        throw this.error(i, 'bad markup');
      }
      // Start tag: the name, then attributes.
      if (this.rootClosed) throw this.error(i, 'a second root element');
      let k = i + 1;
      while (k < n) {
        const ch = s.charCodeAt(k);
        if (isSpace(ch) || ch === 62 || ch === 47) break;
        k++;
      }
      if (k >= n) {
        incomplete();
        break;
      }
      const name = s.slice(i + 1, k);
      this.checkName(name, i);
      const attrs = this.attrs;
      let count = 0;
      for (;;) {
        const sp = k;
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        if (k >= n) {
          incomplete();
          break scan;
        }
        const ch = s.charCodeAt(k);
        if (ch === 62 || ch === 47) {
          let self = false;
          if (ch === 47) {
            if (k + 1 >= n) {
              incomplete();
              break scan;
            }
            if (s.charCodeAt(k + 1) !== 62) throw this.error(k, 'expected ">" after "/"');
            self = true;
            k++;
          }
          this.sawRoot = true;
          this.started = true;
          this.stack.push(name);
          this.h.open(name, attrs, count, self);
          if (self) {
            this.stack.pop();
            this.h.close(name);
            if (!this.stack.length) this.rootClosed = true;
          }
          i = k + 1;
          continue scan;
        }
        if (k === sp) throw this.error(k, 'no space before an attribute');
        const a = k;
        while (k < n) {
          const x = s.charCodeAt(k);
          if (isSpace(x) || x === 61 || x === 62 || x === 47) break;
          k++;
        }
        const an = s.slice(a, k);
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        if (k >= n) {
          incomplete();
          break scan;
        }
        if (s.charCodeAt(k) !== 61) throw this.error(k, `attribute ${an} without value`);
        k++;
        while (k < n && isSpace(s.charCodeAt(k))) k++;
        if (k >= n) {
          incomplete();
          break scan;
        }
        const q = s.charCodeAt(k);
        if (q !== 34 && q !== 39) throw this.error(k, `attribute ${an} not quoted`);
        const end = s.indexOf(q === 34 ? '"' : "'", k + 1);
        if (end < 0) {
          incomplete();
          break scan;
        }
        this.checkName(an, a);
        for (let p = 0; p < count; p += 2) if (attrs[p] === an) throw this.error(a, `duplicate attribute ${an}`);
        let value = s.slice(k + 1, end);
        if (value.includes('<')) throw this.error(k, '"<" in an attribute');
        // Attribute-value normalisation (§3.3.3): white space characters read as spaces, references after.
        if (/[\t\n]/.test(value)) value = value.replace(/[\t\n]/g, ' ');
        if (value.includes('&')) value = this.entities(value, k + 1);
        attrs[count++] = an;
        attrs[count++] = value;
        k = end + 1;
      }
    }
    if (i) this.discard(i);
    if (final && this.buf) throw this.error(0, 'unexpected end');
  }

  /** The XML declaration (§2.8): version, then encoding, then standalone, nothing else. */
  private declaration(s: string, from: number, to: number, at: number): void {
    const body = s.slice(from, to);
    const m =
      /^\s+version\s*=\s*(?:"(1\.[0-9]+)"|'(1\.[0-9]+)')(?:\s+encoding\s*=\s*(?:"([A-Za-z][A-Za-z0-9._-]*)"|'([A-Za-z][A-Za-z0-9._-]*)'))?(?:\s+standalone\s*=\s*(?:"(yes|no)"|'(yes|no)'))?\s*$/.exec(
        body,
      );
    if (!m) throw this.error(at, 'bad XML declaration');
    const attrs = ['version', m[1] ?? m[2]];
    if (m[3] ?? m[4]) attrs.push('encoding', m[3] ?? m[4]);
    if (m[5] ?? m[6]) attrs.push('standalone', m[5] ?? m[6]);
    this.h.declaration?.(attrs);
  }
}
