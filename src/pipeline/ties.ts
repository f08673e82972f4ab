/**
 * A tie at a cap: after the council's vote, people who cannot be told apart by anything the
 * rules rank on (votes, rating, initiatives) stand on both sides of the last place. The
 * ranking's last key, the name, is no ground to choose a person, so the title stays a draft
 * and the tied are shown until the clerk records how the council settled it (its chair's
 * decision, or a second round among the tied): an "x" in the tally form's column "Chọn khi
 * bằng phiếu" beside each person chosen. Then the review runs again with the choice as a
 * ranking key (src/rules/ranking.ts): the chosen take the places, the others stay over the
 * cap, and everything that rests on the title follows in the same pass of the rules: a later
 * title's cap counted on it, a unit's collective title that needs a CSTĐCS among its members,
 * the registration notes. The national texts do not say how a tie is settled: the council's
 * own rules of procedure do (docs/papers.md).
 */
import { ratingRank, type Person, type PersonTitleId } from '../domain/types';
import type { PersonResult, UnitResult } from '../domain/verdict';
import type { CapTie } from '../domain/tally';
import type { ParamValues, RuleSet } from '../rules/types';
import { pendingVotes } from '../rules/votes';
import { personKey } from '../sheets/forms/tally';

const keyOf = (p: Person): string => `${p.voteShare ?? -1}|${p.rating ? ratingRank(p.rating) : 9}|${p.initiatives + p.researchProjects}`;
const who = (p: Person) => ({ name: p.name, ...(p.unit ? { unit: p.unit } : {}), ...(p.birthYear ? { birthYear: p.birthYear } : {}) });

/** A tie found, with the people behind it (the CapTie names them for the papers). */
interface FoundTie {
  tie: CapTie;
  id: PersonTitleId;
  picked: Person[];
}

/**
 * The ties at each person title's cap whose vote is in (`pending` keys are left alone: before
 * the vote the ranking is provisional anyway), settled where the tally records as many chosen
 * (`chosen`: person keys) as there are places.
 */
function findTies(ruleSet: RuleSet, persons: readonly PersonResult[], pending: readonly string[], chosen: ReadonlySet<string>): FoundTie[] {
  const found: FoundTie[] = [];
  for (const rule of ruleSet.titles) {
    if (rule.scope !== 'person' || !rule.cap || pending.includes(rule.key)) continue;
    const id = rule.id as PersonTitleId;
    const awarded = persons.filter((p) => p.verdicts[id]?.status === 'awarded');
    const over = persons.filter((p) => p.verdicts[id]?.status === 'over-cap');
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
    found.push({
      id,
      picked: picked.map((p) => p.person),
      tie: {
        title: rule.key,
        places,
        share: last.person.voteShare,
        tied: tied.map((p) => who(p.person)),
        ...(picked.length ? { chosen: picked.map((p) => who(p.person)) } : {}),
        settled: picked.length === places,
      },
    });
  }
  return found;
}

/** The council's choice in each settled tie, as the evaluator takes it. */
type Choice = Map<PersonTitleId, ReadonlySet<Person>>;

const choiceOf = (found: FoundTie[]): Choice => new Map(found.filter((f) => f.tie.settled).map((f) => [f.id, new Set(f.picked)]));

const sameChoice = (a: Choice, b: Choice): boolean => a.size === b.size && [...a].every(([id, set]) => b.get(id)?.size === set.size && [...set].every((p) => b.get(id)!.has(p)));

/**
 * The review with the council's choices in its ties: `evaluate` is the one pass of the rules,
 * run first without a choice, then with the choices of the settled ties, until no new tie is
 * settled (a choice on one title can open a tie on a later one whose cap counts it; each
 * pass settles titles in the rule set's order, so it ends within as many passes as titles).
 * Also the keys of the titles whose vote is not in (ReviewResult.pendingVote's first part).
 */
export function settleTies(
  ruleSet: RuleSet,
  params: ParamValues,
  chosen: ReadonlySet<string>,
  evaluate: (choice: ReadonlyMap<PersonTitleId, ReadonlySet<Person>>) => { persons: PersonResult[]; units: UnitResult[] },
): { persons: PersonResult[]; units: UnitResult[]; ties: CapTie[]; voting: string[] } {
  let choice: Choice = new Map();
  for (let pass = 0; ; pass++) {
    const { persons, units } = evaluate(choice);
    const voting = pendingVotes(ruleSet, params, persons, units);
    const found = findTies(ruleSet, persons, voting, chosen);
    const next = choiceOf(found);
    if (sameChoice(next, choice) || pass > ruleSet.titles.length) return { persons, units, ties: found.map((f) => f.tie), voting };
    choice = next;
  }
}
