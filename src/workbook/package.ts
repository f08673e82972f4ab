/**
 * Adding and removing sheets in an .xlsx package without rewriting the rest. The clerk's
 * parts (sheets, charts, pivot tables, data validation, macros' siblings, custom XML…)
 * stay byte for byte as they were; only the workbook part, its relationships, the content
 * types and the style table are edited, and the add-in's sheets are written as XML parts
 * of their own. Pure: part name → bytes in, part name → bytes out (ECMA-376 Part 1 §18.2,
 * §18.8; Part 2 for the package).
 */
import type { SheetSpec, SheetVisibility, StyleId } from '../sheets/grid';
import { RESOLVED_STYLES, type ResolvedStyle } from './write-plan';
import { escapeXml, sheetXml } from './sheet-xml';
import { widthScaleOf } from './default-font';
import type { ZipEntries } from './zip';

const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';

export interface NewSheet {
  spec: SheetSpec;
  visibility: SheetVisibility;
}

export interface PackageEdit {
  /** Sheets to take out (the add-in's own, replaced). */
  remove: string[];
  /** Sheets to add at the end, in this order; names already unique. */
  add: NewSheet[];
  /** The workbook's "modified" stamp (docProps/core.xml), when set. */
  modified?: Date;
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();
const text = (entries: ZipEntries, part: string): string => {
  const bytes = entries.get(part);
  if (!bytes) throw new Error(`the package has no part ${part}`);
  return decoder.decode(bytes);
};
const unescapeXml = (x: string) => x.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? unescapeXml(m[1]) : undefined;
};
const setAttr = (tag: string, name: string, value: string | number): string =>
  new RegExp(`\\s${name}="[^"]*"`).test(tag) ? tag.replace(new RegExp(`(\\s${name}=")[^"]*(")`), `$1${value}$2`) : tag.replace(/\s*(\/?>)$/, ` ${name}="${value}"$1`);

