/**
 * The one evaluator: applies any rule set to the people and units, title by title in
 * the order the rule set declares them, with caps and ranking, and explains every "no".
 * The rules that hold across titles (rules.md) are applied here once, for every title:
 * discipline in the year (and, where the regime says so, still running), this year's base
 * title for higher titles and awards, a member's discipline for every unit title, the
 * council's vote threshold once the vote is in.
 */
import { disciplineAtLeast, type Discipline, type ExemptLeave, type Person, type PersonTitleId, type TitleId, type Unit, type UnitTitleId } from '../domain/types';
import type { PersonResult, Reason, UnitResult, Verdict } from '../domain/verdict';
import { CRITERION_PARAMS } from './criterion-params';
import { CHECKS, countedLeave, disciplineInYear, membersDisciplined, type MemberFacts, type Subject, type UnitSubject } from './criteria';
import type { NameOrder } from './name-order';
import { rankCandidates } from './ranking';
import type { Criterion, ParamValue, ParamValues, RuleSet, TitleRule } from './types';

export interface EvaluationInput {
  ruleSet: RuleSet;
  params: ParamValues;
  persons: Person[];
  units: Unit[];
  year: number;
  periodEnd: string;
  /** ISO date of the review: a discipline running on it blocks where the regime says so. Default: periodEnd. */
  reviewDate?: string;
  /** The review's name order, worked out once (ranking under a cap); compareNames otherwise. */
  names?: NameOrder;
  /**
   * Per person title, the people the council chose in a settled tie at its cap: ranked before
   * those they tie with, so every later title (a cap counted on it, a unit's need of a CSTĐCS
   * member) follows the choice in the same pass (src/pipeline/ties.ts).
   */
  chosen?: ReadonlyMap<PersonTitleId, ReadonlySet<Person>>;
}

/**
 * Something the clerk should know about how a rule read a record, though no verdict is a
 * "no" because of it: a leave mark without a day count taken as the whole leave, an earlier
 * discipline whose end is not known.
 */
export interface RuleNotice {
  person: Person;
  code: 'leave-exempt-whole' | 'leave-not-exempt' | 'discipline-end-unknown';
  args: Record<string, string | number>;
}

const shortName = (id: string) => id.slice(id.lastIndexOf('.') + 1);

/** Each criterion's parameter values by short name, looked up once per review, not once per person. */
type Bound = Map<Criterion, (name: string) => ParamValue>;

function bind(criteria: Criterion[], params: ParamValues, bound: Bound): void {
  for (const c of criteria) {
    const values = new Map(c.params.map((p) => [shortName(p.id), params[p.id] ?? p.default]));
    const declared = new Set(CRITERION_PARAMS[c.kind].map((s) => s.name));
    bound.set(c, (name) => {
      // A check asks only for what its kind declares (criterion-params.ts): anything else is a slip of the code.
      if (!declared.has(name)) throw new Error(`a ${c.kind} criterion read the undeclared parameter "${name}"`);
      return values.get(name) ?? null;
    });
    for (const g of c.anyOf ?? []) bind(g, params, bound);
  }
}

/** A criterion with its check and bound parameters looked up once per review. */
interface Compiled {
  c: Criterion;
  check?: (s: Subject, get: (name: string) => ParamValue, about?: TitleId) => Record<string, string | number> | null;
  get?: (name: string) => ParamValue;
  groups?: Compiled[][];
}

function compile(criteria: Criterion[], bound: Bound): Compiled[] {
  return criteria.map((c) => (c.kind === 'any-of' ? { c, groups: (c.anyOf ?? []).map((g) => compile(g, bound)) } : { c, check: CHECKS[c.kind], get: bound.get(c)! }));
}

/** Every reason the subject fails `criteria`; empty when all are met. */
function failures(criteria: Compiled[], subject: Subject): Reason[] {
  const reasons: Reason[] = [];
  for (const { c, check, get, groups } of criteria) {
    if (groups) {
      const found = groups.map((g) => failures(g, subject));
      if (!found.some((g) => g.length === 0)) reasons.push(...found.flat());
      continue;
    }
    const args = check!(subject, get!, c.title);
    if (args) reasons.push({ code: c.reason, criterion: c.id, citation: c.citation, args });
  }
  return reasons;
}

const valueOf = (params: ParamValues, def: { id: string; default: ParamValue }): ParamValue => (def.id in params ? params[def.id] : def.default);
const enabled = (rule: TitleRule, params: ParamValues) => valueOf(params, rule.enabled) !== false;
const pct = (x: number) => Math.round(x * 1000) / 10;

