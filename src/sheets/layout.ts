/**
 * Verdicts → the sheets the add-in writes: results per person and per unit, targets
 * against results, one nomination list per title with someone proposed, the basis of
 * the review and the data issues. Pure: returns SheetSpec values for any adapter.
 */
import { RATING_ORDER, type DataIssue, type PersonTitleId, type UnitTitleId } from '../domain/types';
import type { PersonResult, ReviewResult, TargetResult, UnitResult, Verdict } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import { reasonText as renderReason } from '../i18n/reason-text';
import type { RuleSet, TitleRule } from '../rules/types';
import { isCollectiveTitle, ruleOf, titleName } from '../rules/titles';
import { compareVietnamese } from '../text/collate';
import { sortByGroupThenName, type NameOrder } from '../rules/name-order';
import { constantCell, indexCell, memoText, tc, tm } from './text-memo';
import type { SheetRecognition } from './fields';
import { cellAddress, type CellSpec, type SheetSpec, type StyleId } from './grid';
import { describeIssue } from './issue-text';

/** Names of the sheets the add-in writes (Vietnamese, at most 31 characters, checked in tests). */
export const SHEET_NAMES = {
  persons: 'KQ cá nhân',
  units: 'KQ tập thể',
  targets: 'Chỉ tiêu - Kết quả',
  midYear: 'Sơ kết 6 tháng',
  basis: 'Căn cứ bình xét',
  issues: 'Vấn đề dữ liệu',
  list: (short: string) => `DS đề nghị ${short}`,
} as const;



export interface LayoutInput {
  result: ReviewResult;
  ruleSet: RuleSet;
  issues: DataIssue[];
  recognitions: SheetRecognition[];
  /** Unit names in the unit sheet's order, for sorting lists by unit. */
  unitOrder: string[];
  lang: Lang;
  agencyName?: string;
  /** Registered against achieved, a block under the targets (when a registration sheet was read). */
  registration?: CellSpec[][];
  /** The review's name order, worked out once; compareNames otherwise. */
  names?: NameOrder;
}

const c = (v: CellSpec['v'], s?: StyleId): CellSpec => (s ? { v, s } : { v });
const pct = (x: number) => Math.round(x * 1000) / 10;

function statusText(v: Verdict | undefined, lang: Lang, mid: boolean): CellSpec {
  const cells = statusCells(lang, mid);
  if (!v) return cells.none;
  if (v.status === 'awarded') return cells.awarded;
  if (v.status === 'over-cap') return cells.overCap;
  return cells.notEligible;
}

/** The status cells, shared by every row (no adapter modifies a cell). */
const statusCache = new Map<string, { none: CellSpec; awarded: CellSpec; overCap: CellSpec; notEligible: CellSpec }>();
function statusCells(lang: Lang, mid: boolean) {
  const key = mid ? `${lang} mid` : lang;
  let cells = statusCache.get(key);
  if (!cells) {
    cells = {
      none: c('', 'cell'),
      awarded: c(t(mid ? 'status.awarded.mid' : 'status.awarded', {}, lang), 'good'),
      overCap: c(t('status.over-cap', {}, lang), 'warn'),
      notEligible: c(t('status.not-eligible', {}, lang), 'cell'),
    };
    statusCache.set(key, cells);
  }
  return cells;
}

/** Reason arguments that name a rating or a discipline are shown in words. */
function reasonText(code: string, args: Record<string, string | number>, lang: Lang): string {
  // The text depends only on the code and the arguments' values: remembered by those.
  return memoText('reason', code, args, lang, () => reasonTextUncached(code, args, lang));
}

function reasonTextUncached(code: string, args: Record<string, string | number>, lang: Lang): string {
  return renderReason(code, args, lang);
}

export function verdictReasons(v: Verdict, lang: Lang): string[] {
  return v.reasons.map((r) => reasonText(r.code, r.args, lang));
}

/**
 * The reasons and citations of a row. Rows with the same reasons (most of them) share one
 * text: it is remembered under each reason's title, code, citation and arguments.
 */
