/**
 * The Word renderer: a Paper (dossier/model.ts) to a .docx, set as NĐ 30/2020/NĐ-CP
 * Phụ lục I asks: A4, margins 20 / 20 / 30 / 15 mm (top, bottom, left, right), Times New
 * Roman, body 14 pt upright and justified with the first line indented 1 cm and 6 pt between
 * paragraphs; the agency block (parent 12 pt upright, agency 12 pt bold, a rule a third to a
 * half of its length under it) beside the national motto (12 pt bold capitals, 13 pt bold
 * with a rule of its own length under it); "Số:" 13 pt; place and date 14 pt italic; tên loại
 * and trích yếu 14 pt bold with a short rule; "Nơi nhận:" 12 pt bold italic, its lines 11 pt;
 * the signer's block bold with room for the signature and the seal; page numbers 13 pt at
 * the top centre, not on the first page. "DỰ THẢO" is boxed under the number (TT 01/2011/TT-BNV
 * Điều 15, kept in practice since). Runs in the browser and in Node.
 *
 * `docx` builds the paper around its tables; the tables themselves (a list of 50 000 people
 * is one of them) are written as WordprocessingML text by table-xml.ts and put in place of a
 * marker paragraph as the package is zipped (package.ts), so a long list costs a few bytes
 * per row and no object tree.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  LeaderType,
  PageNumber,
  PageOrientation,
  Packer,
  Paragraph as DocxParagraph,
  Table as DocxTable,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IBorderOptions,
  type ISectionOptions,
} from 'docx';
import type { Align, Appendix, Block, Paper, Paragraph, Signature, Table } from '../../dossier/model';
import { textWidth as measure } from '../../text/measure';
import { CELL_SPACING, CELL_STYLES } from './table-xml';
import { fillTables, type PlacedTable } from './package';
import { fflateCompressor, type Compressor } from '../../ooxml/zip';

/** Twips (1/20 pt) per millimetre. */
const MM = 1440 / 25.4;
const mm = (x: number) => Math.round(x * MM);

/** Width in points of `text` in Times New Roman: the sheets' table (text/font-metrics), one for both. */
const textWidth = (text: string, size: number, bold = false): number => measure(text, { size, bold });

/** NĐ 30/2020 Phụ lục I, I.5: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const MARGINS_MM = { top: 20, bottom: 20, left: 30, right: 15 } as const;
const A4 = { short: 11906, long: 16838 };

/** Sizes in points. */
const SIZE = {
  body: 14,
  parent: 12,
  agency: 12,
  motto: 12,
  mottoSub: 13,
  number: 13,
  placeDate: 14,
  kind: 14,
  copiesLabel: 12,
  copies: 11,
  page: 13,
  note: 12,
} as const;
const half = (pt: number) => pt * 2;
/** Room for the signature and the seal between the signer's title and name (a seal is 35–42 mm wide; 3 lines at least). */
const SIGN_ROOM_MM = 28;

const ALIGN: Record<Align, (typeof AlignmentType)[keyof typeof AlignmentType]> = {
  justify: AlignmentType.JUSTIFIED,
  center: AlignmentType.CENTER,
  left: AlignmentType.LEFT,
  right: AlignmentType.RIGHT,
};

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE, insideHorizontal: NONE, insideVertical: NONE };

interface Frame {
  /** Width of the text area in twips. */
  width: number;
}

function frameOf(orientation: 'portrait' | 'landscape'): Frame {
  const pageWidth = orientation === 'portrait' ? A4.short : A4.long;
  return { width: pageWidth - mm(MARGINS_MM.left) - mm(MARGINS_MM.right) };
}

function run(text: string, size: number, o: { bold?: boolean; italic?: boolean } = {}): TextRun {
  return new TextRun({ text, size: half(size), bold: o.bold, italics: o.italic });
}

