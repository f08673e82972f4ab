/**
 * A tie at a cap: after the council's vote, people who cannot be told apart by anything the
 * rules rank on (votes, rating, initiatives) stand on both sides of the last place. The
 * ranking's last key, the name, is no ground to choose a person, so the title stays a draft
 * and the tied are shown until the clerk records how the council settled it (its chair's
 * decision, or a second round among the tied): an "x" in the tally form's column "Chọn khi
 * bằng phiếu" beside each person chosen. Then the chosen take the places, the others stay over
 * the cap, and the minutes of the count say so. The national texts do not say how a tie is
 * settled: the council's own rules of procedure do (docs/papers.md).
 */
import { ratingRank, type Person, type PersonTitleId } from '../domain/types';
import type { PersonResult, Verdict } from '../domain/verdict';
import type { CapTie } from '../domain/tally';
import type { RuleSet } from '../rules/types';
import { personKey } from '../sheets/forms/tally';

const keyOf = (p: Person): string => `${p.voteShare ?? -1}|${p.rating ? ratingRank(p.rating) : 9}|${p.initiatives + p.researchProjects}`;
const who = (p: Person) => ({ name: p.name, ...(p.unit ? { unit: p.unit } : {}), ...(p.birthYear ? { birthYear: p.birthYear } : {}) });

/**
 * The ties at each person title's cap whose vote is in (`pending` keys are left alone: before the
 * vote the ranking is provisional anyway), settled where the tally records a choice (`chosen`:
 * person keys), and the persons with the settled ties applied.
 */
export function capTies(ruleSet: RuleSet, persons: PersonResult[], pending: string[], chosen: Set<string>): { ties: CapTie[]; persons: PersonResult[] } {
  const ties: CapTie[] = [];
  let out = persons;
  for (const rule of ruleSet.titles) {
    if (rule.scope !== 'person' || !rule.cap || pending.includes(rule.key)) continue;
    const id = rule.id as PersonTitleId;
    const awarded = out.filter((p) => p.verdicts[id]?.status === 'awarded');
    const over = out.filter((p) => p.verdicts[id]?.status === 'over-cap');
    if (!awarded.length || !over.length) continue;
    // The last place: the awarded person ranked lowest.
    const last = awarded.reduce((a, b) => ((b.verdicts[id]!.rank ?? 0) > (a.verdicts[id]!.rank ?? 0) ? b : a));
    const key = keyOf(last.person);
    const tiedIn = awarded.filter((p) => keyOf(p.person) === key);
    const tiedOut = over.filter((p) => keyOf(p.person) === key);
    if (!tiedOut.length) continue;
    const tied = [...tiedIn, ...tiedOut].sort((a, b) => (a.verdicts[id]!.rank ?? 0) - (b.verdicts[id]!.rank ?? 0));
    const picked = tied.filter((p) => chosen.has(personKey(p.person.name, p.person.unit)));
    const places = tiedIn.length;
    const tie: CapTie = {
      title: rule.key,
      places,
      share: last.person.voteShare,
      tied: tied.map((p) => who(p.person)),
      ...(picked.length ? { chosen: picked.map((p) => who(p.person)) } : {}),
      settled: picked.length === places,
    };
    ties.push(tie);
    if (!tie.settled) continue;
    // The chosen take the places in their order; the ranks of the tied stay the same numbers.
    const ranks = tied.map((p) => p.verdicts[id]!.rank);
    const inVerdict: Verdict = tiedIn[0].verdicts[id]!;
    const outVerdict: Verdict = tiedOut[0].verdicts[id]!;
    const order = [...picked, ...tied.filter((p) => !picked.includes(p))];
    const next = new Map<PersonResult, Verdict>(order.map((p, i) => [p, { ...(i < places ? inVerdict : outVerdict), ...(ranks[i] !== undefined ? { rank: ranks[i] } : {}) }]));
    out = out.map((p) => (next.has(p) ? { ...p, verdicts: { ...p.verdicts, [id]: next.get(p)! } } : p));
  }
  return { ties, persons: out };
}
