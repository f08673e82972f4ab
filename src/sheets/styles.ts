import type { StyleId } from './grid';

/** How a named style looks; each adapter turns this into its own formatting calls. */
export interface CellStyle {
  font?: { name?: string; size?: number; bold?: boolean; italic?: boolean; underline?: boolean; color?: string };
  /** Background colour, hex "#RRGGBB". */
  fill?: string;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** Thin border on all four sides. */
  border?: boolean;
  numberFormat?: string;
}

/** Official documents use Times New Roman, black (NĐ 30/2020 Phụ lục I). */
export const FONT = 'Times New Roman';

const body = { name: FONT, size: 12 };

/**
 * The style table. Sizes follow rules.md: agency name and motto 12–13 pt bold, the motto's
 * second line 13–14 pt bold, place and date 13–14 pt italic, the title 13–14 pt bold.
 */
export const STYLES: Record<StyleId, CellStyle> = {
  agencyParent: { font: { name: FONT, size: 12 }, align: 'center', valign: 'middle', wrap: true },
  agency: { font: { name: FONT, size: 12, bold: true }, align: 'center', valign: 'middle', wrap: true },
  motto: { font: { name: FONT, size: 12, bold: true }, align: 'center', valign: 'middle' },
  mottoSub: { font: { name: FONT, size: 13, bold: true, underline: true }, align: 'center', valign: 'middle' },
  docTitle: { font: { name: FONT, size: 14, bold: true }, align: 'center', valign: 'middle', wrap: true },
  docSubtitle: { font: { name: FONT, size: 13, italic: true }, align: 'center', valign: 'middle', wrap: true },
  placeDate: { font: { name: FONT, size: 13, italic: true }, align: 'center' },
  signerTitle: { font: { name: FONT, size: 13, bold: true }, align: 'center' },
  signerName: { font: { name: FONT, size: 13, bold: true }, align: 'center' },
  title: { font: { name: FONT, size: 14, bold: true }, align: 'left', valign: 'middle', wrap: true },
  subtitle: { font: { name: FONT, size: 12, italic: true }, align: 'left', valign: 'top', wrap: true },
  header: {
    font: { ...body, bold: true },
    fill: '#D9E2F3',
    align: 'center',
    valign: 'middle',
    wrap: true,
    border: true,
  },
  cell: { font: body, valign: 'top', wrap: true, border: true },
  cellCenter: { font: body, align: 'center', valign: 'top', wrap: true, border: true },
  number: { font: body, align: 'right', valign: 'top', border: true, numberFormat: '0' },
  // Đồng, thousands grouped (the reader's locale prints the separator: 1.810.000 in Vietnamese).
  money: { font: body, align: 'right', valign: 'top', border: true, numberFormat: '#,##0' },
  percent: { font: body, align: 'right', valign: 'top', border: true, numberFormat: '0.0%' },
  date: { font: body, align: 'center', valign: 'top', border: true, numberFormat: 'dd/mm/yyyy' },
  groupRow: { font: { ...body, bold: true }, fill: '#F2F2F2', valign: 'top', border: true },
  totalRow: { font: { ...body, bold: true }, border: true },
  good: { font: { ...body, color: '#006100' }, fill: '#C6EFCE', valign: 'top', wrap: true, border: true },
  bad: { font: { ...body, color: '#9C0006' }, fill: '#FFC7CE', valign: 'top', wrap: true, border: true },
  warn: { font: { ...body, color: '#9C5700' }, fill: '#FFEB9C', valign: 'top', wrap: true, border: true },
  note: { font: { name: FONT, size: 11, italic: true }, wrap: false },
  checkbox: { font: { name: FONT, size: 14 }, align: 'center', valign: 'middle', border: true },
  fieldLabel: { font: { name: FONT, size: 12 }, align: 'left', valign: 'middle' },
  // The draft mark: upright, bold, in a box at the top of the paper.
  draft: { font: { name: FONT, size: 13, bold: true }, align: 'center', valign: 'middle', border: true },
};