/** A short horizontal rule centred in `boxWidth` twips, `length` twips long: an empty paragraph with a top border. */
function rule(boxWidth: number, length: number): DocxParagraph {
  const side = Math.max(0, Math.round((boxWidth - length) / 2));
  return new DocxParagraph({
    indent: { left: side, right: side },
    border: { top: { ...LINE, space: 1 } },
    // Clear of the descenders of the line above.
    spacing: { before: 50, after: 0, line: 120, lineRule: 'exact' },
    children: [run('', 2)],
  });
}

const twipsOf = (pt: number) => Math.round(pt * 20);

/** The boxed "DỰ THẢO" mark, as wide as its word. */
function draftBox(boxWidth: number): DocxParagraph {
  const word = 'DỰ THẢO';
  const w = twipsOf(textWidth(word, SIZE.number, true)) + mm(6);
  const side = Math.max(0, Math.round((boxWidth - w) / 2));
  const b = { ...LINE, space: 2 };
  return new DocxParagraph({
    alignment: AlignmentType.CENTER,
    indent: { left: side, right: side },
    border: { top: b, bottom: b, left: b, right: b },
    spacing: { before: 120, after: 0 },
    children: [run(word, SIZE.number, { bold: true })],
  });
}

function centred(text: string, size: number, o: { bold?: boolean; italic?: boolean; before?: number; after?: number } = {}): DocxParagraph {
  return new DocxParagraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: o.before ?? 0, after: o.after ?? 0 },
    children: [run(text, size, o)],
  });
}

/** A cell of the borderless layout tables (letterhead, closing); the bordered tables are table-xml.ts's. */
const cell = (width: number, children: (DocxParagraph | DocxTable)[]) =>
  new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 0, right: 0, top: 0, bottom: 0 },
    verticalAlign: VerticalAlignTable.TOP,
    children: children.length ? children : [new DocxParagraph({ children: [] })],
  });

/**
 * The letterhead: a borderless table, agency left and motto right (ô 2 and ô 1 of Phụ lục I),
 * the number under the agency and the place and date under the motto on one row.
 */
