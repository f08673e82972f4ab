/**
 * No formula from a CSV, ever (issue 20, item 3). The same staff list, each person's note a
 * text a spreadsheet would take for a formula (=HYPERLINK, =WEBSERVICE, =cmd|, @SUM, +, -,
 * a tab or a CR before "="), through a CSV (UTF-8 with ";", Excel's UTF-16 "Unicode Text"
 * with tabs, Windows-1258), an .ods, an .xls and an .xlsx: in the copy the clerk gets, each
 * note is the same text and no formula; the clerk's own formula (F2 of the .ods, .xls and
 * .xlsx) stays a formula; the JSON names every person as typed. A CSV is read without
 * LibreOffice (BINH_XET_SOFFICE="" in these runs), quotes and separators inside quotes kept.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INJECTION_PEOPLE, INJECTIONS, injectionCsv, injectionOds, injectionUnicodeText, injectionXlsx } from '../helpers/crafted-packages';
import { runCli, tempDir } from '../helpers/cli';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { csvEncoding, readCsv } from '../../src/workbook/csv';

jest.setTimeout(180_000);
const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;

async function review(file: string, env: Record<string, string> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    const out = file.replace(/\.[^.]+$/, '') + '-ket-qua.xlsx';
    const json = `${file}.json`;
    const r = await runCli(['review', file, '--out', out, '--json', json, '--date', '2014-12-20']);
    return { ...r, outFile: out, json };
  } finally {
    process.env = saved;
  }
}

/** The clerk's sheet of the copy (the first), its notes column and the cells that are formulas. */
async function notesOf(out: string) {
  const [sheet] = await readXlsxGrids(readFileSync(out));
  const header = sheet.values[0] as unknown[];
  const col = header.indexOf('Ghi chú');
  return { notes: sheet.values.slice(1, 1 + INJECTIONS.length).map((r) => r[col]), formulas: sheet.formulaCells ?? [] };
}

const names = (json: string) => JSON.parse(readFileSync(json, 'utf8')).people.map((p: { name: string }) => p.name);
/** Every person, as typed: no "#N/A", no result of a formula. */
const PEOPLE = INJECTION_PEOPLE;

