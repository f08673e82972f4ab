/**
 * The add-in trusts the settings' list of its own sheets only for names it gives its
 * results (src/sheets/own-sheets.ts). That list of names must follow every sheet the
 * review writes: this test reviews the sample in every phase, language and rule set and
 * fails when a result sheet has a name the predicate does not know (a new sheet whose name
 * was not added) or when a form handed over to the clerk would count as the add-in's.
 */
import { emptySettings } from '../../src/domain/settings';
import { runReview } from '../../src/pipeline/run';
import { inputSheetNames, isResultSheetName, splitOwned } from '../../src/sheets/own-sheets';
import { uniqueSheetName } from '../../src/workbook/sheet-names';
import { sampleGrids } from '../taskpane/sample-grids';

describe("the names of the add-in's own sheets", () => {
  const grids = sampleGrids();
  const runs = (['vn-2014', 'vn-2024'] as const).flatMap((preset) => (['year', 'mid'] as const).flatMap((phase) => (['vi', 'en'] as const).map((lang) => ({ preset, phase, lang }))));

  test.each(runs)("every sheet written by a review ($preset, $phase, $lang) is known as the add-in's, and no form handed over is", ({ preset, phase, lang }) => {
    const o = runReview(grids, emptySettings(), { preset, phase, lang, reviewDate: phase === 'mid' ? '2014-07-05' : '2014-12-20' });
    expect(o.sheets.map((s) => s.name)).toContain('Căn cứ bình xét');
    for (const s of o.sheets) expect({ name: s.name, own: isResultSheetName(s.name) }).toEqual({ name: s.name, own: !s.handOver });
  });

  test('a clash gives " (2)", " (3)": still the add-in\'s', () => {
    const taken = new Set(['kq cá nhân']);
    expect(uniqueSheetName('KQ cá nhân', taken)).toBe('KQ cá nhân (2)');
    expect(isResultSheetName('KQ cá nhân (2)')).toBe(true);
    expect(uniqueSheetName('KQ cá nhân', taken)).toBe('KQ cá nhân (3)');
    expect(isResultSheetName('KQ cá nhân (3)')).toBe(true);
    expect(isResultSheetName('KQ cá nhân (1)')).toBe(false);
    expect(isResultSheetName('KQ cá nhân (2) (2)')).toBe(false);
  });

  test("the clerk's names, forms handed over and the settings sheet are never the add-in's", () => {
    expect(splitOwned(['DS CBCCVC 2014', 'KQ cá nhân', 'Kiểm phiếu 2014', 'Đăng ký thi đua 2015', 'Danh hiệu các năm', 'BinhXet_CaiDat', 7, null, 'kq CÁ NHÂN'])).toEqual({
      owned: ['KQ cá nhân', 'kq CÁ NHÂN'],
      foreign: ['DS CBCCVC 2014', 'Kiểm phiếu 2014', 'Đăng ký thi đua 2015', 'Danh hiệu các năm'],
    });
    expect(inputSheetNames(['DS CBCCVC 2014', 'KQ cá nhân', 'BinhXet_CaiDat', 'Đơn vị'], ['KQ cá nhân', 'Đơn vị'])).toEqual(['DS CBCCVC 2014', 'Đơn vị']);
    expect(inputSheetNames(['A'], undefined)).toEqual(['A']);
  });
});
