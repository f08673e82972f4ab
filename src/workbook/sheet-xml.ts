/**
 * A result sheet as SpreadsheetML (the XML of one worksheet part), written directly as
 * UTF-8 bytes: the .xlsx adapter uses it for the sheets it makes, so a million result cells
 * cost a few bytes each rather than ExcelJS's cell model. Pure; no ExcelJS, no DOM, no Node.
 * Element order follows CT_Worksheet of ECMA-376 Part 1 (§18.3.1.99); strings are inline.
 */
import { cellAddress, columnLetter, type CellSpec, type SheetSpec, type StyleId } from '../sheets/grid';
import { XML_INVALID } from '../ooxml/xml-text';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
/** Excel keeps at most 32 767 characters in a cell. */
const MAX_CELL_CHARS = 32767;

// eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what is looked for
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|_x[0-9A-Fa-f]{4}_/;

/**
 * Text for XML content or an attribute. Excel also reads "_xHHHH_" as an escaped character
 * (ST_Xstring): a literal one keeps its underscore as "_x005F_".
 */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s
    .replace(XML_INVALID, '')
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_')
    .replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

const mmToInch = (mm: number) => Math.round((mm / 25.4) * 100) / 100;

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const encoder = new TextEncoder();
/**
 * Characters text() may have to change: markup, CR, characters XML forbids, any surrogate
 * (pairs included: without the u flag the class stays a fast scan) — and "_x" is looked for apart.
 */
