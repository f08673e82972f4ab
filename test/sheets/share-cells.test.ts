/**
 * A vote share typed in the tally or in a "Tỷ lệ phiếu" column is read the one way the whole
 * tool reads percentages: "1 %" is one percent, not a hundred.
 */
import { parseShare } from '../../src/sheets/reader/values';

test('shares typed in cells', () => {
  expect(parseShare('1 %')).toBe(0.01);
  expect(parseShare('75%')).toBe(0.75);
  expect(parseShare('80')).toBe(0.8);
  expect(parseShare('0,8')).toBe(0.8);
  expect(parseShare(0.8)).toBe(0.8);
  expect(parseShare(95)).toBe(0.95);
  expect(parseShare('120 %')).toBeUndefined();
  expect(parseShare('nhiều')).toBeUndefined();
  expect(parseShare(null)).toBeUndefined();
});
