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
import { basisOn } from '../rules/presets';
import { moneySheet, MONEY_SHEET } from './award-money';
import { compareVietnamese } from '../text/collate';
import { sortByGroupThenName, type NameOrder } from '../rules/name-order';
import { constantCell, indexCell, memoText, reviewTable, tc, tm } from './text-memo';
import type { SheetRecognition } from './fields';
import { cellAddress, type CellSpec, type SheetSpec, type StyleId } from './grid';
import { describeIssue } from './issue-text';
import { decimal, percent, shortDate } from '../text/format';
import { draftOf, isVotedTitle, listTitle } from '../dossier/lists';
import { namesOf } from './forms/people';
import { readingSheet, type ReadReport } from './read-report';

/** Names of the sheets the add-in writes (Vietnamese, at most 31 characters, checked in tests). */
export const SHEET_NAMES = {
  persons: 'KQ cá nhân',
  units: 'KQ tập thể',
  targets: 'Chỉ tiêu - Kết quả',
  midYear: 'Sơ kết 6 tháng',
  basis: 'Căn cứ bình xét',
  issues: 'Vấn đề dữ liệu',
  reading: 'Đã đọc như sau',
  money: MONEY_SHEET,
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
  /** How the workbook was read ("Đã đọc như sau"), when the documents stage has it. */
  reading?: ReadReport;
}

const c = (v: CellSpec['v'], s?: StyleId): CellSpec => (s ? { v, s } : { v });
/** A share as the sheets print it: "79,2 %" (text: the decimal comma whatever the reader's locale). */
const shareText = (x: number, lang: Lang) => percent(x, 1, lang);

function statusText(v: Verdict | undefined, lang: Lang, mid: boolean): CellSpec {
  const cells = statusCells(lang, mid);
  if (!v) return cells.none;
  if (v.status === 'awarded') return cells.awarded;
  if (v.status === 'over-cap') return cells.overCap;
  return cells.notEligible;
}

/** The status cells, shared by every row of a review (no adapter modifies a cell). */
const STATUS_CELLS = Symbol('status cells');
type StatusCells = { none: CellSpec; awarded: CellSpec; overCap: CellSpec; notEligible: CellSpec };
function statusCells(lang: Lang, mid: boolean): StatusCells {
  const key = mid ? `${lang} mid` : lang;
  const statusCache = reviewTable<string, StatusCells>(STATUS_CELLS);
  let cells = statusCache?.get(key);
  if (!cells) {
    cells = {
      none: c('', 'cell'),
      awarded: c(t(mid ? 'status.awarded.mid' : 'status.awarded', {}, lang), 'good'),
      overCap: c(t('status.over-cap', {}, lang), 'warn'),
      notEligible: c(t('status.not-eligible', {}, lang), 'cell'),
    };
    statusCache?.set(key, cells);
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
  const reasonCells = reviewTable<Lang | typeof COUNT, ReasonNode | number>(REASON_CELLS);
  if (!reasonCells) return reasonsCellUncached(verdicts, lang);
  let node = reasonCells.get(lang) as ReasonNode | undefined;
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
    const count = ((reasonCells.get(COUNT) as number | undefined) ?? 0) + 1;
    // Past this many distinct rows in one review, new ones are made but not kept.
    if (count <= 100_000) {
      reasonCells.set(COUNT, count);
      node.set(END, cell);
    }
  }
  return cell;
}

type ReasonNode = Map<unknown, unknown>;
/** The review's reason texts, by language, then by each reason's title, code, citation and arguments. */
const REASON_CELLS = Symbol('reason cells');
const COUNT = Symbol('count');
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

/**
 * A results table. `printed`: how many of the first columns go on paper (the rest, such as
 * the citations and the source cell, stay on screen), so the paper is printed large enough
 * to read.
 */