// eslint-disable-next-line no-control-regex
const ESCAPE = /[&<>"\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;
const ESCAPED_UNDERSCORE = ascii('_x005F_');
const HEX4 = /^[0-9A-Fa-f]{4}$/;
/** &, <, >, " and CR as references (a parser would read a bare CR as LF). */
const ENTITY: Record<number, Uint8Array> = { 0x26: ascii('&amp;'), 0x3c: ascii('&lt;'), 0x3e: ascii('&gt;'), 0x22: ascii('&quot;'), 0x0d: ascii('&#13;') };

/** Bytes per piece handed to the compressor: the part is never whole in memory. */
const PIECE = 64 * 1024;

/**
 * XML written straight as UTF-8 bytes into pieces of about 64 KB: no string per cell, no
 * string per row, so a million result cells make little garbage.
 */
class XmlBytes {
  /** Two buffers in turn: a piece handed out stays valid while the next one is written. */
  private spare = new Uint8Array(PIECE * 2);
  private buf = new Uint8Array(PIECE * 2);
  pos = 0;

  private room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    const bigger = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    bigger.set(this.buf.subarray(0, this.pos));
    this.buf = bigger;
  }

  /** ASCII text written as it is (markup, references, numbers). */
  ascii(s: string): void {
    this.room(s.length);
    const b = this.buf;
    let p = this.pos;
    for (let i = 0; i < s.length; i++) b[p++] = s.charCodeAt(i);
    this.pos = p;
  }

  int(n: number): void {
    if (n < 10) {
      this.room(1);
      this.buf[this.pos++] = 48 + n;
    } else this.ascii(String(n));
  }

  /**
   * Text as XML content or attribute value, escaped as escapeXml does: &, <, >, " as
   * entities, characters XML forbids dropped, "_xHHHH_" kept literal as "_x005F_xHHHH_",
   * CR as a reference (a parser would read it as LF), unpaired surrogates as U+FFFD.
   */
  text(s: string): void {
    this.room(s.length * 7 + 8);
    const b = this.buf;
    let p = this.pos;
    const n = s.length;
    // Long text with nothing to escape (most of it: reasons, citations) goes through the native encoder.
    if (n > 48 && !ESCAPE.test(s) && !s.includes('_x')) {
      this.pos = p + encoder.encodeInto(s, b.subarray(p)).written;
      return;
    }
    for (let i = 0; i < n; i++) {
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (c >= 0x20 && c !== 0x22 && c !== 0x26 && c !== 0x3c && c !== 0x3e) {
          if (c === 0x5f && i + 6 < n && s.charCodeAt(i + 1) === 0x78 && s.charCodeAt(i + 6) === 0x5f && HEX4.test(s.slice(i + 2, i + 6))) {
            // "_x005F_": the underscore itself, escaped.
            b.set(ESCAPED_UNDERSCORE, p);
            p += ESCAPED_UNDERSCORE.length;
            continue;
          }
          b[p++] = c;
        } else if (c === 0x09 || c === 0x0a) b[p++] = c;
        else {
          const e = ENTITY[c];
          // Other control characters are not allowed in XML 1.0: dropped.
          if (e) {
            b.set(e, p);
            p += e.length;
          }
        }
      } else if (c < 0x800) {
        b[p++] = 0xc0 | (c >> 6);
        b[p++] = 0x80 | (c & 0x3f);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c < 0xdc00 && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          b[p++] = 0xf0 | (c >> 18);
          b[p++] = 0x80 | ((c >> 12) & 0x3f);
          b[p++] = 0x80 | ((c >> 6) & 0x3f);
          b[p++] = 0x80 | (c & 0x3f);
        } else {
          b[p++] = 0xef;
          b[p++] = 0xbf;
          b[p++] = 0xbd;
        }
      } else if (c !== 0xfffe && c !== 0xffff) {
        b[p++] = 0xe0 | (c >> 12);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
      }
    }
    this.pos = p;
  }

  /**
   * The bytes written since the last take, as a view: valid until the piece after the next
   * is asked for (the buffers are reused, so a 100 MB sheet makes no 100 MB of garbage).
   */
  take(): Uint8Array {
    const out = this.buf.subarray(0, this.pos);
    [this.buf, this.spare] = [this.spare, this.buf];
    this.pos = 0;
    return out;
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || (c > 127 && /\s/.test(String.fromCharCode(c)));

/**
 * One cell. `open` is '<c r="' and the column's letters; `style` gives '" s="N"' (the
 * reference's closing quote and the style) for a style id, or '"' for none.
 */
function writeCell(w: XmlBytes, open: string, row: number, cell: CellSpec, style: (id: StyleId | undefined) => string): void {
  const v = cell.v;
  const empty = v === null || v === '';
  if (empty && !cell.s) return;
  w.ascii(open);
  w.int(row);
  w.ascii(style(cell.s));
  if (empty) return w.ascii('/>');
  if (typeof v === 'number') {
    if (Number.isFinite(v)) {
      w.ascii('><v>');
      w.ascii(String(v));
      return w.ascii('</v></c>');
    }
    w.ascii(' t="inlineStr"><is><t>');
    w.ascii(String(v));
    return w.ascii('</t></is></c>');
  }
  if (typeof v === 'boolean') return w.ascii(v ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
  // Text is always text: a string starting with "=" is written as a string, never as a formula.
  let text = v as string;
  if (text.length > MAX_CELL_CHARS) {
    const cut = text.charCodeAt(MAX_CELL_CHARS - 1) >= 0xd800 && text.charCodeAt(MAX_CELL_CHARS - 1) < 0xdc00 ? MAX_CELL_CHARS - 1 : MAX_CELL_CHARS;
    text = text.slice(0, cut);
  }
  // Leading or trailing spaces are kept only when the text says so.
  const preserve = isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1));
  w.ascii(preserve ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>');
  w.text(text);
  w.ascii('</t></is></c>');
}

/**
 * The worksheet part for `spec` as text; `styleIndex` gives the workbook's cellXfs index of a
 * style. `widthScale` turns the spec's widths (Calibri 11's digit) into the workbook's own
 * unit, the digit of its default font (see default-font.ts), so columns print as wide as laid out.
 */
export function sheetXml(spec: SheetSpec, styleIndex: (id: StyleId) => number, widthScale = 1): string {
  const decoder = new TextDecoder();
  let out = '';
  for (const piece of sheetXmlParts(spec, styleIndex, widthScale)) out += decoder.decode(piece, { stream: true });
  return out + decoder.decode();
}

/**
 * The worksheet part in pieces of about 64 KB, written as the packer asks for them: a
 * result sheet of 50 000 people never exists whole, as text or as bytes. A piece is a view
 * of a reused buffer: consume (or copy) it before asking for the piece after the next.
 */
export function* sheetXmlParts(spec: SheetSpec, styleIndex: (id: StyleId) => number, widthScale = 1, drawingRid?: string): Generator<Uint8Array> {
  let width = Math.max(1, spec.widths.length);
  for (const r of spec.rows) if (r.length > width) width = r.length;
  const height = Math.max(1, spec.rows.length);
  const w = new XmlBytes();
  w.ascii(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS}" xmlns:r="${NS_R}">`);
  const fit = spec.print?.fitToWidth && spec.print.scale === undefined;
  if (fit) w.ascii('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  w.ascii(`<dimension ref="A1:${cellAddress(height - 1, width - 1)}"/>`);
  const f = spec.freeze;
  if (f && (f.rows > 0 || (f.cols ?? 0) > 0)) {
    const rows = f.rows;
    const cols = f.cols ?? 0;
    const topLeft = cellAddress(rows, cols);
    const pane = rows && cols ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
    w.ascii(
      `<sheetViews><sheetView workbookViewId="0"><pane${cols ? ` xSplit="${cols}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
        `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`,
    );
  } else {
    w.ascii('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  }
  w.ascii('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.widths.length) {
    w.ascii('<cols>');
    spec.widths.forEach((width, i) => w.ascii(`<col min="${i + 1}" max="${i + 1}" width="${Math.round(width * widthScale * 256) / 256}" customWidth="1"/>`));
    w.ascii('</cols>');
  }
  w.ascii('<sheetData>');
  const opens = Array.from({ length: width }, (_, c) => `<c r="${columnLetter(c)}`);
  const styles = new Map<StyleId | undefined, string>([[undefined, '"']]);
  const style = (id: StyleId | undefined): string => {
    let a = styles.get(id);
    if (a === undefined) styles.set(id, (a = `" s="${styleIndex(id!)}"`));
    return a;
  };
  const heights = spec.heights;
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    const start = w.pos;
    w.ascii('<row r="');
    w.int(r + 1);
    const ht = heights?.[r];
    if (ht) w.ascii(`" ht="${ht}" customHeight="1`);
    w.ascii('">');
    const cells = w.pos;
    for (let c = 0; c < row.length; c++) writeCell(w, opens[c], r + 1, row[c], style);
    if (w.pos > cells) w.ascii('</row>');
    // A row without cells is written only for its height: the blank lines of a paper keep their room.
    else if (ht) {
      w.pos -= 1;
      w.ascii('/>');
    } else w.pos = start;
    if (w.pos >= PIECE) yield w.take();
  }
  w.ascii('</sheetData>');
  if (spec.autoFilter) w.ascii(`<autoFilter ref="${spec.autoFilter}"/>`);
  // Excel refuses a merge of a single cell.
  const merges = spec.merges.filter((m) => m.includes(':') && m.split(':')[0] !== m.split(':')[1]);
  if (merges.length) w.ascii(`<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  const p = spec.print;
  if (p) {
    const m = p.margins;
    w.ascii(`<pageMargins left="${mmToInch(m.left)}" right="${mmToInch(m.right)}" top="${mmToInch(m.top)}" bottom="${mmToInch(m.bottom)}" header="0.3" footer="0.3"/>`);
    const scale = p.scale !== undefined ? ` scale="${Math.round(p.scale)}"` : '';
    w.ascii(`<pageSetup paperSize="9"${scale} orientation="${p.orientation}"${fit ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`);
    // The footer's text and language are the write plan's (src/workbook/write-plan.ts).
    if (p.footer) {
      w.ascii('<headerFooter><oddFooter>&amp;C');
      w.text(p.footer);
      w.ascii('</oddFooter></headerFooter>');
    }
    // Manual breaks: "id" is the last row of the page before (ECMA-376 §18.3.1.73, CT_Break).
    const breaks = (p.rowBreaks ?? []).filter((b) => b > 1);
    if (breaks.length) w.ascii(`<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${breaks.map((b) => `<brk id="${b - 1}" max="16383" man="1"/>`).join('')}</rowBreaks>`);
  }
  // The sheet's charts (chart-xml.ts), after the page setup as CT_Worksheet orders it.
  if (drawingRid) w.ascii(`<drawing r:id="${drawingRid}"/>`);
  w.ascii('</worksheet>');
  yield w.take();
}
