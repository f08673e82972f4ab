/**
 * The council's charts (issue 17 §3): the "Biểu đồ" sheet's tables hold the numbers a clerk
 * would count on the result sheets, the .xlsx writer makes them native chart parts that go
 * with their sheet when it is replaced, the Office adapter draws them with Excel's chart API
 * (and says so when it cannot), and LibreOffice renders them with the right series, labels
 * and numbers in Vietnamese.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readXlsxGrids, XlsxWorkbook } from '../../src/workbook/xlsx';
import { ZipReader } from '../../src/ooxml/zip';
import { runReview } from '../../src/pipeline/review';
import { resultSheets } from '../../src/pipeline/documents';
import { sampleSettings } from '../documents/sample';
import { DEFAULT_PLAN } from '../../src/rules/plan';
import { OfficeWorkbook } from '../../src/workbook/office';
import { reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { FakeExcel, installExcelGlobals } from '../fakes/fake-excel';
import { parseRange, type SheetGrid, type SheetSpec } from '../../src/sheets/grid';
import { runCli } from '../helpers/cli';

const FILE = resolve(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx');
/** The sample's plan, loaded as a clerk would (`--plan`): without a plan there are no targets to draw. */
const PLAN = resolve(__dirname, '../../src/rules/plans/ke-hoach-05-KH-KHCN-2014.json');
const soffice = process.env.SOFFICE ?? '/usr/bin/soffice';
const dir = mkdtempSync(join(tmpdir(), 'binh-xet-charts-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(installExcelGlobals);

let grids: SheetGrid[];
beforeAll(async () => {
  grids = await readXlsxGrids(readFileSync(FILE));
});

const chartSheetOf = (sheets: SheetSpec[]) => sheets.find((s) => s.name === 'Biểu đồ')!;
/** The table a chart draws: header and rows as values. */
function table(spec: SheetSpec, a1: string): (string | number | null | boolean)[][] {
  const r = parseRange(a1);
  return spec.rows.slice(r.top, r.bottom + 1).map((row) => Array.from({ length: r.right - r.left + 1 }, (_, i) => row[r.left + i]?.v ?? null));
}

describe('the tables behind the charts', () => {
  test('plan against results, titles by unit, titles over the years: the counts of the review', () => {
    const o = runReview(grids, sampleSettings(), { reviewDate: '2014-12-20' });
    const spec = chartSheetOf(resultSheets(o));
    expect(spec.charts!.map((c) => [c.kind, c.title])).toEqual([
      ['bar', 'Chỉ tiêu kế hoạch và kết quả'],
      ['bar', 'Danh hiệu cá nhân theo đơn vị'],
      ['column', 'Danh hiệu qua các năm'],
    ]);
    const [targets, units, years] = spec.charts!.map((c) => table(spec, c.data));
    // Plan: 20 % and 80 % of the 105 staff reviewed, rounded up (21, 84); 4, 6, 4 and 6 as the plan says.
    const persons = o.result!.persons;
    const awarded = (id: string) => persons.filter((p) => (p.verdicts as Record<string, { status: string }>)[id]?.status === 'awarded').length;
    expect(targets).toEqual([
      ['Chỉ tiêu', 'Kế hoạch', 'Đạt được'],
      ['CBCCVC đạt CSTĐCS (20 %, người)', 21, awarded('CSTDCS')],
      ['CBCCVC đạt LĐTT (80 %, người)', 84, awarded('LDTT')],
      ['Tập thể đạt TTLĐXS (tập thể)', 4, o.result!.units.filter((u) => u.collectiveTitle === 'TTLDXS').length],
      ['Tập thể đạt TTLĐTT (tập thể)', 6, o.result!.units.filter((u) => u.collectiveTitle === 'TTLDTT').length],
      ['Tập thể được tặng Bằng khen (tập thể)', 4, o.result!.units.filter((u) => u.verdicts.BK_TINH?.status === 'awarded').length],
      ['Cá nhân được tặng Bằng khen (người)', 6, awarded('BK_TINH')],
    ]);
    // By unit: the titles someone got, each unit's people counted.
    expect(units[0]).toEqual(['Đơn vị', 'LĐTT', 'CSTĐCS', 'Giấy khen']);
    for (const row of units.slice(1)) {
      const mine = persons.filter((p) => p.person.unit === row[0]);
      expect(row.slice(1)).toEqual(['LDTT', 'CSTDCS', 'GIAY_KHEN'].map((id) => mine.filter((p) => (p.verdicts as Record<string, { status: string }>)[id]?.status === 'awarded').length));
    }
    expect(units.slice(1).reduce((s, r) => s + (r[1] as number), 0)).toBe(awarded('LDTT'));
    // Over the years: the grid's "CSTĐCS 2012" and "CSTĐCS 2013" columns (x marks) and this year's CSTĐCS.
    const staff = grids.find((g) => g.name === 'DS CBCCVC 2014')!;
    const marks = (col: number) => staff.values.filter((r) => typeof r[0] === 'number' && r[col] === 'x').length;
    expect(years).toEqual([
      ['Năm', 'CSTĐCS'],
      ['2012', marks(11)],
      ['2013', marks(12)],
      ['2014', awarded('CSTDCS')],
    ]);
    // Each chart sits on the rows below its table, inside the printed width (columns A–F).
    for (const c of spec.charts!) expect(parseRange(c.anchor).top).toBeGreaterThan(parseRange(c.data).bottom);
    for (const c of spec.charts!) expect(parseRange(c.anchor).right).toBe(5);
  });
});

describe('the .xlsx package', () => {
  test('native chart parts with their drawing, relationships and content types; a second run replaces them, not adds', async () => {
    const first = join(dir, 'kq1.xlsx');
    expect((await runCli(['review', FILE, '--out', first, '--plan', PLAN])).code).toBe(0);
    const zip = ZipReader.open(new Uint8Array(readFileSync(first)));
    const names = zip.names();
    const text = (n: string) => new TextDecoder().decode(zip.read(n));
    const charts = names.filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n));
    expect(charts).toHaveLength(3);
    expect(names.filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
    const types = text('[Content_Types].xml');
    for (const c of charts) expect(types).toContain(`PartName="/${c}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"`);
    const all = charts.map(text).join('\n');
    expect(all).toContain("<c:f>'Biểu đồ'!$B$");
    expect(all).toContain('<c:v>Kế hoạch</c:v>');
    expect(all).toContain('<c:barDir val="bar"/>');
    // Chart caches hold the table's numbers (no decimal point anywhere: counts).
    expect(all).not.toMatch(/<c:v>\d+\.\d+<\/c:v>/);

    const second = join(dir, 'kq2.xlsx');
    expect((await runCli(['review', first, '--out', second])).code).toBe(0);
    const zip2 = ZipReader.open(new Uint8Array(readFileSync(second)));
    expect(zip2.names().filter((n) => /^xl\/charts\//.test(n))).toHaveLength(3);
    expect(zip2.names().filter((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))).toHaveLength(1);
    const types2 = new TextDecoder().decode(zip2.read('[Content_Types].xml'));
    for (const n of zip2.names().filter((x) => /^xl\/(charts|drawings)\/[^/]+\.xml$/.test(x))) expect(types2).toContain(`PartName="/${n}"`);
    expect((types2.match(/drawingml\.chart\+xml/g) ?? []).length).toBe(3);
  });
});

describe('the Office adapter', () => {
  const adapter = (fx: FakeExcel) => new OfficeWorkbook(fx.run, { supports: fx.supports });
  const sample = () => FakeExcel.withSheets(grids.map((g) => ({ name: g.name, values: g.values, merges: g.merges })));

  test("draws each chart with Excel's chart API over the same table", async () => {
    const fx = sample();
    const port = adapter(fx);
    const o = await reviewWorkbook(port, { reviewDate: '2014-12-20', plan: DEFAULT_PLAN });
    const report = await writeOutcome(port, o, 'addin');
    expect(report.notes.filter((n) => n.code === 'charts-unsupported')).toEqual([]);
    const spec = chartSheetOf(resultSheets(o));
    const sheet = fx.sheet('Biểu đồ')!;
    expect(sheet.charts!.map((c) => ({ type: c.type, source: c.source, title: c.title, position: c.position?.join(':'), legend: c.legend, showValue: c.showValue }))).toEqual(
      spec.charts!.map((c) => ({ type: c.kind === 'bar' ? 'BarClustered' : 'ColumnClustered', source: c.data, title: c.title, position: c.anchor, legend: 'Bottom', showValue: true })),
    );
    expect(sheet.charts!.filter((c) => c.type === 'BarClustered').every((c) => c.reversePlotOrder)).toBe(true);
    // The table the chart reads is on the sheet, as written.
    const [t0] = spec.charts!;
    const r = parseRange(t0.data);
    expect(fx.values('Biểu đồ')[r.top + 1][1]).toBe(21);
  });

  test('an Excel without the chart API: the tables are written and the clerk is told', async () => {
    const fx = sample();
    fx.chartApi = false;
    const port = adapter(fx);
    const o = await reviewWorkbook(port, { reviewDate: '2014-12-20', plan: DEFAULT_PLAN });
    const report = await writeOutcome(port, o, 'addin');
    expect(report.notes).toContainEqual({ code: 'charts-unsupported', sheet: 'Biểu đồ' });
    expect(fx.sheet('Biểu đồ')!.charts).toBeUndefined();
    expect(fx.values('Biểu đồ').flat()).toContain('Kế hoạch');
  });
});

(existsSync(soffice) ? describe : describe.skip)('rendered by LibreOffice', () => {
  test('each chart prints on its A4 page with its title, series, categories and numbers in Vietnamese', async () => {
    const o = runReview(grids, sampleSettings(), { reviewDate: '2014-12-20' });
    const spec = chartSheetOf(resultSheets(o));
    const wb = await XlsxWorkbook.create();
    await wb.write([spec], o.settings, { replace: [] });
    const file = join(dir, 'bieu-do.xlsx');
    writeFileSync(file, await wb.save());
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    try {
      execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { stdio: 'pipe', timeout: 180_000 });
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    const pdf = join(dir, 'bieu-do.pdf');
    const info = execFileSync('pdfinfo', [pdf]).toString();
    // A4 portrait (595 × 842 points), one page per chart.
    expect(info).toMatch(/Page size:\s+595\.\d* x 841\.\d*|Page size:\s+595 x 842/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(3);
    const page = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', pdf, '-']).toString();
    const [p1, p2, p3] = [page(1), page(2), page(3)];
    // The chart's title twice (the table's heading and the chart's own), its legend, its categories and labels.
    expect(p1.match(/Chỉ tiêu kế hoạch và kết quả/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p1.match(/Kế hoạch/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p1.match(/Đạt được/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p1.match(/CBCCVC đạt LĐTT \(80 %, người\)/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p1).toMatch(/\b84\b[\s\S]*\b84\b/);
    expect(p2.match(/Danh hiệu cá nhân theo đơn vị/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p2.match(/Giấy khen/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p3.match(/Danh hiệu qua các năm/g)!.length).toBeGreaterThanOrEqual(2);
    expect(p3).toMatch(/2012[\s\S]*2013[\s\S]*2014/);
    // No decimal point anywhere (counts; a share in a label has its comma).
    expect(`${p1}${p2}${p3}`).not.toMatch(/\d\.\d/);
  });
});