function table(name: string, title: string, subtitle: string, header: string[], body: CellSpec[][], widths: number[], order: number, printed = header.length): SheetSpec {
  const rows: CellSpec[][] = [[c(title, 'title')], [c(subtitle, 'subtitle')], header.map((h) => c(h, 'header')), ...body];
  // The title and the line under it span the printed table: they wrap in its width, not in column A's.
  const last = cellAddress(0, printed - 1).replace(/\d+$/, '');
  return {
    name,
    rows,
    widths,
    merges: header.length > 1 ? [`A1:${last}1`, `A2:${last}2`] : [],
    freeze: { rows: 3 },
    autoFilter: body.length ? `A3:${cellAddress(2 + body.length, header.length - 1)}` : undefined,
    print: {
      orientation: 'landscape',
      margins: { top: 20, bottom: 20, left: 30, right: 15 },
      repeatRows: [3, 3],
      fitToWidth: true,
      pageNumbers: true,
      ...(printed < header.length ? { area: `A1:${last}${rows.length}` } : {}),
    },
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
      p.rating ? (ratingCells.get(p.rating) ?? c(t(`rating.${p.rating}`, {}, lang), 'cell')) : noRating,
      c(p.leaveDays ?? '', 'number'),
      c(p.initiatives + p.researchProjects, 'number'),
      c(p.voteShare === undefined ? '' : shareText(p.voteShare, lang), 'number'),
    ];
    for (const id of titles) row.push(statusText(pr.verdicts[id], lang, mid));
    row.push(c(p.excluded ? tc('reason.excluded', lang) : text, p.excluded ? 'warn' : 'cell'), c(citations, 'cell'), c(`${p.source.sheet}!${cellAddress(p.source.row - 1, 0)}`, 'cell'));
    return row;
  });
  const title = t(mid ? 'sheet.persons.title.mid' : 'sheet.persons.title', { year: result.year }, lang);
  const sub = t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: shortDate(result.reviewDate) }, lang);
  // Printed: everything up to the reasons, narrow columns that wrap (the citations and the
  // source cell stay on screen; the basis sheet prints the citations): about 70 % in landscape
  // with five titles, where all 17 columns printed at 42 % (5 pt).
  return table(SHEET_NAMES.persons, title, sub, header, body, [5, 22, 6, 14, 18, 12, 6, 6, 7, ...titles.map(() => 9), 40, 36, 20], 1, header.length - 2);
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
    const reasons = reasonsCell(Object.fromEntries(Object.entries(ur.verdicts).filter(([id, v]) => !(collective && v?.reasons.some((r) => r.code === 'higher-title')) && !(id === collective))), lang);
    return [
      c(i + 1, 'cellCenter'),
      c(ur.unit.name, 'cell'),
      c(ur.members, 'number'),
      c(ur.memberLdtt, 'number'),
      c(ur.members ? shareText(ur.memberLdtt / ur.members, lang) : '', 'number'),
      c(ur.memberCstdcs, 'number'),
      c(ur.unit.rating ? t(`rating.${ur.unit.rating}`, {}, lang) : '', ur.unit.rating ? 'cell' : 'warn'),
      collective ? c(t(`short.${collective}`, {}, lang) + (mid ? ` (${t('status.awarded.mid', {}, lang)})` : ''), 'good') : c('', 'cell'),
      ...others.map((id) => statusText(ur.verdicts[id], lang, mid)),
      c(reasons.text, 'cell'),
      c(reasons.citations, 'cell'),
    ];
  });
  const title = t(mid ? 'sheet.units.title.mid' : 'sheet.units.title', { year: result.year }, lang);
  const sub = t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: shortDate(result.reviewDate) }, lang);
  // Printed up to the reasons (the citations on screen and in the basis sheet), narrow wrapped columns.
  return table(SHEET_NAMES.units, title, sub, header, body, [5, 30, 7, 7, 8, 7, 14, 11, ...others.map(() => 10), 50, 36], 2, header.length - 1);
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
  const required = tr.measure === 'share' ? percent(tr.required, 1, lang) : `${tr.required}`;
  const actual = tr.measure === 'share' ? `${percent(tr.actual, 1, lang)} (${tr.count}/${tr.base})` : `${tr.count}`;
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
  const sub = t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: shortDate(result.reviewDate) }, lang);
  // Warnings come before the numbers, so nobody counts on an impossible target.
  const rows: CellSpec[][] = [[c(title, 'title')], [c(sub, 'subtitle')], ...warnings, header.map((h) => c(h, 'header')), ...body];
  const merges = ['A1:F1', 'A2:F2', ...warnings.map((_, i) => `A${3 + i}:F${3 + i}`)];
  if (input.registration?.length) {
    // Registered against achieved: its title across the sheet, its table from column B (A is the narrow STT).
    const [blockTitle, ...table] = input.registration;
    rows.push([], blockTitle);
    merges.push(`A${rows.length}:F${rows.length}`);
    for (const r of table) rows.push([c(null), ...r]);
  }
  const headerRow = 3 + warnings.length;
  return {
    name: mid ? SHEET_NAMES.midYear : SHEET_NAMES.targets,
    rows,
    widths: [5, 46, 14, 20, 12, 22],
    merges,
    freeze: { rows: headerRow },
    print: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [headerRow, headerRow], fitToWidth: true, pageNumbers: true },
    order: 0,
  };
}

