import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { OfficeMockObject } from 'office-addin-mock';
import { OfficeWorkbook } from '../../src/workbook/office';
import { activateInExcel, watchEdits } from '../../src/workbook/office-navigation';
import { reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { emptySettings } from '../../src/domain/settings';
import { FakeExcel, installExcelGlobals } from '../fakes/fake-excel';
import { syntheticWorkbook } from '../../bench/synthetic';
import { denseValues, heightRuns, numberFormatRects, sheetWidth, stylePropRects, styleRects, utf8Length, valueBlocks, widthRuns } from '../../src/workbook/office-plan';
import type { SheetSpec } from '../../src/sheets/grid';

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
            sheet: {
              activated: false,
              selected: '',
              activate: function () {
                (this as { activated: boolean }).activated = true;
              },
            },
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

  test('reading 100 people takes four round trips: settings, sheets, sizes, values', async () => {
    const fx = FakeExcel.withSheets(syntheticWorkbook(100, 10).map((g) => ({ name: g.name, values: g.values })));
    await reviewWorkbook(adapter(fx, 4_000_000), { reviewDate: '2014-12-20' });
    expect(fx.roundTrips).toBe(4);
  });

  test('reading 20 000 people: row blocks whose answers stay under the budget, every row read once', async () => {
    const grids = syntheticWorkbook(20000, 10);
    const fx = FakeExcel.withSheets(grids.map((g) => ({ name: g.name, values: g.values })));
    const read = await adapter(fx, 1_000_000).read(grids.map((g) => g.name));
    expect(read.map((g) => g.values.length)).toEqual(grids.map((g) => g.values.length));
    expect(read[0].values[12345]).toEqual(grids[0].values[12345]);
    // The staff sheet is about 3.2 MB as JSON: four blocks or so at 1 MB, each answer under it.
    expect(Math.max(...fx.responseSizes)).toBeLessThan(1_000_000);
    expect(fx.roundTrips).toBeLessThanOrEqual(7);
  });

  test('a sheet over 5 MB is read in several answers, none over Excel on the web’s limit', async () => {
    // 20 000 rows of long Vietnamese text: about 9 MB as JSON, over the 5 MB answer limit in one piece.
    const note = 'Hoàn thành xuất sắc nhiệm vụ, có sáng kiến cấp cơ sở được công nhận';
    const values = [['Họ và tên', 'Đơn vị', 'Xếp loại', 'Ghi chú', 'Ghi chú 2', 'Ghi chú 3']];
    for (let i = 0; i < 20000; i++) values.push([`Nguyễn Văn ${i}`, 'Phòng Quản lý Khoa học', 'HTTNV', note, note, note]);
    const fx = FakeExcel.withSheets([{ name: 'Cán bộ', values }]);
    const [grid] = await adapter(fx, 4_000_000).read(['Cán bộ']);
    expect(grid.values).toHaveLength(20001);
    expect(grid.values[20000][0]).toBe('Nguyễn Văn 19999');
    expect(fx.responseSizes.reduce((a, b) => a + b, 0)).toBeGreaterThan(5 * 1024 * 1024);
    // Every answer that reached the add-in was under the limit (a first guess Excel refused is asked again).
    expect(Math.max(...fx.responseSizes.filter((b) => b <= 5 * 1024 * 1024))).toBeGreaterThan(0);
    expect(fx.refusedAnswers).toBeLessThanOrEqual(1);
    expect(fx.roundTrips).toBeLessThanOrEqual(6);
  });

  test('an answer Excel refuses as too large is asked again in smaller blocks', async () => {
    const note = 'x'.repeat(400);
    const values = [['Họ và tên', 'Ghi chú']];
    for (let i = 0; i < 20000; i++) values.push([`Người ${i}`, note]);
    const fx = FakeExcel.withSheets([{ name: 'Cán bộ', values }]);
    // A 50 MB budget: the first guess asks for everything at once, about 8 MB; Excel refuses it.
    const [grid] = await adapter(fx, 50_000_000).read(['Cán bộ']);
    expect(grid.values).toHaveLength(20001);
    expect(fx.responseSizes.some((b) => b > 5 * 1024 * 1024)).toBe(true);
  });

  test('writing 20 000 people: packed requests under the budget, formats as a few ranges', async () => {
    const fx = FakeExcel.withSheets(syntheticWorkbook(20000, 100).map((g) => ({ name: g.name, values: g.values })));
    const wb = adapter(fx, 1_000_000);
    const outcome = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
    const start = fx.roundTrips;
    await writeOutcome(wb, outcome, 'addin');
    const sizes = fx.requestSizes.slice(start);
    expect(Math.max(...sizes)).toBeLessThan(1_000_000);
    // Everything written is about 20 MB of values: about 20 requests at 1 MB, not one per cell format.
    const values = outcome.sheets.reduce((n, spec) => n + Buffer.byteLength(JSON.stringify(denseValues(spec, sheetWidth(spec))), 'utf8'), 0);
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(values * 1.2);
    // The values fill the requests; the calls besides them (a number format, a style property,
    // a run of equal row heights, a page break, a merge: about 300 bytes each in a real request)
    // are packed with them. Before, a number format went for every cell: twice the requests.
    const calls = outcome.sheets.reduce(
      (n, spec) =>
        n +
        numberFormatRects(spec, sheetWidth(spec)).length +
        stylePropRects(spec, sheetWidth(spec)).length +
        heightRuns(spec.heights ?? []).length +
        (spec.print?.rowBreaks?.length ?? 0) +
        spec.merges.length,
      0,
    );
    expect(sizes.length).toBeLessThan((values + calls * 300) / 1_000_000 + outcome.sheets.length / 4 + 3);
    // Every one of the 20 000 people has a numbered row of the result table.
    expect(fx.values('KQ cá nhân').filter((r) => typeof r[0] === 'number')).toHaveLength(20000);
    // A date column keeps its format down to the last row; a number column its own.
    const kq = fx.sheet('KQ cá nhân')!;
    const formats = new Set([...kq.cells.values()].map((c) => c.fmt).filter(Boolean));
    expect(formats.has('@')).toBe(false);
  });

  test('a request Excel refuses as too large is halved and retried', async () => {
    const fx = FakeExcel.withSheets(syntheticWorkbook(20000, 100).map((g) => ({ name: g.name, values: g.values })));
    const wb = adapter(fx, 50_000_000);
    const outcome = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
    await writeOutcome(wb, outcome, 'addin');
    expect(fx.values('KQ cá nhân').length).toBe(20003);
  });

  test('text that starts with = is written as text, not as a formula', async () => {
    const fx = FakeExcel.withSheets([
      {
        name: 'Cán bộ',
        values: [
          ['Họ và tên', 'Chức vụ', 'Đơn vị', 'Xếp loại'],
          ['Nguyễn Văn An', '=1+1', 'Phòng A', 'HTTNV'],
        ],
      },
    ]);
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

describe('the write plan: formats and styles as ranges', () => {
  const spec = (rows: (string | number | null)[][], style?: 'cell' | 'date'): SheetSpec => ({
    name: 'x',
    rows: rows.map((r) => r.map((v) => ({ v, ...(style ? { s: style } : {}) }))),
    widths: [10, 10, 12],
    merges: [],
  });

  test('a text column with "=1+1" and "- ghi chú" in it is one text range; numbers never go into it', () => {
    const s = spec([
      ['Họ tên', 'Ghi chú', 1],
      ['An', '=1+1', 2],
      ['Bình', 'thường', 3],
      ['Chi', '- ghi chú', 4],
      ['Dũng', null, 5],
    ]);
    expect(numberFormatRects(s, 3)).toEqual([{ rect: { top: 1, left: 1, rows: 3, cols: 1 }, value: '@' }]);
  });

  test('a date column is one range from its first to its last date, whatever the blanks', () => {
    const s = spec(
      [
        [40000, 40001, null],
        [null, 40002, null],
        [40003, 40004, null],
      ],
      'date',
    );
    s.rows.forEach((r) => delete r[2].s);
    expect(numberFormatRects(s, 3)).toEqual([{ rect: { top: 0, left: 0, rows: 3, cols: 2 }, value: 'dd/mm/yyyy' }]);
  });

  test('styles of neighbouring columns with the same rows become one range', () => {
    const s = spec(
      [
        ['a', 'b', 'c'],
        ['d', 'e', 'f'],
      ],
      'cell',
    );
    expect(styleRects(s, 3)).toEqual([{ rect: { top: 0, left: 0, rows: 2, cols: 3 }, value: 'cell' }]);
    expect(widthRuns([10, 10, 12])).toEqual([
      { left: 0, cols: 2, width: 10 },
      { left: 2, cols: 1, width: 12 },
    ]);
  });

  test('value blocks stay under their budget in UTF-8 bytes', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`Nguyễn Thị Ánh ${i}`, i]);
    const blocks = valueBlocks(rows, 2000);
    expect(blocks.reduce((n, b) => n + b.count, 0)).toBe(1000);
    for (const b of blocks) {
      expect(b.bytes).toBeLessThanOrEqual(2000);
      expect(Buffer.byteLength(JSON.stringify(rows.slice(b.start, b.start + b.count)), 'utf8')).toBe(b.bytes);
    }
    expect(utf8Length('Ánh 😀')).toBe(Buffer.byteLength('Ánh 😀', 'utf8'));
  });
});

