/**
 * Adding and removing sheets in an .xlsx package without rewriting the rest. The clerk's
 * parts (sheets, charts, pivot tables, data validation, macros' siblings, custom XML…)
 * stay byte for byte as they were; only the workbook part, its relationships, the content
 * types, the style table and the core properties are edited, parsed as XML (src/workbook/
 * xml.ts) and written back; the add-in's sheets are parts of their own. After every edit
 * the parts written are read again and the sheets they list checked against the parts
 * present: a package that would not open is refused, never written. Pure: no Node, no DOM
 * (ECMA-376 Part 1 §18.2 for the workbook; Part 2 for the package).
 */
import type { SheetSpec, SheetVisibility } from '../sheets/grid';
import { sheetXmlParts } from './sheet-xml';
import { MAIN_NS } from './sheet-read';
import { addStylesTo, EMPTY_STYLES } from './package-styles';
import { widthScaleOfStyles } from './default-font';
import { PackageError } from '../ooxml/package-error';
import { CHART_REL, CHART_TYPE, chartXml, DRAWING_REL, DRAWING_TYPE, drawingXml, relsXml } from './chart-xml';
import {
  attr,
  childNamed,
  childrenNamed,
  cloneDocument,
  createElement,
  elements,
  insertInOrder,
  parseXml,
  parseXmlBytes,
  removeChild,
  serializeXml,
  setAttr,
  setNsAttr,
  setText,
  textOf,
  XMLNS,
  newXmlBudget,
  type XmlBudget,
  type XmlDocument,
  type XmlElement,
} from '../ooxml/xml';
import type { ZipEntries } from '../ooxml/zip';
import { concat } from '../ooxml/zip-read';

export { addStyles } from './package-styles';

const TRANSITIONAL_MAIN = MAIN_NS[0];
export const REL_NS = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'] as const;
const PKG_REL_NS = ['http://schemas.openxmlformats.org/package/2006/relationships'];
const CT_NS = ['http://schemas.openxmlformats.org/package/2006/content-types'];
const DCTERMS = ['http://purl.org/dc/terms/'];
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const WORKSHEET_REL = `${REL_NS[0]}/worksheet`;
const STYLES_REL = `${REL_NS[0]}/styles`;
const STYLES_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const CONTENT_TYPES = '[Content_Types].xml';
/** Parts drawn on a sheet, removed with it: its drawing, the charts in it and their styles. */
const DRAWN = /\/(drawing|chart|chartUserShapes|chartStyle|chartColorStyle)$/;

/** CT_Workbook's sequence. */
const WORKBOOK_ORDER = [
  'fileVersion',
  'fileSharing',
  'workbookPr',
  'workbookProtection',
  'bookViews',
  'sheets',
  'functionGroups',
  'externalReferences',
  'definedNames',
  'calcPr',
  'oleSize',
  'customWorkbookViews',
  'pivotCaches',
  'smartTagPr',
  'smartTagTypes',
  'webPublishing',
  'fileRecoveryPr',
  'webPublishObjects',
  'extLst',
];

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
  /** The workbook part's content type in the copy (the output's extension decides it), when set. */
  workbookType?: string;
}

/** Where the editor reads parts from: an open zip (xlsx.ts) or a map of parts (tests). */
export interface PartSource {
  /** Part names, in package order. */
  names(): string[];
  /** The stored name of a part, matched ignoring case (OPC part names are case-insensitive). */
  resolve(name: string): string | undefined;
  /** The part parsed; the same tree every time (callers copy it before changing it). */
  xml(name: string): XmlDocument;
  /** The nodes the package's trees may still take (parsed parts and the editor's copies alike). */
  readonly budget?: XmlBudget;
}

const encoder = new TextEncoder();

