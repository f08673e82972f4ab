/**
 * "Còn thiếu gì": what stands between each person or unit and a title they were reviewed
 * for, worked out from the verdicts the evaluator already explains. Three answers:
 *
 * - per title, everyone not given it with the criteria that failed, the closest first
 *   (one criterion, or only the cap);
 * - per target of the plan with a gap ("thiếu 9 người"), the closest candidates in order and
 *   how many of them could close it;
 * - per person, the road to the multi-year titles from the history ("CSTĐ tỉnh: 2/3 năm
 *   CSTĐCS liên tục").
 *
 * A criterion that needs another title this year (CSTĐCS needs LĐTT) is replaced by what
 * that title lacks, so "one step" means one thing to change. Alternatives (any-of) count
 * as their nearest group. Pure; the words are the catalogue's (`gap.<criterion>`).
 */
import { atLeast, type Person, type PersonTitleId, type Rating, type TitleId, type UnitTitleId } from '../domain/types';
import type { PersonResult, Reason, ReviewResult, TargetResult, UnitResult, Verdict } from '../domain/verdict';
import type { Criterion, CriterionKind, ParamValues, RuleSet, TitleRule } from './types';
import { isCollectiveTitle } from './titles';
import { compareNames } from '../text/collate';

/** One thing to change: a criterion of a title (possibly a title this one needs) that failed. */
export interface Step {
  /** The title whose criterion it is (LĐTT for a CSTĐCS candidate without LĐTT). */
  title: TitleId;
  scope: 'person' | 'unit';
  /** Criterion id as the reason gives it ("achievement", "general.discipline", "cap"). */
  criterion: string;
  /** Its kind in the rule set, when it is a criterion of the title's table. */
  kind?: CriterionKind;
  code: Reason['code'];
  citation: string;
  /** The reason's arguments, with `need` (how much is missing) where it can be counted. */
  args: Record<string, string | number>;
}

export interface Shortfall {
  scope: 'person' | 'unit';
  /** Person id ("sheet!row") or unit name. */
  id: string;
  name: string;
  unit?: string;
  title: TitleId;
  /** The title rule's key (BK_TINH_UNIT for a unit's Bằng khen). */
  key: string;
  status: Verdict['status'];
  steps: Step[];
  /** Meets every criterion; only the cap left it out. */
  capOnly: boolean;
  rank?: number;
}

export interface TargetCandidates {
  target: TargetResult;
  title: TitleId;
  scope: 'person' | 'unit';
  /** The closest first: every one-step candidate, then the next nearest until the gap is covered. */
  candidates: Shortfall[];
  /** How many of the candidates could close the gap: min(gap, one-step candidates, room under the cap). */
  couldClose: number;
  /** Places left under the title's cap (null: no cap). */
  capRoom: number | null;
  /** The cap's limit when there is one. */
  capLimit: number | null;
  /** One-step candidates left out of `candidates` (listed with the title's shortfalls). */
  more: number;
}

export interface RoadPart {
  criterion: string;
  kind: CriterionKind;
  /** 'progress': have/of counted over the years; 'need': a condition not met yet; 'met'. */
  state: 'progress' | 'need' | 'met';
  have?: number;
  of?: number;
  args: Record<string, string | number>;
}

export interface Road {
  personId: string;
  name: string;
  unit?: string;
  title: PersonTitleId;
  key: string;
  parts: RoadPart[];
  /** How many years of the longest multi-year criterion are still to come (0: this year would have done). */
  yearsToGo: number;
}

export interface ShortfallReport {
  /** Everyone not given a title they were reviewed for, by title in the rule set's order, the closest first. */
  shortfalls: Shortfall[];
  targets: TargetCandidates[];
  roads: Road[];
}

