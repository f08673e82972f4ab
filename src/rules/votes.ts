/**
 * Which titles the council decides by vote, and whether its vote is in: a title is voted when
 * a cap cuts in (someone eligible is over it) or a vote threshold is in force; its vote is
 * pending while no candidate has a vote share (the tally is empty and no column gives one).
 */
import type { PersonTitleId, UnitTitleId } from '../domain/types';
import type { PersonResult, UnitResult, Verdict } from '../domain/verdict';
import type { ParamValues, RuleSet, TitleRule } from './types';

/** Proposed, over the cap, or held back only by a vote not yet taken. */
const isCandidate = (v: Verdict | undefined) =>
  v?.status === 'awarded' || v?.status === 'over-cap' || (v !== undefined && v.reasons.length > 0 && v.reasons.every((r) => r.code === 'votes' && r.args.found === '—'));

function verdictsOf(rule: TitleRule, persons: PersonResult[], units: UnitResult[]): { verdict: Verdict | undefined; voteShare?: number }[] {
  return rule.scope === 'person'
    ? persons.map((p) => ({ verdict: p.verdicts[rule.id as PersonTitleId], voteShare: p.person.voteShare }))
    : units.map((u) => ({ verdict: u.verdicts[rule.id as UnitTitleId] }));
}

/** Titles with candidates that the council votes on, in the rule set's order. */
export function votedRules(ruleSet: RuleSet, params: ParamValues, persons: PersonResult[], units: UnitResult[]): TitleRule[] {
  const on = (id: string | undefined) => id !== undefined && params[id] !== null && params[id] !== undefined;
  return ruleSet.titles.filter((rule) => {
    const vs = verdictsOf(rule, persons, units);
    if (!vs.some((x) => isCandidate(x.verdict))) return false;
    const overCap = vs.some((x) => x.verdict?.status === 'over-cap');
    return overCap || on(rule.voteThreshold.id);
  });
}

/** Keys of the voted titles whose vote is not in yet. */
export function pendingVotes(ruleSet: RuleSet, params: ParamValues, persons: PersonResult[], units: UnitResult[]): string[] {
  return votedRules(ruleSet, params, persons, units)
    .filter((rule) => !verdictsOf(rule, persons, units).some((x) => isCandidate(x.verdict) && x.voteShare !== undefined))
    .map((rule) => rule.key);
}