/** The workbook part's path, from the package relationships. */
function workbookPart(entries: ZipEntries): string {
  for (const r of relationships(text(entries, '_rels/.rels')).values()) if (r.type.endsWith('/officeDocument')) return r.target.replace(/^\//, '');
  return 'xl/workbook.xml';
}

const relsOf = (part: string) => part.replace(/([^/]+)$/, '_rels/$1.rels');
const dirOf = (part: string) => part.replace(/[^/]+$/, '');
const resolveTarget = (base: string, target: string) => {
  if (target.startsWith('/')) return target.slice(1);
  const parts = (dirOf(base) + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.') out.push(p);
  }
  return out.join('/');
};

/** "'KQ cá nhân'!$3:$3": a sheet name in a formula. */
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

// ---------------------------------------------------------------------------------------
// Styles: the add-in's named styles appended to the workbook's style table.

function fontXml(f: ResolvedStyle['font']): string {
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.italic ? '<i/>' : '') +
    (f.underline ? '<u/>' : '') +
    `<sz val="${f.size}"/>` +
    `<color rgb="FF${f.color.replace('#', '')}"/>` +
    `<name val="${escapeXml(f.name)}"/><family val="1"/>` +
    '</font>'
  );
}
const fillXml = (hex: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.replace('#', '').toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN_BORDER = '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';
/** Built-in number formats (ECMA-376 §18.8.30); others are added as custom formats. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10, '@': 49 };

/** The block `name` of the style sheet ("<fonts …>…</fonts>", or a self-closing "<numFmts/>"). */
function block(xml: string, name: string): { start: number; end: number; inner: string; open: string } | null {
  const empty = new RegExp(`<${name}(\\s[^>]*)?/>`).exec(xml);
  const open = new RegExp(`<${name}(\\s[^>]*[^/])?>`).exec(xml);
  if (empty && (!open || empty.index < open.index)) return { start: empty.index, end: empty.index + empty[0].length, inner: '', open: empty[0].replace(/\s*\/>$/, '>') };
  if (!open) return null;
  const close = xml.indexOf(`</${name}>`, open.index);
  return { start: open.index, end: close + name.length + 3, inner: xml.slice(open.index + open[0].length, close), open: open[0] };
}

/** The top-level children of a block, as strings: "<font>…</font>", "<xf …/>"… */
const children = (inner: string, child: string): string[] =>
  inner.match(new RegExp(`<${child}\\b[^>]*/>|<${child}\\b[^>]*[^/]>[\\s\\S]*?</${child}>|<${child}>[\\s\\S]*?</${child}>`, 'g')) ?? [];

/**
 * Makes sure each of `items` is in the block `name` (creating the block before `before`
 * when absent): an identical child is reused, so running the review again and again does
 * not grow the style table towards Excel's limits. Returns the index of each item.
 */
function ensure(xml: string, name: string, child: string, items: string[], before: RegExp, same: (a: string, b: string) => boolean = (a, b) => a === b): { xml: string; index: number[] } {
  const b = block(xml, name);
  const existing = b ? children(b.inner, child) : [];
  const added: string[] = [];
  const index = items.map((item) => {
    const found = existing.findIndex((e) => same(e, item));
    if (found >= 0) return found;
    const k = added.indexOf(item);
    if (k >= 0) return existing.length + k;
    added.push(item);
    return existing.length + added.length - 1;
  });
  if (!added.length && b) return { xml, index };
  const count = existing.length + added.length;
  if (!b) {
    const at = before.exec(xml);
    const pos = at ? at.index : xml.lastIndexOf('</styleSheet>');
    return { xml: `${xml.slice(0, pos)}<${name} count="${count}">${added.join('')}</${name}>${xml.slice(pos)}`, index };
  }
  return { xml: `${xml.slice(0, b.start)}${setAttr(b.open, 'count', count)}${b.inner}${added.join('')}</${name}>${xml.slice(b.end)}`, index };
}

/** An xf compared as Excel keeps it: ids and alignment (Excel drops apply*="0" when it saves). */
const xfKey = (xf: string): string => {
  const open = /^<xf\b[^>]*>/.exec(xf)?.[0] ?? xf;
  const ids = ['numFmtId', 'fontId', 'fillId', 'borderId', 'xfId'].map((a) => attr(open, a) ?? '0').join(',');
  const alignment = /<alignment\b[^>]*\/>/.exec(xf)?.[0] ?? '';
  const al = ['horizontal', 'vertical', 'wrapText'].map((a) => attr(alignment, a) ?? '').join(',');
  return `${ids}|${al}`;
};

const NO_FILL = '<fill><patternFill patternType="none"/></fill>';
const GRAY_FILL = '<fill><patternFill patternType="gray125"/></fill>';

/** The workbook's styles with the add-in's added (or found): style id → cellXfs index. */
export function addStyles(stylesXml: string): { xml: string; index: Map<StyleId, number> } {
  // The one resolved mapping of the named styles, shared with the Excel adapter (write-plan.ts).
  const STYLES = RESOLVED_STYLES;
  const ids = Object.keys(STYLES) as StyleId[];
  let xml = stylesXml;
  // Custom number formats: an existing one with the same code, or a new id above every id in use.
  const existingFmts = [...xml.matchAll(/<numFmt\b[^>]*\/>/g)].map((m) => ({ id: Number(attr(m[0], 'numFmtId')), code: attr(m[0], 'formatCode') ?? '' }));
  let nextFmt = Math.max(163, ...existingFmts.map((f) => f.id)) + 1;
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
  if (newFmts.length) xml = ensure(xml, 'numFmts', 'numFmt', newFmts, /<fonts[\s>]/).xml;

  const fonts = ensure(xml, 'fonts', 'font', ids.map((id) => fontXml(STYLES[id].font)), /<fills[\s>]/);
  xml = fonts.xml;
  // Excel reserves fills 0 and 1 (none, gray125): a table without them gets them first.
  const fillsNow = block(xml, 'fills');
  const have = fillsNow ? children(fillsNow.inner, 'fill').length : 0;
  if (have < 2) xml = ensure(xml, 'fills', 'fill', [NO_FILL, GRAY_FILL].slice(have), /<borders[\s>]/, () => false).xml;
  const fillIds = ids.filter((id) => STYLES[id].fill);
  const fills = ensure(xml, 'fills', 'fill', fillIds.map((id) => fillXml(STYLES[id].fill!)), /<borders[\s>]/);
  xml = fills.xml;
  const borders = ensure(xml, 'borders', 'border', [THIN_BORDER], /<cellStyleXfs[\s>]/);
  xml = borders.xml;
  const xfs = ids.map((id, i) => {
    const s = STYLES[id];
    const fmt = BUILTIN_FORMATS[s.numberFormat] ?? fmtIds.get(s.numberFormat)!;
    const fill = s.fill ? fills.index[fillIds.indexOf(id)] : 0;
    const border = s.border ? borders.index[0] : 0;
    const align = s.horizontal || s.vertical || s.wrap;
    const alignment = align
      ? `<alignment${s.horizontal ? ` horizontal="${s.horizontal}"` : ''}${s.vertical ? ` vertical="${s.vertical}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    return (
      `<xf numFmtId="${fmt}" fontId="${fonts.index[i]}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="${fmt ? 1 : 0}" applyFont="1"` +
      ` applyFill="${s.fill ? 1 : 0}" applyBorder="${s.border ? 1 : 0}" applyAlignment="${align ? 1 : 0}"${alignment ? `>${alignment}</xf>` : '/>'}`
    );
  });
  const x = ensure(xml, 'cellXfs', 'xf', xfs, /<cellStyles[\s>]/, (a, b) => xfKey(a) === xfKey(b));
  return { xml: x.xml, index: new Map(ids.map((id, i) => [id, x.index[i]])) };
}

