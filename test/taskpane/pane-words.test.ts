/**
 * The pane's words in the clerk's language (issue 19): every past-year field named, a number
 * out of range refused whole, a JSON file that does not read explained in Vietnamese with
 * its line and column (never the engine's English).
 */
import { fieldLabel, parseRequired } from '../../src/taskpane/model';
import { parsePlan } from '../../src/rules/plan';
import { parseAgencyFile } from '../../src/domain/agency-file';
import { jsonErrorAt } from '../../src/text/json-error';

test('every past-year field has a name, never a raw key', () => {
  expect(fieldLabel('pastText:2012', 'vi')).toMatch(/^Danh hiệu (ghi )?năm 2012$/);
  expect(fieldLabel('pastInitiative:2013', 'vi')).toBe('Sáng kiến năm 2013');
  expect(fieldLabel('pastResearch:2013', 'en')).toMatch(/^Research (projects )?in 2013$/);
  expect(fieldLabel('pastSomethingNew:2011', 'vi')).not.toMatch(/pastSomethingNew|field\./);
});

test('a number out of range is refused whole: no share over 100 %, no negative or fractional count', () => {
  expect(parseRequired('150', 'share')).toBeUndefined();
  expect(parseRequired('15', 'share')).toBe(0.15);
  expect(parseRequired('-5', 'count')).toBeUndefined();
  expect(parseRequired('4,5', 'count')).toBeUndefined();
  expect(parseRequired(' 40 ', 'count')).toBe(40);
});

test('a plan or agency file that is no JSON says where, in Vietnamese', () => {
  // By hand: line 4 holds the "}" after a trailing comma, its first column.
  const plan = '{\n  "name": "Kế hoạch 01/KH-STP",\n  "year": 2024,\n}';
  const read = parsePlan(plan, 'vi');
  expect(read.errors).toHaveLength(1);
  expect(read.errors[0]).toContain('dòng 4, cột 1');
  expect(read.errors[0]).not.toMatch(/Unexpected|token|JSON at position|is not valid/);
  const agency = parseAgencyFile('{"name": "SỞ TƯ PHÁP"', 'vi');
  expect(agency.errors[0]).toContain('thiếu dấu đóng');
  expect(agency.errors[0]).not.toMatch(/Unexpected|end of JSON/);
  // The place of the first wrong character, counted by hand.
  expect(jsonErrorAt('{"a": }')).toBe(6);
  expect(jsonErrorAt('[1,2,]')).toBe(5);
  expect(jsonErrorAt('{a:1}')).toBe(1);
  expect(jsonErrorAt('{"a":1} x')).toBe(8);
});
