/**
 * The bordered tables of a paper (the lists attached to a Quyết định or a Tờ trình, the
 * candidates of the Biên bản kiểm phiếu) written as WordprocessingML text, row by row, in
 * chunks of bytes: a list of 50 000 people is one small fixed template per row, where the
 * `docx` library would build an object tree of a million nodes and then a string of it. The
 * rest of the paper (letterhead, paragraphs, signatures) stays with `docx` (render.ts).
 *
 * The table is set as the `docx` renderer set it before: fixed layout, one grid of column
 * widths, single 0.75 pt borders, cell margins 1 mm left and right, the text centred
 * vertically; the header row (and the row of column numbers) repeated on every page; no row
 * split across pages. The paragraph of a cell takes its size and spacing from a style
 * (`CELL_STYLES`, declared in the document's styles by render.ts), so a row carries only its
 * widths, alignments and text.
 */
import type { Align, Table } from '../../dossier/model';
import { xmlText } from '../../ooxml/xml-text';

/** Paragraph styles of table cells: 12 pt (compact lists) and 13 pt, 2 pt before and after. */
export const CELL_STYLES = [
  { id: 'C12', name: 'Table cell 12', size: 12 },
  { id: 'C13', name: 'Table cell 13', size: 13 },
] as const;
export const CELL_SPACING = { before: 40, after: 40 } as const;

const JC: Record<Align, string> = { justify: 'both', center: 'center', left: 'left', right: 'right' };

const BORDER = (side: string) => `<w:${side} w:val="single" w:sz="6" w:space="0" w:color="000000"/>`;
const TABLE_BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(BORDER).join('')}</w:tblBorders>`;
const CELL_MARGINS = '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="57" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="57" w:type="dxa"/></w:tblCellMar>';

/** Column widths in twips: each column's share of the text area's width. */
export function columnWidths(t: Table, width: number): number[] {
  const total = t.columns.reduce((s, c) => s + c.width, 0);
  return t.columns.map((c) => Math.floor((c.width / total) * width));
}

type RunStyle = { bold?: boolean; italic?: boolean };

/** `<w:t>` keeps leading, trailing and doubled spaces only with xml:space="preserve". */
const textElement = (text: string) => (text.startsWith(' ') || text.endsWith(' ') || text.includes('  ') ? `<w:t xml:space="preserve">${text}</w:t>` : `<w:t>${text}</w:t>`);

/** The runs of a cell's text; a line break inside a cell is a <w:br/> between runs of one paragraph. */
function runsXml(text: string, rPr: string): string {
  if (!text.includes('\n')) return `<w:r>${rPr}${textElement(xmlText(text))}</w:r>`;
  return text
    .split('\n')
    .map((line) => `<w:r>${rPr}${textElement(xmlText(line))}</w:r>`)
    .join(`<w:r>${rPr}<w:br/></w:r>`);
}

const rPrOf = (o: RunStyle) => (o.bold || o.italic ? `<w:rPr>${o.bold ? '<w:b/><w:bCs/>' : ''}${o.italic ? '<w:i/><w:iCs/>' : ''}</w:rPr>` : '');

/**
 * A cell's XML as a prefix (the cell, its width and vertical alignment, the paragraph and
 * its style) and a suffix around the runs: made once per column, so a row is a few joins.
 */
function cellParts(style: string, width: number, align: Align, span = 1): { open: string; close: string } {
  const jc = align === 'left' ? '' : `<w:jc w:val="${JC[align]}"/>`;
  return {
    open: `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="dxa"/>${span > 1 ? `<w:gridSpan w:val="${span}"/>` : ''}<w:vAlign w:val="center"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/>${jc}</w:pPr>`,
    close: '</w:p></w:tc>',
  };
}

const ROW_OPEN = '<w:tr><w:trPr><w:cantSplit/></w:trPr>';
const HEADER_ROW_OPEN = '<w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr>';

/**
 * The table's XML in pieces of about `chunkChars` characters, made as they are asked for
 * (package.ts encodes and deflates each at once, so the whole table never sits in memory).
 */
export function* tableXml(t: Table, width: number, chunkChars = 1 << 18): Generator<string> {
  const style = t.compact ? CELL_STYLES[0].id : CELL_STYLES[1].id;
  const widths = columnWidths(t, width);
  const full = widths.reduce((s, w) => s + w, 0);
  const cells = t.columns.map((c, i) => cellParts(style, widths[i], c.align ?? 'left'));
  const centred = widths.map((w) => cellParts(style, w, 'center'));
  const group = cellParts(style, full, 'left', widths.length);
  const plain = '';
  const bold = rPrOf({ bold: true });
  const row = (parts: { open: string; close: string }[], texts: readonly string[], rPr: string, open = ROW_OPEN): string => {
    let s = open;
    for (let i = 0; i < parts.length; i++) {
      const text = texts[i] ?? '';
      s += text ? parts[i].open + runsXml(text, rPr) + parts[i].close : parts[i].open + parts[i].close;
    }
    return `${s}</w:tr>`;
  };
  let out: string[] = [
    `<w:tbl><w:tblPr><w:tblW w:w="${width}" w:type="dxa"/>${TABLE_BORDERS}<w:tblLayout w:type="fixed"/>${CELL_MARGINS}` +
      `<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="0" w:noVBand="0"/></w:tblPr>` +
      `<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`,
    row(
      centred,
      t.columns.map((c) => c.header),
      bold,
      HEADER_ROW_OPEN,
    ),
  ];
  if (t.numbered)
    out.push(
      row(
        centred,
        t.columns.map((_, i) => `(${i + 1})`),
        rPrOf({ italic: true }),
        HEADER_ROW_OPEN,
      ),
    );
  let size = 0;
  for (const r of t.rows) {
    const xml = r.kind === 'group' ? row([group], [r.cells[0] ?? ''], bold) : row(cells, r.cells, r.kind === 'total' ? bold : plain);
    out.push(xml);
    size += xml.length;
    if (size >= chunkChars) {
      yield out.join('');
      out = [];
      size = 0;
    }
  }
  out.push('</w:tbl>');
  yield out.join('');
}