// ---------------------------------------------------------------------------------------

/** The sheets of a package, in tab order: name, visibility, part. */
export function packageSheets(entries: ZipEntries): { name: string; visibility: SheetVisibility; part: string }[] {
  const wbPart = workbookPart(entries);
  const wb = text(entries, wbPart);
  const rels = relationships(text(entries, relsOf(wbPart)));
  return [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => {
    const state = attr(m[0], 'state');
    const rid = attr(m[0], 'r:id') ?? '';
    return {
      name: attr(m[0], 'name') ?? '',
      visibility: state === 'veryHidden' ? 'veryHidden' : state === 'hidden' ? 'hidden' : 'visible',
      part: resolveTarget(wbPart, rels.get(rid)?.target ?? ''),
    };
  });
}

function relationships(xml: string): Map<string, { target: string; type: string; tag: string }> {
  const out = new Map<string, { target: string; type: string; tag: string }>();
  for (const m of xml.matchAll(/<Relationship\b[^>]*>/g)) out.set(attr(m[0], 'Id') ?? '', { target: attr(m[0], 'Target') ?? '', type: attr(m[0], 'Type') ?? '', tag: m[0] });
  return out;
}

/** Insertion point for definedNames in CT_Workbook: after sheets, functionGroups, externalReferences. */
const AFTER_DEFINED_NAMES = /<(calcPr|oleSize|customWorkbookViews|pivotCaches|smartTagPr|smartTagTypes|webPublishing|fileRecoveryPr|webPublishObjects|extLst)[\s>/]|<\/workbook>/;

/** Whether this package can be edited here: Transitional SpreadsheetML with unprefixed elements (what Excel, LibreOffice and ExcelJS write). */
export function canEdit(entries: ZipEntries): boolean {
  try {
    const wb = text(entries, workbookPart(entries));
    return /<workbook[\s>]/.test(wb) && !wb.includes('purl.oclc.org/ooxml') && stylesOk(entries);
  } catch {
    return false;
  }
}
function stylesOk(entries: ZipEntries): boolean {
  const wbPart = workbookPart(entries);
  const part = stylesPart(entries, wbPart, text(entries, relsOf(wbPart)));
  return !entries.has(part) || /<styleSheet[\s>]/.test(text(entries, part));
}

/** A literal replacement: `$` in names must not be read as a replacement pattern. */
const literal = (s: string) => () => s;
/** Absolute reference for a defined name: A3:Q108 → $A$3:$Q$108. */
const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `$${c}$${r}`);

