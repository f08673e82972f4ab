/**
 * The .docx package of a paper: the parts `docx` made (render.ts), with each table's marker
 * paragraph in word/document.xml replaced by the table's XML (table-xml.ts). The XML of a
 * table is made, encoded and deflated piece by piece as the zip asks for it, so a list of
 * 50 000 people never sits in memory whole, as a string or as bytes: what stays is the
 * deflated package.
 *
 * The zip is fflate's streaming writer. How each part is deflated is a parameter: fflate's
 * own deflate (pure JavaScript, the browser) by default; the command line passes Node's
 * zlib (src/cli/documents.ts), several times faster on a long list.
 */
import { strFromU8, strToU8, unzipSync, Zip, ZipDeflate, type ZipInputFile } from 'fflate';
import type { Table } from '../../dossier/model';
import { tableXml } from './table-xml';

/** A table and the width of the text area it spans, in twips. */
export interface PlacedTable {
  table: Table;
  width: number;
}

/** A part's stream in the zip: bytes pushed in, deflated (or not) by the stream itself. */
export type PartStream = ZipInputFile & { push(chunk: Uint8Array, final?: boolean): void };
export type PartDeflater = (name: string) => PartStream;

/** fflate's deflate, level 6. */
export const fflateDeflater: PartDeflater = (name) => new ZipDeflate(name, { level: 6 });

const concat = (chunks: Uint8Array[]): Uint8Array => {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(chunks.reduce((s, c) => s + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
};

/** Start and end of the paragraph `<w:p …>…</w:p>` around `at`. */
function paragraphAround(xml: string, at: number): [number, number] {
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at);
  if (start < 0 || end < 0) throw new Error('Word renderer: a table marker outside a paragraph');
  return [start, end + '</w:p>'.length];
}

/** word/document.xml in pieces: the text `docx` wrote, each table's XML where its marker was. */
function* documentXml(xml: string, tables: PlacedTable[], marker: (i: number) => string): Generator<Uint8Array> {
  let from = 0;
  for (let i = 0; i < tables.length; i++) {
    const at = xml.indexOf(marker(i), from);
    if (at < 0) throw new Error(`Word renderer: the marker of table ${i} is missing`);
    const [start, end] = paragraphAround(xml, at);
    yield strToU8(xml.slice(from, start));
    for (const piece of tableXml(tables[i].table, tables[i].width)) yield strToU8(piece);
    from = end;
  }
  yield strToU8(xml.slice(from));
}

/** The package `skeleton` (from `docx`) with its tables put in place of their markers. */
export function fillTables(skeleton: Uint8Array, tables: PlacedTable[], marker: (i: number) => string, deflater: PartDeflater = fflateDeflater): Uint8Array {
  const files = unzipSync(skeleton);
  const out: Uint8Array[] = [];
  let failed: Error | null = null;
  const zip = new Zip((err, data) => {
    if (err) failed ??= err;
    else out.push(data);
  });
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const part = deflater(name);
    zip.add(part);
    if (name === 'word/document.xml' && tables.length) {
      // Each piece goes into the zip before the next is made.
      let prev: Uint8Array | null = null;
      for (const piece of documentXml(strFromU8(bytes), tables, marker)) {
        if (prev) part.push(prev, false);
        prev = piece;
      }
      part.push(prev ?? new Uint8Array(0), true);
    } else part.push(bytes, true);
  }
  zip.end();
  if (failed) throw failed;
  return concat(out);
}
