/**
 * The command line on crafted packages (test/helpers/crafted-packages.ts): hostile, broken
 * or unusual .xlsx files. Each ends as its case says: a review (exit 0) whose copy opens
 * and keeps the clerk's parts byte for byte, or a Vietnamese sentence naming the file and
 * the part (exit 2, nothing written, no temporary file left). Memory is measured in the
 * bench (npm run bench), not here.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { CASES, WORKBOOK_TYPE, type CraftedCase } from '../helpers/crafted-packages';
import { runCli } from '../helpers/cli';
import { ZipReader } from '../../src/ooxml/zip';
import { readXlsxGrids, XlsxWorkbook } from '../../src/workbook/xlsx';

const dir = mkdtempSync(join(tmpdir(), 'binh-xet-crafted-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Parts the package editor rewrites; every other part of the input must come out as it went in. */
const EDITED = new Set(['[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docprops/core.xml']);
const RESULT_SHEETS = ['Chỉ tiêu - Kết quả', 'KQ cá nhân', 'Căn cứ bình xét'];
const hasUnzip = spawnSync('unzip', ['-v'], { encoding: 'utf8' }).status === 0;

async function checkCopy(c: CraftedCase, input: Uint8Array, output: Uint8Array): Promise<void> {
  const inZip = ZipReader.open(input);
  const outZip = ZipReader.open(output);
  const inPlace = c.id !== 'strict';
  // The settings sheet (in any case) is the add-in's: replaced at the end, not the clerk's.
  const isSettings = (n: string) => n.toLowerCase() === 'binhxet_caidat';
  const inSheets = inPlace ? (await (await XlsxWorkbook.open(input)).sheets()).map((s) => s.name).filter((n) => !isSettings(n)) : [];
  const outSheets = (await (await XlsxWorkbook.open(output)).sheets()).map((s) => s.name);
  // The clerk's sheets first, in their order; then the results.
  expect(outSheets.slice(0, inSheets.length)).toEqual(inSheets);
  for (const s of RESULT_SHEETS) expect(outSheets).toContain(s);
  if (inPlace) {
    const changed = inZip.names().filter((name) => {
      if (EDITED.has(name.toLowerCase())) return false;
      // The old settings sheet's part goes with it.
      if (c.id === 'settings-sheet-upper-case' && name === 'xl/worksheets/sheet2.xml') return false;
      const a = inZip.entry(name)!;
      const b = outZip.entry(name);
      return !b || b.method !== a.method || b.crc !== a.crc || b.size !== a.size || Buffer.compare(Buffer.from(inZip.raw(a)), Buffer.from(outZip.raw(b))) !== 0;
    });
    expect(changed).toEqual([]);
  }
  for (const k of c.kept ?? []) expect(outZip.entry(k)).toBeDefined();
  if (c.check === 'zip64') {
    // 70 000 parts: a ZIP64 end record, and an independent unzip agrees.
    const tail = Buffer.from(output.subarray(output.length - 98));
    expect(tail.readUInt32LE(0)).toBe(0x06064b50);
    expect(outZip.names().length).toBeGreaterThan(70000);
  }
  // (unzip cannot test a part compressed with a method it does not know: that one is the clerk's.)
  if (hasUnzip && !c.heavy && c.id !== 'method-unread-part') {
    const file = join(dir, `${c.id}-check.xlsx`);
    writeFileSync(file, output);
    const t = spawnSync('unzip', ['-tqq', file], { encoding: 'utf8' });
    expect(t.stdout + t.stderr).toBe('');
    expect(t.status).toBe(0);
  }
  // ExcelJS, which reads neither prefixed parts nor unknown compression, reads the others.
  if (!c.heavy && !['prefixed-namespaces', 'method-unread-part'].includes(c.id)) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(output as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(RESULT_SHEETS));
  }
}

describe('crafted packages through `binh-xet review`', () => {
  test.each(CASES.map((c) => [c.id, c.what, c] as const))(
    '%s: %s',
    async (_id, _what, c) => {
      const input = join(dir, `${c.id}.xlsx`);
      const bytes = c.build();
      writeFileSync(input, bytes);
      const out = join(dir, `${c.id}-out.xlsx`);
      const json = join(dir, `${c.id}-out.json`);
      // The papers in Word are not what is tested here.
      const r = await runCli(['review', input, '--out', out, '--json', json, '--date', '2014-12-20', '--no-docs']);
      expect({ code: r.code, err: r.code === 0 ? '' : r.err.split('\n')[0] }).toEqual({ code: c.code, err: expect.stringMatching(c.code === 0 ? /^$/ : c.err!) });
      if (c.out) expect(r.out).toMatch(c.out);
      expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
      if (c.code === 2) {
        // One sentence naming the file; nothing written.
        expect(r.err).toContain(`${c.id}.xlsx`);
        expect(r.err.replaceAll(c.id, '')).not.toMatch(/Error|undefined|\bat \w/);
        expect(existsSync(out)).toBe(false);
        return;
      }
      if (c.code !== 0) return;
      await checkCopy(c, bytes, new Uint8Array(readFileSync(out)));
      if (['template-type', 'macro-type-without-macros', 'settings-sheet-upper-case'].includes(c.id) || c.check === 'reread') {
        // The workbook part of every .xlsx written is typed as a workbook (Excel refuses a template's or a macro-enabled type under .xlsx).
        const types = new TextDecoder().decode(ZipReader.open(new Uint8Array(readFileSync(out))).read('[Content_Types].xml'));
        expect(types).toContain(`PartName="/xl/workbook.xml" ContentType="${WORKBOOK_TYPE}"`);
        expect(types).not.toMatch(/template\.main\+xml|macroEnabled/);
      }
      if (c.id === 'settings-sheet-upper-case') {
        // One settings sheet, whatever the case it had.
        const sheets = (await (await XlsxWorkbook.open(new Uint8Array(readFileSync(out)))).sheets()).map((x) => x.name.toLowerCase());
        expect(sheets.filter((n) => n === 'binhxet_caidat')).toHaveLength(1);
      }
      if (c.id === 'deep-workbook') {
        // The clerk's 100 000 levels come out as they went in.
        const wb = new TextDecoder().decode(ZipReader.open(new Uint8Array(readFileSync(out))).read('xl/workbook.xml'));
        expect(wb.split('<d:n>').length - 1).toBe(100000);
        expect(wb).toContain(`<d:n>đáy</d:n>`);
      }
      if (c.id === 'escaped-text') {
        const names = JSON.parse(readFileSync(json, 'utf8')).people.map((p: { name: string }) => p.name);
        expect(names).toEqual(expect.arrayContaining(['Nguyễn Văn An', '_x0041_nh Văn Lan']));
        expect(names).not.toContain('Anh Văn Lan');
      }
      if (c.id === 'stray-cells') {
        const [staff] = await readXlsxGrids(readFileSync(input));
        expect(staff.values.length).toBe(1048576);
        expect(staff.values[4].length).toBe(16384);
        expect(staff.values[4][16383]).toBe('ghi chú lạc');
        expect(staff.values[5].length).toBe(4);
        expect(staff.values[40000]).toEqual([]);
      }
    },
    400_000,
  ); // the heavy cases (30 000 people, 70 000 parts) take minutes on a loaded 2-core machine
});