describe('the clerk editing cells while the pane is open', () => {
  /** A run whose worksheets collection takes one onChanged handler, as ExcelApi 1.9 does. */
  function excelWithEvents() {
    const handlers: ((e: { triggerSource?: string }) => Promise<void>)[] = [];
    let removed = 0;
    const ctx = {
      workbook: {
        worksheets: {
          onChanged: {
            add: (h: (e: { triggerSource?: string }) => Promise<void>) => {
              handlers.push(h);
              return { context: ctx, remove: () => removed++ };
            },
          },
        },
      },
      sync: async () => undefined,
    };
    (globalThis as { Excel?: unknown }).Excel = { ...(globalThis as { Excel?: object }).Excel, run: async (_c: unknown, b: (c: unknown) => Promise<unknown>) => b(ctx) };
    const run = (async (b: (c: Excel.RequestContext) => Promise<unknown>) => b(ctx as unknown as Excel.RequestContext)) as unknown as Parameters<typeof watchEdits>[0];
    return { run, fire: (e: { triggerSource?: string }) => Promise.all(handlers.map((h) => h(e))), removed: () => removed };
  }

  test('an edit by the clerk is told to the pane; the add-in’s own writes are not; the watch stops', async () => {
    const x = excelWithEvents();
    let edits = 0;
    const stop = watchEdits(
      x.run,
      () => true,
      () => edits++,
    );
    await new Promise((r) => setImmediate(r));
    await x.fire({ triggerSource: 'ThisLocalAddin' });
    expect(edits).toBe(0);
    await x.fire({ triggerSource: 'Local' });
    await x.fire({});
    expect(edits).toBe(2);
    stop();
    await new Promise((r) => setImmediate(r));
    expect(x.removed()).toBe(1);
    installExcelGlobals();
  });

  test('without ExcelApi 1.9 nothing is watched', () => {
    const x = excelWithEvents();
    const stop = watchEdits(
      x.run,
      () => false,
      () => undefined,
    );
    stop();
    expect(x.removed()).toBe(0);
    installExcelGlobals();
  });
});
