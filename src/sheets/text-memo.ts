/**
 * The same few catalogue texts come back on every row (a rating, a status, a reason, "1
 * sáng kiến"): each is filled once per language and arguments. The catalogue is fixed, so
 * the text is the same; the memo is looked up by the key and each argument's value, with
 * no key string to build.
 */
import { t, type Lang } from '../i18n/catalogue';
import type { CellSpec } from './grid';

type Node = Map<unknown, Node | string>;
const root: Node = new Map();
const LIMIT = 200_000;
let size = 0;

function child(node: Node, k: unknown): Node {
  let next = node.get(k) as Node | undefined;
  if (!next) node.set(k, (next = new Map()));
  return next;
}

const DONE = Symbol('text');
const NO_ARGS = {};

/**
 * `fill()`, remembered under (space, lang, key, each argument's name and value): for texts
 * that depend on those alone. Arguments that are not strings or numbers (never so in
 * practice) are filled afresh each time.
 */
export function memoText(space: string, key: string, args: Record<string, unknown>, lang: Lang, fill: () => string): string {
  let node = child(child(child(root, space), lang), key);
  for (const name in args) {
    const v = args[name];
    if (typeof v !== 'string' && typeof v !== 'number') return fill();
    node = child(child(node, name), v);
  }
  let s = node.get(DONE) as string | undefined;
  if (s === undefined) {
    s = fill();
    if (++size > LIMIT) {
      root.clear();
      size = 0;
    } else node.set(DONE, s);
  }
  return s;
}

/** t(key, args, lang), remembered. */
export const tm = (key: string, args: Record<string, string | number | undefined>, lang: Lang): string => memoText('t', key, args, lang, () => t(key, args, lang));

/** t(key, {}, lang), remembered. */
export const tc = (key: string, lang: Lang): string => memoText('t', key, NO_ARGS, lang, () => t(key, {}, lang));

/** The shared cell of a constant text (never modified by any adapter). */
export const constantCell = (v: string, s: CellSpec['s']): CellSpec => (s ? { v, s } : { v });

/** Index cells (1, 2, 3 … with one style) shared by every sheet of a review. */
const indexCells = new Map<CellSpec['s'], CellSpec[]>();
export function indexCell(n: number, s: NonNullable<CellSpec['s']>): CellSpec {
  let list = indexCells.get(s);
  if (!list) indexCells.set(s, (list = []));
  let c = list[n];
  if (!c) {
    if (n > LIMIT || !Number.isInteger(n) || n < 0) return { v: n, s };
    while (list.length < n) list.push(undefined as unknown as CellSpec);
    c = list[n] = { v: n, s };
  }
  return c;
}
