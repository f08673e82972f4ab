/** Amounts in words as an accountant writes them under a total; each expected text written by hand. */
import { dongFigures, dongInWords, numberWords } from '../../src/text/number-words';

test.each([
  [0, 'không'],
  [5, 'năm'],
  [10, 'mười'],
  [11, 'mười một'],
  [15, 'mười lăm'],
  [20, 'hai mươi'],
  [21, 'hai mươi mốt'],
  [24, 'hai mươi tư'],
  [25, 'hai mươi lăm'],
  [101, 'một trăm linh một'],
  [105, 'một trăm linh năm'],
  [110, 'một trăm mười'],
  [1_000, 'một nghìn'],
  [1_005, 'một nghìn không trăm linh năm'],
  [710_000, 'bảy trăm mười nghìn'],
  [1_050_000, 'một triệu không trăm năm mươi nghìn'],
  [2_340_000, 'hai triệu ba trăm bốn mươi nghìn'],
  [18_510_000, 'mười tám triệu năm trăm mười nghìn'],
  [12_345_678, 'mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám'],
  [1_000_000_000, 'một tỷ'],
  [2_001_000_000, 'hai tỷ không trăm linh một triệu'],
])('%d → %s', (n, words) => {
  expect(numberWords(n)).toBe(words);
});

test('the amount with its currency, capitalised; the figures grouped by dots', () => {
  expect(dongInWords(3_050_000)).toBe('Ba triệu không trăm năm mươi nghìn đồng');
  expect(dongFigures(18_510_000)).toBe('18.510.000');
  expect(dongFigures(710_000)).toBe('710.000');
  expect(() => numberWords(-1)).toThrow();
  expect(() => numberWords(1.5)).toThrow();
});
