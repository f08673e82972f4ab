/**
 * One Times New Roman table (src/text/font-metrics.ts) for the sheets' row heights and the
 * Word papers' letterhead. The expected widths were read from the font files themselves by an
 * independent reader (a few lines of Python over LiberationSerif-{Regular,Bold}.ttf's
 * 'cmap' and 'hmtx' tables, 2048 units per em, Liberation Serif being metric-compatible with
 * Times New Roman), in thousandths of an em: the table keeps whole thousandths, so a line
 * of n letters may differ by n / 2 thousandths at most.
 */
import { textWidth } from '../../src/text/measure';
import { balance } from '../../src/documents/word/render';

/** Thousandths of an em, read from the font. */
const BOLD: [string, number][] = [
  ['Độc lập - Tự do - Hạnh phúc', 12241.7],
  ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 20861.8],
  ['DỰ THẢO', 4712.9],
  ['SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC GIANG', 24113.3],
];
const REGULAR: [string, number][] = [
  ['Nguyễn Thị Hường', 7847.7],
  ['ơ', 528.8],
  ['ư', 542],
  ['Ơ', 722.2],
  ['Ư', 775.9],
];

const within = (text: string, got: number, units: number, size: number) => {
  expect(Math.abs(got - (units / 1000) * size)).toBeLessThanOrEqual(((text.length / 2) * size) / 1000);
};

describe('Vietnamese letters as the font sets them', () => {
  test.each(BOLD)('bold %j: %d thousandths of an em', (text, units) => {
    within(text, textWidth(text, { size: 13, bold: true }), units, 13);
  });
  test.each(REGULAR)('regular %j: %d thousandths of an em', (text, units) => {
    within(text, textWidth(text, { size: 12 }), units, 12);
  });

  test('a horn is measured as the font has it: "Ơ" as wide as "O", "Ư" wider than "U", "ơ" than "o"', () => {
    expect(textWidth('Ơ', { size: 1000 })).toBeCloseTo(textWidth('O', { size: 1000 }), 0);
    expect(textWidth('Ư', { size: 1000 }) - textWidth('U', { size: 1000 })).toBeGreaterThan(50);
    expect(textWidth('ơ', { size: 1000 }) - textWidth('o', { size: 1000 })).toBeGreaterThan(25);
  });

  test('a letter typed as base + marks is as wide as the composed letter', () => {
    for (const s of ['Nguyễn Thị Hường', 'ƠƯ ơư', 'CỘNG HÒA']) {
      expect(textWidth(s.normalize('NFD'), { size: 12, bold: true })).toBeCloseTo(textWidth(s.normalize('NFC'), { size: 12, bold: true }), 6);
    }
  });
});

describe("the Word papers' letterhead measures with the same table", () => {
  // "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC GIANG", bold 12 pt: 24 113,3 thousandths × 12 pt × 20 = 5 787 twips.
  // The approximation the papers used before (base letter + 40 for a horn) made it 5 797: two lines in 5 792.
  const agency = 'SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH BẮC GIANG';
  test('an agency name on one line when the column holds its measured width, on two when it is a little narrower', () => {
    expect(balance(agency, 12, 5792)).toEqual([agency]);
    expect(balance(agency, 12, 5770)).toEqual(['SỞ KHOA HỌC VÀ CÔNG', 'NGHỆ TỈNH BẮC GIANG']);
  });
});