/**
 * The council's vote threshold, once the vote is in (some candidate of the title has a vote
 * share): below it, or without a share, a candidate is not proposed. Before any share is
 * known the title waits for the vote (ReviewResult.pendingVote) and nobody is turned away.
 */
function voteReason(rule: TitleRule, person: Person, min: number): Reason | null {
  if (person.voteShare !== undefined && person.voteShare >= min - 1e-9) return null;
  return {
    code: 'votes',
    criterion: 'vote',
    citation: rule.voteThreshold.citation,
    args: { found: person.voteShare === undefined ? '—' : pct(person.voteShare), min: pct(min) },
  };
}

/**
 * Registration (đăng ký thi đua) where the rule set requires it for the title: only when a
 * registration sheet was read (`registered` set); without one nobody is held to it.
 */
function registrationReason(rule: TitleRule, registered: readonly TitleId[] | undefined, params: ParamValues): Reason | null {
  if (valueOf(params, rule.registration) !== true || registered === undefined || registered.includes(rule.id)) return null;
  return { code: 'not-registered', criterion: 'registration', citation: rule.registration.citation, args: { title: rule.id } };
}

/** The cross-title rules of a person, worked out once per review (they do not depend on the title). */
interface PersonGeneral {
  /** Discipline in the year, or still running: the same reasons for every title. */
  reasons: Reason[];
}

function personGeneral(rs: RuleSet, params: ParamValues, p: Person, year: number, reviewDate: string, notices: RuleNotice[]): PersonGeneral {
  const reasons: Reason[] = [];
  const from = valueOf(params, rs.general.discipline) as Discipline | null;
  const inYear = disciplineInYear(p, year);
  if (from !== null && inYear !== 'none' && disciplineAtLeast(inYear, from)) {
    reasons.push({ code: 'discipline', criterion: 'general.discipline', citation: rs.general.discipline.citation, args: { found: inYear, from } });
  } else if (valueOf(params, rs.general.disciplineRunning) === true && p.discipline !== 'none') {
    if (p.disciplineUntil !== undefined && p.disciplineUntil >= reviewDate) {
      reasons.push({
        code: 'discipline-running',
        criterion: 'general.disciplineRunning',
        citation: rs.general.disciplineRunning.citation,
        args: { found: p.discipline, until: p.disciplineUntil },
      });
    } else if (p.disciplineUntil !== undefined && p.disciplineUntil >= `${year}-01-01`) {
      // NĐ 152/2025 Đ4 k4: achievements count from the day the discipline was served. A yearly
      // title rewards the whole year under review: a discipline served inside it leaves only
      // part of the year, so no title this year (one served by 31/12 of the year before: the whole year counts).
      reasons.push({
        code: 'discipline-ended',
        criterion: 'general.disciplineRunning',
        citation: rs.general.disciplineRunning.citation,
        args: { found: p.discipline, until: p.disciplineUntil },
      });
    } else if (p.disciplineUntil === undefined && p.disciplineYear !== undefined && p.disciplineYear < year) {
      notices.push({ person: p, code: 'discipline-end-unknown', args: { found: p.discipline, year: p.disciplineYear } });
    }
  }
  return { reasons };
}