/** What "how much is missing" means for each kind of criterion, from the reason's arguments. */
const NEED: Partial<Record<CriterionKind, (a: Record<string, string | number>) => number | undefined>> = {
  achievement: (a) => num(a.min) - num(a.count),
  'consecutive-titles': (a) => listed(a.missing),
  'consecutive-ratings': (a) => listed(a.missing),
  'unit-consecutive-ratings': (a) => listed(a.missing),
  'members-cstdcs': (a) => num(a.min) - num(a.count),
  'members-min-rating': (a) => num(a.count),
  'members-ldtt-share': (a) => {
    const members = num(a.members);
    const share = num(a.min) / 100;
    const needed = a.strict ? Math.floor(share * members + 1e-9) + 1 : Math.ceil(share * members - 1e-9);
    return Math.max(1, needed - num(a.ldtt));
  },
};
const num = (v: string | number | undefined) => (typeof v === 'number' ? v : Number(v ?? 0) || 0);
const listed = (v: string | number | undefined) => (v === undefined || v === '' ? 0 : String(v).split(',').length);

/** Reasons that are not a shortfall: a higher collective title was given; the row is left out of the counts. */
const NOT_A_SHORTFALL = new Set<Reason['code']>(['higher-title', 'excluded']);

interface Context {
  ruleSet: RuleSet;
  /** Criterion by title key and id (any-of groups flattened), for the kind and the group. */
  criteria: Map<string, Map<string, { c: Criterion; group?: { anyOf: string; index: number } }>>;
}

function contextOf(ruleSet: RuleSet): Context {
  const criteria = new Map<string, Map<string, { c: Criterion; group?: { anyOf: string; index: number } }>>();
  for (const rule of ruleSet.titles) {
    const m = new Map<string, { c: Criterion; group?: { anyOf: string; index: number } }>();
    for (const c of rule.criteria) {
      m.set(c.id, { c });
      c.anyOf?.forEach((g, index) => g.forEach((x) => m.set(x.id, { c: x, group: { anyOf: c.id, index } })));
    }
    criteria.set(rule.key, m);
  }
  return { ruleSet, criteria };
}

const keyOf = (rs: RuleSet, id: TitleId, scope: 'person' | 'unit') => rs.titles.find((r) => r.id === id && r.scope === scope)?.key ?? id;

/**
 * The steps of a verdict: each failed criterion once; one that needs another title this year
 * replaced by that title's own steps; of alternatives, the nearest group only.
 */
function stepsOf(ctx: Context, scope: 'person' | 'unit', title: TitleId, verdicts: Partial<Record<TitleId, Verdict>>, seen: Set<TitleId> = new Set()): Step[] {
  const v = verdicts[title];
  if (!v || v.status === 'awarded') return [];
  seen.add(title);
  const table = ctx.criteria.get(keyOf(ctx.ruleSet, title, scope));
  const plain: Step[] = [];
  const groups = new Map<string, Map<number, Step[]>>();
  for (const r of v.reasons) {
    if (NOT_A_SHORTFALL.has(r.code)) continue;
    const entry = table?.get(r.criterion);
    const kind = entry?.c.kind;
    // This year's title (criterion 'requires-title', or the base title every higher one needs).
    const about = kind === 'requires-title' ? entry!.c.title : r.criterion === 'general.base' ? (r.args.title as TitleId) : undefined;
    let steps: Step[];
    if (about && !seen.has(about) && verdicts[about] && verdicts[about]!.status !== 'awarded') {
      steps = stepsOf(ctx, scope, about, verdicts, seen);
    } else {
      const need = kind ? NEED[kind]?.(r.args) : undefined;
      steps = [{ title, scope, criterion: r.criterion, ...(kind ? { kind } : {}), code: r.code, citation: r.citation, args: need === undefined ? { ...r.args } : { ...r.args, need } }];
    }
    if (entry?.group) {
      const g = groups.get(entry.group.anyOf) ?? new Map<number, Step[]>();
      groups.set(entry.group.anyOf, g);
      g.set(entry.group.index, [...(g.get(entry.group.index) ?? []), ...steps]);
    } else plain.push(...steps);
  }
  for (const [anyOf, g] of groups) {
    // The alternatives of the rule set: every group failed (else no reason); the nearest counts.
    const all = ctx.criteria.get(keyOf(ctx.ruleSet, title, scope))!.get(anyOf)!.c.anyOf ?? [];
    const need = (steps: Step[]) => steps.reduce((n, x) => n + num(x.args.need ?? 1), 0);
    const best = all
      .map((_, i) => g.get(i) ?? [])
      .filter((s) => s.length)
      .sort((a, b) => a.length - b.length || need(a) - need(b))[0];
    if (best) plain.push(...best);
  }
  const out: Step[] = [];
  for (const s of plain) if (!out.some((o) => o.title === s.title && o.criterion === s.criterion)) out.push(s);
  return out;
}

