/**
 * "Còn thiếu": the shortfall report (rules/shortfall.ts) in the clerk's words and as a
 * result sheet. Targets with a gap and their closest candidates first, then everyone one
 * condition short, by title, then two short, then the road to the multi-year titles.
 */
import { hasMessage, t, type Lang } from '../i18n/catalogue';
import { reasonText, shownArgs } from '../i18n/reason-text';
import type { ReviewResult } from '../domain/verdict';
import type { RuleSet } from '../rules/types';
import { isOneStep, shortfallReport, type Road, type Shortfall, type ShortfallReport, type Step, type TargetCandidates } from '../rules/shortfall';
import { ruleByKey, titleName } from '../rules/titles';
import { targetLine } from './layout';
import type { CellSpec, SheetSpec, StyleId } from './grid';
import { shortDate } from '../text/format';

const RATINGS = new Set(['excellent', 'good', 'complete', 'incomplete']);

/** Arguments in words, a rating by its short form (HTXSNV): these lines are read at a glance. */
function args(a: Record<string, string | number>, lang: Lang): Record<string, string> {
  const short: Record<string, string | number> = {};
  for (const [k, v] of Object.entries(a)) short[k] = typeof v === 'string' && RATINGS.has(v) ? t(`doc.ratingShort.${v}`, {}, lang) : v;
  const shown = shownArgs(short, lang);
  for (const [k, v] of Object.entries(short)) if (typeof v === 'string' && RATINGS.has(a[k] as string)) shown[k] = v;
  return shown;
}

/** One step in words: "sáng kiến được công nhận", "1 năm CSTĐCS liên tục (năm 2012)". */
export function stepText(step: Step, of: Step['title'], lang: Lang): string {
  const key = `gap.${step.scope}.${step.criterion}`;
  const what = hasMessage(key) ? t(key, args(step.args, lang), lang) : reasonText(step.code, step.args, lang);
  return step.title === of ? what : t('shortfall.via', { what, title: t(`short.${step.title}`, {}, lang) }, lang);
}

/** What a person or unit lacks for the title, as one line. */
export function shortfallText(s: Shortfall, lang: Lang): string {
  if (s.capOnly) {
    const cap = s.steps.find((x) => x.criterion === 'cap');
    return t('shortfall.capOnly', { rank: s.rank ?? '', limit: cap ? String(cap.args.limit) : '' }, lang);
  }
  const what = s.steps.map((x) => stepText(x, s.title, lang));
  return what.length === 1 ? t('shortfall.only', { what: what[0] }, lang) : t('shortfall.many', { n: what.length, what: what.join('; ') }, lang);
}

/** The road to one title: "CSTĐ tỉnh: 2/3 năm CSTĐCS liên tục; cần sáng kiến cấp tỉnh". */
export function roadText(road: Road, ruleSet: RuleSet, lang: Lang): string {
  const parts = road.parts.filter((p) => p.state !== 'met' || p.of !== undefined).map((p) => t(`road.${p.kind}`, args(p.args, lang), lang));
  const rule = ruleByKey(ruleSet, road.key);
  return t('road.line', { title: rule ? titleName(rule, 'short', lang) : road.title, parts: parts.join('; ') }, lang);
}

/** The name of a title by its rule's key, short. */
const shortOf = (ruleSet: RuleSet, key: string, lang: Lang) => {
  const rule = ruleByKey(ruleSet, key);
  return rule ? titleName(rule, 'short', lang) : key;
};

const c = (v: CellSpec['v'], s?: StyleId): CellSpec => (s ? { v, s } : { v });
/** Rows per title in sections II and III: an agency of thousands gets the closest, the rest counted (all are in the JSON). */
const PER_TITLE = 200;

/** The first PER_TITLE of each title's list (already closest first), and how many were left out per title. */
function capped<T extends { key: string }>(list: T[]): { shown: T[]; left: Map<string, number> } {
  const seen = new Map<string, number>();
  const left = new Map<string, number>();
  const shown = list.filter((s) => {
    const n = (seen.get(s.key) ?? 0) + 1;
    seen.set(s.key, n);
    if (n <= PER_TITLE) return true;
    left.set(s.key, (left.get(s.key) ?? 0) + 1);
    return false;
  });
  return { shown, left };
}

export function targetHeadline(tc: TargetCandidates, lang: Lang): string {
  const line = targetLine(tc.target, lang);
  const unit = t(tc.scope === 'unit' ? 'word.units' : 'word.people', {}, lang);
  const one = tc.candidates.filter(isOneStep).length + tc.more;
  return t('sheet.shortfall.target', { label: t(tc.target.label, {}, lang), required: line.required, actual: line.actual, gap: tc.target.gap, unit, one, close: tc.couldClose }, lang);
}

/**
 * The "Còn thiếu" sheet. Columns: STT, person or unit, unit, title, what is missing.
 */
