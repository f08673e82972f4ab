/**
 * Cell values as clerks type them → domain values. Each parser returns undefined when
 * it cannot understand the value; the caller reports it with the cell's address.
 */
import type { Discipline, Rating, TitleId } from '../../domain/types';
import { isCellError, type CellValue } from '../grid';
import { fold } from './fold';
import { remember } from '../text-memo';
import { parsePercent } from '../../text/percent';
import { isoOf, parseDayText, serialToIso as serialDay } from '../../text/dates';

export const isBlank = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');

export function asText(v: CellValue): string {
  if (v === null) return '';
  if (isCellError(v)) return v.error;
  return typeof v === 'string' ? v : String(v);
}

/**
 * Each rating's forms as clerks write them, folded: in full, short ("Hoàn thành tốt"), as
 * initials ("HTTNV", "HTT") and as one word ("Tốt", "Xuất sắc"). A cell is a rating only when
 * it IS one of these forms (with at most a neutral tail, below): never by a prefix, since
 * "Hoàn thành tốt" begins like "Hoàn thành" and means more.
 */
export const RATING_FORMS: Record<Rating, readonly string[]> = {
  excellent: ['hoan thanh xuat sac nhiem vu', 'hoan thanh xuat sac', 'ht xuat sac nhiem vu', 'ht xuat sac', 'htxsnv', 'htxs', 'xuat sac', 'ht xs nv', 'ht xs'],
  good: ['hoan thanh tot nhiem vu', 'hoan thanh tot', 'ht tot nhiem vu', 'ht tot', 'httnv', 'htt', 'tot', 'ht t nv'],
  complete: ['hoan thanh nhiem vu', 'hoan thanh', 'htnv', 'ht nv'],
  incomplete: ['khong hoan thanh nhiem vu', 'khong hoan thanh', 'khtnv', 'kht', 'k htnv', 'kht nv'],
};
const RATING_BY_FORM = new Map<string, Rating>(Object.entries(RATING_FORMS).flatMap(([r, forms]) => forms.map((f) => [f, r as Rating] as const)));
/** What may follow a form without changing it: a year, "(được giao)", the form's initials repeated. */
const NEUTRAL_TAIL = /^(?:(?:nam )?(?:19|20)\d\d|duoc giao|nhiem vu duoc giao|nv)$/;
/** Before 2020 (Nghị định 56/2015): "Hoàn thành nhiệm vụ nhưng còn hạn chế về năng lực" is a "complete". */
const LIMITED = /^nhung con han che\b/;

/** The rating a whole cell names, or undefined; never a guess from its first words. */
export function parseRating(v: CellValue): Rating | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v);
  if (!f) return undefined;
  const exact = RATING_BY_FORM.get(f);
  if (exact) return exact;
  // The longest form the cell starts with, then the rest must be neutral ("HTXSNV năm 2024", "Hoàn thành xuất sắc nhiệm vụ (HTXSNV)").
  const words = f.split(' ');
  for (let n = words.length - 1; n >= 1; n--) {
    const r = RATING_BY_FORM.get(words.slice(0, n).join(' '));
    if (!r) continue;
    const tail = words.slice(n).join(' ');
    if (NEUTRAL_TAIL.test(tail) || RATING_BY_FORM.get(tail) === r || (r === 'complete' && LIMITED.test(tail))) return r;
    return undefined;
  }
  return undefined;
}

/** The words a rating is printed with, used when a clerk's mapping gives a value its rating. */
export const RATING_TEXT: Record<Rating, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

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

/** A vote share or rate in a cell: 75, "75%", 0,75 → 0.75; "1 %" is one percent (the one percentage reading, text/percent). */
export function parseShare(v: CellValue): number | undefined {
  return typeof v === 'number' || typeof v === 'string' ? parsePercent(v) : undefined;
}

const ISO_DAYS = Symbol('serialToIso');
/** An Excel serial's day (text/dates: the 1900 system with its phantom 29/02/1900). */
export function serialToIso(serial: number): string | undefined {
  return remember(ISO_DAYS, serial, serialDay);
}

/** Excel serials and day-first text ("15/3/2014", "15-03-14", "ngày 15 tháng 3 năm 2014"), or ISO "2014-03-15": text/dates, one validity rule. */
export function parseDate(v: CellValue): string | undefined {
  if (typeof v === 'number') return serialToIso(v);
  return typeof v === 'string' ? parseDayText(v) : undefined;
}

