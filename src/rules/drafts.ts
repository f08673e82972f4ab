/**
 * Which titles are drafts: one rule for the lists, the ballots and the Word papers. Until the
 * council has voted, the engine's ranking that fills a voted title is only a proposal, and so
 * is every list the vote can change. A title is a draft when
 *  1. its own vote is pending (a cap cuts in or a threshold is set, and the tally holds no
 *     vote share yet: ReviewResult.pendingVote);
 *  2. one of its criteria counts or requires a draft title: CSTĐ tỉnh requires this year's
 *     CSTĐCS, TTLĐXS needs a CSTĐCS among its members, CSTĐCS requires LĐTT (voted only when
 *     a threshold is set on it); a title's cap counted on a draft title (CSTĐCS's 15 % of the
 *     LĐTT) and a higher title's need of this year's base title (`requiresBase`) count too;
 *  3. it is a collective title below a draft one (`level`): a unit receives one collective
 *     title, the highest it meets, so which units are left to the lower title turns on the
 *     higher one's list. That is why TTLĐTT is a draft while TTLĐXS is, although its own
 *     criteria (the unit's rating, the share of LĐTT among its members) count no title the
 *     council votes on: a unit whose only CSTĐCS candidate is not chosen falls from TTLĐXS to
 *     TTLĐTT, and one whose member is chosen over the engine's ranking rises out of it.
 * The rule is on titles, not on people: whatever a list holds, it waits for the vote.
 */
import type { Criterion, ParamValue, ParamValues, RuleSet, TitleRule } from './types';

/** The titles a criterion counts or requires, as rules (a members-… criterion counts person titles). */
function criterionTitles(ruleSet: RuleSet, holder: TitleRule, c: Criterion): TitleRule[] {
  const out: TitleRule[] = [];
  if (c.title !== undefined) {
    const scope = c.kind.startsWith('members-') ? 'person' : holder.scope;
    const rule = ruleSet.titles.find((r) => r.id === c.title && r.scope === scope);
    if (rule) out.push(rule);
  }
  for (const group of c.anyOf ?? []) for (const x of group) out.push(...criterionTitles(ruleSet, holder, x));
  return out;
}

/**
 * The titles a title's list rests on (besides its own vote): those its criteria count or
 * require, its cap's, the base title when it needs it, and the higher collective titles.
 * `params`: the run's values, to leave out a base title the clerk no longer requires; without
 * them the requirement is assumed (a draft too many rather than one too few).
 */
export function restsOn(ruleSet: RuleSet, rule: TitleRule, params?: ParamValues): TitleRule[] {
  const out = rule.criteria.flatMap((c) => criterionTitles(ruleSet, rule, c));
  if (rule.cap?.of === 'title' && rule.cap.title !== undefined) {
    const capped = ruleSet.titles.find((r) => r.id === rule.cap!.title && r.scope === 'person');
    if (capped) out.push(capped);
  }
  if (rule.requiresBase && (params?.[rule.requiresBase.id] ?? rule.requiresBase.default) === true) {
    const base = ruleSet.titles.find((r) => r.id === ruleSet.roles.base && r.scope === 'person');
    if (base && base !== rule) out.push(base);
  }
  if (rule.level !== undefined) out.push(...ruleSet.titles.filter((r) => r.scope === rule.scope && r.level !== undefined && r.level > rule.level!));
  return out.filter((r) => r !== rule);
}

/** Keys of the draft titles. */
export function draftKeys(ruleSet: RuleSet, pendingVote: readonly string[], params?: ParamValues): Set<string> {
  const keys = new Set(pendingVote);
  if (!keys.size) return keys;
  // Until nothing changes: a title may rest on one listed after it (TTLĐTT on TTLĐXS).
  for (let changed = true; changed;) {
    changed = false;
    for (const rule of ruleSet.titles) {
      if (keys.has(rule.key) || !restsOn(ruleSet, rule, params).some((r) => keys.has(r.key))) continue;
      keys.add(rule.key);
      changed = true;
    }
  }
  return keys;
}

/** Whether a paper listing these titles is a draft: one of them is. */
export const anyDraft = (rules: readonly Pick<TitleRule, 'key'>[], drafts: ReadonlySet<string>): boolean => rules.some((r) => drafts.has(r.key));

/** The draft titles of a review's result (its pending votes, under its parameters). */
export const resultDrafts = (ruleSet: RuleSet, result: { pendingVote: readonly string[]; params: readonly { id: string; value: ParamValue }[] }): Set<string> =>
  result.pendingVote.length ? draftKeys(ruleSet, result.pendingVote, Object.fromEntries(result.params.map((p) => [p.id, p.value]))) : new Set();
