/**
 * The one evaluator: applies any rule set to the people and units, title by title in
 * the order the rule set declares them, with caps and ranking, and explains every "no".
 */
import type { Person, PersonTitleId, TitleId, Unit, UnitTitleId } from '../domain/types';
import type { PersonResult, Reason, UnitResult, Verdict } from '../domain/verdict';
import { CHECKS, type MemberFacts, type Subject } from './criteria';
import { rankCandidates } from './ranking';
import type { Criterion, ParamValue, ParamValues, RuleSet, TitleRule } from './types';

export interface EvaluationInput {
  ruleSet: RuleSet;
  params: ParamValues;
  persons: Person[];
  units: Unit[];
  year: number;
  periodEnd: string;
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

/** Every reason the subject fails `criteria`; empty when all are met. */
function failures(criteria: Criterion[], subject: Subject, bound: Bound): Reason[] {
  const reasons: Reason[] = [];
  for (const c of criteria) {
    if (c.kind === 'any-of') {
      const groups = (c.anyOf ?? []).map((g) => failures(g, subject, bound));
      if (!groups.some((g) => g.length === 0)) reasons.push(...groups.flat());
      continue;
    }
    const args = CHECKS[c.kind](subject, bound.get(c)!, c.title);
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

export function evaluate(input: EvaluationInput): { persons: PersonResult[]; units: UnitResult[] } {
  const { ruleSet, params, year, periodEnd } = input;
  const bound: Bound = new Map();
  for (const rule of ruleSet.titles) bind(rule.criteria, params, bound);
  const counted = input.persons.filter((p) => !p.excluded);
  const awarded = new Map<string, Set<TitleId>>(input.persons.map((p) => [p.id, new Set<TitleId>()]));
  const verdicts = new Map<string, Partial<Record<PersonTitleId, Verdict>>>(input.persons.map((p) => [p.id, {}]));
  const subjects = new Map<string, Subject>(counted.map((p) => [p.id, { scope: 'person', person: p, year, periodEnd, awarded: awarded.get(p.id)! }]));

  for (const rule of ruleSet.titles.filter((r) => r.scope === 'person' && enabled(r, params))) {
    const id = rule.id as PersonTitleId;
    const eligible: Person[] = [];
    for (const p of input.persons) {
      if (p.excluded) {
        verdicts.get(p.id)![id] = { title: id, status: 'not-eligible', reasons: [{ code: 'excluded', criterion: 'data', citation: '', args: {} }] };
        continue;
      }
      const reasons = failures(rule.criteria, subjects.get(p.id)!, bound);
      const vote = voteReason(rule, p, params);
      if (vote) reasons.push(vote);
      verdicts.get(p.id)![id] = { title: id, status: reasons.length ? 'not-eligible' : 'awarded', reasons };
      if (!reasons.length) eligible.push(p);
    }
    const limit = capLimit(rule, params, counted, awarded);
    // Ranking matters only under a cap; without one every eligible person is awarded.
    const ranked = limit === null ? eligible : rankCandidates(eligible);
    ranked.forEach((p, i) => {
      const v = verdicts.get(p.id)![id]!;
      if (limit !== null) v.rank = i + 1;
      if (limit !== null && i >= limit) {
        v.status = 'over-cap';
        v.reasons.push({
          code: 'cap',
          criterion: 'cap',
          citation: rule.cap!.citation,
          args: { limit, rank: i + 1, share: Math.round((params[rule.cap!.param.id] as number) * 1000) / 10 },
        });
      } else {
        awarded.get(p.id)!.add(id);
      }
    });
  }

  const persons: PersonResult[] = input.persons.map((p) => ({ person: p, verdicts: verdicts.get(p.id)! }));
  const byUnit = new Map<string, MemberFacts[]>();
  for (const p of counted) {
    if (!p.unit) continue;
    const list = byUnit.get(p.unit) ?? [];
    list.push({ person: p, awarded: awarded.get(p.id)! });
    byUnit.set(p.unit, list);
  }
  const units = input.units.map((u) => evaluateUnit(u, byUnit.get(u.name) ?? [], ruleSet, params, bound, year));
  return { persons, units };
}

/** How many may receive a capped title, or null when there is no cap. */
function capLimit(rule: TitleRule, params: ParamValues, counted: Person[], awarded: Map<string, Set<TitleId>>): number | null {
  const cap = rule.cap;
  if (!cap) return null;
  const share = params[cap.param.id] as number | null;
  if (share === null || share === undefined) return null;
  const base =
    cap.of === 'title' ? counted.filter((p) => awarded.get(p.id)!.has(cap.title!)).length : counted.length;
  const raw = share * base;
  // 0.15 × 20 is 3.0000000000000004 in floating point: round away the noise before flooring.
  const exact = Math.round(raw * 1e9) / 1e9;
  return cap.rounding === 'down' ? Math.floor(exact) : cap.rounding === 'up' ? Math.ceil(exact) : Math.round(exact);
}

function evaluateUnit(unit: Unit, members: MemberFacts[], ruleSet: RuleSet, params: ParamValues, bound: Bound, year: number): UnitResult {
  const subject: Subject = { scope: 'unit', unit, year, members };
  const verdicts: Partial<Record<UnitTitleId, Verdict>> = {};
  const rules = ruleSet.titles.filter((r) => r.scope === 'unit' && enabled(r, params));
  for (const rule of rules) {
    const reasons = failures(rule.criteria, subject, bound);
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
    ...(best ? { collectiveTitle: best.id as 'TTLDXS' | 'TTLDTT' } : {}),
  };
}
