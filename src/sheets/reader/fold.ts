/**
 * Folding for comparisons: case, diacritics, đ, punctuation and spacing do not matter
 * when a header or a unit name is matched ("HO VA TEN" = "Họ và tên").
 */
import { foldText } from '../../text/fold';
import { remember } from '../text-memo';

/** The same few texts (ratings, units, "x") come back on every row: folded once per review. */
const FOLDED = Symbol('fold');

export function fold(s: string): string {
  return remember(FOLDED, s, foldText);
}

/** NFC, single spaces, trimmed: how a name is kept. */
export function cleanText(s: string): string {
  const n = s.normalize('NFC');
  return alreadyClean(n) ? n : n.replace(/\s+/g, ' ').trim();
}

/** True when no space is doubled, leading or trailing and no other white space (\s) occurs. */
function alreadyClean(s: string): boolean {
  const last = s.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || s.charCodeAt(i + 1) === 32) return false;
    } else if (c < 128 ? c >= 9 && c <= 13 : isWideSpace(c)) return false;
  }
  return true;
}

/** The white space of \s above ASCII. */
const isWideSpace = (c: number): boolean => c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