function letterhead(frame: Frame, l: { parent?: string; agency: string; number?: string; placeDate?: string }, draft: boolean): DocxTable {
  const mottoWidth = twipsOf(textWidth('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', SIZE.motto, true));
  const agencyText = l.agency.toLocaleUpperCase('vi');
  // The agency's column is as wide as its name allows beside the motto; a longer name goes on two balanced lines.
  const left = Math.min(Math.max(Math.round(frame.width * 0.38), twipsOf(textWidth(agencyText, SIZE.agency, true)) + mm(4)), frame.width - mottoWidth - mm(4));
  const right = frame.width - left;
  const agencyLines = balance(agencyText, SIZE.agency, left - mm(2));
  const agencyWidth = twipsOf(Math.max(...agencyLines.map((a) => textWidth(a, SIZE.agency, true))));
  const leftTop = [
    ...(l.parent ? balance(l.parent.toLocaleUpperCase('vi'), SIZE.parent, left - mm(2), false).map((x) => centred(x, SIZE.parent)) : []),
    ...agencyLines.map((a) => centred(a, SIZE.agency, { bold: true })),
    // Phụ lục I: a rule a third to a half as long as the agency's name, centred under it.
    rule(left, Math.round(agencyWidth * 0.4)),
  ];
  const sub = 'Độc lập - Tự do - Hạnh phúc';
  const rightTop = [
    centred('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', SIZE.motto, { bold: true }),
    centred(sub, SIZE.mottoSub, { bold: true }),
    // … and a rule as long as the motto's second line.
    rule(right, twipsOf(textWidth(sub, SIZE.mottoSub, true))),
  ];
  const leftBottom = [...(l.number ? [centred(l.number, SIZE.number, { before: 120 })] : []), ...(draft ? [draftBox(left)] : [])];
  const rightBottom = l.placeDate ? [centred(l.placeDate, SIZE.placeDate, { italic: true, before: 120 })] : [];
  const rows = [new TableRow({ cantSplit: true, children: [cell(left, leftTop), cell(right, rightTop)] })];
  if (leftBottom.length || rightBottom.length) rows.push(new TableRow({ cantSplit: true, children: [cell(left, leftBottom), cell(right, rightBottom)] }));
  return new DocxTable({
    width: { size: frame.width, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

/**
 * Lines of at most `max` twips, as few as possible and as even as possible (a long agency
 * name on two lines of similar length, not a last word alone).
 */
export function balance(text: string, size: number, max: number, bold = true): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const width = (ws: string[]) => twipsOf(textWidth(ws.join(' '), size, bold));
  if (width(words) <= max || words.length < 2) return [words.join(' ')];
  for (let lines = 2; lines <= 4; lines++) {
    // Greedy fill towards an even share of the total, then check every line fits.
    const target = width(words) / lines;
    const out: string[][] = [[]];
    for (const w of words) {
      const cur = out[out.length - 1];
      if (cur.length && out.length < lines && width([...cur, w]) > target + twipsOf(textWidth(w, size, bold)) / 2) out.push([w]);
      else cur.push(w);
    }
    // A line never starts with the dash of "THI ĐUA - KHEN THƯỞNG": it ends the line before.
    for (let i = 1; i < out.length; i++) if (out[i][0] === '-' && out[i].length > 1) out[i - 1].push(out[i].shift()!);
    if (out.every((ws) => width(ws) <= max)) return out.map((ws) => ws.join(' '));
  }
  return [words.join(' ')];
}

/** A paragraph of the body, set by its role. */
function paragraph(p: Paragraph, frame: Frame): DocxParagraph {
  const size = p.role === 'note' ? SIZE.note : SIZE.body;
  const italicRole = p.role === 'basis' || p.role === 'note';
  const boldRole = p.role === 'heading' || p.role === 'center';
  const children = p.runs.map((r) => run(r.text, size, { bold: r.bold ?? boldRole, italic: r.italic ?? italicRole }));
  const last = p.runs[p.runs.length - 1];
  const fillLine = p.role === 'field' && (!last || last.text === '');
  // An empty form field is a dotted line to the right margin, for the person to write on.
  if (fillLine) children.push(new TextRun({ text: '\t', size: half(size) }));
  const align = p.align ?? (p.role === 'center' || p.role === 'note' ? 'center' : p.role === 'field' ? 'left' : 'justify');
  return new DocxParagraph({
    alignment: ALIGN[align],
    indent: p.role === 'center' || p.role === 'note' ? undefined : { firstLine: mm(10) },
    spacing: { before: p.role === 'center' ? 120 : 0, after: 120 },
    keepNext: p.keepNext || p.role === 'heading' || p.role === 'center',
    keepLines: true,
    tabStops: fillLine ? [{ type: TabStopType.RIGHT, position: frame.width - 10, leader: LeaderType.DOT }] : undefined,
    children,
  });
}

/** A signer's block, centred in its column; the name after room to sign and seal. */
function signatureParagraphs(s: Signature, pad = false): DocxParagraph[] {
  const out: DocxParagraph[] = [];
  // Beside a signer with "TM. …" above the title, an empty line keeps the two names level.
  if (s.authority) out.push(centred(s.authority, SIZE.body, { bold: true }));
  else if (pad) out.push(centred('', SIZE.body));
  out.push(centred(s.title, SIZE.body, { bold: true }));
  if (s.instruction) out.push(centred(s.instruction, SIZE.body, { italic: true }));
  out.push(
    new DocxParagraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: mm(SIGN_ROOM_MM), after: 0 },
      children: [run(s.name, SIZE.body, { bold: true })],
    }),
  );
  return out;
}

function copiesParagraphs(copies: string[]): DocxParagraph[] {
  return [
    new DocxParagraph({ spacing: { before: 0, after: 0 }, children: [run('Nơi nhận:', SIZE.copiesLabel, { bold: true, italic: true })] }),
    ...copies.map((c) => new DocxParagraph({ spacing: { before: 0, after: 0 }, children: [run(c, SIZE.copies)] })),
  ];
}