/** A birth column holds a year (1980) or a date: → {year, date?}. */
export function parseBirth(v: CellValue): { year: number; date?: string } | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 2200) return { year: v };
  if (typeof v === 'string' && /^\s*\d{4}\s*$/.test(v)) return { year: Number(v) };
  const d = parseDate(v);
  return d ? { year: Number(d.slice(0, 4)), date: d } : undefined;
}

/**
 * Title names as written (abbreviated or in full, "sĩ" or "sỹ"), most specific first. The
 * national titles (CSTĐ toàn quốc, Bằng khen Thủ tướng…) are not among the ids: not matched.
 */
const TITLE_SOURCES: [string, TitleId][] = [
  ['\\b(cstd ?(cap )?tinh|cstd cap bo nganh tinh|chien s[iy] thi dua (cap )?(bo nganh )?tinh|chien s[iy] thi dua cap bo)\\b', 'CSTD_TINH'],
  ['\\b(cstd ?cs|cstd co so|chien s[iy] thi dua co so|cstdcs)\\b', 'CSTDCS'],
  ['\\b(ttld ?xs|tap the lao dong xuat sac)\\b', 'TTLDXS'],
  ['\\b(ttld ?tt|tap the lao dong tien tien)\\b', 'TTLDTT'],
  ['\\b(ld ?tt|lao dong tien tien)\\b', 'LDTT'],
  ['\\b(bk|bang khen)( cua)?( bo truong| bo| cap bo)\\b(?! nganh tinh)', 'BK_BO'],
  ['\\b(bk|bang khen)\\b(?! (cua )?(thu tuong|chinh phu))', 'BK_TINH'],
  ['\\bgiay khen\\b', 'GIAY_KHEN'],
];
const TITLES: [RegExp, TitleId][] = TITLE_SOURCES.map(([s, id]) => [new RegExp(s), id]);
const TITLES_GLOBAL: [RegExp, TitleId][] = TITLE_SOURCES.map(([s, id]) => [new RegExp(s, 'g'), id]);

export function parseTitle(text: string): TitleId | undefined {
  const f = fold(text);
  for (const [re, id] of TITLES) if (re.test(f)) return id;
  return undefined;
}

// ---------------------------------------------------------------------------------------
// Dates as offices type them: full dates, month/year ("09/2024", "T9/2024", "tháng 9 năm
// 2024") and year only ("2018"). A date that is not a full one counts from the 1st.

export type DatePrecision = 'day' | 'month' | 'year';
export interface LooseDate {
  iso: string;
  precision: DatePrecision;
}

const MONTH_YEAR = /^(?:t|th|thang)?\s*(\d{1,2})\s*(?:[/.-]|nam|\s)\s*(\d{4})$/;

/**
 * A date cell → ISO date and how precise the sheet was. A whole number 1900–2100 is a year
 * (not the Excel serial of a day in 1905); two-digit years are 19xx above 50, else 20xx.
 */
export function parseLooseDate(v: CellValue): LooseDate | undefined {
  if (typeof v === 'number') {
    if (Number.isInteger(v) && v >= 1900 && v <= 2100) return { iso: `${v}-01-01`, precision: 'year' };
    const iso = parseDate(v);
    return iso ? { iso, precision: 'day' } : undefined;
  }
  if (typeof v !== 'string') return undefined;
  const full = parseDate(v);
  if (full) return { iso: full, precision: 'day' };
  const f = fold(v).replace(/\s+/g, ' ');
  const raw = v.normalize('NFC').trim().toLowerCase();
  let m = /^(?:nam\s*)?(\d{4})$/.exec(f);
  if (m) return { iso: `${m[1]}-01-01`, precision: 'year' };
  // fold() drops the separators: read the raw text for "09/2024", the folded for "tháng 9 năm 2024".
  m = /^(?:t|th|tháng)?\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(raw) ?? MONTH_YEAR.exec(f);
  if (m) {
    const iso = isoOf(Number(m[2]), Number(m[1]), 1);
    return iso ? { iso, precision: 'month' } : undefined;
  }
  return undefined;
}

/** The first year 1900–2100 written in a text ("Khiển trách, QĐ số 15 ngày 12/3/2024" → 2024). */
export function yearInText(s: string): number | undefined {
  const m = /(?:^|\D)((?:19|20)\d\d)(?!\d)/.exec(s);
  return m ? Number(m[1]) : undefined;
}

// ---------------------------------------------------------------------------------------
// Leave that counts as time worked: days, or a mark.

export type DaysOrMark = { days: number } | { mark: true; months?: number } | { none: true };

