import { ratingRank, type Person } from '../domain/types';
import { compareNames } from '../text/collate';

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

export const rankCandidates = (people: Person[]): Person[] => [...people].sort(compareCandidates);