function reasonsCell(verdicts: Partial<Record<string, Verdict>>, lang: Lang): { text: string; citations: string } {
  let node = reasonCells.get(lang);
  if (!node) reasonCells.set(lang, (node = new Map()));
  for (const id of Object.keys(verdicts)) {
    const v = verdicts[id];
    if (!v || v.status === 'awarded' || onlyExcluded(v)) continue;
    node = step(step(node, id), v.reasons.length);
    for (const r of v.reasons) {
      node = step(step(node, r.code), r.citation);
      for (const name in r.args) {
        const value = r.args[name];
        if (typeof value !== 'string' && typeof value !== 'number') return reasonsCellUncached(verdicts, lang);
        node = step(step(node, name), value);
      }
      node = step(node, END);
    }
  }
  let cell = node.get(END) as { text: string; citations: string } | undefined;
  if (!cell) {
    cell = reasonsCellUncached(verdicts, lang);
    if (++reasonCellCount > 100_000) {
      reasonCells.clear();
      reasonCellCount = 0;
    } else node.set(END, cell);
  }
  return cell;
}

type ReasonNode = Map<unknown, unknown>;
const reasonCells = new Map<Lang, ReasonNode>();
let reasonCellCount = 0;
const END = Symbol('end');
function step(node: ReasonNode, k: unknown): ReasonNode {
  let next = node.get(k) as ReasonNode | undefined;
  if (!next) node.set(k, (next = new Map()));
  return next;
}

const onlyExcluded = (v: Verdict): boolean => {
  for (const r of v.reasons) if (r.code !== 'excluded') return false;
  return true;
};

function reasonsCellUncached(verdicts: Partial<Record<string, Verdict>>, lang: Lang): { text: string; citations: string } {
  let text = '';
  let lines = 0;
  const cites: string[] = [];
  for (const id of Object.keys(verdicts)) {
    const v = verdicts[id];
    if (!v || v.status === 'awarded' || onlyExcluded(v)) continue;
    const reasons = v.reasons;
    let line = `${tc(`short.${id}`, lang)}: `;
    for (let i = 0; i < reasons.length; i++) line += (i ? '; ' : '') + reasonText(reasons[i].code, reasons[i].args, lang);
    text = lines++ ? `${text}\n${line}` : line;
    for (const r of reasons) if (r.citation && !cites.includes(r.citation)) cites.push(r.citation);
  }
  return { text, citations: cites.join('; ') };
}

function table(name: string, title: string, subtitle: string, header: string[], body: CellSpec[][], widths: number[], order: number): SheetSpec {
  const rows: CellSpec[][] = [[c(title, 'title')], [c(subtitle, 'subtitle')], header.map((h) => c(h, 'header')), ...body];
  return {
    name,
    rows,
    widths,
    merges: [],
    freeze: { rows: 3 },
    autoFilter: body.length ? `A3:${cellAddress(2 + body.length, header.length - 1)}` : undefined,
    print: { orientation: 'landscape', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [3, 3], fitToWidth: true, pageNumbers: true },
    order,
  };
}