describe('through a CSV, read as text by papaparse (no LibreOffice)', () => {
  const none = { BINH_XET_SOFFICE: '' };

  test('UTF-8 with ";": every note the same text, no formula anywhere in the clerk\'s sheet, units with a quoted ";" kept whole', async () => {
    const dir = tempDir();
    const file = join(dir, 'ds.csv');
    writeFileSync(file, injectionCsv());
    const r = await review(file, none);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Tệp "${file}" là tệp văn bản phân cách (UTF-8, phân cách ";"): đọc mọi ô như chữ, không ô nào thành công thức, thành trang "ds"`);
    const { notes, formulas } = await notesOf(r.outFile);
    expect(notes).toEqual([...INJECTIONS]);
    expect(formulas).toEqual([]);
    expect(names(r.json)).toEqual(PEOPLE);
    const units = JSON.parse(readFileSync(r.json, 'utf8')).people.map((p: { unit: string }) => p.unit);
    expect(new Set(units)).toEqual(new Set(['Văn phòng', 'Phòng; Tổng hợp']));
    // No formula anywhere in the package's worksheets either (not only in the sheet read back).
    const raw = execFileSync('unzip', ['-p', join(dir, 'ds-ket-qua.xlsx'), 'xl/worksheets/*.xml']).toString();
    expect(raw).not.toMatch(/<f[ >]/);
  });

  test('Excel\'s "Unicode Text" (UTF-16 LE, tabs) is told apart and read the same', async () => {
    const dir = tempDir();
    const file = join(dir, 'ds-unicode.txt');
    writeFileSync(file, injectionUnicodeText());
    const r = await review(file, none);
    expect(r.code).toBe(0);
    expect(r.out).toContain('(Unicode UTF-16, như Excel lưu "Unicode Text", phân cách "Tab")');
    const { notes, formulas } = await notesOf(r.outFile);
    expect(notes).toEqual([...INJECTIONS]);
    expect(formulas).toEqual([]);
    expect(names(r.json)).toEqual(PEOPLE);
  });

  test('the encodings are told apart by their bytes', () => {
    const text = 'Họ và tên;Đơn vị\r\nNguyễn Văn An;Văn phòng\r\n';
    expect(csvEncoding(new Uint8Array(Buffer.from(text)))).toBe('utf-8');
    expect(csvEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]))).toBe('utf-8');
    expect(csvEncoding(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toBe('utf-16le');
    // UTF-16 without its mark: the zero high bytes of the Latin letters tell it.
    expect(csvEncoding(new Uint8Array(Buffer.from(text, 'utf16le')))).toBe('utf-16le');
    expect(csvEncoding(new Uint8Array(Buffer.from(text, 'utf16le').swap16()))).toBe('utf-16be');
    // "Đơn vị" in code page 1258: Đ = 0xD0, ơ = 0xF5, ị = i + combining dot (0xF2): not UTF-8.
    expect(csvEncoding(new Uint8Array([0xd0, 0xf5, 0x6e, 0x20, 0x76, 0x69, 0xf2, 0x3b, 0x61, 0x0d, 0x0a]))).toBe('windows-1258');
  });

  test('quotes: a separator, a quote and a line break inside a quoted cell stay in that cell', () => {
    const csv = 'STT,Họ và tên,Ghi chú\r\n1,"Nguyễn Văn An","nói ""được"", rồi\r\nxuống dòng"\r\n2,Trần Thị Bình,\r\n';
    const r = readCsv(new Uint8Array(Buffer.from(csv)), 'ds.csv');
    expect(r.delimiter).toBe(',');
    expect(r.grid.values).toEqual([
      ['STT', 'Họ và tên', 'Ghi chú'],
      ['1', 'Nguyễn Văn An', 'nói "được", rồi\r\nxuống dòng'],
      ['2', 'Trần Thị Bình'],
    ]);
    expect(r.badQuotes).toEqual([]);
  });
});

describe('through an .xlsx, an .ods and an .xls', () => {
  test(".xlsx: the notes stay text, the clerk's formula F2 stays a formula", async () => {
    const dir = tempDir();
    const file = join(dir, 'ds.xlsx');
    writeFileSync(file, injectionXlsx());
    const r = await review(file);
    expect(r.code).toBe(0);
    const { notes, formulas } = await notesOf(r.outFile);
    expect(notes).toEqual([...INJECTIONS]);
    expect(formulas).toEqual(['F2']);
    expect(names(r.json)).toEqual(PEOPLE);
  });

  (hasSoffice ? test : test.skip)(".ods and .xls converted by LibreOffice: text that came in as text stays text; the clerk's formula stays", async () => {
    const dir = tempDir();
    const ods = join(dir, 'ds.ods');
    writeFileSync(ods, injectionOds());
    // The .xls is LibreOffice's own export of the same sheet (a 97–2003 workbook is binary: not written by hand).
    const profile = join(dir, 'lo-profile');
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'xls', '--outdir', join(dir, 'xls'), ods], { stdio: 'ignore', timeout: 120_000 });
    const xls = join(dir, 'xls', 'ds.xls');
    for (const file of [ods, xls]) {
      const r = await review(file);
      expect(r.code).toBe(0);
      const { notes, formulas } = await notesOf(r.outFile);
      expect(notes.slice(0, 6)).toEqual(INJECTIONS.slice(0, 6));
      // LibreOffice drops the leading tab and CR of a text paragraph: what is left is still text.
      expect(notes.slice(6).map((n) => String(n).trim())).toEqual(['=1+1', '=1+1']);
      expect(formulas).toEqual(['F2']);
      expect(names(r.json)).toEqual(PEOPLE);
    }
    expect(readdirSync(dir).filter((n) => n.startsWith('binh-xet-convert-'))).toEqual([]);
  });
});
