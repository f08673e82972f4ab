/**
 * The .docx package of a paper: the parts `docx` made (render.ts), with each table's marker
 * paragraph in word/document.xml replaced by the table's XML (table-xml.ts). The XML of a
 * table is made, encoded and deflated piece by piece as the zip asks for it, so a list of
 * 50 000 people never sits in memory whole, as a string or as bytes: what stays is the
 * deflated package.
 *
 * The zip is the project's own (src/ooxml, the one zip under the workbook editor too): the
 * parts `docx` made are copied as they are, compressed; word/document.xml is deflated piece by
 * piece. How it is deflated is a parameter: fflate's deflate (pure JavaScript, the browser)
 * by default; the command line passes Node's zlib (src/cli/node-zip.ts), several times
 * faster on a long list.
 */
import { fflateCompressor, memorySink, writeZip, ZipReader, type Compressor, type OutPart } from '../../ooxml/zip';
import type { Table } from '../../dossier/model';
import { tableXml } from './table-xml';

/** A table and the width of the text area it spans, in twips. */
export interface PlacedTable {
  table: Table;
  width: number;
}

const utf8 = new TextEncoder();
const text = new TextDecoder();

/** Start and end of the paragraph `<w:p …>…</w:p>` around `at`. */
function paragraphAround(xml: string, at: number): [number, number] {
  const start = Math.max(xml.lastIndexOf('<w:p>', at), xml.lastIndexOf('<w:p ', at));
  const end = xml.indexOf('</w:p>', at);
  if (start < 0 || end < 0) throw new Error('Word renderer: a table marker outside a paragraph');
  return [start, end + '</w:p>'.length];
}

/** word/document.xml as text: what `docx` wrote, each table's XML where its marker was. */
function* documentText(xml: string, tables: PlacedTable[], marker: (i: number) => string): Generator<string> {
  let from = 0;
  for (let i = 0; i < tables.length; i++) {
    const at = xml.indexOf(marker(i), from);
    if (at < 0) throw new Error(`Word renderer: the marker of table ${i} is missing`);
    const [start, end] = paragraphAround(xml, at);
    yield xml.slice(from, start);
    yield* tableXml(tables[i].table, tables[i].width);
    from = end;
  }
  yield xml.slice(from);
}

/** Characters gathered before they are encoded and handed to the deflater: a row's few hundred bytes at a time would be thousands of calls. */
const PIECE_CHARS = 64 * 1024;

/** The same text as UTF-8, in pieces of about PIECE_CHARS characters (never the whole list at once). */
function* utf8Pieces(texts: Iterable<string>): Generator<Uint8Array> {
  let batch: string[] = [];
  let size = 0;
  for (const t of texts) {
    batch.push(t);
    size += t.length;
    if (size >= PIECE_CHARS) {
      yield utf8.encode(batch.join(''));
      batch = [];
      size = 0;
    }
  }
  yield utf8.encode(batch.join(''));
}

/** The package `skeleton` (from `docx`) with its tables put in place of their markers. */
export async function fillTables(skeleton: Uint8Array, tables: PlacedTable[], marker: (i: number) => string, compressor: Compressor = fflateCompressor): Promise<Uint8Array> {
  const zip = ZipReader.open(skeleton);
  const parts: OutPart[] = zip.names().map((name): OutPart => {
    // Each piece of the document goes into the zip before the next is made.
    if (name === 'word/document.xml' && tables.length) return { name, pieces: () => utf8Pieces(documentText(text.decode(zip.read(name)), tables, marker)) };
    return { name, copy: { reader: zip, entry: zip.entry(name)! } };
  });
  const sink = memorySink();
  await writeZip(parts, sink, compressor);
  return sink.bytes();
}