/** The closing block: nơi nhận left and the signer right, or two signers side by side, on one page. */
function closing(frame: Frame, signatures: Signature[], copies?: string[]): DocxTable {
  const columns: DocxParagraph[][] = [];
  const pad = signatures.some((s) => s.authority);
  if (signatures.length >= 2) signatures.forEach((s) => columns.push(signatureParagraphs(s, pad)));
  else columns.push(copies?.length ? copiesParagraphs(copies) : [new DocxParagraph({ children: [] })], ...signatures.map((s) => signatureParagraphs(s)));
  if (columns.length === 1) columns.unshift([new DocxParagraph({ children: [] })]);
  const widths = columns.length === 2 ? [Math.round(frame.width * 0.45), frame.width - Math.round(frame.width * 0.45)] : columns.map(() => Math.floor(frame.width / columns.length));
  return new DocxTable({
    width: { size: frame.width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(widths[i], c)) })],
  });
}

/**
 * Where a table goes: a paragraph holding only the marker of its place in `tables`, which
 * package.ts replaces by the table's XML.
 */
function tableMarker(t: Table, frame: Frame, tables: PlacedTable[]): DocxParagraph {
  tables.push({ table: t, width: frame.width });
  return new DocxParagraph({ children: [new TextRun(tableMarkerText(tables.length - 1))] });
}

export const tableMarkerText = (i: number): string => `\u2063BX-TABLE-${i}\u2063`;

function blocks(bs: Block[], frame: Frame, tables: PlacedTable[]): (DocxParagraph | DocxTable)[] {
  const out: (DocxParagraph | DocxTable)[] = [];
  for (const b of bs) {
    if (b.kind === 'paragraph') out.push(paragraph(b, frame));
    else if (b.kind === 'table') {
      out.push(tableMarker(b, frame, tables));
      // Word needs a paragraph between two tables, and a little air after one.
      out.push(new DocxParagraph({ spacing: { before: 0, after: 60 }, children: [] }));
    } else if (b.kind === 'pageBreak') out.push(new DocxParagraph({ pageBreakBefore: true, children: [] }));
    else out.push(closing(frame, b.signatures));
  }
  return out;
}

const pageNumberHeader = () =>
  new Header({
    children: [new DocxParagraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: half(SIZE.page) })] })],
  });