export function evaluate(input: EvaluationInput): { persons: PersonResult[]; units: UnitResult[]; notices: RuleNotice[] } {
  const { ruleSet, params, year, periodEnd } = input;
  const reviewDate = input.reviewDate ?? periodEnd;
  const { base, grassroots } = ruleSet.roles;
  const bound: Bound = new Map();
  for (const rule of ruleSet.titles) bind(rule.criteria, params, bound);
  const all = input.persons;
  const counted = all.filter((p) => !p.excluded);
  const notices: RuleNotice[] = [];
  const exemptKinds: ReadonlySet<ExemptLeave['kind']> = new Set(ruleSet.general.exemptLeave.kinds);
  // Per person, by position in input.persons (ids are unique: sheet and row).
  const awarded: Set<TitleId>[] = all.map(() => new Set<TitleId>());
  const verdicts: Partial<Record<PersonTitleId, Verdict>>[] = all.map(() => ({}));
  const subjects: (Subject | undefined)[] = all.map((p, i) => (p.excluded ? undefined : { scope: 'person', person: p, year, periodEnd, awarded: awarded[i], exemptKinds }));
  const general = all.map((p) => (p.excluded ? undefined : personGeneral(ruleSet, params, p, year, reviewDate, notices)));
  const awardedOf = new Map<Person, Set<TitleId>>();
  all.forEach((p, i) => awardedOf.set(p, awarded[i]));
  leaveNotices(ruleSet, params, all, exemptKinds, notices);

  for (const rule of ruleSet.titles.filter((r) => r.scope === 'person' && enabled(r, params))) {
    const id = rule.id as PersonTitleId;
    const criteria = compile(rule.criteria, bound);
    const needsBase = rule.requiresBase !== undefined && valueOf(params, rule.requiresBase) === true;
    const reasonsOf: Reason[][] = [];
    for (let i = 0; i < all.length; i++) {
      const subject = subjects[i];
      if (!subject) {
        verdicts[i][id] = { title: id, status: 'not-eligible', reasons: [{ code: 'excluded', criterion: 'data', citation: '', args: {} }] };
        continue;
      }
      const reasons = failures(criteria, subject);
      reasons.push(...general[i]!.reasons);
      if (needsBase && !awarded[i].has(base)) {
        reasons.push({ code: 'not-ldtt', criterion: 'general.base', citation: rule.requiresBase!.citation, args: { title: base } });
      }
      reasonsOf[i] = reasons;
    }
    // The vote is in for this title once a candidate (someone meeting every criterion) has a share.
    const min = valueOf(params, rule.voteThreshold) as number | null;
    const voteIn = min !== null && all.some((p, i) => reasonsOf[i]?.length === 0 && p.voteShare !== undefined);
    const eligible: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const reasons = reasonsOf[i];
      if (!reasons) continue;
      const vote = voteIn ? voteReason(rule, all[i], min!) : null;
      if (vote) reasons.push(vote);
      const registration = registrationReason(rule, all[i].registered, params);
      if (registration) reasons.push(registration);
      verdicts[i][id] = { title: id, status: reasons.length ? 'not-eligible' : 'awarded', reasons };
      if (!reasons.length) eligible.push(i);
    }
    const limit = capLimit(rule, params, counted, awardedOf);
    if (limit === null) {
      // Ranking matters only under a cap; without one every eligible person is awarded.
      for (const i of eligible) awarded[i].add(id);
      continue;
    }
    const index = new Map<Person, number>();
    for (const i of eligible) index.set(all[i], i);
    rankCandidates(
      eligible.map((i) => all[i]),
      input.names,
      input.chosen?.get(id),
    ).forEach((p, r) => {
      const i = index.get(p)!;
      const v = verdicts[i][id]!;
      v.rank = r + 1;
      if (r >= limit) {
        v.status = 'over-cap';
        v.reasons.push({
          code: 'cap',
          criterion: 'cap',
          citation: rule.cap!.citation,
          args: { limit, rank: r + 1, share: pct(valueOf(params, rule.cap!.param) as number) },
        });
      } else {
        awarded[i].add(id);
      }
    });
  }

  const persons: PersonResult[] = all.map((p, i) => ({ person: p, verdicts: verdicts[i] }));
  const byUnit = new Map<string, MemberFacts[]>();
  all.forEach((p, i) => {
    if (p.excluded || !p.unit) return;
    const list = byUnit.get(p.unit);
    if (list) list.push({ person: p, awarded: awarded[i] });
    else byUnit.set(p.unit, [{ person: p, awarded: awarded[i] }]);
  });
  const unitRules = ruleSet.titles.filter((r) => r.scope === 'unit' && enabled(r, params)).map((rule) => ({ rule, criteria: compile(rule.criteria, bound) }));
  const memberFrom = valueOf(params, ruleSet.general.memberDiscipline) as Discipline | null;
  const units = input.units.map((u) => {
    const subject: UnitSubject = { scope: 'unit', unit: u, year, members: byUnit.get(u.name) ?? [] };
    const r = evaluateUnit(subject, unitRules, params, ruleSet, memberFrom);
    return { ...r, memberLdtt: subject.members.filter((m) => m.awarded.has(base)).length, memberCstdcs: subject.members.filter((m) => m.awarded.has(grassroots)).length };
  });
  return { persons, units, notices };
}

/** The leave-day limits in force (none under the 2017 decree and Luật 2022 unless the agency sets one). */
export function leaveLimits(rs: RuleSet, params: ParamValues): number[] {
  return rs.titles
    .filter((t) => t.scope === 'person' && enabled(t, params))
    .flatMap((t) => t.criteria.filter((c) => c.kind === 'max-leave-days').flatMap((c) => c.params.map((p) => valueOf(params, p))))
    .filter((v): v is number => typeof v === 'number');
}

