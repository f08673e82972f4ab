import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../src/workbook/office';
import { activateInExcel } from '../../src/workbook/office-navigation';
import { reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { emptySettings } from '../../src/domain/settings';
import { FakeExcel, installExcelGlobals } from '../fakes/fake-excel';
import { syntheticWorkbook } from '../../bench/synthetic';

// office-addin-mock needs only the host names of office-addin-manifest, whose full import pulls ES-module-only packages.
jest.mock('office-addin-manifest', () => ({ OfficeApp: { Excel: 'excel', OneNote: 'onenote', Outlook: 'outlook', PowerPoint: 'powerpoint', Project: 'project', Word: 'word' } }));

beforeAll(installExcelGlobals);

async function sampleFake(): Promise<FakeExcel> {
  const grids = await readXlsxGrids(readFileSync(resolve(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  return FakeExcel.withSheets(grids.map((g) => ({ name: g.name, values: g.values, merges: g.merges })));
}
const adapter = (fx: FakeExcel, maxRequestBytes?: number) => new OfficeWorkbook(fx.run, { supports: fx.supports, maxRequestBytes });

describe('the Office adapter against the fake Excel', () => {
  test('clicking an issue activates its sheet and selects its cell (office-addin-mock)', async () => {
    // office-addin-mock fits simple calls like these; it has no collections' items/ loads and
    // no request semantics, hence the fake above for everything else.
    const mock = new OfficeMockObject({
      context: {
        workbook: {
          worksheets: {
            sheet: { activated: false, selected: '', activate: function () { (this as { activated: boolean }).activated = true; } },
            getItem: function () {
              return (this as { sheet: unknown }).sheet;
            },
          },
        },
      },
      run: async function (cb: (c: unknown) => Promise<unknown>) {
        return cb((this as { context: unknown }).context);
      },
    }) as unknown as { run: <T>(b: (c: Excel.RequestContext) => Promise<T>) => Promise<T>; context: { workbook: { worksheets: { sheet: Record<string, unknown> } } } };
    const sheet = mock.context.workbook.worksheets.sheet;
    sheet.getRange = (a: string) => ({ select: () => (sheet.selected = a) });
    await activateInExcel((b) => mock.run(b), 'DS CBCCVC 2014', 'G12');
    expect(sheet.activated).toBe(true);
    expect(sheet.selected).toBe('G12');
  });

  test('the sample reviews the same through Excel as through the .xlsx file', async () => {
    const fx = await sampleFake();
    const outcome = await reviewWorkbook(adapter(fx), { reviewDate: '2014-12-20' });
    expect(outcome.result!.persons).toHaveLength(105);
    expect(outcome.result!.persons.filter((p) => p.verdicts.LDTT!.status === 'awarded')).toHaveLength(81);
  });

  test.each([100, 20000])('reading %i people takes the same few round trips', async (n) => {
    const fx = FakeExcel.withSheets(syntheticWorkbook(n, 10).map((g) => ({ name: g.name, values: g.values })));
    const before = fx.roundTrips;
    await reviewWorkbook(adapter(fx), { reviewDate: '2014-12-20' });
    // getSettings (1), sheets (1), read: sizes then values (2).
    expect(fx.roundTrips - before).toBe(4);
  });

  test('writing 20 000 people stays under the request budget, chunked', async () => {
    const fx = FakeExcel.withSheets(syntheticWorkbook(20000, 100).map((g) => ({ name: g.name, values: g.values })));
    const wb = adapter(fx, 1_000_000);
    const outcome = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
    const start = fx.roundTrips;
    await writeOutcome(wb, outcome, 'addin');
    const sizes = fx.requestSizes.slice(start);
    expect(Math.max(...sizes)).toBeLessThan(1_500_000);
    expect(sizes.length).toBeLessThan(120);
    // Every one of the 20 000 people has a numbered row of the result table.
    expect(fx.values('KQ cá nhân').filter((r) => typeof r[0] === 'number')).toHaveLength(20000);
  });

  test('a chunk Excel refuses as too large is halved and retried', async () => {
    const fx = FakeExcel.withSheets(syntheticWorkbook(20000, 100).map((g) => ({ name: g.name, values: g.values })));
    const wb = adapter(fx, 50_000_000);
    const outcome = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
    await writeOutcome(wb, outcome, 'addin');
    expect(fx.values('KQ cá nhân').length).toBe(20003);
  });

  test('text that starts with = is written as text, not as a formula', async () => {
    const fx = FakeExcel.withSheets([{ name: 'Cán bộ', values: [['Họ và tên', 'Chức vụ', 'Đơn vị', 'Xếp loại'], ['Nguyễn Văn An', '=1+1', 'Phòng A', 'HTTNV']] }]);
    const wb = adapter(fx);
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'addin');
    const list = fx.values('DS đề nghị LĐTT');
    expect(list[3][2]).toBe('=1+1');
  });

  test('a failure in the middle of writing leaves the workbook as it was', async () => {
    const fx = await sampleFake();
    const wb = adapter(fx);
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'addin');
    const before = fx.snapshot();
    const outcome = await reviewWorkbook(wb, { reviewDate: '2014-12-21' });
    const failAt = fx.roundTrips + 3;
    fx.failSync = (n) => (n === failAt ? Object.assign(new Error('network'), { code: 'GeneralException' }) : undefined);
    await expect(writeOutcome(wb, outcome, 'addin')).rejects.toMatchObject({ code: 'GeneralException' });
    expect(fx.snapshot()).toBe(before);
  });

  test('results replace only the add-in’s own sheets; a clerk sheet of the same name stays', async () => {
    const fx = await sampleFake();
    fx.sheets.push({ name: 'KQ tập thể', visibility: 'Visible', cells: new Map([['0,0', { v: 'của văn thư' }]]), merges: [], widths: new Map() });
    const wb = adapter(fx);
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'addin');
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'addin');
    expect(fx.values('KQ tập thể')).toEqual([['của văn thư']]);
    expect(fx.sheets.filter((s) => s.name.startsWith('KQ cá nhân')).map((s) => s.name)).toEqual(['KQ cá nhân']);
    expect(fx.sheets.filter((s) => s.name.startsWith('KQ tập thể')).map((s) => s.name)).toEqual(['KQ tập thể', 'KQ tập thể (2)']);
    expect(fx.sheets.some((s) => s.name.startsWith('~bx'))).toBe(false);
  });

  test('settings are saved in a very hidden sheet and read back', async () => {
    const fx = await sampleFake();
    const wb = adapter(fx);
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20', preset: 'vn-2024', params: { 'LDTT.leave.fromDays': 30 } }), 'addin');
    expect(fx.sheet('BinhXet_CaiDat')!.visibility).toBe('VeryHidden');
    const s = await wb.getSettings();
    expect(s).toEqual(expect.objectContaining({ preset: 'vn-2024', reviewDate: '2014-12-20', params: { 'LDTT.leave.fromDays': 30 } }));
    expect(s!.ownedSheets).toContain('KQ cá nhân');
  });

  test('page setup where ExcelApi 1.9 exists; skipped with a note where not', async () => {
    const fx = await sampleFake();
    const wb = adapter(fx);
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'addin');
    expect(fx.sheet('DS đề nghị LĐTT')!.page).toEqual(expect.objectContaining({ paperSize: 'A4', orientation: 'Landscape', printTitleRows: '$3:$3', centerFooter: 'Trang &P/&N' }));
    expect(fx.sheet('KQ cá nhân')!.autoFilter).toMatch(/^A3:[A-Z]+108$/);
    const old = await sampleFake();
    old.pageLayout = false;
    old.mergedAreas = false;
    const wbOld = adapter(old);
    const report = await writeOutcome(wbOld, await reviewWorkbook(wbOld, { reviewDate: '2014-12-20' }), 'addin');
    expect(report.notes).toContainEqual({ code: 'page-setup-unsupported', sheet: 'DS đề nghị LĐTT' });
    expect(old.sheet('DS đề nghị LĐTT')!.page).toBeUndefined();
    expect(old.sheet('KQ cá nhân')!.autoFilter).toBeUndefined();
  });

  test('print-ready sheets through Excel: row heights, the scale instead of fit-to-width, the breaks that keep the signature, the print area of the basis', async () => {
    const fx = await sampleFake();
    const wb = adapter(fx);
    const outcome = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
    await writeOutcome(wb, outcome, 'addin');
    const spec = outcome.sheets.find((s) => s.name === 'Mẫu DS LĐTT')!;
    const list = fx.sheet('Mẫu DS LĐTT')!;
    expect(list.page).toEqual(expect.objectContaining({ zoom: { scale: spec.print!.scale } }));
    expect(spec.print!.rowBreaks!.length).toBeGreaterThan(0);
    expect(list.pageBreaks).toEqual(spec.print!.rowBreaks);
    expect(spec.heights).toHaveLength(spec.rows.length);
    spec.heights!.forEach((h, r) => expect(list.heights!.get(r)).toBe(h));
    // Column widths in points: 7 pixels (5.25 pt) per unit of Calibri 11's digit.
    expect(list.widths.get(1)).toBeCloseTo(spec.widths[1] * 5.25);
    const basis = outcome.sheets.find((s) => s.name === 'Căn cứ bình xét')!;
    expect(fx.sheet('Căn cứ bình xét')!.page).toEqual(expect.objectContaining({ printArea: basis.print!.area, orientation: 'Portrait' }));
    // Without ExcelApi 1.9 the heights are still set (ExcelApi 1.1); the page setup and breaks are not.
    const old = await sampleFake();
    old.pageLayout = false;
    old.mergedAreas = false;
    const wbOld = adapter(old);
    await writeOutcome(wbOld, await reviewWorkbook(wbOld, { reviewDate: '2014-12-20' }), 'addin');
    expect(old.sheet('Mẫu DS LĐTT')!.heights!.size).toBe(spec.rows.length);
    expect(old.sheet('Mẫu DS LĐTT')!.pageBreaks).toBeUndefined();
  });

  test('an empty workbook has no settings', async () => {
    const fx = new FakeExcel();
    expect(await adapter(fx).getSettings()).toBeNull();
    expect(emptySettings().ownedSheets).toEqual([]);
  });
});
