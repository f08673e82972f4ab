/**
 * How wide a line of Times New Roman is, to draw the rules of the letterhead at the length
 * NĐ 30/2020 Phụ lục I asks (under the motto as long as "Độc lập - Tự do - Hạnh phúc", under
 * the agency 1/3 to 1/2 of its name) and to size the "DỰ THẢO" box. Advance widths of the
 * Adobe Times metrics (1000 units per em), which Times New Roman and Liberation Serif share;
 * a Vietnamese letter is as wide as its base letter.
 */
const ASCII = ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~';
// prettier-ignore
const REGULAR = [250,333,408,500,500,833,778,180,333,333,500,564,250,333,250,278,500,500,500,500,500,500,500,500,500,500,278,278,564,564,564,444,921,722,667,667,722,611,556,722,722,333,389,722,611,889,722,722,556,722,667,556,611,722,722,944,722,722,611,333,278,333,469,500,333,444,500,444,500,444,333,500,500,278,278,500,278,778,500,500,500,500,333,389,278,500,500,722,500,500,444,480,200,480,541];
// prettier-ignore
const BOLD = [250,333,555,500,500,1000,833,278,333,333,500,570,250,333,250,278,500,500,500,500,500,500,500,500,500,500,333,333,570,570,570,500,930,722,667,722,722,667,611,778,778,389,500,778,667,944,722,778,611,778,722,556,667,722,722,1000,722,722,667,333,278,333,581,500,333,500,556,444,556,444,333,500,556,278,333,556,278,833,556,500,556,556,444,389,333,556,500,722,500,500,444,394,220,394,520];

const base = (ch: string): string => {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0) || ch;
};

/** Width in points of `text` set in Times New Roman at `size` points. */
export function textWidth(text: string, size: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const ch of text.normalize('NFC')) {
    const i = ASCII.indexOf(base(ch));
    // "ơ", "ư" carry a horn a little wider than their base; other marks sit above or below.
    units += (i >= 0 ? table[i] : 500) + (ch.normalize('NFD').includes('\u031b') ? 40 : 0);
  }
  return (units / 1000) * size;
}
