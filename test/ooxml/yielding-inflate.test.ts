/**
 * The preview's reading hands the page back while it inflates a large part (issue 19): the
 * same bytes as inflating in one go, in pieces, and other work gets its turn in between.
 */
import { deflateSync, inflateSync } from 'fflate';
import { yieldingInflate } from '../../src/ooxml/zip-read';

/** A sheet's XML as it compresses: 20 000 rows, much alike. */
function rowsXml(n: number): Uint8Array {
  let s = '<sheetData>';
  for (let i = 1; i <= n; i++) s += `<row r="${i}"><c r="A${i}"><v>${i}</v></c><c r="B${i}" t="s"><v>${i % 97}</v></c></row>`;
  return new TextEncoder().encode(s + '</sheetData>');
}

test('the same bytes as inflating at once, and the page gets turns while it inflates', async () => {
  const xml = rowsXml(20000);
  const packed = deflateSync(xml);
  // Compared as bytes in one call (an element-by-element comparison of 1.4 MB takes jest minutes).
  const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
  expect(same(inflateSync(packed), xml)).toBe(true);
  const chunks: Uint8Array[] = [];
  // Another piece of work waiting for its turn: with a budget of 0 ms the inflating hands the thread back after every piece.
  let turns = 0;
  const other = setInterval(() => turns++, 0);
  try {
    await yieldingInflate(0).inflate(packed, (c) => chunks.push(c.slice()));
  } finally {
    clearInterval(other);
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  expect(same(out, xml)).toBe(true);
  expect(chunks.length).toBeGreaterThan(1);
  expect(turns).toBeGreaterThan(0);
});

test('an error of the reader stops the inflating and is thrown back', async () => {
  const packed = deflateSync(rowsXml(2000));
  await expect(
    yieldingInflate(0).inflate(packed, () => {
      throw new Error('bad XML');
    }),
  ).rejects.toThrow('bad XML');
});
