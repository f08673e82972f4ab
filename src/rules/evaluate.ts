/**
 * The one evaluator: applies any rule set to the people and units, title by title in
 * the order the rule set declares them, with caps and ranking, and explains every "no".
 */
import type { Person, PersonTitleId, TitleId, Unit, UnitTitleId } from '../domain/types';
import type { PersonResult, Reason, UnitResult, Verdict } from '../domain/verdict';
import { CHECKS, type MemberFacts, type Subject } from './criteria';
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
  /** The review's name order, worked out once (ranking under a cap); compareNames otherwise. */
  names?: NameOrder;
}

const shortName = (id: string) => id.slice(id.lastIndexOf('.') + 1);

/** Each criterion's parameter values by short name, looked up once per review, not once per person. */
type Bound = Map<Criterion, (name: string) => ParamValue>;

function bind(criteria: Criterion[], params: ParamValues, bound: Bound): void {
  for (const c of criteria) {
    const values = new Map(c.params.map((p) => [shortName(p.id), params[p.id] ?? p.default]));
    bound.set(c, (name) => values.get(name) ?? null);
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
  return criteria.map((c) =>
    c.kind === 'any-of' ? { c, groups: (c.anyOf ?? []).map((g) => compile(g, bound)) } : { c, check: CHECKS[c.kind], get: bound.get(c)! },
  );
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

function voteReason(rule: TitleRule, person: Person, params: ParamValues): Reason | null {
  const min = params[rule.voteThreshold.id] as number | null;
  if (min === null || min === undefined) return null;
  if (person.voteShare !== undefined && person.voteShare >= min - 1e-9) return null;
  return {
    code: 'votes',
    criterion: 'vote',
    citation: rule.voteThreshold.citation,
    args: { found: person.voteShare === undefined ? '—' : Math.round(person.voteShare * 1000) / 10, min: Math.round(min * 1000) / 10 },
  };
}

const enabled = (rule: TitleRule, params: ParamValues) => params[rule.enabled.id] !== false;

/**
 * Registration (đăng ký thi đua) where the rule set requires it for the title: only when a
 * registration sheet was read (`registered` set); without one nobody is held to it.
 */
function registrationReason(rule: TitleRule, registered: readonly TitleId[] | undefined, params: ParamValues): Reason | null {
  if (params[rule.registration.id] !== true || registered === undefined || registered.includes(rule.id)) return null;
  return { code: 'not-registered', criterion: 'registration', citation: rule.registration.citation, args: { title: rule.id } };
}

export function evaluate(input: EvaluationInput): { persons: PersonResult[]; units: UnitResult[] } {
  const { ruleSet, params, year, periodEnd } = input;
  const bound: Bound = new Map();
  for (const rule of ruleSet.titles) bind(rule.criteria, params, bound);
  const all = input.persons;
  const counted = all.filter((p) => !p.excluded);
  // Per person, by position in input.persons (ids are unique: sheet and row).
  const awarded: Set<TitleId>[] = all.map(() => new Set<TitleId>());
  const verdicts: Partial<Record<PersonTitleId, Verdict>>[] = all.map(() => ({}));
  const subjects: (Subject | undefined)[] = all.map((p, i) => (p.excluded ? undefined : { scope: 'person', person: p, year, periodEnd, awarded: awarded[i] }));
  const awardedOf = new Map<Person, Set<TitleId>>();
  all.forEach((p, i) => awardedOf.set(p, awarded[i]));

  for (const rule of ruleSet.titles.filter((r) => r.scope === 'person' && enabled(r, params))) {
    const id = rule.id as PersonTitleId;
    const criteria = compile(rule.criteria, bound);
    const eligible: number[] = [];
    for (let i = 0; i < all.length; i++) {
      const p = all[i];
      const subject = subjects[i];
      if (!subject) {
        verdicts[i][id] = { title: id, status: 'not-eligible', reasons: [{ code: 'excluded', criterion: 'data', citation: '', args: {} }] };
        continue;
      }
      const reasons = failures(criteria, subject);
      const vote = voteReason(rule, p, params);
      if (vote) reasons.push(vote);
      const registration = registrationReason(rule, p.registered, params);
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
    rankCandidates(eligible.map((i) => all[i]), input.names).forEach((p, r) => {
      const i = index.get(p)!;
      const v = verdicts[i][id]!;
      v.rank = r + 1;
      if (r >= limit) {
        v.status = 'over-cap';
        v.reasons.push({
          code: 'cap',
          criterion: 'cap',
          citation: rule.cap!.citation,
          args: { limit, rank: r + 1, share: Math.round((params[rule.cap!.param.id] as number) * 1000) / 10 },
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
  const units = input.units.map((u) => evaluateUnit(u, byUnit.get(u.name) ?? [], unitRules, year, params));
  return { persons, units };
}

/** How many may receive a capped title, or null when there is no cap. */
function capLimit(rule: TitleRule, params: ParamValues, counted: Person[], awarded: Map<Person, Set<TitleId>>): number | null {
  const cap = rule.cap;
  if (!cap) return null;
  const share = params[cap.param.id] as number | null;
  if (share === null || share === undefined) return null;
  const base =
    cap.of === 'title' ? counted.filter((p) => awarded.get(p)!.has(cap.title!)).length : counted.length;
  const raw = share * base;
  // 0.15 × 20 is 3.0000000000000004 in floating point: round away the noise before flooring.
  const exact = Math.round(raw * 1e9) / 1e9;
  return cap.rounding === 'down' ? Math.floor(exact) : cap.rounding === 'up' ? Math.ceil(exact) : Math.round(exact);
}

function evaluateUnit(unit: Unit, members: MemberFacts[], unitRules: { rule: TitleRule; criteria: Compiled[] }[], year: number, params: ParamValues): UnitResult {
  const subject: Subject = { scope: 'unit', unit, year, members };
  const verdicts: Partial<Record<UnitTitleId, Verdict>> = {};
  const rules = unitRules.map((r) => r.rule);
  for (const { rule, criteria } of unitRules) {
    const reasons = failures(criteria, subject);
    const registration = registrationReason(rule, unit.registered, params);
    if (registration) reasons.push(registration);
    verdicts[rule.id as UnitTitleId] = { title: rule.id, status: reasons.length ? 'not-eligible' : 'awarded', reasons };
  }
  // A unit receives one collective title: the highest it meets.
  const collective = rules
    .filter((r) => r.level !== undefined && verdicts[r.id as UnitTitleId]?.status === 'awarded')
    .sort((a, b) => b.level! - a.level!);
  const best = collective[0];
  for (const lower of collective.slice(1)) {
    const v = verdicts[lower.id as UnitTitleId]!;
    v.status = 'not-eligible';
    v.reasons.push({ code: 'higher-title', criterion: 'one-collective-title', citation: best.criteria[0]?.citation ?? '', args: { title: best.id } });
  }
  return {
    unit,
    members: members.length,
    memberLdtt: members.filter((m) => m.awarded.has('LDTT')).length,
    memberCstdcs: members.filter((m) => m.awarded.has('CSTDCS')).length,
    verdicts,
    ...(best ? { collectiveTitle: best.id as UnitTitleId } : {}),
  };
}
