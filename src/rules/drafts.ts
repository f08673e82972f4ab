/**
 * Which titles' lists and papers are drafts: those whose vote is still pending (the council's
 * tally holds no vote share yet: ReviewResult.pendingVote), and those whose criteria rest on
 * one of them (a CSTĐ tỉnh needs this year's CSTĐCS; a unit's title may need a CSTĐCS among
 * its members): until the vote, the engine's ranking that fills them is only a proposal.
 */
import type { Criterion, RuleSet, TitleRule } from './types';

const mentions = (c: Criterion, ids: Set<string>): boolean => (c.title !== undefined && ids.has(c.title)) || (c.anyOf ?? []).some((g) => g.some((x) => mentions(x, ids)));

/** Keys of the draft titles, in a set. */
export function draftKeys(ruleSet: RuleSet, pendingVote: readonly string[]): Set<string> {
  const keys = new Set(pendingVote);
  const ids = new Set<string>(ruleSet.titles.filter((r) => keys.has(r.key)).map((r) => r.id));
  // Titles come prerequisites first: one pass reaches everything that rests on a pending vote.
  for (const rule of ruleSet.titles) {
    if (keys.has(rule.key)) continue;
    if (rule.criteria.some((c) => mentions(c, ids)) || (rule.cap?.title !== undefined && ids.has(rule.cap.title))) {
      keys.add(rule.key);
      ids.add(rule.id);
    }
  }
  return keys;
}

export const isDraft = (rule: Pick<TitleRule, 'key'>, drafts: ReadonlySet<string>): boolean => drafts.has(rule.key);