function personsSheet(input: LayoutInput, titles: PersonTitleId[], mid: boolean): SheetSpec {
  const { result, lang } = input;
  const header = [
    t('col.index', {}, lang),
    t('col.name', {}, lang),
    t('col.birth', {}, lang),
    t('col.position', {}, lang),
    t('col.unit', {}, lang),
    t('col.rating', {}, lang),
    t('col.leaveDays', {}, lang),
    t('col.initiatives', {}, lang),
    t('col.voteShare', {}, lang),
    ...titles.map((id) => t(`short.${id}`, {}, lang)),
    t('col.reasons', {}, lang),
    t('col.citations', {}, lang),
    t('col.source', {}, lang),
  ];
  const emptyCell = constantCell('', 'cell');
  const noRating = constantCell('', 'warn');
  const ratingCells = new Map(RATING_ORDER.map((r) => [r as string, constantCell(t(`rating.${r}`, {}, lang), 'cell')]));
  const body = result.persons.map((pr, i) => {
    const p = pr.person;
    const { text, citations } = reasonsCell(pr.verdicts, lang);
    const row: CellSpec[] = [
      indexCell(i + 1, 'cellCenter'),
      c(p.name, 'cell'),
      c(p.birthYear ?? '', 'cellCenter'),
      p.position === undefined ? emptyCell : c(p.position, 'cell'),
      p.unit === undefined ? emptyCell : c(p.unit, 'cell'),
      p.rating ? ratingCells.get(p.rating) ?? c(t(`rating.${p.rating}`, {}, lang), 'cell') : noRating,
      c(p.leaveDays ?? '', 'number'),
      c(p.initiatives + p.researchProjects, 'number'),
      c(p.voteShare === undefined ? '' : p.voteShare, 'percent'),
    ];
    for (const id of titles) row.push(statusText(pr.verdicts[id], lang, mid));
    row.push(
      c(p.excluded ? tc('reason.excluded', lang) : text, p.excluded ? 'warn' : 'cell'),
      c(citations, 'cell'),
      c(`${p.source.sheet}!${cellAddress(p.source.row - 1, 0)}`, 'cell'),
    );
    return row;
  });
  const title = t(mid ? 'sheet.persons.title.mid' : 'sheet.persons.title', { year: result.year }, lang);
  const sub = t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: result.reviewDate }, lang);
  return table(SHEET_NAMES.persons, title, sub, header, body, [5, 24, 8, 18, 26, 20, 8, 8, 8, ...titles.map(() => 14), 50, 36, 20], 1);
}

function unitsSheet(input: LayoutInput, titles: TitleRule[], mid: boolean): SheetSpec {
  const { result, lang } = input;
  const header = [
    t('col.index', {}, lang),
    t('col.unitName', {}, lang),
    t('col.members', {}, lang),
    t('short.LDTT', {}, lang),
    t('col.ldttShare', {}, lang),
    t('short.CSTDCS', {}, lang),
    t('col.unitRating', {}, lang),
    t('col.collectiveTitle', {}, lang),
    ...titles.filter((r) => !isCollectiveTitle(r)).map((r) => titleName(r, 'short', lang)),
    t('col.reasons', {}, lang),
    t('col.citations', {}, lang),
  ];
  const others = titles.filter((r) => !isCollectiveTitle(r)).map((r) => r.id as UnitTitleId);
  const body = result.units.map((ur, i) => {
    const collective = ur.collectiveTitle;
    const reasons = reasonsCell(
      Object.fromEntries(Object.entries(ur.verdicts).filter(([id, v]) => !(collective && v?.reasons.some((r) => r.code === 'higher-title')) && !(id === collective))),
      lang,
    );
    return [
      c(i + 1, 'cellCenter'),
      c(ur.unit.name, 'cell'),
      c(ur.members, 'number'),
      c(ur.memberLdtt, 'number'),
      c(ur.members ? ur.memberLdtt / ur.members : '', 'percent'),
      c(ur.memberCstdcs, 'number'),
      c(ur.unit.rating ? t(`rating.${ur.unit.rating}`, {}, lang) : '', ur.unit.rating ? 'cell' : 'warn'),
      collective ? c(t(`short.${collective}`, {}, lang) + (mid ? ` (${t('status.awarded.mid', {}, lang)})` : ''), 'good') : c('', 'cell'),
      ...others.map((id) => statusText(ur.verdicts[id], lang, mid)),
      c(reasons.text, 'cell'),
      c(reasons.citations, 'cell'),
    ];
  });
  const title = t(mid ? 'sheet.units.title.mid' : 'sheet.units.title', { year: result.year }, lang);
  const sub = t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: result.reviewDate }, lang);
  return table(SHEET_NAMES.units, title, sub, header, body, [5, 40, 8, 8, 9, 9, 24, 14, ...others.map(() => 14), 60, 36], 2);
}

/** A plan/rule warning in words: target labels and title ids translated. */
export function warningText(w: { code: string; args: Record<string, string | number> }, lang: Lang): string {
  const args: Record<string, string | number> = { ...w.args };
  if (typeof args.target === 'string' && args.target) args.target = t(args.target, {}, lang);
  if (typeof args.capOf === 'string' && args.capOf) args.capOf = t(`short.${args.capOf}`, {}, lang);
  return t(`warning.${w.code}`, args, lang);
}

