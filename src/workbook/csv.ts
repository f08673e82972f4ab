/**
 * A CSV (or Excel's "Unicode Text") read as a grid of text, by papaparse (a kept library:
 * quotes, separators inside quotes and line breaks inside cells are its job). No cell of a
 * CSV ever becomes a formula: every cell is text, written back as text, so "=HYPERLINK(…)",
 * "=WEBSERVICE(…)", "=cmd|…", "@SUM(…)", "+…", "-…" stay what the clerk typed (OWASP's CSV
 * injection); no office suite is run on it. The encoding is told apart from the bytes:
 * a byte order mark (UTF-8, UTF-16 LE as Excel's "Unicode Text" saves, UTF-16 BE), UTF-16
 * without one by its zero bytes, else UTF-8 if it decodes, else Windows-1258 (what Excel
 * saves as "CSV" on a Vietnamese Windows). Pure: the command line, the preview and the pane
 * use it alike.
 */
import Papa from 'papaparse';
import type { CellValue, SheetGrid } from '../sheets/grid';

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1258';

/** Bytes read to tell the encoding and the kind: enough for a few lines. */
const HEAD = 4096;

/** The encoding of a text file by its bytes (see the head of this file). */
export function csvEncoding(bytes: Uint8Array): CsvEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  // UTF-16 without a mark: the high bytes of Latin letters, digits and separators are zeros.
  const n = Math.min(bytes.length, HEAD) & ~1;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (n >= 4 && oddZeros > n / 8 && evenZeros === 0) return 'utf-16le';
  if (n >= 4 && evenZeros > n / 8 && oddZeros === 0) return 'utf-16be';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}

export function decodeCsv(bytes: Uint8Array, encoding = csvEncoding(bytes)): string {
  return new TextDecoder(encoding).decode(bytes).replace(/^\uFEFF/, '');
}

/**
 * Whether the bytes are delimited text: no NUL in what they decode to, at least two lines,
 * and a separator (";", ",", tab or "|") on the first two that are not blank.
 */
export function looksLikeCsv(bytes: Uint8Array): boolean {
  const encoding = csvEncoding(bytes);
  // Cut on an even length, so that a UTF-16 head is not split inside a character.
  const head = decodeCsv(bytes.subarray(0, Math.min(bytes.length, HEAD) & ~1), encoding);
  if (head.includes('\0')) return false;
  if (/^\s*</.test(head)) return false;
  const lines = head.split(/\r\n|\n|\r/).filter((l) => l.trim());
  return lines.length >= 2 && lines.slice(0, 2).every((l) => /[;,\t|]/.test(l));
}

export interface CsvRead {
  grid: SheetGrid;
  encoding: CsvEncoding;
  /** The separator papaparse found: ",", ";", "\t" or "|". */
  delimiter: string;
  /** Rows where a quote was left open (the rest of the file went into one cell). */
  badQuotes: number[];
}

/** The sheet name Excel gives a CSV it opens: the file's name without its extension, within Excel's rules. */
export function csvSheetName(file: string): string {
  const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
  return (
    base
      .replace(/[\\/:*?"<>|[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || 'CSV'
  );
}

/** The CSV as one sheet of text; empty cells are empty, trailing empty rows dropped. */
export function readCsv(bytes: Uint8Array, file: string): CsvRead {
  const encoding = csvEncoding(bytes);
  const text = decodeCsv(bytes, encoding);
  const parsed = Papa.parse<string[]>(text, { delimitersToGuess: [',', ';', '\t', '|'], skipEmptyLines: false, dynamicTyping: false });
  const values: CellValue[][] = parsed.data.map((row) => {
    const out: CellValue[] = row.map((c) => (c === '' ? null : c));
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (values.length && values[values.length - 1].length === 0) values.pop();
  const badQuotes = parsed.errors.filter((e) => e.type === 'Quotes' && typeof e.row === 'number').map((e) => (e.row as number) + 1);
  return {
    grid: { name: csvSheetName(file), visibility: 'visible', values, top: 0, left: 0, merges: [] },
    encoding,
    delimiter: parsed.meta.delimiter,
    badQuotes,
  };
}