/** Closest first: only the cap, then fewer steps, then the smaller amount missing, then the rank, then the name. */
function compareShortfalls(a: Shortfall, b: Shortfall): number {
  if (a.capOnly !== b.capOnly) return a.capOnly ? -1 : 1;
  if (a.capOnly) return (a.rank ?? 0) - (b.rank ?? 0);
  if (a.steps.length !== b.steps.length) return a.steps.length - b.steps.length;
  const na = a.steps.reduce((s, x) => s + num(x.args.need ?? 1), 0);
  const nb = b.steps.reduce((s, x) => s + num(x.args.need ?? 1), 0);
  if (na !== nb) return na - nb;
  return compareNames(a.name, b.name);
}

/** The number of steps that counts as "one step": the cap alone, or one criterion. */
export const isOneStep = (s: Shortfall): boolean => s.capOnly || s.steps.length === 1;

function personShortfalls(ctx: Context, pr: PersonResult, rules: TitleRule[]): Shortfall[] {
  if (pr.person.excluded) return [];
  const out: Shortfall[] = [];
  for (const rule of rules) {
    const v = pr.verdicts[rule.id as PersonTitleId];
    if (!v || v.status === 'awarded' || v.reasons.every((r) => NOT_A_SHORTFALL.has(r.code))) continue;
    const steps = stepsOf(ctx, 'person', rule.id, pr.verdicts as Partial<Record<TitleId, Verdict>>);
    if (!steps.length) continue;
    const capOnly = v.status === 'over-cap';
    out.push({
      scope: 'person',
      id: pr.person.id,
      name: pr.person.name,
      ...(pr.person.unit ? { unit: pr.person.unit } : {}),
      title: rule.id,
      key: rule.key,
      status: v.status,
      steps,
      capOnly,
      ...(v.rank !== undefined ? { rank: v.rank } : {}),
    });
  }
  return out;
}

function unitShortfalls(ctx: Context, ur: UnitResult, rules: TitleRule[]): Shortfall[] {
  const out: Shortfall[] = [];
  const held = ur.collectiveTitle ? ctx.ruleSet.titles.find((r) => r.scope === 'unit' && r.id === ur.collectiveTitle)?.level : undefined;
  for (const rule of rules) {
    const v = ur.verdicts[rule.id as UnitTitleId];
    if (!v || v.status === 'awarded' || v.reasons.some((r) => r.code === 'higher-title')) continue;
    // A lower collective title than the one the unit got is no shortfall.
    if (isCollectiveTitle(rule) && held !== undefined && rule.level! <= held) continue;
    const steps = stepsOf(ctx, 'unit', rule.id, ur.verdicts as Partial<Record<TitleId, Verdict>>);
    if (!steps.length) continue;
    out.push({ scope: 'unit', id: ur.unit.name, name: ur.unit.name, title: rule.id, key: rule.key, status: v.status, steps, capOnly: false });
  }
  return out;
}

/** How many a capped title may still take (null: no cap, or switched off). */
function capOf(params: ParamValues, rule: TitleRule, persons: PersonResult[]): { limit: number; room: number } | null {
  const cap = rule.cap;
  if (!cap) return null;
  const share = (cap.param.id in params ? params[cap.param.id] : cap.param.default) as number | null;
  if (share === null || share === undefined) return null;
  const counted = persons.filter((p) => !p.person.excluded);
  const base = cap.of === 'title' ? counted.filter((p) => p.verdicts[cap.title!]?.status === 'awarded').length : counted.length;
  const exact = Math.round(share * base * 1e9) / 1e9;
  const limit = cap.rounding === 'down' ? Math.floor(exact) : cap.rounding === 'up' ? Math.ceil(exact) : Math.round(exact);
  const awarded = counted.filter((p) => p.verdicts[rule.id as PersonTitleId]?.status === 'awarded').length;
  return { limit, room: Math.max(0, limit - awarded) };
}