export function targetLine(tr: TargetResult, lang: Lang): { required: string; actual: string; gap: string } {
  if (tr.measure === 'recorded') {
    return { required: t('target.recorded', {}, lang), actual: tr.met ? t('target.recorded.yes', {}, lang) : t('target.recorded.no', {}, lang), gap: '' };
  }
  const unitWord = tr.id.includes('units') || tr.id.startsWith('tt') ? t('word.units', {}, lang) : t('word.people', {}, lang);
  const required = tr.measure === 'share' ? `${pct(tr.required)} %` : `${tr.required}`;
  const actual = tr.measure === 'share' ? `${pct(tr.actual)} % (${tr.count}/${tr.base})` : `${tr.count}`;
  const gap = tr.met ? '' : t('target.gap', { gap: tr.gap, unit: unitWord }, lang);
  return { required, actual, gap };
}

function targetsSheet(input: LayoutInput, mid: boolean): SheetSpec {
  const { result, lang } = input;
  const warnings = result.warnings.map((w) => [c(warningText(w, lang), 'warn')]);
  const header = [t('col.index', {}, lang), t('col.target', {}, lang), t('col.required', {}, lang), t('col.actual', {}, lang), t('col.met', {}, lang), t('col.gap', {}, lang)];
  const body = result.targets.map((tr, i) => {
    const line = targetLine(tr, lang);
    return [
      c(i + 1, 'cellCenter'),
      c(t(tr.label, {}, lang), 'cell'),
      c(line.required, 'cellCenter'),
      c(line.actual, 'cellCenter'),
      c(tr.met ? t('target.met', {}, lang) : t('target.notMet', {}, lang), tr.met ? 'good' : 'bad'),
      c(line.gap, 'cell'),
    ];
  });
  const title = t(mid ? 'sheet.targets.title.mid' : 'sheet.targets.title', { year: result.year }, lang);
  const sub = t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: result.reviewDate }, lang);
  // Warnings come before the numbers, so nobody counts on an impossible target.
  const rows: CellSpec[][] = [[c(title, 'title')], [c(sub, 'subtitle')], ...warnings, header.map((h) => c(h, 'header')), ...body];
  if (input.registration?.length) rows.push([], ...input.registration);
  const headerRow = 3 + warnings.length;
  return {
    name: mid ? SHEET_NAMES.midYear : SHEET_NAMES.targets,
    rows,
    widths: [5, 46, 14, 20, 12, 22],
    merges: warnings.map((_, i) => `A${3 + i}:F${3 + i}`),
    freeze: { rows: headerRow },
    print: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [headerRow, headerRow], fitToWidth: true, pageNumbers: true },
    order: 0,
  };
}

/** By the unit sheet's order (units it does not name after, alphabetically), then by name. */
function byUnitThenName(people: PersonResult[], unitOrder: string[], names: NameOrder | undefined): PersonResult[] {
  const pos = new Map(unitOrder.map((u, i) => [u, i]));
  const posOf = (pr: PersonResult) => pos.get(pr.person.unit ?? '') ?? Number.MAX_SAFE_INTEGER;
  return sortByGroupThenName(people, posOf, (pr) => pr.person.name, names, (a, b) => {
    if (posOf(a) !== Number.MAX_SAFE_INTEGER) return 0;
    const ua = a.person.unit ?? '';
    const ub = b.person.unit ?? '';
    return ua === ub ? 0 : compareVietnamese(ua, ub);
  });
}

/** Why a person is proposed, in a line: the facts the council checks. */
function achievementText(pr: PersonResult, lang: Lang): string {
  const p = pr.person;
  const parts = [p.rating ? tc(`rating.${p.rating}`, lang) : ''];
  if (p.initiatives) parts.push(tm('achievement.initiatives', { n: p.initiatives }, lang));
  if (p.researchProjects) parts.push(tm('achievement.research', { n: p.researchProjects }, lang));
  if (p.voteShare !== undefined) parts.push(tm('achievement.votes', { pct: pct(p.voteShare) }, lang));
  return parts.filter(Boolean).join('; ');
}