function pageProperties(orientation: 'portrait' | 'landscape') {
  const landscape = orientation === 'landscape';
  return {
    page: {
      // docx swaps width and height itself for a landscape page.
      size: { width: A4.short, height: A4.long, orientation: landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { top: mm(MARGINS_MM.top), bottom: mm(MARGINS_MM.bottom), left: mm(MARGINS_MM.left), right: mm(MARGINS_MM.right), header: mm(10), footer: mm(10) },
    },
  };
}

function mainSection(p: Paper, tables: PlacedTable[]): ISectionOptions {
  const frame = frameOf(p.orientation);
  const children: (DocxParagraph | DocxTable)[] = [];
  if (p.form?.length) {
    for (const f of p.form) children.push(new DocxParagraph({ alignment: AlignmentType.RIGHT, children: [run(f, SIZE.note, { bold: true })] }));
  }
  children.push(letterhead(frame, p.letterhead, p.draft));
  if (p.kind) children.push(centred(p.kind, SIZE.kind, { bold: true, before: 360 }));
  if (p.summary?.length) {
    // Trích yếu on balanced lines no wider than about three quarters of the text area.
    const lines = balance(p.summary.join(' '), SIZE.kind, Math.round(frame.width * 0.78));
    lines.forEach((s, i) => children.push(centred(s, SIZE.kind, { bold: true, before: !p.kind && i === 0 ? 360 : 0 })));
    const longest = Math.max(...lines.map((s) => textWidth(s, SIZE.kind, true)));
    children.push(rule(frame.width, Math.min(twipsOf(longest) / 2, mm(60))));
  }
  if (p.recipients?.length) {
    const [first, ...more] = p.recipients;
    children.push(centred(`Kính gửi: ${first}`, SIZE.body, { before: 240, after: more.length ? 0 : 240 }));
    more.forEach((r, i) => children.push(centred(r, SIZE.body, { after: i === more.length - 1 ? 240 : 0 })));
  } else children.push(new DocxParagraph({ spacing: { before: 0, after: 120 }, children: [] }));
  const body = [...p.body];
  // The last paragraph stays on the page of the signature: no signer alone on a last page.
  const last = body[body.length - 1];
  if (last?.kind === 'paragraph') body[body.length - 1] = { ...last, keepNext: true };
  children.push(...blocks(body, frame, tables));
  if (p.signatures.length || p.copies?.length) children.push(closing(frame, p.signatures, p.copies));
  return {
    properties: { ...pageProperties(p.orientation), titlePage: true },
    headers: { default: pageNumberHeader(), first: new Header({ children: [new DocxParagraph({ children: [] })] }) },
    children,
  };
}

function appendixSection(p: Paper, a: Appendix, tables: PlacedTable[]): ISectionOptions {
  const frame = frameOf(a.orientation);
  const children: (DocxParagraph | DocxTable)[] = [];
  if (a.letterhead) children.push(letterhead(frame, { parent: p.letterhead.parent, agency: p.letterhead.agency }, p.draft));
  else if (p.draft) children.push(draftBox(frame.width));
  a.title.forEach((t, i) => children.push(centred(t, SIZE.kind, { bold: true, before: i === 0 ? 240 : 0 })));
  if (a.subtitle) children.push(centred(a.subtitle, SIZE.body, { italic: true, after: a.note ? 0 : 240 }));
  if (a.note) children.push(centred(a.note, SIZE.body, { italic: true, after: 240 }));
  children.push(...blocks(a.body, frame, tables));
  if (a.signature) children.push(closing(frame, [a.signature]));
  // A list in a file of its own starts at page 1, numbered from page 2 as a paper is.
  if (p.attachedTo && p.appendices[0] === a) {
    return {
      properties: { ...pageProperties(a.orientation), titlePage: true },
      headers: { default: pageNumberHeader(), first: new Header({ children: [new DocxParagraph({ children: [] })] }) },
      children,
    };
  }
  return { properties: pageProperties(a.orientation), headers: { default: pageNumberHeader() }, children };
}

/** The Word document of a paper, its tables left as markers, and the tables to put in their place. */
export function paperDocument(p: Paper): { document: Document; tables: PlacedTable[] } {
  const tables: PlacedTable[] = [];
  const sections = [...(p.attachedTo ? [] : [mainSection(p, tables)]), ...p.appendices.map((a) => appendixSection(p, a, tables))];
  const document = new Document({
    creator: p.letterhead.agency,
    title: p.label,
    description: p.label,
    styles: {
      default: {
        document: { run: { font: 'Times New Roman', size: half(SIZE.body), language: { value: 'vi-VN' } }, paragraph: { spacing: { line: 240 } } },
      },
      paragraphStyles: CELL_STYLES.map((c) => ({ id: c.id, name: c.name, run: { size: half(c.size) }, paragraph: { spacing: { ...CELL_SPACING } } })),
    },
    sections,
  });
  return { document, tables };
}

/**
 * The .docx bytes of a paper (Node and browser alike). `compressor`: how the document part is
 * deflated (fflate by default; the command line passes Node's zlib).
 */
export async function renderDocx(p: Paper, compressor: Compressor = fflateCompressor): Promise<Uint8Array> {
  const { document, tables } = paperDocument(p);
  const skeleton = new Uint8Array(await Packer.toArrayBuffer(document));
  return fillTables(skeleton, tables, tableMarkerText, compressor);
}
