/**
 * Adding and removing sheets in an .xlsx package without rewriting the rest. The clerk's
 * parts (sheets, charts, pivot tables, data validation, macros' siblings, custom XML…)
 * stay byte for byte as they were; only the workbook part, its relationships, the content
 * types and the style table are edited, and the add-in's sheets are written as XML parts
 * of their own. Pure: part name → bytes in, part name → bytes out (ECMA-376 Part 1 §18.2,
 * §18.8; Part 2 for the package).
 */
import type { SheetSpec, SheetVisibility, StyleId } from '../sheets/grid';
import { STYLES, type CellStyle } from '../sheets/styles';
import { escapeXml, sheetXml } from './sheet-xml';
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

function fontXml(f: NonNullable<CellStyle['font']>): string {
  return (
    '<font>' +
    (f.bold ? '<b/>' : '') +
    (f.italic ? '<i/>' : '') +
    (f.underline ? '<u/>' : '') +
    `<sz val="${f.size ?? 12}"/>` +
    (f.color ? `<color rgb="FF${f.color.replace('#', '').toUpperCase()}"/>` : '<color rgb="FF000000"/>') +
    `<name val="${escapeXml(f.name ?? 'Times New Roman')}"/><family val="1"/>` +
    '</font>'
  );
}
const fillXml = (hex: string) => `<fill><patternFill patternType="solid"><fgColor rgb="FF${hex.replace('#', '').toUpperCase()}"/><bgColor indexed="64"/></patternFill></fill>`;
const THIN_BORDER = '<border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border>';
/** Built-in number formats (ECMA-376 §18.8.30); others are added as custom formats. */
const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '0%': 9, '0.00%': 10, '@': 49 };

/** Counts the children of a block ("<fonts …>…</fonts>") whose tag is `child`. */
function block(xml: string, name: string): { start: number; end: number; inner: string; open: string } | null {
  const open = new RegExp(`<${name}(\\s[^>]*)?>`).exec(xml);
  if (!open) {
    const empty = new RegExp(`<${name}(\\s[^>]*)?/>`).exec(xml);
    if (!empty) return null;
    return { start: empty.index, end: empty.index + empty[0].length, inner: '', open: empty[0].replace(/\/>$/, '>') };
  }
  const close = xml.indexOf(`</${name}>`, open.index);
  return { start: open.index, end: close + name.length + 3, inner: xml.slice(open.index + open[0].length, close), open: open[0] };
}
const countChildren = (inner: string, child: string) => (inner.match(new RegExp(`<${child}[\\s>/]`, 'g')) ?? []).length;

/** Appends `items` to the block `name` (creating it before `before` when absent); returns the new XML and the first new index. */
function appendTo(xml: string, name: string, child: string, items: string[], before: RegExp): { xml: string; first: number } {
  const b = block(xml, name);
  if (!b) {
    const at = before.exec(xml);
    const pos = at ? at.index : xml.lastIndexOf('</styleSheet>');
    return { xml: `${xml.slice(0, pos)}<${name} count="${items.length}">${items.join('')}</${name}>${xml.slice(pos)}`, first: 0 };
  }
  const first = countChildren(b.inner, child);
  const open = setAttr(b.open, 'count', first + items.length);
  return { xml: `${xml.slice(0, b.start)}${open}${b.inner}${items.join('')}</${name}>${xml.slice(b.end)}`, first };
}

