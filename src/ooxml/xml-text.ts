/**
 * Text into the XML of a package part, as both writers need it: the workbook's sheets
 * (src/workbook/sheet-xml.ts, which also escapes Excel's "_xHHHH_") and the Word papers'
 * tables (src/documents/word/table-xml.ts). XML 1.0 (§2.2) cannot hold the C0 controls other
 * than tab, line feed and carriage return, nor U+FFFE and U+FFFF: a reader refuses the part.
 */
const INVALID_SOURCE = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]';

/** Every character XML 1.0 cannot hold (global: for `replace`). */
export const XML_INVALID = new RegExp(INVALID_SOURCE, 'g');
/** Whether a text holds one (not global, so `test` keeps no position between calls). */
const HAS_INVALID = new RegExp(INVALID_SOURCE);

/** The text without the characters XML cannot hold. */
export const xmlChars = (s: string): string => (HAS_INVALID.test(s) ? s.replace(XML_INVALID, '') : s);

/** Element content: the characters XML cannot hold dropped, &, < and > escaped. */
export function xmlText(s: string): string {
  const clean = xmlChars(s);
  return /[&<>]/.test(clean) ? clean.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : clean;
}