export function shortfallSheet(result: ReviewResult, ruleSet: RuleSet, lang: Lang, report: ShortfallReport = shortfallReport(ruleSet, result)): SheetSpec {
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  const wide = (text: string, style: StyleId) => {
    rows.push([c(text, style), c(null, style), c(null, style), c(null, style), c(null, style)]);
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  const line = (i: number, s: Shortfall) =>
    rows.push([c(i, 'cellCenter'), c(s.name, 'cell'), c(s.scope === 'person' ? (s.unit ?? '') : '', 'cell'), c(shortOf(ruleSet, s.key, lang), 'cell'), c(shortfallText(s, lang), 'cell')]);

  wide(t('sheet.shortfall.title', { year: result.year }, lang), 'title');
  wide(t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: shortDate(result.reviewDate) }, lang), 'subtitle');
  // One table, one header (repeated on every page); the sections are rows across it.
  rows.push(['col.index', 'col.shortfall.subject', 'col.unit', 'col.shortfall.title', 'col.shortfall.what'].map((k) => c(t(k, {}, lang), 'header')));
  const headerRow = rows.length;

  wide(t('sheet.shortfall.targets', {}, lang), 'groupRow');
  // No plan loaded: no target to measure, said rather than "none short".
  if (!result.targets.length) wide(t('sheet.shortfall.noPlan', {}, lang), 'note');
  else if (!report.targets.length) wide(t('sheet.shortfall.empty', {}, lang), 'note');
  for (const tc of report.targets) {
    wide(targetHeadline(tc, lang), 'cell');
    if (tc.capLimit !== null) wide(t('sheet.shortfall.target.cap', { limit: tc.capLimit, room: tc.capRoom ?? 0 }, lang), 'note');
    if (!tc.candidates.length) {
      wide(t('sheet.shortfall.target.none', {}, lang), 'note');
      continue;
    }
    tc.candidates.forEach((s, i) => line(i + 1, s));
    if (tc.more) wide(t('sheet.shortfall.target.more', { n: tc.more, unit: t(tc.scope === 'unit' ? 'word.units' : 'word.people', {}, lang) }, lang), 'note');
  }

  const leftOut = (left: Map<string, number>) => {
    for (const [key, n] of left) wide(t('sheet.shortfall.leftOut', { n, title: shortOf(ruleSet, key, lang), max: PER_TITLE }, lang), 'note');
  };
  const near = report.shortfalls.filter(isOneStep);
  wide(t('sheet.shortfall.near', {}, lang), 'groupRow');
  if (!near.length) wide(t('sheet.shortfall.empty', {}, lang), 'note');
  const nearShown = capped(near);
  nearShown.shown.forEach((s, i) => line(i + 1, s));
  leftOut(nearShown.left);

  const two = report.shortfalls.filter((s) => !isOneStep(s) && s.steps.length === 2);
  wide(t('sheet.shortfall.two', {}, lang), 'groupRow');
  if (!two.length) wide(t('sheet.shortfall.empty', {}, lang), 'note');
  const twoShown = capped(two);
  twoShown.shown.forEach((s, i) => line(i + 1, s));
  leftOut(twoShown.left);
  const rest = report.shortfalls.length - near.length - two.length;
  if (rest > 0) wide(t('sheet.shortfall.rest', { n: rest }, lang), 'note');

  wide(t('sheet.shortfall.roads', {}, lang), 'groupRow');
  if (!report.roads.length) wide(t('sheet.shortfall.empty', {}, lang), 'note');
  const roads = capped(report.roads);
  roads.shown.forEach((r, i) => {
    const rule = ruleByKey(ruleSet, r.key);
    const text = roadText(r, ruleSet, lang);
    // The title is in its own column: the road without it.
    const title = rule ? titleName(rule, 'short', lang) : r.title;
    rows.push([c(i + 1, 'cellCenter'), c(r.name, 'cell'), c(r.unit ?? '', 'cell'), c(title, 'cell'), c(text.startsWith(`${title}: `) ? text.slice(title.length + 2) : text, 'cell')]);
  });
  leftOut(roads.left);

  return {
    name: t('sheet.shortfall.name', {}, lang),
    rows,
    widths: [5, 26, 30, 14, 62],
    merges,
    freeze: { rows: headerRow },
    print: { orientation: 'landscape', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [headerRow, headerRow], fitToWidth: true, pageNumbers: true },
    order: 3,
  };
}

/**
 * For the mid-year report: each target short of the plan, its headline and the closest
 * candidates who lack one condition (the cap's waiting list first), in words.
 */
export function closeToTargets(
  result: ReviewResult,
  ruleSet: RuleSet,
  lang: Lang,
  report: ShortfallReport = shortfallReport(ruleSet, result),
): { headline: string; people: { name: string; unit: string; what: string }[] }[] {
  return report.targets.map((tc) => ({
    headline: targetHeadline(tc, lang),
    people: tc.candidates.filter(isOneStep).map((s) => ({ name: s.name, unit: s.scope === 'person' ? (s.unit ?? '') : '', what: `${shortOf(ruleSet, s.key, lang)}: ${shortfallText(s, lang)}` })),
  }));
}
