/**
 * Numbers and dates as Vietnamese papers print them: "ngày 20 tháng 12 năm 2014",
 * "20/12/2014", "11,4 %". One place, used by every sheet, paper, pane and the command line.
 */
import type { Lang } from '../i18n/catalogue';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): { y: number; m: number; d: number } | undefined {
  const m = ISO.exec(iso);
  return m ? { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } : undefined;
}

/**
 * "ngày 20 tháng 12 năm 2014". NĐ 30/2020 Phụ lục I: days below 10 and the months 1 and 2
 * take a leading zero ("ngày 05 tháng 02 năm 2024", "ngày 01 tháng 7 năm 2014").
 */
export function vietnameseDate(iso: string, lang: Lang = 'vi'): string {
  const p = parts(iso);
  if (!p) return iso;
  if (lang === 'en') return `${p.d} ${['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'][p.m - 1]} ${p.y}`;
  const d = p.d < 10 ? `0${p.d}` : String(p.d);
  const m = p.m < 3 ? `0${p.m}` : String(p.m);
  return `ngày ${d} tháng ${m} năm ${p.y}`;
}

/** "20/12/2014": day first, as a Vietnamese reader expects in a table or a field. */
export function shortDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${String(p.d).padStart(2, '0')}/${String(p.m).padStart(2, '0')}/${p.y}`;
}

/** A number with at most `digits` decimals and a decimal comma in Vietnamese: 11.428 → "11,4". */
export function decimal(x: number, digits = 1, lang: Lang = 'vi'): string {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  const s = String(Object.is(r, -0) ? 0 : r);
  return lang === 'vi' ? s.replace('.', ',') : s;
}

/** A share 0..1 as a percentage: 0.1142 → "11,4 %" (vi) or "11.4 %" (en). */
export function percent(share: number, digits = 1, lang: Lang = 'vi'): string {
  return `${decimal(share * 100, digits, lang)} %`;
}
