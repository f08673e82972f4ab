import { decimal, percent, shortDate, vietnameseDate } from '../../src/text/format';

test('dates as Vietnamese papers print them', () => {
  expect(vietnameseDate('2014-12-20')).toBe('ngày 20 tháng 12 năm 2014');
  expect(vietnameseDate('2024-02-05')).toBe('ngày 05 tháng 02 năm 2024');
  expect(vietnameseDate('2014-07-01')).toBe('ngày 01 tháng 7 năm 2014');
  expect(shortDate('2014-12-20')).toBe('20/12/2014');
  expect(vietnameseDate('not a date')).toBe('not a date');
});

test('decimal commas in Vietnamese, points in English', () => {
  expect(percent(12 / 105)).toBe('11,4 %');
  expect(percent(12 / 105, 1, 'en')).toBe('11.4 %');
  expect(percent(0.8)).toBe('80 %');
  expect(decimal(2.25, 1)).toBe('2,3');
  expect(decimal(-0.01, 1)).toBe('0');
});