function targetCandidates(rs: RuleSet, params: ParamValues, result: ReviewResult, shortfalls: Shortfall[]): TargetCandidates[] {
  const out: TargetCandidates[] = [];
  for (const tr of result.targets) {
    if (tr.met || tr.gap <= 0) continue;
    const def = tr.counts;
    if (!def) continue;
    const titles = [def.title, ...(def.also ?? [])];
    // Nearest shortfall per subject among the titles the target counts.
    const best = new Map<string, Shortfall>();
    for (const s of shortfalls) {
      if (s.scope !== def.scope || !titles.includes(s.title)) continue;
      const had = best.get(s.id);
      if (!had || compareShortfalls(s, had) < 0) best.set(s.id, s);
    }
    const ordered = [...best.values()].sort(compareShortfalls);
    const one = ordered.filter(isOneStep);
    // Those held by the cap alone, then twice the gap of the others: the list the head reads.
    const shown = one.filter((s) => s.capOnly).length + 2 * tr.gap;
    const candidates = one.length >= tr.gap ? one.slice(0, shown) : ordered.slice(0, Math.max(tr.gap, one.length));
    const more = Math.max(0, one.length - candidates.length);
    const rule = rs.titles.find((r) => r.scope === def.scope && r.id === def.title);
    const cap = rule && def.scope === 'person' ? capOf(params, rule, result.persons) : null;
    // A one-step candidate held by the cap alone closes nothing while the cap is full.
    const movable = one.filter((s) => !s.capOnly).length + (cap ? 0 : one.filter((s) => s.capOnly).length);
    const couldClose = Math.min(tr.gap, movable, cap ? cap.room : Number.POSITIVE_INFINITY);
    out.push({ target: tr, title: def.title, scope: def.scope, candidates, couldClose, capRoom: cap ? cap.room : null, capLimit: cap ? cap.limit : null, more });
  }
  return out;
}

/** Years in a row, ending this year, in which `has` holds (0 when this year does not). */
function streak(year: number, thisYear: boolean, has: (y: number) => boolean, max: number): number {
  if (!thisYear) return 0;
  let n = 1;
  while (n < max && has(year - n)) n++;
  return n;
}

function overYears(p: Person, year: number, years: number, field: 'initiatives' | 'researchProjects'): number {
  let n = p[field];
  for (let k = 1; k < years; k++) n += p.history[year - k]?.[field] ?? 0;
  return n;
}

const MULTI_YEAR: ReadonlySet<CriterionKind> = new Set(['consecutive-titles', 'consecutive-ratings']);

/**
 * The road of a person to a title with a multi-year criterion: each criterion as progress
 * (years in a row, initiatives over the years) or as a condition still needed.
 */
function roadParts(criteria: Criterion[], pr: PersonResult, year: number, params: ParamValues): RoadPart[] {
  const p = pr.person;
  const get = (c: Criterion, name: string) => {
    const def = c.params.find((x) => x.id.endsWith(`.${name}`));
    return def ? (def.id in params ? params[def.id] : def.default) : null;
  };
  const parts: RoadPart[] = [];
  for (const c of criteria) {
    if (c.kind === 'any-of') {
      // The alternative the person is furthest along.
      const options = (c.anyOf ?? []).map((g) => roadParts(g, pr, year, params));
      const score = (ps: RoadPart[]) => ps.reduce((s, x) => s + (x.state === 'met' ? 1 : x.state === 'progress' ? (x.have ?? 0) / Math.max(1, x.of ?? 1) : 0), 0) / Math.max(1, ps.length);
      const best = options.sort((a, b) => score(b) - score(a))[0];
      if (best) parts.push(...best);
      continue;
    }
    if (c.kind === 'consecutive-titles') {
      const n = get(c, 'years') as number;
      const t = c.title as PersonTitleId;
      const have = streak(year, pr.verdicts[t]?.status === 'awarded', (y) => p.history[y]?.titles.includes(t) ?? false, n);
      parts.push({ criterion: c.id, kind: c.kind, state: have >= n ? 'met' : 'progress', have, of: n, args: { title: t, have, of: n } });
    } else if (c.kind === 'consecutive-ratings') {
      const n = get(c, 'years') as number;
      const min = get(c, 'min') as Rating;
      const have = streak(year, atLeast(p.rating, min), (y) => atLeast(p.history[y]?.rating, min), n);
      parts.push({ criterion: c.id, kind: c.kind, state: have >= n ? 'met' : 'progress', have, of: n, args: { min, have, of: n } });
    } else if (c.kind === 'achievement') {
      const years = (get(c, 'years') as number | null) ?? 1;
      const min = (get(c, 'minCount') as number | null) ?? 1;
      const ini = get(c, 'initiative') ? overYears(p, year, years, 'initiatives') : 0;
      const res = get(c, 'research') ? overYears(p, year, years, 'researchProjects') : 0;
      const have = get(c, 'combine') ? ini + res : Math.max(ini, res);
      parts.push({ criterion: c.id, kind: c.kind, state: have >= min ? 'met' : 'progress', have: Math.min(have, min), of: min, args: { have: Math.min(have, min), of: min, years } });
    } else if (c.kind === 'provincial-initiative') {
      const need = Boolean(get(c, 'required')) && !p.provincialInitiative;
      parts.push({ criterion: c.id, kind: c.kind, state: need ? 'need' : 'met', args: {} });
    } else if (c.kind === 'requires-title') {
      const t = c.title as PersonTitleId;
      parts.push({ criterion: c.id, kind: c.kind, state: pr.verdicts[t]?.status === 'awarded' ? 'met' : 'need', args: { title: t } });
    }
  }
  return parts;
}