/** By the unit sheet's order (units it does not name after, alphabetically), then by name. */
function byUnitThenName(people: PersonResult[], unitOrder: string[], names: NameOrder | undefined): PersonResult[] {
  const pos = new Map(unitOrder.map((u, i) => [u, i]));
  const posOf = (pr: PersonResult) => pos.get(pr.person.unit ?? '') ?? Number.MAX_SAFE_INTEGER;
  return sortByGroupThenName(
    people,
    posOf,
    (pr) => pr.person.name,
    names,
    (a, b) => {
      if (posOf(a) !== Number.MAX_SAFE_INTEGER) return 0;
      const ua = a.person.unit ?? '';
      const ub = b.person.unit ?? '';
      return ua === ub ? 0 : compareVietnamese(ua, ub);
    },
  );
}

/** Why a person is proposed, in a line: the facts the council checks. */
function achievementText(pr: PersonResult, lang: Lang, withVotes: boolean): string {
  const p = pr.person;
  const parts = [p.rating ? tc(`rating.${p.rating}`, lang) : ''];
  if (p.initiatives) parts.push(tm('achievement.initiatives', { n: p.initiatives }, lang));
  if (p.researchProjects) parts.push(tm('achievement.research', { n: p.researchProjects }, lang));
  if (withVotes && p.voteShare !== undefined) parts.push(tm('achievement.votes', { pct: decimal(p.voteShare * 100, 1, lang) }, lang));
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
  const named = namesOf(result.persons, lang);
  const draft = draftOf(input, rule);
  // A ballot's share only on the list of the title voted on.
  const voted = isVotedTitle(rule, result.params);
  const body = proposed.map((pr, i) => {
    const rank = draft.draft ? pr.verdicts[id]?.rank : undefined;
    const note = [rank ? t('doc.draft.rank', { rank }, lang) : '', pr.person.note ?? ''].filter(Boolean).join('; ');
    return [
      indexCell(i + 1, 'cellCenter'),
      c(named(pr), 'cell'),
      c(pr.person.position ?? '', 'cell'),
      c(pr.person.unit ?? '', 'cell'),
      titleCell,
      c(achievementText(pr, lang, voted), 'cell'),
      c(note, 'cell'),
    ];
  });
  const title = listTitle(input.ruleSet, rule, result.year, lang);
  return table(SHEET_NAMES.list(titleName(rule, 'tab', lang)), title, listSubtitle(input, rule, proposed.length), header, body, [5, 24, 18, 30, 24, 36, 16], order);
}

/** "Danh sách có 81 người", and on a draft "DỰ THẢO – …: the engine's ranking, a proposal until the vote". */
function listSubtitle(input: LayoutInput, rule: TitleRule, n: number): string {
  const { lang } = input;
  const draft = draftOf(input, rule);
  const count = t(draft.draft ? 'sheet.list.count.draft' : 'sheet.list.count', { n, unit: t(rule.scope === 'unit' ? 'word.units' : 'word.people', {}, lang) }, lang);
  return draft.draft ? `${t('doc.draft', {}, lang)} – ${count}. ${draft.line ?? ''}`.trim() : count;
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
  const title = listTitle(input.ruleSet, rule, result.year, lang);
  return table(SHEET_NAMES.list(titleName(rule, 'tab', lang)), title, listSubtitle(input, rule, proposed.length), header, body, [5, 36, 9, 28, 40, 16], order);
}

/** A field of the reader in the clerk's words ("Xếp loại", "CSTĐCS năm 2013"), as the pane names it. */
function fieldName(field: string, lang: Lang): string {
  const [kind, a, b] = field.split(':');
  if (kind === 'pastTitle') return t('field.pastTitle', { title: t(`short.${a}`, {}, lang), year: b }, lang);
  if (kind === 'pastRating') return t('field.pastRating', { year: a }, lang);
  const label = t(`field.${field}`, {}, lang);
  return label === `field.${field}` ? field : label;
}

