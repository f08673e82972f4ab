/**
 * Folding for comparisons: case, diacritics, đ, punctuation and spacing do not matter
 * when a header or a unit name is matched ("HO VA TEN" = "Họ và tên").
 */
const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

/** The same few texts (ratings, units, "x") come back on every row: fold each once. */
const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function fold(s: string): string {
  const hit = cache.get(s);
  if (hit !== undefined) return hit;
  const out = foldUncached(s);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(s, out);
  return out;
}

function foldUncached(s: string): string {
  return s
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

/** NFC, single spaces, trimmed: how a name is kept. */
export function cleanText(s: string): string {
  return s.normalize('NFC').replace(/\s+/g, ' ').trim();
}
