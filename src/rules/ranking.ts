import { ratingRank, type Person } from '../domain/types';
import { compareNames } from '../text/collate';
import type { NameOrder } from './name-order';

/**
 * Order of candidates over a cap (rules.md): the council's vote share, then the rating,
 * then the number of initiatives (and research projects), then the name.
 */
export function compareCandidates(a: Person, b: Person): number {
  const va = a.voteShare ?? -1;
  const vb = b.voteShare ?? -1;
  if (va !== vb) return vb - va;
  const ra = a.rating ? ratingRank(a.rating) : 9;
  const rb = b.rating ? ratingRank(b.rating) : 9;
  if (ra !== rb) return ra - rb;
  const ia = a.initiatives + a.researchProjects;
  const ib = b.initiatives + b.researchProjects;
  if (ia !== ib) return ib - ia;
  return compareNames(a.name, b.name);
}

/**
 * The candidates in compareCandidates order. Each person's keys are worked out once (and
 * the name's place from `names`, when given), so the sort makes the same choices faster.
 * `chosen`: the people the council chose where the rules' keys tie (a settled tie at the cap,
 * src/pipeline/ties.ts): they come before the others they tie with, before the name decides.
 */
export function rankCandidates(people: Person[], names?: NameOrder, chosen?: ReadonlySet<Person>): Person[] {
  const n = people.length;
  const vote = new Float64Array(n);
  const rating = new Int32Array(n);
  const count = new Float64Array(n);
  const nameRank = new Float64Array(n);
  const pick = new Int8Array(n);
  let allRanked = names !== undefined;
  for (let i = 0; i < n; i++) {
    const p = people[i];
    vote[i] = p.voteShare ?? -1;
    rating[i] = p.rating ? ratingRank(p.rating) : 9;
    count[i] = p.initiatives + p.researchProjects;
    pick[i] = chosen?.has(p) ? 0 : 1;
    const r = names?.rank(p.name);
    if (r === undefined) allRanked = false;
    else nameRank[i] = r;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => {
    if (vote[i] !== vote[j]) return vote[j] - vote[i];
    if (rating[i] !== rating[j]) return rating[i] - rating[j];
    if (count[i] !== count[j]) return count[j] - count[i];
    if (pick[i] !== pick[j]) return pick[i] - pick[j];
    return allRanked ? nameRank[i] - nameRank[j] : compareNames(people[i].name, people[j].name);
  });
  return order.map((i) => people[i]);
}
