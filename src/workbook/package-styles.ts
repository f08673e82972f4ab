/**
 * The add-in's named styles added to the workbook's style table (ECMA-376 Part 1 §18.8),
 * on the parsed tree: an identical font, fill, border, number format or cell format is
 * found again and reused, so running the review again and again does not grow the table
 * towards Excel's limits. New entries take the prefix the table uses.
 */
import type { StyleId } from '../sheets/grid';
import { RESOLVED_STYLES, type ResolvedStyle } from './write-plan';
import { escapeXml } from './sheet-xml';
import { MAIN_NS } from './sheet-read';
import { attr, childNamed, childrenNamed, createElement, elements, fragment, insertInOrder, parseXml, serializeXml, setAttr, type XmlDocument, type XmlElement } from '../ooxml/xml';

/** CT_Stylesheet's sequence. */
const STYLESHEET_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

function fontXml(f: ResolvedStyle['font']): string {
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.italic ? '<i/>' : '') +
    (f.underline ? '<u/>' : '') +
    `<sz val="${f.size}"/>` +
    `<color rgb="FF${f.color.replace('#', '').toUpperCase()}"/>` +
    `<name val="${escapeXml(f.name)}"/><family val="1"/>` +
    '</font>'
  );
}
const fillXml = (hex: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.replace('#', '').toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN_BORDER =
  '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';
const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
const GRAY_FILL = '<fill><patternFill patternType="gray125"/></fill>';
/** Built-in number formats (§18.8.30); others are added as custom formats. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10, '@': 49 };

/** An element as compared: local names, attributes as written, no prefixes. */
function canonical(el: XmlElement): string {
  let s = `<${el.local}`;
  for (const a of el.attrs) if (a.name !== 'xmlns' && !a.name.startsWith('xmlns:')) s += ` ${a.local}="${a.value}"`;
  s += '>';
  for (const c of elements(el)) s += canonical(c);
  return `${s}</${el.local}>`;
}

/** An xf compared as Excel keeps it: ids and alignment (Excel drops apply*="0" when it saves). */
function xfKey(xf: XmlElement): string {
  const ids = ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId'].map((a) => attr(xf, a) ?? '0').join(',');
  const al = childNamed(xf, MAIN_NS, 'alignment');
  const align = ['horizontal', 'vertical', 'wrapText'].map((a) => (al ? (attr(al, a) ?? '') : '')).join(',');
  return `${ids}|${align}`;
}

/** The block `name` of the style sheet, created (empty) where the schema puts it when absent. */
function blockOf(root: XmlElement, name: string): XmlElement {
  let b = childNamed(root, MAIN_NS, name);
  if (!b) {
    b = createElement(root, name, [['count', 0]]);
    insertInOrder(root, b, STYLESHEET_ORDER);
  }
  return b;
}

/**
 * Makes sure each item (XML written without prefix) is in the block: an equal child is
 * reused. Returns the index of each item; updates the block's count.
 */
function ensure(root: XmlElement, name: string, child: string, items: string[], key: (e: XmlElement) => string = canonical, reuse = true): number[] {
  const b = blockOf(root, name);
  const existing = childrenNamed(b, MAIN_NS, child);
  const keys = new Map<string, number>();
  if (reuse) existing.forEach((e, i) => keys.has(key(e)) || keys.set(key(e), i));
  let count = existing.length;
  const index = items.map((xml) => {
    const el = fragment(b, xml);
    const k = key(el);
    const found = reuse ? keys.get(k) : undefined;
    if (found !== undefined) return found;
    b.children.push(el);
    if (reuse) keys.set(k, count);
    return count++;
  });
  setAttr(b, 'count', count);
  return index;
}

/** Adds (or finds) the add-in's styles in the tree: style id → cellXfs index. */
export function addStylesTo(doc: XmlDocument): Map<StyleId, number> {
  const root = doc.root;
  // The one resolved mapping of the named styles, shared with the Excel adapter (write-plan.ts).
  const STYLES = RESOLVED_STYLES;
  const ids = Object.keys(STYLES) as StyleId[];
  // Custom number formats: an existing one with the same code, or a new id above every id in use.
  const fmtBlock = childNamed(root, MAIN_NS, 'numFmts');
  const existingFmts = fmtBlock ? childrenNamed(fmtBlock, MAIN_NS, 'numFmt').map((f) => ({ id: Number(attr(f, 'numFmtId')), code: attr(f, 'formatCode') ?? '' })) : [];
  let nextFmt = Math.max(163, ...existingFmts.filter((f) => Number.isFinite(f.id)).map((f) => f.id)) + 1;
  const fmtIds = new Map<string, number>();
  const newFmts: string[] = [];
  for (const id of ids) {
    const f = STYLES[id].numberFormat;
    if (f in BUILTIN_FORMATS || fmtIds.has(f)) continue;
    const found = existingFmts.find((x) => x.code === f);
    if (found) {
      fmtIds.set(f, found.id);
      continue;
    }
    fmtIds.set(f, nextFmt);
    newFmts.push(`<numFmt numFmtId="${nextFmt}" formatCode="${escapeXml(f)}"/>`);
    nextFmt++;
  }
  if (newFmts.length) ensure(root, 'numFmts', 'numFmt', newFmts, canonical, false);

  const fontIndex = ensure(
    root,
    'fonts',
    'font',
    ids.map((id) => fontXml(STYLES[id].font)),
  );
  // Excel reserves fills 0 and 1 (none, gray125): a table without them gets them first.
  const have = childrenNamed(blockOf(root, 'fills'), MAIN_NS, 'fill').length;
  if (have < 2) ensure(root, 'fills', 'fill', [NO_FILL, GRAY_FILL].slice(have), canonical, false);
  const fillIds = ids.filter((id) => STYLES[id].fill);
  const fillIndex = ensure(
    root,
    'fills',
    'fill',
    fillIds.map((id) => fillXml(STYLES[id].fill!)),
  );
  const [border] = ensure(root, 'borders', 'border', [THIN_BORDER]);
  const xfs = ids.map((id, i) => {
    const s = STYLES[id];
    const fmt = BUILTIN_FORMATS[s.numberFormat] ?? fmtIds.get(s.numberFormat)!;
    const fill = s.fill ? fillIndex[fillIds.indexOf(id)] : 0;
    const align = s.horizontal || s.vertical || s.wrap;
    const alignment = align ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>` : '';
    return (
      `<xf numFmtId="${fmt}" fontId="${fontIndex[i]}" fillId="${fill}" borderId="${s.border ? border : 0}" xfId="0" applyNumberFormat="${fmt ? 1 : 0}" applyFont="1"` +
      ` applyFill="${s.fill ? 1 : 0}" applyBorder="${s.border ? 1 : 0}" applyAlignment="${align ? 1 : 0}"${alignment ? `>${alignment}</xf>` : '/>'}`
    );
  });
  // cellXfs refer to cellStyleXfs 0: a table without one gets it.
  const styleXfs = blockOf(root, 'cellStyleXfs');
  if (!childrenNamed(styleXfs, MAIN_NS, 'xf').length) ensure(root, 'cellStyleXfs', 'xf', ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'], canonical, false);
  const xfIndex = ensure(root, 'cellXfs', 'xf', xfs, xfKey);
  return new Map(ids.map((id, i) => [id, xfIndex[i]]));
}

/** The same on XML text (tests): the style sheet with the add-in's styles, and their indexes. */
export function addStyles(stylesXml: string): { xml: string; index: Map<StyleId, number> } {
  const doc = parseXml(stylesXml, 'xl/styles.xml');
  const index = addStylesTo(doc);
  return { xml: serializeXml(doc), index };
}

/** A style sheet for a package that has none (never seen from Excel; kept for safety). */
export const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';