function roadsOf(params: ParamValues, result: ReviewResult, rules: TitleRule[]): Road[] {
  const multi = rules.filter((r) => flatKinds(r.criteria).some((k) => MULTI_YEAR.has(k)));
  const roads: Road[] = [];
  for (const pr of result.persons) {
    if (pr.person.excluded) continue;
    for (const rule of multi) {
      const v = pr.verdicts[rule.id as PersonTitleId];
      if (!v || v.status === 'awarded') continue;
      const parts = roadParts(rule.criteria, pr, result.year, params);
      const progress = parts.filter((x) => x.state === 'progress' && MULTI_YEAR.has(x.kind));
      // On the road: at least this year counts towards the years in a row.
      if (!progress.some((x) => (x.have ?? 0) > 0)) continue;
      const yearsToGo = Math.max(0, ...progress.map((x) => (x.of ?? 0) - (x.have ?? 0)));
      roads.push({ personId: pr.person.id, name: pr.person.name, ...(pr.person.unit ? { unit: pr.person.unit } : {}), title: rule.id as PersonTitleId, key: rule.key, parts, yearsToGo });
    }
  }
  return roads.sort((a, b) => a.yearsToGo - b.yearsToGo || compareNames(a.name, b.name));
}

function flatKinds(criteria: Criterion[]): CriterionKind[] {
  return criteria.flatMap((c) => (c.kind === 'any-of' ? (c.anyOf ?? []).flatMap(flatKinds) : [c.kind]));
}

/**
 * Everything the "Còn thiếu" sheet, the JSON, the pane and the mid-year report show.
 * The caps are worked out from the review's parameters; the targets say what they count.
 */
export function shortfallReport(ruleSet: RuleSet, result: ReviewResult): ShortfallReport {
  const ctx = contextOf(ruleSet);
  const params: ParamValues = Object.fromEntries(result.params.map((u) => [u.id, u.value]));
  const personRules = ruleSet.titles.filter((r) => r.scope === 'person' && result.persons.some((p) => r.id in p.verdicts));
  const unitRules = ruleSet.titles.filter((r) => r.scope === 'unit' && result.units.some((u) => r.id in u.verdicts));
  const byTitle = new Map<string, Shortfall[]>();
  for (const r of [...personRules, ...unitRules]) byTitle.set(r.key, []);
  for (const pr of result.persons) for (const s of personShortfalls(ctx, pr, personRules)) byTitle.get(s.key)!.push(s);
  for (const ur of result.units) for (const s of unitShortfalls(ctx, ur, unitRules)) byTitle.get(s.key)!.push(s);
  const shortfalls = [...byTitle.values()].flatMap((list) => list.sort(compareShortfalls));
  return {
    shortfalls,
    targets: targetCandidates(ruleSet, params, result, shortfalls),
    roads: roadsOf(params, result, personRules),
  };
}