/** The workbook's styles with the add-in's appended: style id → cellXfs index. */
export function addStyles(stylesXml: string): { xml: string; index: Map<StyleId, number> } {
  const ids = Object.keys(STYLES) as StyleId[];
  let xml = stylesXml;
  // Custom number formats get ids above every id in use (and above the built-in range, 163).
  const usedFmt = [...xml.matchAll(/<numFmt\b[^>]*numFmtId="(\d+)"/g)].map((m) => Number(m[1]));
  let nextFmt = Math.max(163, ...usedFmt) + 1;
  const fmtIds = new Map<string, number>();
  const newFmts: string[] = [];
  for (const id of ids) {
    const f = STYLES[id].numberFormat;
    if (!f || f in BUILTIN_FORMATS || fmtIds.has(f)) continue;
    fmtIds.set(f, nextFmt);
    newFmts.push(`<numFmt numFmtId="${nextFmt}" formatCode="${escapeXml(f)}"/>`);
    nextFmt++;
  }
  if (newFmts.length) xml = appendTo(xml, 'numFmts', 'numFmt', newFmts, /<fonts[\s>]/).xml;

  const fonts = ids.map((id) => fontXml(STYLES[id].font ?? { name: 'Times New Roman', size: 12 }));
  const f = appendTo(xml, 'fonts', 'font', fonts, /<fills[\s>]/);
  xml = f.xml;
  const fillIds = ids.filter((id) => STYLES[id].fill);
  const fl = appendTo(xml, 'fills', 'fill', fillIds.map((id) => fillXml(STYLES[id].fill!)), /<borders[\s>]/);
  xml = fl.xml;
  const br = appendTo(xml, 'borders', 'border', [THIN_BORDER], /<cellStyleXfs[\s>]/);
  xml = br.xml;
  const xfs = ids.map((id, i) => {
    const s = STYLES[id];
    const fmt = s.numberFormat ? BUILTIN_FORMATS[s.numberFormat] ?? fmtIds.get(s.numberFormat)! : 0;
    const fill = s.fill ? fl.first + fillIds.indexOf(id) : 0;
    const border = s.border ? br.first : 0;
    const align = s.align || s.valign || s.wrap;
    const alignment = align
      ? `<alignment${s.align ? ` horizontal="${s.align}"` : ''}${s.valign ? ` vertical="${s.valign === 'middle' ? 'center' : s.valign}"` : ''}${s.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    return (
      `<xf numFmtId="${fmt}" fontId="${f.first + i}" fillId="${fill}" borderId="${border}" xfId="0" applyNumberFormat="${fmt ? 1 : 0}" applyFont="1"` +
      ` applyFill="${s.fill ? 1 : 0}" applyBorder="${s.border ? 1 : 0}" applyAlignment="${align ? 1 : 0}"${alignment ? `>${alignment}</xf>` : '/>'}`
    );
  });
  const x = appendTo(xml, 'cellXfs', 'xf', xfs, /<cellStyles[\s>]/);
  return { xml: x.xml, index: new Map(ids.map((id, i) => [id, x.first + i])) };
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

/** Applies `edit` to the package in place. */
export function editPackage(entries: ZipEntries, edit: PackageEdit): void {
  const wbPart = workbookPart(entries);
  const wbRelsPart = relsOf(wbPart);
  let wb = text(entries, wbPart);
  let rels = text(entries, wbRelsPart);
  let types = text(entries, '[Content_Types].xml');
  const relMap = relationships(rels);

  // --- removals
  const sheetTags = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => m[0]);
  const names = sheetTags.map((tag) => attr(tag, 'name') ?? '');
  const removeSet = new Set(edit.remove);
  const removedIdx = new Set(names.flatMap((n, i) => (removeSet.has(n) ? [i] : [])));
  const newIndex = (i: number) => i - [...removedIdx].filter((r) => r < i).length;
  for (const i of removedIdx) {
    const tag = sheetTags[i];
    wb = wb.replace(tag, '');
    const rid = attr(tag, 'r:id') ?? '';
    const rel = relMap.get(rid);
    if (rel) {
      rels = rels.replace(rel.tag, '');
      const part = resolveTarget(wbPart, rel.target);
      entries.delete(part);
      entries.delete(relsOf(part));
      types = types.replace(new RegExp(`<Override\\b[^>]*PartName="/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`), '');
    }
  }
  // Defined names: those of a removed sheet go; local ids of the sheets after it move down.
  const removedNames = names.filter((_, i) => removedIdx.has(i));
  wb = wb.replace(/<definedName\b[^>]*>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g, (dn) => {
    const local = attr(dn, 'localSheetId');
    if (local !== undefined) {
      const i = Number(local);
      if (removedIdx.has(i)) return '';
      if (newIndex(i) !== i) return dn.replace(/localSheetId="\d+"/, `localSheetId="${newIndex(i)}"`);
    }
    const formula = unescapeXml(dn.replace(/^<[^>]*>|<\/definedName>$/g, ''));
    if (removedNames.some((n) => formula.includes(`${quoteSheet(n)}!`) || formula.includes(`${n}!`))) return '';
    return dn;
  });
  wb = wb.replace(/<definedNames>\s*<\/definedNames>|<definedNames\/>/, '');
  // The active and first tabs follow the sheets they showed (the first sheet when theirs went).
  wb = wb.replace(/<workbookView\b[^>]*>/g, (v) => {
    let out = v;
    for (const a of ['activeTab', 'firstSheet']) {
      const cur = attr(v, a);
      if (cur !== undefined) out = setAttr(out, a, removedIdx.has(Number(cur)) ? 0 : newIndex(Number(cur)));
    }
    return out;
  });

  // --- additions
  const remaining = names.length - removedIdx.size;
  const sheetIds = [...wb.matchAll(/<sheet\b[^>]*>/g)].map((m) => Number(attr(m[0], 'sheetId') ?? 0));
  let nextSheetId = Math.max(0, ...sheetIds) + 1;
  const partNumbers = [...entries.keys()].map((p) => /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(p)?.[1]).filter(Boolean).map(Number);
  let nextPart = Math.max(0, ...partNumbers) + 1;
  const usedRids = new Set([...relationships(rels).keys()]);
  const styles = addStyles(text(entries, stylesPart(entries, wbPart, rels)));
  entries.set(stylesPart(entries, wbPart, rels), encoder.encode(styles.xml));
  const newSheetTags: string[] = [];
  const newRels: string[] = [];
  const newTypes: string[] = [];
  const printTitles: string[] = [];
  edit.add.forEach(({ spec, visibility }, k) => {
    const part = `xl/worksheets/sheet${nextPart++}.xml`;
    let rid = `rIdBx${k + 1}`;
    for (let n = 1; usedRids.has(rid); n++) rid = `rIdBx${k + 1}_${n}`;
    usedRids.add(rid);
    const state = visibility === 'visible' ? '' : ` state="${visibility}"`;
    newSheetTags.push(`<sheet name="${escapeXml(spec.name)}" sheetId="${nextSheetId++}"${state} r:id="${rid}"/>`);
    newRels.push(`<Relationship Id="${rid}" Type="${WORKSHEET_REL}" Target="${relativeTarget(wbPart, part)}"/>`);
    newTypes.push(`<Override PartName="/${part}" ContentType="${WORKSHEET_TYPE}"/>`);
    const rr = spec.print?.repeatRows;
    if (rr) printTitles.push(`<definedName name="_xlnm.Print_Titles" localSheetId="${remaining + k}">${escapeXml(`${quoteSheet(spec.name)}!$${rr[0]}:$${rr[1]}`)}</definedName>`);
    entries.set(part, encoder.encode(sheetXml(spec, (id) => styles.index.get(id) ?? 0)));
  });
  if (/<sheets\s*\/>/.test(wb)) wb = wb.replace(/<sheets\s*\/>/, `<sheets>${newSheetTags.join('')}</sheets>`);
  else if (wb.includes('</sheets>')) wb = wb.replace('</sheets>', `${newSheetTags.join('')}</sheets>`);
  else {
    // A workbook without sheets (a new one): <sheets> goes before what CT_Workbook puts after it.
    const m = /<(functionGroups|externalReferences|definedNames)[\s>/]/.exec(wb) ?? AFTER_DEFINED_NAMES.exec(wb);
    const at = m ? m.index : wb.lastIndexOf('</workbook>');
    wb = `${wb.slice(0, at)}<sheets>${newSheetTags.join('')}</sheets>${wb.slice(at)}`;
  }
  if (printTitles.length) {
    if (wb.includes('</definedNames>')) wb = wb.replace('</definedNames>', `${printTitles.join('')}</definedNames>`);
    else {
      const after = wb.indexOf('</sheets>') + '</sheets>'.length;
      const rest = wb.slice(after);
      // functionGroups and externalReferences, which precede definedNames, are not in the list.
      const m = AFTER_DEFINED_NAMES.exec(rest);
      const at = after + (m ? m.index : rest.length);
      wb = `${wb.slice(0, at)}<definedNames>${printTitles.join('')}</definedNames>${wb.slice(at)}`;
    }
  }
  rels = rels.replace('</Relationships>', `${newRels.join('')}</Relationships>`);
  types = types.replace('</Types>', `${newTypes.join('')}</Types>`);
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
    const core = decoder.decode(entries.get('docProps/core.xml')).replace(/(<dcterms:modified\b[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${iso}$2`);
    entries.set('docProps/core.xml', encoder.encode(core));
  }
}

function stylesPart(entries: ZipEntries, wbPart: string, rels: string): string {
  for (const r of relationships(rels).values()) if (r.type.endsWith('/styles')) return resolveTarget(wbPart, r.target);
  return 'xl/styles.xml';
}

function relativeTarget(from: string, part: string): string {
  const dir = dirOf(from);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}
