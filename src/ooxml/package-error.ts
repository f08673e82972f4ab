/**
 * Why a package cannot be read or written, as data: a code the catalogue turns into a
 * sentence (src/i18n/package.ts, `package.<code>`), the part (and sheet, cell) concerned,
 * and the numbers the sentence needs. Thrown by the zip reader, the XML parser, the sheet
 * reader and the package editor; the command line and the preview say it to the clerk.
 */
import { t, type Lang } from '../i18n/catalogue';
export type PackageErrorCode =
  /** Not a zip at all (an old .xls, a CSV, a PDF…). */
  | 'not-zip'
  /** A zip, but its structure is broken (truncated, offsets outside the file, a local header that disagrees…). */
  | 'corrupt'
  /** A part whose bytes do not inflate to what the directory says (CRC or size). */
  | 'corrupt-part'
  | 'encrypted'
  | 'method'
  | 'too-many-entries'
  | 'part-too-large'
  | 'total-too-large'
  | 'duplicate-entry'
  /** Absolute, "..", backslash or control characters in an entry name (zip-slip). */
  | 'bad-entry-name'
  /** A zip without a workbook (a .docx, a zip of photos…). */
  | 'no-workbook'
  /** A DOCTYPE in a part: OOXML forbids DTDs, and they carry XXE and entity expansion. */
  | 'doctype'
  | 'bad-xml'
  | 'bad-encoding'
  /** A sheet listed in the workbook whose part is missing or outside the package. */
  | 'missing-sheet'
  | 'duplicate-sheet'
  /** A cell outside Excel's grid or a shared string that does not exist. */
  | 'bad-cell'
  /** A sheet whose used range holds more cells than a review can keep in memory. */
  | 'grid-too-large'
  /** The package written does not list the sheets it holds (checked after every edit). */
  | 'inconsistent'
  /** A part parsed into a tree (workbook, relationships, content types, styles, core properties) with more nodes than its budget. */
  | 'xml-too-large'
  /** The parts of one package parsed into trees, together over the package's budget of nodes. */
  | 'package-xml-too-large'
  /** A part nested deeper than the engine's stack (kept as a sentence, should the iterative code ever meet one). */
  | 'xml-too-deep'
  /** An Excel binary workbook (.xlsb): its parts are records, not XML. */
  | 'binary-workbook';

export interface PackageErrorDetail {
  /** The part concerned ("xl/worksheets/sheet1.xml"). */
  part?: string;
  sheet?: string;
  cell?: string;
  /** A limit, in the unit the message gives (MB, entries, million cells). */
  limit?: number;
  /** A count or size found. */
  found?: number;
  line?: number;
  column?: number;
  /** The compression method number, for 'method'. */
  method?: number;
  /** For 'inconsistent': the sheets listed and the sheets present. */
  listed?: string;
  present?: string;
  /** A sub-reason of 'corrupt' / 'corrupt-part' (a catalogue key suffix: 'crc', 'size', 'truncated'…). */
  reason?: string;
}

export class PackageError extends Error {
  /** The file's name, set by whoever knows it (the command line, the preview). */
  file?: string;

  constructor(
    readonly code: PackageErrorCode,
    readonly detail: PackageErrorDetail = {},
  ) {
    super(`${code}${detail.part ? ` (${detail.part})` : ''}${detail.reason ? `: ${detail.reason}` : ''}`);
    this.name = 'PackageError';
  }

  /** The same error, naming the file. */
  inFile(file: string): PackageError {
    this.file ??= file;
    return this;
  }
}

export const isPackageError = (e: unknown): e is PackageError => e instanceof PackageError;

/** The sentence for the clerk; `file` when the error does not know its file yet. */
export function describePackageError(e: PackageError, lang: Lang, file = e.file ?? ''): string {
  const d = e.detail;
  const reason = d.reason && /^[a-z0-9-]+$/.test(d.reason) ? t(`package.reason.${d.reason}`, {}, lang) : '';
  return t(
    `package.${e.code}`,
    {
      file,
      part: d.part ?? '',
      sheet: d.sheet ?? '',
      cell: d.cell ? t('package.cell', { cell: d.cell }, lang) : '',
      where: d.part ? t('package.where', { part: d.part }, lang) : '',
      reason,
      limit: d.limit,
      found: d.found,
      line: d.line,
      column: d.column,
      method: d.method,
      listed: d.listed ?? '',
      present: d.present ?? '',
    },
    lang,
  );
}
