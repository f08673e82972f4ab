/**
 * Folding for comparisons: case, diacritics, đ, punctuation and spacing do not matter
 * when a header or a unit name is matched ("HO VA TEN" = "Họ và tên").
 */
const MARKS = /[\u0300-\u036f]/g;
const NON_WORD = /[^a-z0-9]+/g;

export function fold(s: string): string {
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
