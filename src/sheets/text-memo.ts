/**
 * The same few catalogue texts come back on every row (a rating, a status, a reason, "1
 * sáng kiến"): within one review each is filled once per language and arguments, and
 * shared cells (an index "1, 2, 3…", a status) are made once.
 *
 * The tables belong to one review: `withReviewMemo` opens them around the review
 * (runReview) and drops them when it returns, so nothing one workbook produced is kept for
 * the next, and memory never grows from review to review. Outside a review (a test that
 * lays out one sheet) nothing is remembered: every text is filled afresh.
 */
import { t, type Lang } from '../i18n/catalogue';
import type { CellSpec } from './grid';

type Node = Map<unknown, Node | string>;

/** Past this many remembered texts in one review, new ones are filled but not kept. */
const LIMIT = 200_000;

class ReviewMemo {
  readonly texts: Node = new Map();
  size = 0;
  readonly indexCells = new Map<CellSpec['s'], CellSpec[]>();
  readonly tables = new Map<symbol, Map<unknown, unknown>>();
}

let current: ReviewMemo | undefined;

/**
 * Runs `review` with fresh memo tables, dropped when it returns or throws. Synchronous on
 * purpose: an async review could interleave with another and share its tables.
 */
export function withReviewMemo<T>(review: () => T): T {
  const outer = current;
  current = new ReviewMemo();
  try {
    return review();
  } finally {
    current = outer;
  }
}

/**
 * A table of the current review, by name (a module's own symbol), or undefined outside a
 * review: the caller then computes without remembering.
 */
export function reviewTable<K, V>(name: symbol): Map<K, V> | undefined {
  if (!current) return undefined;
  let table = current.tables.get(name);
  if (!table) current.tables.set(name, (table = new Map()));
  return table as Map<K, V>;
}

/**
 * `compute(key)`, remembered in the current review's table `name` (at most LIMIT entries),
 * for pure functions called on every row (folding a text, matching a header, a date
 * serial): computed afresh outside a review, so nothing outlives the review it served.
 */
export function remember<K, V>(name: symbol, key: K, compute: (key: K) => V): V {
  const table = reviewTable<K, V>(name);
  if (!table) return compute(key);
  const hit = table.get(key);
  if (hit !== undefined || table.has(key)) return hit as V;
  const v = compute(key);
  if (table.size < LIMIT) table.set(key, v);
  return v;
}

function child(node: Node, k: unknown): Node {
  let next = node.get(k) as Node | undefined;
  if (!next) node.set(k, (next = new Map()));
  return next;
}

const DONE = Symbol('text');
const NO_ARGS = {};

/**
 * `fill()`, remembered for the review under (space, lang, key, each argument's name and
 * value): for texts that depend on those alone. Arguments that are not strings or numbers
 * (never so in practice) are filled afresh each time.
 */
export function memoText(space: string, key: string, args: Record<string, unknown>, lang: Lang, fill: () => string): string {
  const memo = current;
  if (!memo) return fill();
  let node = child(child(child(memo.texts, space), lang), key);
  for (const name in args) {
    const v = args[name];
    if (typeof v !== 'string' && typeof v !== 'number') return fill();
    node = child(child(node, name), v);
  }
  let s = node.get(DONE) as string | undefined;
  if (s === undefined) {
    s = fill();
    if (memo.size < LIMIT) {
      memo.size++;
      node.set(DONE, s);
    }
  }
  return s;
}

/** t(key, args, lang), remembered. */
export const tm = (key: string, args: Record<string, string | number | undefined>, lang: Lang): string => memoText('t', key, args, lang, () => t(key, args, lang));

/** t(key, {}, lang), remembered. */
export const tc = (key: string, lang: Lang): string => memoText('t', key, NO_ARGS, lang, () => t(key, {}, lang));

/** The shared cell of a constant text (never modified by any adapter). */
export const constantCell = (v: string, s: CellSpec['s']): CellSpec => (s ? { v, s } : { v });

/** Index cells (1, 2, 3 … with one style), shared by every sheet of a review. */
export function indexCell(n: number, s: NonNullable<CellSpec['s']>): CellSpec {
  const memo = current;
  if (!memo || n > LIMIT || !Number.isInteger(n) || n < 0) return { v: n, s };
  let list = memo.indexCells.get(s);
  if (!list) memo.indexCells.set(s, (list = []));
  let c = list[n];
  if (!c) {
    while (list.length < n) list.push(undefined as unknown as CellSpec);
    c = list[n] = { v: n, s };
  }
  return c;
}
