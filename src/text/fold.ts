/**
 * Folding for comparisons: case, diacritics, đ, punctuation and spacing do not matter
 * ("HO VA TEN" = "Họ và tên"). The reader keeps the folded texts of one review
 * (src/sheets/reader/fold.ts); the papers fold a few titles and names directly.
 */
const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

export function foldText(s: string): string {
  return s.normalize('NFD').replace(MARKS, '').replace(/[đĐ]/g, 'd').toLowerCase().replace(NON_WORD, ' ').trim();
}
