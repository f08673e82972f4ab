/**
 * A result sheet as SpreadsheetML (the XML of one worksheet part), written directly: the
 * .xlsx adapter uses it for the sheets it makes, so a million result cells cost string
 * concatenation rather than ExcelJS's cell model. Pure; no ExcelJS, no DOM, no Node.
 * Element order follows CT_Worksheet of ECMA-376 Part 1 (§18.3.1.99); strings are inline.
 */
import { cellAddress, columnLetter, type CellSpec, type SheetSpec, type StyleId } from '../sheets/grid';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Characters XML 1.0 does not allow, even escaped (control characters other than tab, LF, CR). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
/** Excel keeps at most 32 767 characters in a cell. */
const MAX_CELL_CHARS = 32767;

const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * Text for XML content or an attribute. Excel also reads "_xHHHH_" as an escaped character
 * (ST_Xstring): a literal one keeps its underscore as "_x005F_".
 */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(INVALID_XML, '')
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

const mmToInch = (mm: number) => Math.round((mm / 25.4) * 100) / 100;

function cellXml(ref: string, cell: CellSpec, styleIndex: (id: StyleId) => number): string {
  const s = cell.s ? ` s="${styleIndex(cell.s)}"` : '';
  const v = cell.v;
  if (v === null || v === '') return s ? `<c r="${ref}"${s}/>` : '';
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s} t="inlineStr"><is><t>${String(v)}</t></is></c>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  // Text is always text: a string starting with "=" is written as a string, never as a formula.
  const text = v.length > MAX_CELL_CHARS ? v.slice(0, MAX_CELL_CHARS) : v;
  // Leading or trailing spaces are kept only when the text says so.
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
}

/**
 * The worksheet part for `spec`; `styleIndex` gives the workbook's cellXfs index of a style.
 * `widthScale` turns the spec's widths (Calibri 11's digit) into the workbook's own unit, the
 * digit of its default font (see default-font.ts), so columns print as wide as laid out.
 */
export function sheetXml(spec: SheetSpec, styleIndex: (id: StyleId) => number, widthScale = 1): string {
  const width = Math.max(1, spec.widths.length, ...spec.rows.map((r) => r.length));
  const height = Math.max(1, spec.rows.length);
  const out: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`];
  const fit = spec.print?.fitToWidth && spec.print.scale === undefined;
  if (fit) out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${cellAddress(height - 1, width - 1)}"/>`);
  const f = spec.freeze;
  if (f && (f.rows > 0 || (f.cols ?? 0) > 0)) {
    const rows = f.rows;
    const cols = f.cols ?? 0;
    const topLeft = cellAddress(rows, cols);
    const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
    out.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.widths.length) {
    out.push('<cols>');
    spec.widths.forEach((w, i) => out.push(`<col min="${i + 1}" max="${i + 1}" width="${Math.round(w * widthScale * 256) / 256}" customWidth="1"/>`));
    out.push('</cols>');
  }
  out.push('<sheetData>');
  const letters = Array.from({ length: width }, (_, c) => columnLetter(c));
  const heights = spec.heights;
  spec.rows.forEach((row, r) => {
    let cells = '';
    for (let c = 0; c < row.length; c++) cells += cellXml(`${letters[c]}${r + 1}`, row[c], styleIndex);
    // A row's height is set even when it is empty: the blank lines of a paper keep their room.
    const ht = heights?.[r] ? ` ht="${heights[r]}" customHeight="1"` : '';
    if (cells) out.push(`<row r="${r + 1}"${ht}>${cells}</row>`);
    else if (ht) out.push(`<row r="${r + 1}"${ht}/>`);
  });
  out.push('</sheetData>');
  if (spec.autoFilter) out.push(`<autoFilter ref="${spec.autoFilter}"/>`);
  // Excel refuses a merge of a single cell.
  const merges = spec.merges.filter((m) => m.includes(':') && m.split(':')[0] !== m.split(':')[1]);
  if (merges.length) out.push(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  const p = spec.print;
  if (p) {
    const m = p.margins;
    out.push(`<pageMargins left="${mmToInch(m.left)}" right="${mmToInch(m.right)}" top="${mmToInch(m.top)}" bottom="${mmToInch(m.bottom)}" header="0.3" footer="0.3"/>`);
    const scale = p.scale !== undefined ? ` scale="${Math.round(p.scale)}"` : '';
    out.push(`<pageSetup paperSize="9"${scale} orientation="${p.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
    // The footer's text and language are the write plan's (src/workbook/write-plan.ts).
    if (p.footer) out.push(`<headerFooter><oddFooter>&amp;C${escapeXml(p.footer)}</oddFooter></headerFooter>`);
    // Manual breaks: "id" is the last row of the page before (ECMA-376 §18.3.1.73, CT_Break).
    const breaks = (p.rowBreaks ?? []).filter((b) => b > 1);
    if (breaks.length) out.push(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  }
  out.push('</worksheet>');
  return out.join('');
}
