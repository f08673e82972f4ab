import { compareNameKeys, compareNames, nameKey } from '../text/collate';

/**
 * Vietnamese name order (compareNames) worked out once per review: every name of the
 * review sorted once, then each list sorts by a number. compareNames is the one order;
 * equal names share a rank, so any sort by rank makes exactly the comparisons' choices
 * that sorting by compareNames would. A name not seen here falls back to compareNames.
 */
export class NameOrder {
  private readonly ranks = new Map<string, number>();

  constructor(names: Iterable<string>) {
    const unique = [...new Set(names)];
    // Each name split into its key once, not at every comparison of the sort.
    const keys = unique.map(nameKey);
    const order = unique.map((_, i) => i).sort((i, j) => compareNameKeys(keys[i], keys[j]));
    let rank = 0;
    for (let k = 0; k < order.length; k++) {
      if (k > 0 && compareNameKeys(keys[order[k - 1]], keys[order[k]]) !== 0) rank++;
      this.ranks.set(unique[order[k]], rank);
    }
  }

  /** The order as plain data (each name's rank), to cross to another thread and back (`fromRanks`). */
  get ranked(): Map<string, number> {
    return this.ranks;
  }

  /** The order made elsewhere (a worker), from its ranks: no sorting again. */
  static fromRanks(ranks: Map<string, number>): NameOrder {
    const order = new NameOrder([]);
    for (const [name, rank] of ranks) order.ranks.set(name, rank);
    return order;
  }

  /** The name's place in the order (equal names share one), or undefined if never seen. */
  rank(name: string): number | undefined {
    return this.ranks.get(name);
  }

  /** Same sign as compareNames(a, b). */
  readonly compare = (a: string, b: string): number => {
    const ra = this.ranks.get(a);
    const rb = this.ranks.get(b);
    return ra !== undefined && rb !== undefined ? ra - rb : compareNames(a, b);
  };
}

/** The comparator to sort names with: the review's precomputed order when there is one. */
export const nameComparator = (order: NameOrder | undefined): ((a: string, b: string) => number) => order?.compare ?? compareNames;

/**
 * `items` sorted (a new array) by a number per item, then `tie` when the numbers are equal,
 * then by name: what `[...items].sort(comparator)` gives for the same comparator, with each
 * item's number and name's place worked out once instead of at every comparison.
 */
export function sortByGroupThenName<T>(items: readonly T[], group: (x: T) => number, name: (x: T) => string, names: NameOrder | undefined, tie?: (a: T, b: T) => number): T[] {
  const n = items.length;
  const groups = new Float64Array(n);
  const ranks = new Float64Array(n);
  let allRanked = names !== undefined;
  for (let i = 0; i < n; i++) {
    groups[i] = group(items[i]);
    const r = names?.rank(name(items[i]));
    if (r === undefined) allRanked = false;
    else ranks[i] = r;
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((i, j) => {
    if (groups[i] !== groups[j]) return groups[i] - groups[j];
    if (tie) {
      const c = tie(items[i], items[j]);
      if (c) return c;
    }
    return allRanked ? ranks[i] - ranks[j] : compareNames(name(items[i]), name(items[j]));
  });
  return order.map((i) => items[i]);
}