/** A parameter's value in words: "Không áp dụng", "Có", "Hoàn thành tốt nhiệm vụ", "15 %", 10. */
function paramValue(u: ReviewResult['params'][number], lang: Lang): string | number {
  if (u.value === null) return t('value.off', {}, lang);
  if (typeof u.value === 'boolean') return t(u.value ? 'value.yes' : 'value.no', {}, lang);
  if (typeof u.value === 'string') {
    const rating = t(`rating.${u.value}`, {}, lang);
    return rating !== `rating.${u.value}` ? rating : t(`discipline.${u.value}`, {}, lang);
  }
  return u.id.includes('Share') || u.id.endsWith('.share') ? percent(u.value, 1, lang) : u.value;
}

/**
 * The working table of the review's basis: the rule set, its texts, every parameter with its
 * value, where the value came from and its citation, then the sheets read and their columns.
 * It prints (portrait, one page wide) without the parameters' codes: those sit in the last
 * column, outside the print area, for the clerk who types them after --param.
 */
function basisSheet(input: LayoutInput): SheetSpec {
  const { result, ruleSet, lang, recognitions } = input;
  const merges: string[] = [];
  const rows: CellSpec[][] = [];
  const wide = (label: string, value: string, code = '') => {
    rows.push([c(label, 'groupRow'), c(value, 'cell'), c(null, 'cell'), c(null, 'cell'), c(code, 'note')]);
    merges.push(`B${rows.length}:D${rows.length}`);
  };
  rows.push([c(t('sheet.basis.title', { year: result.year }, lang), 'title')]);
  merges.push('A1:D1');
  wide(t('basis.preset', {}, lang), t(ruleSet.label, {}, lang), ruleSet.id);
  const inForce = basisOn(ruleSet, result.reviewDate);
  wide(t('basis.texts', {}, lang), inForce.length ? inForce.map((x) => x.printed).join(';\n') : ruleSet.texts);
  wide(t('basis.date', {}, lang), shortDate(result.reviewDate));
  wide(t('basis.phase', {}, lang), t(`phase.${result.phase}`, {}, lang));
  rows.push([]);
  rows.push(['col.param', 'col.value', 'col.valueSource', 'col.citation'].map((k) => c(t(k, {}, lang), 'header')).concat(c(t('col.paramId', {}, lang), 'note')));
  const headerRow = rows.length;
  const owners = new Map<string, string>();
  for (const title of ruleSet.titles) owners.set(title.enabled.id, titleName(title, 'short', lang));
  for (const u of result.params) {
    const titleKey = u.id.split('.')[0];
    const owner = owners.get(`${titleKey}.enabled`) ?? (titleKey === 'general' ? t('preset.general', {}, lang) : titleKey);
    const label = `${owner}: ${t(`param.${u.id.split('.').slice(1).join('.')}`, {}, lang)}`;
    rows.push([c(label, 'cell'), c(paramValue(u, lang), 'cellCenter'), c(t(`source.${u.source}`, {}, lang), 'cell'), c(u.citation, 'cell'), c(u.id, 'note')]);
  }
  rows.push([], [c(t('basis.sheetsRead', {}, lang), 'header'), c(t('col.role', {}, lang), 'header'), c(t('col.headerRow', {}, lang), 'header'), c(t('col.columns', {}, lang), 'header')]);
  for (const r of recognitions) {
    rows.push([
      c(r.sheet, 'cell'),
      c(t(`role.${r.role}`, {}, lang), 'cell'),
      c(r.headerBottom + 1, 'cellCenter'),
      c(r.columns.map((col) => `${cellAddress(0, col.col).replace(/\d+$/, '')}: ${fieldName(col.field, lang)}${col.fromSettings ? '*' : ''}`).join(', '), 'cell'),
    ]);
  }
  return {
    name: SHEET_NAMES.basis,
    rows,
    widths: [36, 18, 14, 46, 28],
    merges,
    freeze: { rows: headerRow },
    print: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [headerRow, headerRow], fitToWidth: true, pageNumbers: true, area: `A1:D${rows.length}` },
    order: 90,
  };
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
  if (!mid) {
    // The money that goes with the titles proposed (issue 17): its own sheet, with the basis of each amount.
    const money = moneySheet(result, ruleSet, input.lang, 80);
    if (money) sheets.push(money);
  }
  sheets.push(basisSheet(input), issuesSheet(input));
  if (input.reading) sheets.push(readingSheet(input.reading, SHEET_NAMES.reading, input.lang));
  return sheets;
}
