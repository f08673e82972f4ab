/**
 * A whole number of đồng in Vietnamese words, as an accountant writes it under a total
 * ("Bằng chữ: Một triệu tám trăm mười nghìn đồng"): "mười" for 10–19, "mươi" above, "mốt",
 * "tư" and "lăm" after "mươi", "lăm" after "mười", "linh" for an empty tens place, and
 * "không trăm" inside a number ("một triệu không trăm năm mươi nghìn").
 */

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
/** Groups of three digits, from the lowest: nghìn, triệu, tỷ, nghìn tỷ. */
const GROUPS = ['', 'nghìn', 'triệu', 'tỷ', 'nghìn tỷ'];

/** Three digits (0 < n < 1000) in words; `full` when a higher group precedes (then "không trăm"). */
function threeDigits(n: number, full: boolean): string[] {
  const h = Math.floor(n / 100);
  const t = Math.floor((n % 100) / 10);
  const u = n % 10;
  const out: string[] = [];
  if (h > 0 || full) out.push(DIGITS[h], 'trăm');
  if (t === 0) {
    if (u > 0 && out.length) out.push('linh');
    if (u > 0) out.push(DIGITS[u]);
    return out;
  }
  if (t === 1) {
    out.push('mười');
    if (u === 5) out.push('lăm');
    else if (u > 0) out.push(DIGITS[u]);
    return out;
  }
  out.push(DIGITS[t], 'mươi');
  if (u === 1) out.push('mốt');
  else if (u === 4) out.push('tư');
  else if (u === 5) out.push('lăm');
  else if (u > 0) out.push(DIGITS[u]);
  return out;
}

/** "hai triệu ba trăm bốn mươi nghìn" (lower case; 0 → "không"). Whole numbers from 0 below 10^15. */
export function numberWords(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e15) throw new Error(`numberWords: ${n} is not a whole number from 0 below 10^15`);
  if (n === 0) return DIGITS[0];
  const groups: number[] = [];
  for (let x = n; x > 0; x = Math.floor(x / 1000)) groups.push(x % 1000);
  const words: string[] = [];
  for (let i = groups.length - 1; i >= 0; i--) {
    if (groups[i] === 0) continue;
    words.push(...threeDigits(groups[i], i < groups.length - 1));
    if (GROUPS[i]) words.push(GROUPS[i]);
  }
  return words.join(' ');
}

/** "Một triệu tám trăm mười nghìn đồng": the amount in words, capitalised, with the currency. */
export function dongInWords(n: number): string {
  const w = `${numberWords(n)} đồng`;
  return w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
}

/** "1.810.000": thousands grouped by a dot, as Vietnamese papers print amounts. */
export function dongFigures(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/**
 * An amount in đồng as a clerk types it, "2340000", "2.340.000" or "2 340 000": the whole
 * number, or undefined when it is not one (a decimal comma, a letter, zero, more than 13 digits).
 * The command line's `--base-wage`/`--fund` and the pane's fields read it the same way.
 */
export function parseDong(text: string): number | undefined {
  const digits = text.trim().replace(/[.\s\u00a0]/g, '');
  return /^[1-9]\d{0,12}$/.test(digits) ? Number(digits) : undefined;
}