/** "120", "120 ngày", 120 → days; "x", "Có" → a mark; "6 tháng" → a mark (months are not days); "Không", 0 → none. */
export function parseDaysOrMark(v: CellValue): DaysOrMark | undefined {
  if (typeof v === 'number') return !Number.isFinite(v) || v < 0 ? undefined : v === 0 ? { none: true } : { days: v };
  if (typeof v === 'string') {
    const months = /^(\d+(?: \d+)?) thang$/.exec(fold(v));
    if (months) return { mark: true, months: Number(months[1].replace(' ', '.')) };
  }
  const n = parseNumber(v);
  if (n !== undefined) return n < 0 ? undefined : n === 0 ? { none: true } : { days: n };
  if (typeof v !== 'string' && typeof v !== 'boolean') return undefined;
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn ? { mark: true } : { none: true };
  const f = fold(String(v));
  if (/\b(thai san|nghi sinh|di hoc|dao tao|tai nan|co)\b/.test(f)) return { mark: true };
  return undefined;
}

// ---------------------------------------------------------------------------------------
// How a person came to the agency.

const TRANSFER = /\b(chuyen den|chuyen ve|dieu dong|luan chuyen|tiep nhan|biet phai|chuyen cong tac)\b/;
const RECRUIT = /\b(tuyen dung|thi tuyen|xet tuyen|tuyen moi|moi tuyen|hop dong moi|tuyen)\b/;

/** "Chuyển đến", "Điều động", "Luân chuyển", "Tiếp nhận" → transferred; "Tuyển dụng", "Thi tuyển" → recruited. */
export function parseArrival(v: CellValue): 'recruited' | 'transferred' | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v);
  if (TRANSFER.test(f)) return 'transferred';
  if (RECRUIT.test(f)) return 'recruited';
  return undefined;
}

// ---------------------------------------------------------------------------------------
// The scope an initiative was recognised at.

/**
 * true = provincial or wider (tỉnh, bộ, ngành, toàn quốc); false = grassroots (cơ sở, the
 * department: a decision "…/QĐ-SNV", "…/QĐ-KHCN" is the department's own); undefined when the
 * text does not say (a mark, a count, a "QĐ-UBND" that may be the province's or a district's).
 */
export function parseScope(v: CellValue): boolean | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v);
  if (!f) return undefined;
  if (/\b(tinh|toan quoc|trung uong|toan nganh|cap nganh|cap bo)\b/.test(f) || /^(bo|nganh)\b/.test(f)) return true;
  if (/\b(co so|cap co so|huyen|phong|don vi|truong|xa)\b/.test(f) || /^(so|cs)\b/.test(f)) return false;
  const issuer = /qd ?(?:[a-z]+ )?([a-z]+)\b/.exec(f.replace(/\b\d+\b/g, ' ').replace(/\s+/g, ' '));
  const code = issuer?.[1];
  if (code && !/^(ubnd|ub|ct|ttg|b[a-z]+|hd|hdsk|hdkh)$/.test(code)) return false;
  return undefined;
}

/** How many recognised initiatives a cell names: a number, a mark, or one per decision it cites. */
export function countInitiatives(v: CellValue): number | undefined {
  if (typeof v === 'string' && !isBlank(v)) {
    const n = parseNumber(v);
    if (n !== undefined) return n >= 0 ? Math.floor(n) : undefined;
    const yn = parseYesNo(v);
    if (yn !== undefined) return yn ? 1 : 0;
    const cited = v.normalize('NFC').match(/\/\s*QĐ|\/\s*QD\b/gi)?.length ?? 0;
    return Math.max(1, cited);
  }
  return parseCount(v);
}

// ---------------------------------------------------------------------------------------
// Titles and ratings written out in free text ("CSTĐCS 2012, 2013; LĐTT 2011").

export interface TextHistory {
  entries: { year: number; title?: TitleId; rating?: Rating }[];
  /** A title or rating was named without a year it could be tied to. */
  unplaced: boolean;
}

const RATING_WORDS: [RegExp, Rating][] = [
  [/\b(khtnv|khong hoan thanh nhiem vu)\b/g, 'incomplete'],
  [/\b(htxsnv|hoan thanh xuat sac nhiem vu)\b/g, 'excellent'],
  [/\b(httnv|hoan thanh tot nhiem vu)\b/g, 'good'],
  [/\b(htnv|hoan thanh nhiem vu)\b/g, 'complete'],
];

interface Token {
  at: number;
  end: number;
  year?: number;
  title?: TitleId;
  rating?: Rating;
}