/**
 * A leave mark without a day count is taken as the whole leave: said once per person where it
 * decides a verdict (the leave would reach a leave rule in force otherwise).
 */
function leaveNotices(rs: RuleSet, params: ParamValues, all: Person[], kinds: ReadonlySet<ExemptLeave['kind']>, notices: RuleNotice[]): void {
  const limits = leaveLimits(rs, params);
  if (!limits.length) return;
  const limit = Math.min(...limits);
  for (const p of all) {
    if (p.excluded) continue;
    const leave = countedLeave(p, kinds);
    if (leave?.whole && leave.exempt >= limit) notices.push({ person: p, code: 'leave-exempt-whole', args: { days: leave.exempt, kind: leave.whole } });
    // Leave of a kind this regime does not count as worked (a work accident under NĐ 65/2014, which
    // exempts only injuries in combat or rescue): said where it brings the leave to the limit.
    if (leave && leave.days >= limit) {
      for (const e of p.exemptLeave) {
        if (kinds.has(e.kind)) continue;
        notices.push({ person: p, code: 'leave-not-exempt', args: { days: e.days ?? leave.days, kind: e.kind, kinds: [...kinds].join(',') } });
      }
    }
  }
}

/** How many may receive a capped title, or null when there is no cap. */
function capLimit(rule: TitleRule, params: ParamValues, counted: Person[], awarded: Map<Person, Set<TitleId>>): number | null {
  const cap = rule.cap;
  if (!cap) return null;
  const share = valueOf(params, cap.param) as number | null;
  if (share === null || share === undefined) return null;
  const base = cap.of === 'title' ? counted.filter((p) => awarded.get(p)!.has(cap.title!)).length : counted.length;
  const raw = share * base;
  // 0.15 × 20 is 3.0000000000000004 in floating point: round away the noise before flooring.
  const exact = Math.round(raw * 1e9) / 1e9;
  return cap.rounding === 'down' ? Math.floor(exact) : cap.rounding === 'up' ? Math.ceil(exact) : Math.round(exact);
}

function evaluateUnit(
  subject: UnitSubject,
  unitRules: { rule: TitleRule; criteria: Compiled[] }[],
  params: ParamValues,
  rs: RuleSet,
  memberFrom: Discipline | null,
): Omit<UnitResult, 'memberLdtt' | 'memberCstdcs'> {
  const verdicts: Partial<Record<UnitTitleId, Verdict>> = {};
  const rules = unitRules.map((r) => r.rule);
  // What the unit has so far, for a later title that requires one (Cờ thi đua needs TTLĐXS):
  // of the collective titles proper, only the highest level met counts.
  const awarded = new Set<TitleId>();
  let level = -Infinity;
  const own: UnitSubject = { ...subject, awarded };
  // A unit with a member under discipline: the regime's clause, the same for every unit title and award.
  const memberArgs = membersDisciplined(subject, memberFrom);
  for (const { rule, criteria } of unitRules) {
    const reasons = failures(criteria, own);
    if (memberArgs) reasons.push({ code: 'member-discipline', criterion: 'general.memberDiscipline', citation: rs.general.memberDiscipline.citation, args: memberArgs });
    const registration = registrationReason(rule, subject.unit.registered, params);
    if (registration) reasons.push(registration);
    verdicts[rule.id as UnitTitleId] = { title: rule.id, status: reasons.length ? 'not-eligible' : 'awarded', reasons };
    if (reasons.length) continue;
    if (rule.level === undefined) awarded.add(rule.id);
    else if (rule.level > level) {
      for (const r of rules) if (r.level !== undefined) awarded.delete(r.id);
      awarded.add(rule.id);
      level = rule.level;
    }
  }
  // A unit receives one collective title: the highest it meets.
  const collective = rules.filter((r) => r.level !== undefined && verdicts[r.id as UnitTitleId]?.status === 'awarded').sort((a, b) => b.level! - a.level!);
  const best = collective[0];
  for (const lower of collective.slice(1)) {
    const v = verdicts[lower.id as UnitTitleId]!;
    v.status = 'not-eligible';
    v.reasons.push({ code: 'higher-title', criterion: 'one-collective-title', citation: best.criteria[0]?.citation ?? '', args: { title: best.id } });
  }
  return {
    unit: subject.unit,
    members: subject.members.length,
    verdicts,
    ...(best ? { collectiveTitle: best.id as UnitTitleId } : {}),
  };
}