export function personListSheet(input: LayoutInput, rule: TitleRule, order: number): SheetSpec | null {
  const { result, lang } = input;
  const id = rule.id as PersonTitleId;
  const proposed = byUnitThenName(
    result.persons.filter((p) => p.verdicts[id]?.status === 'awarded'),
    input.unitOrder,
    input.names,
  );
  if (!proposed.length) return null;
  const header = ['col.index', 'col.name', 'col.position', 'col.unit', 'col.title', 'col.achievement', 'col.note'].map((k) => t(k, {}, lang));
  const titleCell = constantCell(titleName(rule, 'full', lang), 'cell');
  const body = proposed.map((pr, i) => [
    indexCell(i + 1, 'cellCenter'),
    c(pr.person.name, 'cell'),
    c(pr.person.position ?? '', 'cell'),
    c(pr.person.unit ?? '', 'cell'),
    titleCell,
    c(achievementText(pr, lang), 'cell'),
    c(pr.person.note ?? '', 'cell'),
  ]);
  const title = t('sheet.list.title', { title: titleName(rule, 'full', lang).toUpperCase(), year: result.year }, lang);
  const sub = t('sheet.list.count', { n: proposed.length, unit: t('word.people', {}, lang) }, lang);
  return table(SHEET_NAMES.list(titleName(rule, 'tab', lang)), title, sub, header, body, [5, 26, 20, 34, 26, 40, 14], order);
}

export function unitListSheet(input: LayoutInput, rule: TitleRule, order: number): SheetSpec | null {
  const { result, lang } = input;
  const id = rule.id as UnitTitleId;
  const proposed = result.units.filter((u) => u.verdicts[id]?.status === 'awarded');
  if (!proposed.length) return null;
  const header = ['col.index', 'col.unitName', 'col.members', 'col.title', 'col.achievement', 'col.note'].map((k) => t(k, {}, lang));
  const body = proposed.map((ur: UnitResult, i) => [
    c(i + 1, 'cellCenter'),
    c(ur.unit.name, 'cell'),
    c(ur.members, 'number'),
    c(titleName(rule, 'full', lang), 'cell'),
    c(t('achievement.unit', { rating: ur.unit.rating ? t(`rating.${ur.unit.rating}`, {}, lang) : '', ldtt: ur.memberLdtt, members: ur.members, cstdcs: ur.memberCstdcs }, lang), 'cell'),
    c(ur.unit.note ?? '', 'cell'),
  ]);
  const title = t('sheet.list.title', { title: titleName(rule, 'full', lang).toUpperCase(), year: result.year }, lang);
  const sub = t('sheet.list.count', { n: proposed.length, unit: t('word.units', {}, lang) }, lang);
  return table(SHEET_NAMES.list(titleName(rule, 'tab', lang)), title, sub, header, body, [5, 40, 10, 30, 50, 14], order);
}