function tokens(f: string): Token[] {
  const out: Token[] = [];
  for (const [re, id] of TITLES_GLOBAL) for (const m of f.matchAll(re)) out.push({ at: m.index!, end: m.index! + m[0].length, title: id });
  for (const [re, r] of RATING_WORDS) for (const m of f.matchAll(re)) out.push({ at: m.index!, end: m.index! + m[0].length, rating: r });
  for (const m of f.matchAll(/\b(?:19|20)\d\d\b/g)) out.push({ at: m.index!, end: m.index! + 4, year: Number(m[0]) });
  out.sort((x, y) => x.at - y.at || y.end - x.end);
  // Overlaps: the first and longest match wins ("TTLĐXS" is not also "LĐ").
  const kept: Token[] = [];
  for (const t of out) {
    const last = kept[kept.length - 1];
    if (last && t.at < last.end && (t.title || t.rating) && (last.title || last.rating)) continue;
    kept.push(t);
  }
  return kept;
}

/** "2012 den 2014" (folded) → "2012 2013 2014": a range stands for every year in it. */
function expandRanges(f: string): string {
  return f.replace(/\b(?:tu )?((?:19|20)\d\d) (?:den|toi) ((?:19|20)\d\d)\b/g, (all, a: string, b: string) => {
    const from = Number(a);
    const to = Number(b);
    if (to <= from || to - from > 10) return all;
    return Array.from({ length: to - from + 1 }, (_, i) => String(from + i)).join(' ');
  });
}

/**
 * Free text → one entry per title (or rating) and year. Within each part (split at ";",
 * "." or a line break), a title takes the years written after it ("CSTĐCS 2012, 2013"), or,
 * when the part starts with a year ("Năm 2013: LĐTT"), the year takes the titles after it.
 */
export function parseHistoryText(text: string): TextHistory {
  const entries: TextHistory['entries'] = [];
  let unplaced = false;
  for (const part of text.normalize('NFC').split(/[;\n\r]+|\.\s+/)) {
    const f = expandRanges(fold(part.replace(/((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/g, '$1 đến $2')));
    const ts = tokens(f);
    if (!ts.length) continue;
    const named = ts.filter((t) => t.title || t.rating);
    const years = ts.filter((t) => t.year !== undefined);
    if (!named.length) continue;
    if (!years.length) {
      unplaced = true;
      continue;
    }
    const yearFirst = ts[0].year !== undefined;
    let current: Token[] = [];
    let lastKind: 'name' | 'year' | undefined;
    const add = (year: number, t: Token) => entries.push({ year, ...(t.title ? { title: t.title } : {}), ...(t.rating ? { rating: t.rating } : {}) });
    if (yearFirst) {
      let ys: number[] = [];
      for (const t of ts) {
        if (t.year !== undefined) {
          if (lastKind === 'name') ys = [];
          ys.push(t.year);
          lastKind = 'year';
        } else {
          for (const y of ys) add(y, t);
          lastKind = 'name';
        }
      }
    } else {
      for (const t of ts) {
        if (t.year === undefined) {
          if (lastKind === 'year') current = [];
          current.push(t);
          lastKind = 'name';
        } else {
          for (const n of current) add(t.year, n);
          lastKind = 'year';
        }
      }
    }
  }
  return { entries, unplaced };
}

/** Every title a cell names ("LĐTT, CSTĐCS", "Bằng khen UBND tỉnh"), in order, once each. */
export function titlesIn(text: string): TitleId[] {
  const f = fold(text);
  const out: TitleId[] = [];
  for (const t of tokens(f)) if (t.title && !out.includes(t.title)) out.push(t.title);
  return out;
}

/** "Ông" → male, "Bà" → female; ranks and titles of address ("Thượng tá") say nothing. */
export function parseHonorific(v: CellValue): 'male' | 'female' | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v);
  if (f === 'ong') return 'male';
  if (f === 'ba') return 'female';
  return undefined;
}

export function parseGender(v: CellValue): 'male' | 'female' | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v);
  if (f === 'nam' || f === 'male' || f === 'm' || f === 'ong') return 'male';
  if (f === 'nu' || f === 'female' || f === 'f' || f === 'ba') return 'female';
  return undefined;
}

/** Mixed lists (a "Phân loại khen thưởng" column): a person, a collective, or a household. */
export function parseSubjectKind(v: CellValue): 'person' | 'collective' | 'household' | undefined {
  if (typeof v !== 'string') return undefined;
  const f = fold(v).replace(/ /g, '');
  if (/canhan/.test(f)) return 'person';
  if (/tapthe|donvi/.test(f)) return 'collective';
  if (/hogiadinh|giadinh/.test(f)) return 'household';
  return undefined;
}
