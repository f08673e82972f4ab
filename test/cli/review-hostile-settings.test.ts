/**
 * The settings sheet is input like any other: hand-edited, damaged, or copied from another
 * workbook, it must never stop a review with a TypeError nor cost the clerk a sheet. Each
 * case below is a workbook a clerk could have; each must give the review of the sample (105
 * people, 10 units: the figures of review-sample.test.ts) and say what was left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StoredSettings } from '../../src/domain/settings';
import type { SheetSpec } from '../../src/sheets/grid';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { escapeXml } from '../../src/workbook/sheet-xml';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fixture, runCli, sheetsOf, tempDir } from '../helpers/cli';

const SAMPLE = 'so-khcn-bac-giang-2014.xlsx';
const READ_LINE = 'Đã đọc: 105 người (trang "DS CBCCVC 2014"), 10 đơn vị (trang "Đơn vị")';

/** The sample with extra sheets and the settings sheet holding `settings` (any shape, as JSON). */
async function crafted(settings: unknown, extra: SheetSpec[] = []): Promise<string> {
  const wb = await XlsxWorkbook.open(readFileSync(fixture(SAMPLE)));
  // Extra sheets are written as forms handed over (so never listed as the add-in's), then the settings forced.
  await wb.write(
    extra.map((s) => ({ ...s, handOver: true })),
    settings as StoredSettings,
    { replace: [] },
  );
  const file = join(tempDir(), 'so.xlsx');
  writeFileSync(file, await wb.save());
  return file;
}

/** The sample whose settings sheet holds `text` in A2 instead of the JSON the add-in writes. */
async function withSettingsText(text: string): Promise<string> {
  const wb = await XlsxWorkbook.open(readFileSync(fixture(SAMPLE)));
  await wb.write([], { version: 1, ownedSheets: [], agency: { name: 'THAY-THẾ' } }, { replace: [] });
  const parts = unzipSync(await wb.save());
  const [part] = Object.keys(parts).filter((n) => /^xl\/worksheets\/.*\.xml$/.test(n) && strFromU8(parts[n]).includes('THAY-THẾ'));
  parts[part] = strToU8(strFromU8(parts[part]).replace(/(<c r="A2"[^>]*><is><t[^>]*>)[^<]*(<\/t>)/, (_, a: string, b: string) => a + escapeXml(text) + b));
  const file = join(tempDir(), 'so.xlsx');
  writeFileSync(file, zipSync(parts));
  return file;
}

async function review(file: string) {
  const out = join(tempDir(), 'kq.xlsx');
  const json = join(tempDir(), 'kq.json');
  const r = await runCli(['review', file, '--out', out, '--json', json]);
  return { ...r, file: out, json: r.code === 0 ? (JSON.parse(readFileSync(json, 'utf8')) as { issues: { code: string; sheet?: string; message: string }[] }) : null };
}

const note: SheetSpec = { name: 'constructor', rows: [[{ v: 'Ghi chú của văn thư' }]], widths: [], merges: [] };

