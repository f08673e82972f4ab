/**
 * Dates as a workbook holds them and as a Vietnamese clerk types them, read into one form
 * (ISO "2014-12-20") with one validity rule: a day that exists in the calendar (31/02 and
 * 29/02/2015 are no days; 29/02/2016 is). Whether a day is plausible for its use (a review
 * year after 1990, a birth after 1900) is the caller's question, asked of the ISO date,
 * and the caller names the cell when a text is no day.
 *
 * The forms read:
 * - an Excel serial of the 1900 date system (20/12/2014 is 41993), with Excel's leap-year
 *   bug: Excel counts a 29 February 1900 that never was (serial 60), so the serials 1–59
 *   are one day later than the days since 30/12/1899 and 60 is no day at all;
 * - day first, as a Vietnamese clerk writes it: "20/12/2014", "20-12-2014", "20.12.2014",
 *   "2/1/2015"; with a two-digit year "20/12/14" (19xx above 50, else 20xx);
 * - ISO "2014-12-20";
 * - the official form "ngày 20 tháng 12 năm 2014" (NĐ 30/2020 Phụ lục I), with or without
 *   its accents, "ngày" left out or not.
 * The one place; the reader, the pane, the command line and the plan file all ask here.
 */

const DAY_MS = 86_400_000;
/** Day 0 of the serials from 61 on (1 March 1900): 30 December 1899. */
const EPOCH_MS = Date.UTC(1899, 11, 30);
/** 31/12/9999, the last day Excel shows. */
export const MAX_SERIAL = 2_958_465;
/** Serial 60: the 29 February 1900 Excel counts and the calendar does not. */
export const PHANTOM_LEAP_DAY = 60;

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** The ISO date of day `d` of month `m` of year `y`, or undefined when there is no such day (the one validity rule). */
export function isoOf(y: number, m: number, d: number): string | undefined {
  if (![y, m, d].every(Number.isInteger) || y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "2014-12-20" and a real day ("2014-02-31" is not). */
export function isIsoDate(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  return !!m && isoOf(+m[1], +m[2], +m[3]) !== undefined;
}

/** The last day of the month of `iso` ("2024-02-10" → "2024-02-29"). */
export function endOfMonth(iso: string): string {
  const [y, m] = iso.split('-').map(Number);
  return `${pad(y, 4)}-${pad(m)}-${pad(daysInMonth(y, m))}`;
}

/**
 * The day of an Excel serial (its time of day dropped): 41993 → "2014-12-20", 41993.75
 * (six in the evening) the same day. Serials 1–59 are January and February 1900 as Excel
 * counts them; 60, 0, negatives and serials after 31/12/9999 are no day.
 */
export function serialToIso(serial: number): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  // A serial written from a time a hair before midnight (41992.99999999) is that midnight.
  const day = Math.floor(serial + 1e-6);
  if (day < 1 || day > MAX_SERIAL || day === PHANTOM_LEAP_DAY) return undefined;
  return new Date(EPOCH_MS + (day < PHANTOM_LEAP_DAY ? day + 1 : day) * DAY_MS).toISOString().slice(0, 10);
}

/** The Excel serial of an ISO date, with its time of day when given ("2014-12-20T18:00" → 41993.75); undefined when no day. */
export function isoToSerial(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m || !isoOf(+m[1], +m[2], +m[3])) return undefined;
  const ms = Date.UTC(+m[1], +m[2] - 1, +m[3], +(m[4] ?? 0), +(m[5] ?? 0), 0) + Number(m[6] ?? 0) * 1000;
  const serial = (ms - EPOCH_MS) / DAY_MS;
  // Before 1 March 1900 Excel's count is one day short of the calendar's (its phantom 29 February).
  const value = serial < PHANTOM_LEAP_DAY + 1 ? serial - 1 : serial;
  return value >= 1 && value < MAX_SERIAL + 1 ? value : undefined;
}

/** A two-digit year as Vietnamese records mean it: 85 → 1985, 14 → 2014 (above 50 is the 1900s). */
export const fullYear = (yy: number): number => (yy > 50 ? 1900 + yy : 2000 + yy);

/** Lower case, accents and đ folded, spaces collapsed: "Ngày 20 Tháng 12" → "ngay 20 thang 12". */
const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();

const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const ISO_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const OFFICIAL = /^(?:ngay )?(\d{1,2}) ?thang ?(\d{1,2}) ?(?:nam ?)?(\d{4}|\d{2})$/;

function withYear(d: string, m: string, y: string): string | undefined {
  const year = y.length === 2 ? fullYear(Number(y)) : Number(y);
  return isoOf(year, Number(m), Number(d));
}

/**
 * A day written as text → ISO, or undefined when the text is no date or names no real day
 * ("31/02/2014"): "20/12/2014", "20-12-14", "20.12.2014", "2014-12-20",
 * "ngày 20 tháng 12 năm 2014", "ngay 20 thang 12 nam 2014".
 */
export function parseDayText(text: string): string | undefined {
  const s = fold(text);
  let m = DAY_FIRST.exec(s);
  if (m) return withYear(m[1], m[3], m[4]);
  m = ISO_TEXT.exec(s);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = OFFICIAL.exec(s);
  if (m) return withYear(m[1], m[2], m[3]);
  return undefined;
}

/** A cell's day: an Excel serial or a day written as text (parseDayText); undefined otherwise. */
export function parseDay(v: unknown): string | undefined {
  if (typeof v === 'number') return serialToIso(v);
  if (typeof v === 'string') return parseDayText(v);
  return undefined;
}