function basisSheet(input: LayoutInput): SheetSpec {
  const { result, ruleSet, lang, recognitions } = input;
  const rows: CellSpec[][] = [
    [c(t('sheet.basis.title', { year: result.year }, lang), 'title')],
    [c(t('basis.preset', {}, lang), 'groupRow'), c(`${ruleSet.id} — ${t(ruleSet.label, {}, lang)}`, 'cell')],
    [c(t('basis.texts', {}, lang), 'groupRow'), c(ruleSet.texts, 'cell')],
    [c(t('basis.date', {}, lang), 'groupRow'), c(result.reviewDate, 'cell')],
    [c(t('basis.phase', {}, lang), 'groupRow'), c(t(`phase.${result.phase}`, {}, lang), 'cell')],
    [],
    ['col.param', 'col.paramId', 'col.value', 'col.valueSource', 'col.citation'].map((k) => c(t(k, {}, lang), 'header')),
  ];
  const defs = new Map<string, string>();
  for (const title of ruleSet.titles) {
    defs.set(title.enabled.id, titleName(title, 'short', lang));
  }
  for (const u of result.params) {
    const titleKey = u.id.split('.')[0];
    const owner = defs.get(`${titleKey}.enabled`) ?? (titleKey === 'general' ? t('preset.general', {}, lang) : titleKey);
    const label = `${owner}: ${t(`param.${u.id.split('.').slice(1).join('.')}`, {}, lang)}`;
    const value =
      u.value === null ? t('value.off', {}, lang) : typeof u.value === 'boolean' ? t(u.value ? 'value.yes' : 'value.no', {}, lang) : typeof u.value === 'string' ? (t(`rating.${u.value}`, {}, lang) !== `rating.${u.value}` ? t(`rating.${u.value}`, {}, lang) : t(`discipline.${u.value}`, {}, lang)) : u.id.includes('Share') || u.id.endsWith('.share') ? `${pct(u.value)} %` : u.value;
    rows.push([c(label, 'cell'), c(u.id, 'cell'), c(value, 'cellCenter'), c(t(`source.${u.source}`, {}, lang), 'cell'), c(u.citation, 'cell')]);
  }
  rows.push([], [c(t('basis.sheetsRead', {}, lang), 'header'), c(t('col.role', {}, lang), 'header'), c(t('col.headerRow', {}, lang), 'header'), c(t('col.columns', {}, lang), 'header')]);
  for (const r of recognitions) {
    rows.push([
      c(r.sheet, 'cell'),
      c(t(`role.${r.role}`, {}, lang), 'cell'),
      c(r.headerBottom + 1, 'cellCenter'),
      c(r.columns.map((col) => `${cellAddress(0, col.col).replace(/\d+$/, '')}: ${col.field}${col.fromSettings ? '*' : ''}`).join(', '), 'cell'),
    ]);
  }
  return { name: SHEET_NAMES.basis, rows, widths: [44, 30, 16, 22, 60], merges: [], freeze: { rows: 7 }, order: 90 };
}

function issuesSheet(input: LayoutInput): SheetSpec {
  const { lang } = input;
  const header = ['col.index', 'col.severity', 'col.sheet', 'col.cell', 'col.valueFound', 'col.message'].map((k) => t(k, {}, lang));
  const body = input.issues.map((iss, i) => [
    c(i + 1, 'cellCenter'),
    c(t(`severity.${iss.severity}`, {}, lang), iss.severity === 'error' ? 'bad' : iss.severity === 'warning' ? 'warn' : 'cell'),
    c(iss.sheet ?? '', 'cell'),
    c(iss.cell ?? '', 'cellCenter'),
    c(iss.value ?? '', 'cell'),
    c(describeIssue(iss, lang), 'cell'),
  ]);
  const title = t('sheet.issues.title', { n: input.issues.length }, lang);
  return table(SHEET_NAMES.issues, title, '', header, body, [5, 12, 22, 8, 30, 80], 91);
}

/** Every result sheet, in the order they are written. */
export function layoutResults(input: LayoutInput): SheetSpec[] {
  const { result, ruleSet } = input;
  const mid = result.phase === 'mid';
  const personTitles = ruleSet.titles.filter((r) => r.scope === 'person' && r.id in (result.persons[0]?.verdicts ?? {})).map((r) => r.id as PersonTitleId);
  const enabledPerson = personTitles.length ? personTitles : ruleSet.titles.filter((r) => r.scope === 'person').map((r) => r.id as PersonTitleId);
  const unitRules = ruleSet.titles.filter((r) => r.scope === 'unit' && r.id in (result.units[0]?.verdicts ?? {}));
  const sheets: SheetSpec[] = [targetsSheet(input, mid), personsSheet(input, enabledPerson, mid), unitsSheet(input, unitRules, mid)];
  if (!mid) {
    let order = 10;
    for (const id of enabledPerson) {
      const s = personListSheet(input, ruleOf(ruleSet, id, 'person')!, order++);
      if (s) sheets.push(s);
    }
    for (const rule of unitRules) {
      const s = unitListSheet(input, rule, order++);
      if (s) sheets.push(s);
    }
  }
  sheets.push(basisSheet(input), issuesSheet(input));
  return sheets;
}
