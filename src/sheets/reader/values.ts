/**
 * Cell values as clerks type them → domain values. Each parser returns undefined when
 * it cannot understand the value; the caller reports it with the cell's address.
 */
import type { Discipline, Rating, TitleId } from '../../domain/types';
import { isCellError, type CellValue } from '../grid';
import { fold } from './fold';

export const isBlank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

export function asText(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return typeof v === 'string' ? v : String(v);
}

const RATINGS: [string, Rating][] = [
  ['khong hoan thanh nhiem vu', 'incomplete'],
  ['khtnv', 'incomplete'],
  ['hoan thanh xuat sac nhiem vu', 'excellent'],
  ['htxsnv', 'excellent'],
  ['xuat sac', 'excellent'],
  ['hoan thanh tot nhiem vu', 'good'],
  ['httnv', 'good'],
  ['tot', 'good'],
  ['hoan thanh nhiem vu', 'complete'],
  ['htnv', 'complete'],
  ['hoan thanh', 'complete'],
  ['khong hoan thanh', 'incomplete'],
];

/** Full names and abbreviations; "… nhưng còn hạn chế về năng lực" (before 2020) is "complete". */
export function parseRating(v: CellValue): Rating | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v);
  if (!f) return undefined;
  for (const [text, r] of RATINGS) if (f === text || f.startsWith(`${text} `)) return r;
  return undefined;
}

const YES = new Set(['x', 'co', 'yes', 'y', 'true', '1', 'v', 'dat', 'co nghi']);
const NO = new Set(['khong', 'k', 'no', 'n', 'false', '0', '']);

export function parseYesNo(v: CellValue): boolean | undefined {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (isCellError(v)) return undefined;
  const f = fold(v);
  if (YES.has(f)) return true;
  if (NO.has(f)) return false;
  return undefined;
}

/** "3", 3, "3 ngày", "3,5" → number. */
export function parseNumber(v: CellValue): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const m = /^\s*(-?\d+(?:[.,]\d+)?)\s*(?:ngay|ngày|days?|thang|tháng|%)?\s*$/i.exec(v.normalize('NFC'));
  return m ? Number(m[1].replace(',', '.')) : undefined;
}

/** Initiatives: a number counts that many; a mark or a decision number ("SK số 12/QĐ") counts one. */
export function parseCount(v: CellValue): number | undefined {
  if (isBlank(v)) return 0;
  if (typeof v === 'number') return v >= 0 ? Math.floor(v) : undefined;
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn ? 1 : 0;
  if (typeof v === 'string') {
    const n = parseNumber(v);
    return n !== undefined && n >= 0 ? Math.floor(n) : 1;
  }
  return undefined;
}

const DISCIPLINES: [string, Discipline][] = [
  ['khien trach', 'reprimand'],
  ['canh cao', 'warning'],
  ['ha bac luong', 'salary-downgrade'],
  ['ha bac', 'salary-downgrade'],
  ['giang chuc', 'demotion'],
  ['cach chuc', 'dismissal'],
  ['buoc thoi viec', 'forced-resignation'],
];

/** undefined = not understood; 'not-a-form' for "Phê bình", which is not a disciplinary form. */
export function parseDiscipline(v: CellValue): Discipline | 'not-a-form' | undefined {
  if (isBlank(v)) return 'none';
  if (typeof v !== 'string') return typeof v === 'boolean' && !v ? 'none' : undefined;
  const f = fold(v);
  if (NO.has(f) || f === 'khong co') return 'none';
  for (const [text, d] of DISCIPLINES) if (f.includes(text)) return d;
  if (f.includes('phe binh') || f.includes('nhac nho')) return 'not-a-form';
  return undefined;
}

/** 75, "75%", 0.75 → 0.75. */
export function parseShare(v: CellValue): number | undefined {
  const n = parseNumber(v);
  if (n === undefined || n < 0) return undefined;
  const share = n > 1 ? n / 100 : n;
  return share <= 1 ? share : undefined;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const isoCache = new Map<number, string>();
export function serialToIso(serial: number): string {
  const day = Math.round(serial);
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(EXCEL_EPOCH + day * 86400000).toISOString().slice(0, 10);
    if (isoCache.size > 100_000) isoCache.clear();
    isoCache.set(day, iso);
  }
  return iso;
}

/** Excel serials and day-first text ("15/3/2014", "15-03-2014"), or ISO "2014-03-15". */
export function parseDate(v: CellValue): string | undefined {
  if (typeof v === 'number') return v > 0 && v < 2958466 ? serialToIso(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  let m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (m) return validIso(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (m) return validIso(Number(m[1]), Number(m[2]), Number(m[3]));
  return undefined;
}

function validIso(y: number, mo: number, d: number): string | undefined {
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCFullYear() !== y || dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return dt.toISOString().slice(0, 10);
}

/** A birth column holds a year (1980) or a date: → {year, date?}. */
export function parseBirth(v: CellValue): { year: number; date?: string } | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 2200) return { year: v };
  if (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v)) return { year: Number(v) };
  const d = parseDate(v);
  return d ? { year: Number(d.slice(0, 4)), date: d } : undefined;
}

const TITLES: [RegExp, TitleId][] = [
  [/\b(cstd ?(cap )?tinh|chien si thi dua cap tinh|chien si thi dua tinh)\b/, 'CSTD_TINH'],
  [/\b(cstd ?cs|chien si thi dua co so|cstdcs)\b/, 'CSTDCS'],
  [/\b(ttld ?xs|tap the lao dong xuat sac)\b/, 'TTLDXS'],
  [/\b(ttld ?tt|tap the lao dong tien tien)\b/, 'TTLDTT'],
  [/\b(ld ?tt|lao dong tien tien)\b/, 'LDTT'],
  [/\b(bk|bang khen)\b.*\b(bo|bo truong)\b/, 'BK_BO'],
  [/\b(bk|bang khen)\b/, 'BK_TINH'],
  [/\bgiay khen\b/, 'GIAY_KHEN'],
];

export function parseTitle(text: string): TitleId | undefined {
  const f = fold(text);
  for (const [re, id] of TITLES) if (re.test(f)) return id;
  return undefined;
}