/** A PartSource over a map of parts. */
export function mapSource(entries: ZipEntries): PartSource {
  const lower = new Map([...entries.keys()].map((k) => [k.toLowerCase(), k]));
  const cache = new Map<string, XmlDocument>();
  const budget = newXmlBudget();
  return {
    budget,
    names: () => [...entries.keys()],
    resolve: (name) => lower.get(name.toLowerCase()),
    xml(name) {
      const stored = lower.get(name.toLowerCase());
      if (!stored) throw new PackageError('corrupt-part', { part: name, reason: 'missing' });
      let doc = cache.get(stored);
      if (!doc) cache.set(stored, (doc = parseXmlBytes(entries.get(stored)!, stored, budget)));
      return doc;
    },
  };
}

export const relsOf = (part: string) => part.replace(/([^/]*)$/, '_rels/$1.rels');
const dirOf = (part: string) => part.replace(/[^/]+$/, '');

/** A relationship target resolved against its source part ("../media/a.png" from "xl/drawings/d.xml"). */
export function resolveTarget(base: string, target: string): string {
  let t = target.split('#')[0];
  try {
    t = decodeURIComponent(t);
  } catch {
    /* kept as written */
  }
  const path = t.startsWith('/') ? t.slice(1) : dirOf(base) + t;
  const out: string[] = [];
  for (const p of path.split('/')) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function relativeTarget(from: string, part: string): string {
  const dir = dirOf(from);
  return part.startsWith(dir) ? part.slice(dir.length) : `/${part}`;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
  el: XmlElement;
}

export function relationships(doc: XmlDocument): Relationship[] {
  return childrenNamed(doc.root, PKG_REL_NS, 'Relationship').map((el) => ({
    id: attr(el, 'Id') ?? '',
    type: attr(el, 'Type') ?? '',
    target: attr(el, 'Target') ?? '',
    external: attr(el, 'TargetMode') === 'External',
    el,
  }));
}

const relsIn = (src: PartSource, part: string): Relationship[] => {
  const r = src.resolve(relsOf(part));
  return r ? relationships(src.xml(r)) : [];
};

export interface PackageSheet {
  name: string;
  visibility: SheetVisibility;
  /** The part, as stored in the package. */
  part: string;
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export interface PackageInfo {
  workbookPart: string;
  workbook: XmlDocument;
  sheets: PackageSheet[];
  stylesPart?: string;
  sharedStringsPart?: string;
  date1904: boolean;
  /** Transitional SpreadsheetML (what Excel, LibreOffice and ExcelJS write), which is edited in place. */
  transitional: boolean;
}

/**
 * The package's workbook and sheets, found through its relationships. A zip without a
 * workbook, a sheet whose part is missing or outside the package, two sheets of one name:
 * each a PackageError, as Excel would not open them either.
 */
export function describePackage(src: PartSource): PackageInfo {
  let wbPart: string | undefined;
  const rootRels = src.resolve('_rels/.rels') ? relationships(src.xml(src.resolve('_rels/.rels')!)) : [];
  const doc = rootRels.find((r) => r.type.endsWith('/officeDocument') && !r.external);
  if (doc) wbPart = src.resolve(resolveTarget('', doc.target));
  wbPart ??= src.resolve('xl/workbook.xml');
  if (!wbPart) throw new PackageError('no-workbook');
  // An Excel binary workbook (.xlsb) keeps its parts in BIFF12 records, not XML.
  if (/\.bin$/i.test(wbPart)) throw new PackageError('binary-workbook', { part: wbPart });
  const workbook = src.xml(wbPart);
  const root = workbook.root;
  if (root.local !== 'workbook' || !(MAIN_NS as readonly string[]).includes(root.uri)) throw new PackageError('no-workbook', { part: wbPart });
  const rels = new Map(relsIn(src, wbPart).map((r) => [r.id, r]));
  const sheetsEl = childNamed(root, MAIN_NS, 'sheets');
  const seen = new Set<string>();
  const sheets = (sheetsEl ? childrenNamed(sheetsEl, MAIN_NS, 'sheet') : []).map((el): PackageSheet => {
    const name = attr(el, 'name') ?? '';
    if (seen.has(name.toLowerCase())) throw new PackageError('duplicate-sheet', { part: wbPart, sheet: name });
    seen.add(name.toLowerCase());
    const rel = rels.get(attr(el, 'id', REL_NS) ?? '');
    const part = rel && !rel.external ? src.resolve(resolveTarget(wbPart!, rel.target)) : undefined;
    if (!rel || !part) throw new PackageError('missing-sheet', { part: wbPart, sheet: name });
    const state = attr(el, 'state');
    const kind = rel.type.endsWith('/worksheet') ? 'worksheet' : rel.type.endsWith('/chartsheet') ? 'chartsheet' : 'other';
    return { name, visibility: state === 'veryHidden' ? 'veryHidden' : state === 'hidden' ? 'hidden' : 'visible', part, kind };
  });
  const byType = (suffix: string) => {
    const r = [...rels.values()].find((x) => x.type.endsWith(suffix) && !x.external);
    return r ? src.resolve(resolveTarget(wbPart!, r.target)) : undefined;
  };
  const pr = childNamed(root, MAIN_NS, 'workbookPr');
  const d1904 = pr ? attr(pr, 'date1904') : undefined;
  const declaresStrict = root.attrs.some((a) => a.uri === XMLNS && a.value.includes('purl.oclc.org/ooxml'));
  return {
    workbookPart: wbPart,
    workbook,
    sheets,
    stylesPart: byType('/styles'),
    sharedStringsPart: byType('/sharedStrings'),
    date1904: d1904 === '1' || d1904 === 'true',
    transitional: root.uri === TRANSITIONAL_MAIN && !declaresStrict,
  };
}

/** Whether this package can be edited here: Transitional SpreadsheetML, prefixed or not, with the parts an edit changes readable. */
export function canEditSource(src: PartSource): boolean {
  try {
    const info = describePackage(src);
    if (!info.transitional) return false;
    const types = src.resolve(CONTENT_TYPES);
    if (!types || src.xml(types).root.local !== 'Types') return false;
    if (info.stylesPart) {
      const s = src.xml(info.stylesPart).root;
      if (s.local !== 'styleSheet' || s.uri !== TRANSITIONAL_MAIN) return false;
    }
    return true;
  } catch (e) {
    // A part over the memory budget is no reason to write apart: the clerk is told.
    if (e instanceof PackageError && LIMIT_CODES.has(e.code)) throw e;
    return false;
  }
}

const LIMIT_CODES = new Set(['xml-too-large', 'package-xml-too-large', 'xml-too-deep', 'part-too-large', 'total-too-large']);

/** "'KQ cá nhân'!$3:$3": a sheet name in a formula. */
const quoteSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;
/** Absolute reference for a defined name: A3:Q108 → $A$3:$Q$108. */
const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, (_, c: string, r: string) => `$${c}$${r}`);
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What an edit changes: parts taken out, parts written anew, parts added (written as they are packed). */
export interface PackageChanges {
  /** Stored names of the parts taken out. */
  removed: Set<string>;
  /** Stored name → new bytes. */
  replaced: Map<string, Uint8Array>;
  added: { name: string; pieces: () => Iterable<Uint8Array> }[];
  /** The sheets the edited workbook lists, in tab order. */
  sheets: string[];
  /** The clerk's defined names that pointed at a sheet taken out and not written again (said to the clerk). */
  droppedNames?: string[];
}

/**
 * The changes that remove and add sheets (pure: the source is not changed). The parts
 * written are parsed again and checked (checkPackage) before the changes are returned.
 */
export function planEdit(src: PartSource, edit: PackageEdit): PackageChanges {
  if (!canEditSource(src)) throw new Error('package-not-editable');
  const info = describePackage(src);
  const wbPart = info.workbookPart;
  const wb = cloneDocument(info.workbook, src.budget, wbPart);
  const root = wb.root;
  const relsPart = src.resolve(relsOf(wbPart)) ?? relsOf(wbPart);
  const rels = src.resolve(relsPart) ? cloneDocument(src.xml(relsPart), src.budget, relsPart) : parseXml(`<Relationships xmlns="${PKG_REL_NS[0]}"/>`, relsPart);
  const typesPart = src.resolve(CONTENT_TYPES)!;
  const types = cloneDocument(src.xml(typesPart), src.budget, typesPart);
  const removed = new Set<string>();
  const replaced = new Map<string, Uint8Array>();
  const added: PackageChanges['added'] = [];

  const relEls = relationships(rels);
  const dropRel = (r: Relationship) => removeChild(rels.root, r.el);
  const dropOverride = (part: string) => {
    for (const o of childrenNamed(types.root, CT_NS, 'Override')) if ((attr(o, 'PartName') ?? '').replace(/^\//, '').toLowerCase() === part.toLowerCase()) removeChild(types.root, o);
  };
  const dropPart = (part: string) => {
    const stored = src.resolve(part);
    if (stored) removed.add(stored);
    const r = src.resolve(relsOf(part));
    if (r) {
      removed.add(r);
      // The drawing and charts of a sheet taken out go with it (the add-in's own, never shared).
      for (const rel of relationships(src.xml(r))) {
        if (rel.external || !DRAWN.test(rel.type)) continue;
        const target = resolveTarget(part, rel.target);
        if (src.resolve(target) && !removed.has(src.resolve(target)!)) dropPart(target);
      }
    }
    dropOverride(part);
  };

  // --- removals
  let sheetsEl = childNamed(root, MAIN_NS, 'sheets');
  const sheetEls = sheetsEl ? childrenNamed(sheetsEl, MAIN_NS, 'sheet') : [];
  const names = sheetEls.map((el) => attr(el, 'name') ?? '');
  const states = sheetEls.map((el) => attr(el, 'state') ?? 'visible');
  const removeSet = new Set(edit.remove);
  const removedIdx = new Set(names.flatMap((n, i) => (removeSet.has(n) ? [i] : [])));
  const below = (i: number) => {
    let n = 0;
    for (const r of removedIdx) if (r < i) n++;
    return i - n;
  };
  for (const i of removedIdx) {
    const el = sheetEls[i];
    removeChild(sheetsEl!, el);
    const rel = relEls.find((r) => r.id === attr(el, 'id', REL_NS));
    if (!rel) continue;
    dropRel(rel);
    if (!rel.external) dropPart(resolveTarget(wbPart, rel.target));
  }

  // Defined names: those of a removed sheet go, unless a new sheet of the same name takes
  // its place (a rerun replacing "KQ cá nhân"): then the clerk's names are kept, those scoped
  // to the sheet moved to the new one, and formulas naming it read the new one as they read
  // the old. The names the add-in writes itself (print titles, print area, filter) are
  // written anew. Local ids of the sheets after a removed one move down.
  let definedNames = childNamed(root, MAIN_NS, 'definedNames');
  const droppedNames: string[] = [];
  if (definedNames && removedIdx.size) {
    const addedAt = new Map(edit.add.map((a, k) => [a.spec.name.toLowerCase(), names.length - removedIdx.size + k]));
    const gone = names.filter((n, i) => removedIdx.has(i) && !addedAt.has(n.toLowerCase()));
    const unquoted = gone.map((n) => new RegExp(`(^|[^\\w.'])${escapeRe(n)}!`));
    const mentions = (formula: string) => gone.some((n, k) => formula.includes(`${quoteSheet(n)}!`) || unquoted[k].test(formula));
    const OWN = new Set(['_xlnm.print_titles', '_xlnm.print_area', '_xlnm._filterdatabase']);
    const drop = (dn: XmlElement) => {
      removeChild(definedNames!, dn);
      const name = attr(dn, 'name') ?? '';
      if (!OWN.has(name.toLowerCase())) droppedNames.push(name);
    };
    for (const dn of childrenNamed(definedNames, MAIN_NS, 'definedName')) {
      const local = attr(dn, 'localSheetId');
      if (local !== undefined && /^\d+$/.test(local)) {
        const i = Number(local);
        if (removedIdx.has(i)) {
          const to = addedAt.get(names[i].toLowerCase());
          if (to === undefined || OWN.has((attr(dn, 'name') ?? '').toLowerCase())) drop(dn);
          else setAttr(dn, 'localSheetId', to);
          continue;
        }
        if (below(i) !== i) setAttr(dn, 'localSheetId', below(i));
      }
      if (mentions(textOf(dn))) drop(dn);
    }
    if (!elements(definedNames).length) {
      removeChild(root, definedNames);
      definedNames = undefined;
    }
  }

  // --- additions
  const remaining = names.length - removedIdx.size;
  const keptStates = states.filter((_, i) => !removedIdx.has(i));
  const sheetIds = (sheetsEl ? childrenNamed(sheetsEl, MAIN_NS, 'sheet') : []).map((el) => Number(attr(el, 'sheetId') ?? 0)).filter(Number.isFinite);
  let nextSheetId = Math.max(0, ...sheetIds) + 1;
  const allParts = src.names();
  const taken = new Set(allParts.map((p) => p.toLowerCase()));
  // New parts are numbered above every part there was, removed ones included.
  let nextPart = Math.max(0, ...allParts.map((p) => Number(/^xl\/worksheets\/sheet(\d+)\.xml$/i.exec(p)?.[1] ?? 0))) + 1;
  const numbered = (re: RegExp) => Math.max(0, ...allParts.map((p) => Number(re.exec(p)?.[1] ?? 0))) + 1;
  let nextDrawing = numbered(/^xl\/drawings\/drawing(\d+)\.xml$/i);
  let nextChart = numbered(/^xl\/charts\/chart(\d+)\.xml$/i);
  const usedRids = new Set(relEls.map((r) => r.id));

  let stylesPart = info.stylesPart;
  let styles: XmlDocument;
  if (stylesPart) styles = cloneDocument(src.xml(stylesPart), src.budget, stylesPart);
  else {
    stylesPart = src.resolve('xl/styles.xml') ?? 'xl/styles.xml';
    styles = parseXml(EMPTY_STYLES, stylesPart);
    let id = 'rIdBxStyles';
    for (let n = 1; usedRids.has(id); n++) id = `rIdBxStyles${n}`;
    usedRids.add(id);
    rels.root.children.push(
      createElement(rels.root, 'Relationship', [
        ['Id', id],
        ['Type', STYLES_REL],
        ['Target', relativeTarget(wbPart, stylesPart)],
      ]),
    );
    dropOverride(stylesPart);
    types.root.children.push(
      createElement(types.root, 'Override', [
        ['PartName', `/${stylesPart}`],
        ['ContentType', STYLES_TYPE],
      ]),
    );
  }
  // Widths in the digits of the workbook's default font, as it was before the add-in's styles.
  const widthScale = info.stylesPart ? widthScaleOfStyles(src.xml(info.stylesPart)) : 1;
  const styleIndex = addStylesTo(styles);

  if (!sheetsEl) {
    sheetsEl = createElement(root, 'sheets');
    insertInOrder(root, sheetsEl, WORKBOOK_ORDER);
  }
  const localNames: [number, string, string, boolean][] = [];
  edit.add.forEach(({ spec, visibility }, k) => {
    while (taken.has(`xl/worksheets/sheet${nextPart}.xml`)) nextPart++;
    const part = `xl/worksheets/sheet${nextPart}.xml`;
    taken.add(part);
    let rid = `rIdBx${k + 1}`;
    for (let n = 1; usedRids.has(rid); n++) rid = `rIdBx${k + 1}_${n}`;
    usedRids.add(rid);
    const el = createElement(sheetsEl!, 'sheet', [['name', spec.name], ['sheetId', nextSheetId++], ...(visibility === 'visible' ? [] : ([['state', visibility]] as [string, string][]))]);
    setNsAttr(el, REL_NS[0], 'id', rid, 'r');
    sheetsEl!.children.push(el);
    rels.root.children.push(
      createElement(rels.root, 'Relationship', [
        ['Id', rid],
        ['Type', WORKSHEET_REL],
        ['Target', relativeTarget(wbPart, part)],
      ]),
    );
    types.root.children.push(
      createElement(types.root, 'Override', [
        ['PartName', `/${part}`],
        ['ContentType', WORKSHEET_TYPE],
      ]),
    );
    const local = remaining + k;
    const rr = spec.print?.repeatRows;
    if (rr) localNames.push([local, '_xlnm.Print_Titles', `${quoteSheet(spec.name)}!$${rr[0]}:$${rr[1]}`, false]);
    if (spec.print?.area) localNames.push([local, '_xlnm.Print_Area', `${quoteSheet(spec.name)}!${absolute(spec.print.area)}`, false]);
    // Excel pairs every autofilter with this hidden name; without it sorting from the filter can fail.
    if (spec.autoFilter) localNames.push([local, '_xlnm._FilterDatabase', `${quoteSheet(spec.name)}!${absolute(spec.autoFilter)}`, true]);
    const charts = spec.charts ?? [];
    if (charts.length) {
      // The sheet's drawing and its charts, numbered above every part there was.
      while (taken.has(`xl/drawings/drawing${nextDrawing}.xml`)) nextDrawing++;
      const drawing = `xl/drawings/drawing${nextDrawing++}.xml`;
      taken.add(drawing);
      const chartParts = charts.map(() => {
        while (taken.has(`xl/charts/chart${nextChart}.xml`)) nextChart++;
        const c = `xl/charts/chart${nextChart++}.xml`;
        taken.add(c);
        return c;
      });
      const rids = charts.map((_, i) => `rId${i + 1}`);
      const bytes = (text: string) => () => [encoder.encode(text)];
      added.push({ name: part, pieces: () => sheetXmlParts(spec, (id) => styleIndex.get(id) ?? 0, widthScale, 'rId1') });
      added.push({ name: relsOf(part), pieces: bytes(relsXml([{ id: 'rId1', type: DRAWING_REL, target: `../drawings/${drawing.slice(drawing.lastIndexOf('/') + 1)}` }])) });
      added.push({ name: drawing, pieces: bytes(drawingXml(charts, rids)) });
      added.push({ name: relsOf(drawing), pieces: bytes(relsXml(chartParts.map((c, i) => ({ id: rids[i], type: CHART_REL, target: `../charts/${c.slice(c.lastIndexOf('/') + 1)}` })))) });
      types.root.children.push(
        createElement(types.root, 'Override', [
          ['PartName', `/${drawing}`],
          ['ContentType', DRAWING_TYPE],
        ]),
      );
      chartParts.forEach((c, i) => {
        added.push({ name: c, pieces: bytes(chartXml(spec, charts[i], spec.name)) });
        types.root.children.push(
          createElement(types.root, 'Override', [
            ['PartName', `/${c}`],
            ['ContentType', CHART_TYPE],
          ]),
        );
      });
    } else {
      added.push({ name: part, pieces: () => sheetXmlParts(spec, (id) => styleIndex.get(id) ?? 0, widthScale) });
    }
  });
  if (localNames.length) {
    if (!definedNames) {
      definedNames = createElement(root, 'definedNames');
      insertInOrder(root, definedNames, WORKBOOK_ORDER);
    }
    for (const [local, name, formula, hidden] of localNames) {
      const dn = createElement(definedNames, 'definedName', [['name', name], ['localSheetId', local], ...(hidden ? ([['hidden', 1]] as [string, number][]) : [])]);
      setText(dn, formula);
      definedNames.children.push(dn);
    }
  }

  // The tab shown on opening: the one the clerk had (moved down past removed sheets), or the
  // first visible sheet when that one went or is hidden. A workbook without views gets one.
  const allStates = [...keptStates, ...edit.add.map((a) => a.visibility)];
  const firstVisible = Math.max(
    0,
    allStates.findIndex((v) => v === 'visible'),
  );
  const shown = (i: number | undefined) => (i !== undefined && allStates[i] === 'visible' ? i : firstVisible);
  const bookViews = childNamed(root, MAIN_NS, 'bookViews');
  const views = bookViews ? childrenNamed(bookViews, MAIN_NS, 'workbookView') : [];
  if (views.length) {
    for (const v of views) {
      for (const a of ['activeTab', 'firstSheet']) {
        const cur = attr(v, a);
        if (cur === undefined) continue;
        const i = Number(cur);
        setAttr(v, a, shown(removedIdx.has(i) || !Number.isInteger(i) ? undefined : below(i)));
      }
      if (attr(v, 'activeTab') === undefined && allStates[0] !== 'visible') setAttr(v, 'activeTab', firstVisible);
    }
  } else {
    const bv = bookViews ?? createElement(root, 'bookViews');
    bv.children.push(
      createElement(bv, 'workbookView', [
        ['xWindow', 0],
        ['yWindow', 0],
        ['windowWidth', 16384],
        ['windowHeight', 8192],
        ['activeTab', firstVisible],
      ]),
    );
    if (!bookViews) insertInOrder(root, bv, WORKBOOK_ORDER);
  }
  // Formulas of the clerk's that read the add-in's sheets are recalculated on opening.
  if (removedIdx.size) {
    const calcPr = childNamed(root, MAIN_NS, 'calcPr');
    if (calcPr) setAttr(calcPr, 'fullCalcOnLoad', 1);
    // The chain of formulas to recalculate may name removed sheets: Excel rebuilds it.
    for (const r of relationships(rels)) {
      if (!r.type.endsWith('/calcChain') || r.external) continue;
      dropRel(r);
      dropPart(resolveTarget(wbPart, r.target));
    }
  }

  if (edit.workbookType) {
    dropOverride(wbPart);
    types.root.children.push(
      createElement(types.root, 'Override', [
        ['PartName', `/${wbPart}`],
        ['ContentType', edit.workbookType],
      ]),
    );
  }

  replaced.set(wbPart, encoder.encode(serializeXml(wb)));
  replaced.set(relsPart, encoder.encode(serializeXml(rels)));
  replaced.set(typesPart, encoder.encode(serializeXml(types)));
  replaced.set(stylesPart, encoder.encode(serializeXml(styles)));
  if (edit.modified) {
    const core = corePart(src);
    if (core) {
      const doc = cloneDocument(src.xml(core), src.budget, core);
      const m = childNamed(doc.root, DCTERMS, 'modified');
      if (m) {
        setText(m, edit.modified.toISOString().replace(/\.\d{3}Z$/, 'Z'));
        replaced.set(core, encoder.encode(serializeXml(doc)));
      }
    }
  }
  const changes: PackageChanges = { removed, replaced, added, droppedNames, sheets: [...names.filter((_, i) => !removedIdx.has(i)), ...edit.add.map((a) => a.spec.name)] };
  // Read back what would be written: the sheets it lists must be the sheets it holds.
  checkPackage(
    changedSource(src, changes),
    changes.sheets,
    added.map((a) => a.name),
  );
  return changes;
}

function corePart(src: PartSource): string | undefined {
  const rootRels = src.resolve('_rels/.rels') ? relationships(src.xml(src.resolve('_rels/.rels')!)) : [];
  const r = rootRels.find((x) => x.type.endsWith('/core-properties') && !x.external);
  return src.resolve(r ? resolveTarget('', r.target) : 'docProps/core.xml');
}

/** The package after the changes, as a PartSource (added parts are there by name; their XML is not parsed). */
export function changedSource(src: PartSource, changes: PackageChanges): PartSource {
  const names = [...src.names().filter((n) => !changes.removed.has(n)), ...[...changes.replaced.keys()].filter((n) => !src.resolve(n)), ...changes.added.map((a) => a.name)];
  const lower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const parsed = new Map<string, XmlDocument>();
  return {
    budget: src.budget,
    names: () => names,
    resolve: (n) => lower.get(n.toLowerCase()),
    xml(n) {
      const stored = lower.get(n.toLowerCase());
      if (!stored) throw new PackageError('corrupt-part', { part: n, reason: 'missing' });
      const bytes = changes.replaced.get(stored);
      if (!bytes) return src.xml(stored);
      let doc = parsed.get(stored);
      if (!doc) parsed.set(stored, (doc = parseXmlBytes(bytes, stored, src.budget)));
      return doc;
    },
  };
}

/**
 * The check made after every edit, on the parts as written: each sheet the workbook lists
 * has its relationship, its part and a content type (the worksheet's for the parts in
 * `added`); names, ids and relationship ids are unique; and the sheets are `expected`, in
 * order. Otherwise a PackageError ('inconsistent').
 */
export function checkPackage(src: PartSource, expected?: string[], added?: string[]): void {
  let info: PackageInfo;
  const present = () =>
    src
      .names()
      .filter((n) => /^xl\/(worksheets|chartsheets|dialogsheets|macrosheets)\/[^/]+\.xml$/i.test(n))
      .join(', ');
  try {
    info = describePackage(src);
  } catch (e) {
    if (e instanceof PackageError && (e.code === 'missing-sheet' || e.code === 'duplicate-sheet'))
      throw new PackageError('inconsistent', { part: e.detail.part, sheet: e.detail.sheet, present: present() });
    throw e;
  }
  const listed = info.sheets.map((s) => s.name);
  const fail = () => new PackageError('inconsistent', { part: info.workbookPart, listed: listed.join(', '), present: present() });
  const typesPart = src.resolve(CONTENT_TYPES);
  if (!typesPart) throw fail();
  const types = src.xml(typesPart).root;
  const overrides = new Map(childrenNamed(types, CT_NS, 'Override').map((o) => [(attr(o, 'PartName') ?? '').replace(/^\//, '').toLowerCase(), attr(o, 'ContentType') ?? '']));
  const defaults = new Map(childrenNamed(types, CT_NS, 'Default').map((d) => [(attr(d, 'Extension') ?? '').toLowerCase(), attr(d, 'ContentType') ?? '']));
  const fresh = new Set((added ?? []).map((p) => p.toLowerCase()));
  for (const s of info.sheets) {
    const type = overrides.get(s.part.toLowerCase()) ?? defaults.get(s.part.replace(/^.*\./, '').toLowerCase());
    // Every part needs a content type; the sheets written here need the worksheet's.
    if (!type || (fresh.has(s.part.toLowerCase()) && type !== WORKSHEET_TYPE)) throw fail();
  }
  const sheetsEl = childNamed(info.workbook.root, MAIN_NS, 'sheets');
  const ids = (sheetsEl ? childrenNamed(sheetsEl, MAIN_NS, 'sheet') : []).map((el) => attr(el, 'sheetId'));
  if (new Set(ids).size !== ids.length || new Set(info.sheets.map((s) => s.part.toLowerCase())).size !== info.sheets.length) throw fail();
  const rels = relsIn(src, info.workbookPart);
  if (new Set(rels.map((r) => r.id)).size !== rels.length) throw fail();
  if (expected && (expected.length !== listed.length || expected.some((n, i) => n !== listed[i]))) throw fail();
}

// ---------------------------------------------------------------------------------------
// The same on a map of parts (tests, tools that build a package by hand).

/** The sheets of a package, in tab order: name, visibility, part. */
export function packageSheets(entries: ZipEntries): { name: string; visibility: SheetVisibility; part: string }[] {
  return describePackage(mapSource(entries)).sheets.map(({ name, visibility, part }) => ({ name, visibility, part }));
}

export const canEdit = (entries: ZipEntries): boolean => canEditSource(mapSource(entries));

/** Applies `edit` to the map of parts in place (the sheets' XML written out whole). */
export function editPackage(entries: ZipEntries, edit: PackageEdit): PackageChanges {
  const changes = planEdit(mapSource(entries), edit);
  for (const n of changes.removed) entries.delete(n);
  for (const [n, b] of changes.replaced) entries.set(n, b);
  for (const a of changes.added) entries.set(a.name, concat([...a.pieces()].map((p) => p.slice())));
  return changes;
}