describe('settings that are not what the add-in wrote', () => {
  test('a sheet named "constructor" (and "__proto__", "toString") beside plain settings', async () => {
    const file = await crafted({ version: 1, ownedSheets: [], mapping: {} }, [note, { ...note, name: '__proto__' }, { ...note, name: 'toString' }]);
    const r = await review(file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(READ_LINE);
    expect((await sheetsOf(r.file)).map((s) => s.name)).toEqual(expect.arrayContaining(['constructor', '__proto__', 'toString']));
  });

  test('a mapping for "constructor" is the clerk\'s like any other; malformed mappings are each left out with a sentence naming the sheet', async () => {
    const file = await crafted(
      {
        version: 1,
        ownedSheets: [],
        mapping: {
          constructor: { role: 'ignore', columns: {} },
          'DS CBCCVC 2014': { role: 'staff', columns: 'B' },
          'Đơn vị': null,
          'Lịch sử': { role: 'boss', columns: {} },
          Khác: { role: 'units', headerRow: -3, columns: { unitName: 'ZZZZ' } },
        },
      },
      [note],
    );
    const r = await review(file);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(READ_LINE);
    const bad = r.json!.issues.filter((i) => i.code === 'settings-bad-mapping');
    expect(bad.map((i) => i.message)).toEqual(['DS CBCCVC 2014', 'Đơn vị', 'Lịch sử', 'Khác'].map((sheet) => expect.stringContaining(`cách đọc cột của trang "${sheet}" không hợp lệ`)));
  });

  test('--map beside a sheet named "constructor", and on it: only sheets, the choices saved like any other', async () => {
    const file = await crafted({ version: 1, ownedSheets: [] }, [note]);
    for (const map of ['staff=DS CBCCVC 2014', 'ignore=constructor']) {
      const out = join(tempDir(), 'kq.xlsx');
      const r = await runCli(['review', file, '--out', out, '--map', map]);
      expect({ map, err: r.err, code: r.code }).toEqual({ map, err: '', code: 0 });
      expect(r.out.split('\n')).toContain(READ_LINE);
      const saved = (await (await XlsxWorkbook.open(readFileSync(out))).getSettings())!.mapping!;
      expect(Object.keys(saved)).toEqual([map.split('=')[1]]);
    }
  });

  test("settings that name the clerk's staff list as the add-in's own: it is read, kept in the copy, and the clerk is told", async () => {
    const file = await crafted({ version: 1, ownedSheets: ['DS CBCCVC 2014', 'Đơn vị', 'KQ cá nhân'] });
    const r = await review(file);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(READ_LINE);
    const foreign = r.json!.issues.filter((i) => i.code === 'settings-foreign-sheet');
    expect(foreign.map((i) => i.sheet)).toEqual(['DS CBCCVC 2014', 'Đơn vị']);
    expect(foreign[0].message).toBe(
      "Trang 'DS CBCCVC 2014': cài đặt (trang ẩn BinhXet_CaiDat) ghi trang này là trang kết quả của phần bổ trợ, nhưng phần bổ trợ không bao giờ đặt tên trang như vậy: trang được giữ nguyên, đọc như dữ liệu của đơn vị và không bị thay thế",
    );
    const input = (await sheetsOf(fixture(SAMPLE))).find((s) => s.name === 'DS CBCCVC 2014')!;
    const copy = (await sheetsOf(r.file)).find((s) => s.name === 'DS CBCCVC 2014')!;
    expect(copy.values).toEqual(input.values);
  });

  test('settings of the wrong types everywhere: each part left out, the rest used', async () => {
    const file = await crafted({
      version: 1,
      ownedSheets: [5, 'KQ cá nhân'],
      preset: 7,
      params: { 'LDTT.leave.fromDays': { n: 40 }, 'CSTDCS.cap.share': 0.15 },
      targets: [{ id: 'x' }, null],
      agency: 'Sở',
      phase: 'autumn',
      lang: 'fr',
      lastRun: 'hôm qua',
      plan: 'kế hoạch 05',
    });
    const r = await review(file);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(READ_LINE);
    expect(r.json!.issues.filter((i) => i.code === 'settings-unreadable').map((i) => /phần "([^"]+)"/.exec(i.message)![1])).toEqual([
      'ownedSheets',
      'params.LDTT.leave.fromDays',
      'targets',
      'targets',
      'agency',
      'preset',
      'phase',
      'lang',
      'lastRun',
      'plan',
    ]);
  });

  test('a settings sheet whose text is not JSON: reviewed as without settings, and said so', async () => {
    const file = await withSettingsText('{"version": 1, "ownedSheets": [');
    const r = await review(file);
    expect(r.code).toBe(0);
    expect(r.out.split('\n')).toContain(READ_LINE);
    expect(r.json!.issues.filter((i) => i.code === 'settings-unreadable').map((i) => i.message)).toEqual([
      'Cài đặt lưu trong sổ (trang ẩn BinhXet_CaiDat) có phần "*" không đọc được ({"version": 1, "ownedSheets": [): phần đó bị bỏ qua, các cài đặt khác vẫn được dùng; chọn lại trong ngăn Bình xét nếu cần',
    ]);
  });
});
