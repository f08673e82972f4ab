/**
 * Column widths in a workbook are counted in digits of its default font (the "Normal"
 * style's, first in the font table): 7 pixels for Calibri 11, 8 for Times New Roman 12, 9
 * for Times New Roman 14. The add-in lays its sheets out in Calibri 11's digits; a workbook
 * with another default font gets its widths scaled, so the columns print as wide as planned
 * (ECMA-376 Part 1 §18.3.1.13, the width of a column; Excel rounds the digit to pixels).
 */

import { MAIN_NS } from './sheet-read';
import { attr, childNamed, childrenNamed, parseXml, type XmlDocument } from '../ooxml/xml';

/** Width of a digit, in ems, of the fonts agencies use as default; others are taken as Calibri. */
const DIGIT_EM: Record<string, number> = {
  calibri: 0.507,
  carlito: 0.507,
  arial: 0.556,
  'liberation sans': 0.556,
  'times new roman': 0.5,
  'liberation serif': 0.5,
  '.vntime': 0.5,
  '.vntimeh': 0.5,
  'vni-times': 0.5,
  cambria: 0.555,
  tahoma: 0.546,
  verdana: 0.636,
  'segoe ui': 0.559,
};

/** Pixels of the digit of `name` at `size` points, at 96 dpi, as Excel rounds it. */
export function digitPixels(name: string, size: number): number {
  const em = DIGIT_EM[name.trim().toLowerCase()] ?? DIGIT_EM.calibri;
  return Math.max(1, Math.round(em * size * (96 / 72)));
}

/**
 * The factor from Calibri 11's digit (7 px, the unit the add-in lays its widths out in) to
 * the digit of the workbook's default font, the first of its font table.
 */
export function widthScaleOfStyles(doc: XmlDocument): number {
  const ns = [...MAIN_NS, ''];
  const fonts = childNamed(doc.root, ns, 'fonts');
  const first = fonts && childrenNamed(fonts, ns, 'font')[0];
  const nameEl = first && childNamed(first, ns, 'name');
  const szEl = first && childNamed(first, ns, 'sz');
  const name = nameEl && attr(nameEl, 'val');
  const size = Number(szEl && attr(szEl, 'val'));
  if (!name || !Number.isFinite(size) || size <= 0) return 1;
  return 7 / digitPixels(name, size);
}

/** The same for a style sheet given as XML text. */
export function widthScaleOf(stylesXml: string | undefined): number {
  if (!stylesXml) return 1;
  try {
    return widthScaleOfStyles(parseXml(stylesXml, 'xl/styles.xml'));
  } catch {
    return 1;
  }
}
