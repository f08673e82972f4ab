/**
 * The one date module (src/text/dates.ts): each form a clerk's workbook holds, and the one
 * validity rule. Expected serials are Excel's own (as Excel shows them in a cell formatted as
 * a number: 1 is 01/01/1900, 61 is 01/03/1900, 36526 is 01/01/2000, 43831 is 01/01/2020,
 * 2958465 is 31/12/9999), and 41993 for 20/12/2014 counted by hand from 01/01/2000:
 * 36526 + 15 years of 365 days + 4 leap days (2000, 2004, 2008, 2012) + 353 days to 20 December = 41993.
 */
import fc from 'fast-check';
import { daysInMonth, endOfMonth, isIsoDate, isoOf, isoToSerial, parseDay, parseDayText, serialToIso } from '../../src/text/dates';

describe('Excel serials (1900 date system)', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [41993, '2014-12-20'],
    [43831, '2020-01-01'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  test('the time of day is dropped: six in the evening is still that day, and a hair before midnight is the midnight', () => {
    expect(serialToIso(41993.75)).toBe('2014-12-20');
    expect(serialToIso(41993.9999)).toBe('2014-12-20');
    expect(serialToIso(41992.99999999)).toBe('2014-12-20');
    expect(isoToSerial('2014-12-20T18:00:00')).toBe(41993.75);
  });

  test("Excel's 29 February 1900 (serial 60) is no day; nor are 0, negatives, fractions of day 0 and serials past 9999", () => {
    for (const s of [60, 60.5, 0, 0.5, -1, 2958466, NaN, Infinity]) expect(serialToIso(s)).toBeUndefined();
    expect(isoToSerial('1900-02-29')).toBeUndefined();
  });
});

describe('a day written as text', () => {
  test.each([
    ['20/12/2014', '2014-12-20'],
    ['2/1/2015', '2015-01-02'],
    ['20-12-2014', '2014-12-20'],
    ['20.12.2014', '2014-12-20'],
    [' 20 / 12 / 2014 ', '2014-12-20'],
    ['20/12/14', '2014-12-20'],
    ['5-3-85', '1985-03-05'],
    ['1/1/50', '2050-01-01'],
    ['1/1/51', '1951-01-01'],
    ['2014-12-20', '2014-12-20'],
    ['2014-1-2', '2014-01-02'],
    ['ngày 20 tháng 12 năm 2014', '2014-12-20'],
    ['Ngày 05 tháng 02 năm 2024', '2024-02-05'],
    ['ngay 20 thang 12 nam 2014', '2014-12-20'],
    ['20 tháng 12 năm 2014', '2014-12-20'],
    // Decomposed accents (as some keyboards type them) read the same.
    ['ngày 20 tháng 12 năm 2014'.normalize('NFD'), '2014-12-20'],
  ])('%j → %s', (text, iso) => {
    expect(parseDayText(text)).toBe(iso);
  });

  test.each([
    ['31/02/2014', 'February has no 31st'],
    ['29/02/2015', '2015 is no leap year'],
    ['31/04/2014', 'April has 30 days'],
    ['0/12/2014', 'no day 0'],
    ['20/13/2014', 'no month 13'],
    ['2014-02-30', 'ISO of no day'],
    ['ngày 31 tháng 6 năm 2014', 'June has 30 days'],
    ['20/12-2014', 'two different separators'],
    ['20/12', 'no year'],
    ['12/2014', 'a month, not a day'],
    ['2014', 'a year, not a day'],
    ['20/12/201', 'a three-digit year'],
    ['hai mươi tháng mười hai', 'words'],
    ['', 'empty'],
  ])('%j is no day (%s)', (text) => {
    expect(parseDayText(text)).toBeUndefined();
  });

  test('29 February of a leap year is a day, of 1900 and 2100 (centuries not divisible by 400) is not', () => {
    expect(parseDayText('29/02/2016')).toBe('2016-02-29');
    expect(parseDayText('29/02/2000')).toBe('2000-02-29');
    expect(parseDayText('29/02/1900')).toBeUndefined();
    expect(parseDayText('29/02/2100')).toBeUndefined();
  });
});

describe('one validity rule for every form', () => {
  test('isoOf, isIsoDate and the text reading agree on what is a day', () => {
    expect(isoOf(2014, 2, 31)).toBeUndefined();
    expect(isoOf(2014, 2, 28)).toBe('2014-02-28');
    expect(isIsoDate('2014-02-28')).toBe(true);
    expect(isIsoDate('2014-02-31')).toBe(false);
    expect(isIsoDate('2014-2-28')).toBe(false);
    expect(isIsoDate(20141220)).toBe(false);
  });

  test('a cell: serials and texts alike; booleans and blanks are no day', () => {
    expect(parseDay(41993)).toBe('2014-12-20');
    expect(parseDay('20/12/2014')).toBe('2014-12-20');
    expect(parseDay(60)).toBeUndefined();
    expect(parseDay(true)).toBeUndefined();
    expect(parseDay(null)).toBeUndefined();
  });

  test('month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2024, m))).toEqual([31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(endOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(endOfMonth('2014-12-01')).toBe('2014-12-31');
  });
});

describe('against an independent calendar (random days, fast-check)', () => {
  // The Gregorian rule by hand: every 4th year leaps, but not the centuries, save every 400th.
  const leap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  const monthDays = (y: number, m: number) => [31, leap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  /** Days from 1 January 1900 to the day, counted year by year and month by month. */
  const daysFrom1900 = (y: number, m: number, d: number) => {
    let n = 0;
    for (let yy = 1900; yy < y; yy++) n += leap(yy) ? 366 : 365;
    for (let mm = 1; mm < m; mm++) n += monthDays(y, mm);
    return n + d - 1;
  };
  /** Excel's serial: 1 for 01/01/1900, and one more from 01/03/1900 on for the 29/02/1900 Excel counts. */
  const excelSerial = (y: number, m: number, d: number) => daysFrom1900(y, m, d) + 1 + (y > 1900 || m > 2 ? 1 : 0);

  test('day-first text is a day exactly when the hand-made calendar has it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2199 }), (d, m, y) => {
        const iso = parseDayText(`${d}/${m}/${y}`);
        if (d > monthDays(y, m)) return iso === undefined;
        return iso === `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      }),
    );
  });

  test('serials are the ones Excel counts, both ways', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        fc.pre(d <= monthDays(y, m));
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
        const serial = excelSerial(y, m, d);
        return isoToSerial(iso) === serial && serialToIso(serial) === iso;
      }),
      { numRuns: 300 },
    );
  });
});