/** Applies `edit` to the package in place. */
export function editPackage(entries: ZipEntries, edit: PackageEdit): void {
  if (!canEdit(entries)) throw new Error('package-not-editable');
  const wbPart = workbookPart(entries);
  const wbRelsPart = relsOf(wbPart);
  let wb = text(entries, wbPart);
  let rels = text(entries, wbRelsPart);
  let types = text(entries, '[Content_Types].xml');
  const relMap = relationships(rels);
  const partKey = (p: string) => p.toLowerCase();

  // New parts are numbered above every part there was, removed ones included.
  const partNumbers = [...entries.keys()].map((p) => /^xl\/worksheets\/sheet(\d+)\.xml$/i.exec(p)?.[1]).filter(Boolean).map(Number);

  // --- removals
  const sheetTags = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const names = sheetTags.map((tag) => attr(tag, 'name') ?? '');
  const states = sheetTags.map((tag) => attr(tag, 'state') ?? 'visible');
  const removeSet = new Set(edit.remove);
  const removedIdx = new Set(names.flatMap((n, i) => (removeSet.has(n) ? [i] : [])));
  const newIndex = (i: number) => i - [...removedIdx].filter((r) => r < i).length;
  for (const i of removedIdx) {
    const tag = sheetTags[i];
    wb = wb.replace(tag, literal(''));
    const rid = attr(tag, 'r:id') ?? '';
    const rel = relMap.get(rid);
    if (rel) {
      rels = rels.replace(rel.tag, literal(''));
      const part = resolveTarget(wbPart, rel.target);
      for (const k of [...entries.keys()]) if (partKey(k) === partKey(part) || partKey(k) === partKey(relsOf(part))) entries.delete(k);
      types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`, 'i'), literal(''));
    }
  }
  // Defined names: those of a removed sheet go; local ids of the sheets after it move down.
  const removedNames = names.filter((_, i) => removedIdx.has(i));
  const mentions = (formula: string, n: string) =>
    formula.includes(`${quoteSheet(n)}!`) || new RegExp(`(^|[^\\w.'])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}!`).test(formula);
  wb = wb.replace(/<definedName\b[^>]*\/>|<definedName\b[^>]*[^/]>[\s\S]*?<\/definedName>/g, (dn) => {
    const local = attr(dn, 'localSheetId');
    if (local !== undefined) {
      const i = Number(local);
      if (removedIdx.has(i)) return '';
      if (newIndex(i) !== i) return dn.replace(/localSheetId="\d+"/, `localSheetId="${newIndex(i)}"`);
    }
    const formula = unescapeXml(dn.replace(/^<[^>]*>|<\/definedName>$/g, ''));
    return removedNames.some((n) => mentions(formula, n)) ? '' : dn;
  });
  wb = wb.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '');

  // --- additions
  const remaining = names.length - removedIdx.size;
  const keptStates = states.filter((_, i) => !removedIdx.has(i));
  const sheetIds = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => Number(attr(m[0], 'sheetId') ?? 0));
  let nextSheetId = Math.max(0, ...sheetIds) + 1;
  const taken = new Set([...entries.keys()].map(partKey));
  let nextPart = Math.max(0, ...partNumbers) + 1;
  const usedRids = new Set([...relationships(rels).keys()]);
  const sPart = stylesPart(entries, wbPart, rels);
  if (!entries.has(sPart)) {
    rels = rels.replace('</Relationships>', literal(`<Relationship Id="rIdBxStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="${relativeTarget(wbPart, sPart)}"/></Relationships>`));
    types = types.replace('</Types>', literal(`<Override PartName="/${sPart}" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`));
  }
  const styles = addStyles(entries.has(sPart) ? text(entries, sPart) : EMPTY_STYLES);
  const widthScale = widthScaleOf(entries.has(sPart) ? text(entries, sPart) : undefined);
  entries.set(sPart, encoder.encode(styles.xml));
  const newSheetTags: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const localNames: string[] = [];
  edit.add.forEach(({ spec, visibility }, k) => {
    while (taken.has(`xl/worksheets/sheet${nextPart}.xml`)) nextPart++;
    const part = `xl/worksheets/sheet${nextPart}.xml`;
    taken.add(part);
    let rid = `rIdBx${k + 1}`;
    for (let n = 1; usedRids.has(rid); n++) rid = `rIdBx${k + 1}_${n}`;
    usedRids.add(rid);
    const state = visibility === 'visible' ? '' : ` state="${visibility}"`;
    newSheetTags.push(`<sheet name="${escapeXml(spec.name)}" sheetId="${nextSheetId++}"${state} r:id="${rid}"/>`);
    newRels.push(`<Relationship Id="${rid}" Type="${WORKSHEET_REL}" Target="${relativeTarget(wbPart, part)}"/>`);
    newTypes.push(`<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`);
    const local = remaining + k;
    const rr = spec.print?.repeatRows;
    if (rr) localNames.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${local}">${escapeXml(`${quoteSheet(spec.name)}!$${rr[0]}:$${rr[1]}`)}</definedName>`);
    if (spec.print?.area) localNames.push(`<definedName name="_xlnm.Print_Area" localSheetId="${local}">${escapeXml(`${quoteSheet(spec.name)}!${absolute(spec.print.area)}`)}</definedName>`);
    // Excel pairs every autofilter with this hidden name; without it sorting from the filter can fail.
    if (spec.autoFilter) localNames.push(`<definedName name="_xlnm._FilterDatabase" localSheetId="${local}" hidden="1">${escapeXml(`${quoteSheet(spec.name)}!${absolute(spec.autoFilter)}`)}</definedName>`);
    entries.set(part, encoder.encode(sheetXml(spec, (id) => styles.index.get(id) ?? 0, widthScale)));
  });
  const sheetsXml = newSheetTags.join('');
  if (/<sheets\s*\/>/.test(wb)) wb = wb.replace(/<sheets\s*\/>/, literal(`<sheets>${sheetsXml}</sheets>`));
  else if (wb.includes('</sheets>')) wb = wb.replace('</sheets>', literal(`${sheetsXml}</sheets>`));
  else {
    // A workbook without sheets (a new one): <sheets> goes before what CT_Workbook puts after it.
    const m = /<(functionGroups|externalReferences|definedNames)[\s>/]/.exec(wb) ?? AFTER_DEFINED_NAMES.exec(wb);
    const at = m ? m.index : wb.lastIndexOf('</workbook>');
    wb = `${wb.slice(0, at)}<sheets>${sheetsXml}</sheets>${wb.slice(at)}`;
  }
  if (localNames.length) {
    if (wb.includes('</definedNames>')) wb = wb.replace('</definedNames>', literal(`${localNames.join('')}</definedNames>`));
    else {
      const after = wb.indexOf('</sheets>') + '</sheets>'.length;
      // functionGroups and externalReferences, which precede definedNames, are not in the list.
      const m = AFTER_DEFINED_NAMES.exec(wb.slice(after));
      const at = after + (m ? m.index : wb.length - after);
      wb = `${wb.slice(0, at)}<definedNames>${localNames.join('')}</definedNames>${wb.slice(at)}`;
    }
  }
  // The tab shown on opening: the one the clerk had (moved down past removed sheets), or the
  // first visible sheet when that one went or is hidden. A workbook without views gets one.
  const allStates = [...keptStates, ...edit.add.map((a) => a.visibility)];
  const firstVisible = Math.max(0, allStates.findIndex((v) => v === 'visible'));
  const shown = (i: number | undefined) => (i !== undefined && allStates[i] === 'visible' ? i : firstVisible);
  if (/<workbookView\b/.test(wb)) {
    wb = wb.replace(/<workbookView\b[^>]*>/g, (v) => {
      let out = v;
      for (const a of ['activeTab', 'firstSheet']) {
        const cur = attr(v, a);
        if (cur === undefined) continue;
        const i = Number(cur);
        out = setAttr(out, a, shown(removedIdx.has(i) ? undefined : newIndex(i)));
      }
      if (attr(out, 'activeTab') === undefined && allStates[0] !== 'visible') out = setAttr(out, 'activeTab', firstVisible);
      return out;
    });
  } else {
    const view = `<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="16384" windowHeight="8192" activeTab="${firstVisible}"/></bookViews>`;
    const at = wb.indexOf('<sheets');
    wb = `${wb.slice(0, at)}${view}${wb.slice(at)}`;
  }
  // Formulas of the clerk's that read the add-in's sheets are recalculated on opening.
  if (removedIdx.size) {
    if (/<calcPr\b/.test(wb)) wb = wb.replace(/<calcPr\b[^>]*?\/?>/, (c) => setAttr(c, 'fullCalcOnLoad', '1'));
  }
  rels = rels.replace('</Relationships>', literal(`${newRels.join('')}</Relationships>`));
  types = types.replace('</Types>', literal(`${newTypes.join('')}</Types>`));
  entries.set(wbPart, encoder.encode(wb));
  entries.set(wbRelsPart, encoder.encode(rels));
  entries.set('[Content_Types].xml', encoder.encode(types));
  // The chain of formulas to recalculate may name removed sheets: Excel rebuilds it.
  if (removedIdx.size && entries.has('xl/calcChain.xml')) {
    entries.delete('xl/calcChain.xml');
    entries.set(wbRelsPart, encoder.encode(decoder.decode(entries.get(wbRelsPart)).replace(/<Relationship\b[^>]*calcChain[^>]*\/>/, '')));
    entries.set('[Content_Types].xml', encoder.encode(decoder.decode(entries.get('[Content_Types].xml')).replace(/<Override\b[^>]*calcChain[^>]*\/>/, '')));
  }
  if (edit.modified && entries.has('docProps/core.xml')) {
    const iso = edit.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
    const core = decoder.decode(entries.get('docProps/core.xml')).replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, (_, a: string, b: string) => `${a}${iso}${b}`);
    entries.set('docProps/core.xml', encoder.encode(core));
  }
}

/** A style sheet for a package that has none (never seen from Excel; kept for safety). */
const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

function stylesPart(entries: ZipEntries, wbPart: string, rels: string): string {
  for (const r of relationships(rels).values()) if (r.type.endsWith('/styles')) return resolveTarget(wbPart, r.target);
  return 'xl/styles.xml';
}

function relativeTarget(from: string, part: string): string {
  const dir = dirOf(from);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}
