import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { readFile, writeFile } from 'node:fs/promises';
import { unzipEntries } from '../../src/ooxml/zip';
import { nodeZip } from '../../src/cli/node-zip';
import { fixture, fixtureCopy, runCli, sheetsOf, tempDir } from '../helpers/cli';
import type { ReviewJson } from '../helpers/review-json';

async function saveWorkbook(build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  const file = join(tempDir(), 'in.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

describe('exit codes and messages', () => {
  test('no arguments or an unknown option is a usage error (2)', async () => {
    expect((await runCli([])).code).toBe(2);
    const r = await runCli(['review', fixture('du-lieu-loi.xlsx'), '--out', join(tempDir(), 'x.xlsx'), '--phase', 'autumn']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('Lỗi cú pháp: --phase không hợp lệ: "autumn" (cần mid | year)');
  });

  test('a file that is not a workbook is unreadable (2), and nothing is written', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.xlsx'), 'not a zip');
    const r = await runCli(['review', join(dir, 'a.xlsx'), '--out', join(dir, 'b.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không phải sổ Excel \.xlsx/);
  });

  test('the output may not be the input', async () => {
    const { file } = fixtureCopy('du-lieu-loi.xlsx');
    const r = await runCli(['review', file, '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(`Lỗi cú pháp: --out "${file}" là tệp đầu vào: tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác`);
  });

  test('a workbook with no staff list stops with an error naming what is missing (1)', async () => {
    const file = await saveWorkbook((wb) => {
      const ws = wb.addWorksheet('Ghi chép');
      ws.addRow(['Việc cần làm', 'Hạn']);
      ws.addRow(['Nộp hồ sơ', '31/12/2014']);
    });
    const out = join(tempDir(), 'out.xlsx');
    const r = await runCli(['review', file, '--out', out]);
    expect(r.code).toBe(1);
    expect(r.err.split('\n').slice(-1)).toEqual(['Dừng bình xét: dữ liệu có lỗi cần sửa trước.']);
  });

  test('English messages with --lang en', async () => {
    const { dir, file } = fixtureCopy('co-quan-mau-phang.xlsx');
    const r = await runCli(['review', file, '--out', join(dir, 'o.xlsx'), '--lang', 'en', '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Read: \d+ people/m);
  });
});

describe('writing results', () => {
  test('a second run on the result replaces its own sheets and keeps a clerk sheet of the same name apart', async () => {
    const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
    const first = join(dir, 'r1.xlsx');
    expect((await runCli(['review', file, '--out', first, '--date', '2014-12-20'])).code).toBe(0);
    const second = join(dir, 'r2.xlsx');
    const r = await runCli(['review', first, '--out', second, '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/thay thế kết quả lần trước/);
    const names1 = (await sheetsOf(first)).map((s) => s.name);
    const names2 = (await sheetsOf(second)).map((s) => s.name);
    expect(names2.sort()).toEqual(names1.sort());
  });

  test('a clerk sheet named like a result sheet is never replaced', async () => {
    const file = await saveWorkbook((wb) => {
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại']);
      ws.addRow([1, 'Nguyễn Văn An', 'Phòng A', 'HTTNV']);
      ws.addRow([2, '=Trần Thị Bình', 'Phòng A', 'HTXSNV']);
      wb.addWorksheet('KQ cá nhân').addRow(['ghi chép của văn thư']);
    });
    const out = join(tempDir(), 'out.xlsx');
    expect((await runCli(['review', file, '--out', out, '--date', '2014-12-20'])).code).toBe(0);
    const sheets = await sheetsOf(out);
    expect(sheets.find((s) => s.name === 'KQ cá nhân')!.values).toEqual([['ghi chép của văn thư']]);
    expect(sheets.map((s) => s.name)).toContain('KQ cá nhân (2)');
  });

  test('text that looks like a formula is written as text', async () => {
    const file = await saveWorkbook((wb) => {
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRow(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Xếp loại']);
      ws.addRow([1, 'Nguyễn Văn An', '=1+1', 'Phòng A', 'HTTNV']);
      ws.addRow([2, 'Lê Văn Bình', '@cmd', 'Phòng A', 'HTTNV']);
    });
    const out = join(tempDir(), 'out.xlsx');
    expect((await runCli(['review', file, '--out', out, '--date', '2014-12-20'])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const list = wb.getWorksheet('DS đề nghị LĐTT')!;
    const positions: unknown[] = [];
    list.eachRow((row) => positions.push(row.getCell(3).value));
    expect(positions).toEqual(expect.arrayContaining(['=1+1', '@cmd']));
    list.eachRow((row) => row.eachCell((cell) => expect(cell.type).not.toBe(ExcelJS.ValueType.Formula)));
  });

  test('parts a rewrite would drop (data validation) are kept byte for byte in the copy with the results; a rerun keeps them too', async () => {
    const file = await saveWorkbook((wb) => {
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại']);
      ws.addRow([1, 'Nguyễn Văn An', 'Phòng A', 'HTTNV']);
      ws.getCell('D2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"HTXSNV,HTTNV,HTNV,KHTNV"'] };
    });
    const sheetPart = async (f: string) => new TextDecoder().decode(unzipEntries(new Uint8Array(await readFile(f))).get('xl/worksheets/sheet1.xml'));
    const original = await sheetPart(file);
    expect(original).toContain('<dataValidation');
    const out = join(tempDir(), 'out.xlsx');
    const r = await runCli(['review', file, '--out', out, '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sổ đầu vào có kiểm tra dữ liệu (data validation): được giữ nguyên trong bản sao kết quả.');
    const names = (await sheetsOf(out)).map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['Cán bộ', 'Chỉ tiêu - Kết quả']);
    expect(await sheetPart(out)).toBe(original);
    // The second run replaces the add-in's sheets and still keeps the clerk's part as it was.
    const out2 = join(tempDir(), 'out2.xlsx');
    expect((await runCli(['review', out, '--out', out2])).code).toBe(0);
    expect(await sheetPart(out2)).toBe(original);
    // The same sheets; the handed-over registration form, now the clerk's, keeps its place before the new results.
    const names2 = (await sheetsOf(out2)).map((s) => s.name);
    expect([...names2].sort()).toEqual([...names].sort());
    expect(names2.slice(0, 2)).toEqual(['Cán bộ', 'Đăng ký thi đua 2015']);
  });

  test('macros cannot stay in an .xlsx: the results go to a workbook of their own, said so', async () => {
    const file = await saveWorkbook((wb) => {
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại']);
      ws.addRow([1, 'Nguyễn Văn An', 'Phòng A', 'HTTNV']);
    });
    const entries = unzipEntries(new Uint8Array(await readFile(file)));
    entries.set('xl/vbaProject.bin', new Uint8Array([1, 2, 3]));
    await writeFile(file, await nodeZip(entries));
    const out = join(tempDir(), 'out.xlsx');
    const r = await runCli(['review', file, '--out', out, '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Sổ đầu vào có macro');
    const names = (await sheetsOf(out)).map((s) => s.name);
    expect(names).not.toContain('Cán bộ');
    expect(names).toContain('KQ cá nhân');
  });

  test('a workbook saved as Strict Open XML: review writes its results apart, close-year refuses, both say why', async () => {
    const file = await saveWorkbook((wb) => {
      const ws = wb.addWorksheet('Cán bộ');
      ws.addRow(['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại']);
      ws.addRow([1, 'Nguyễn Văn An', 'Phòng A', 'HTTNV']);
    });
    const entries = unzipEntries(new Uint8Array(await readFile(file)));
    const xml = new TextDecoder().decode(entries.get('xl/workbook.xml')).replace('<workbook ', '<workbook xmlns:s="http://purl.oclc.org/ooxml/spreadsheetml/main" ');
    entries.set('xl/workbook.xml', new TextEncoder().encode(xml));
    await writeFile(file, await nodeZip(entries));
    const out = join(tempDir(), 'out.xlsx');
    const r = await runCli(['review', file, '--out', out, '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('kết quả được ghi vào một sổ riêng');
    expect((await sheetsOf(out)).map((s) => s.name)).not.toContain('Cán bộ');
    const c = await runCli(['close-year', file, '--out', join(tempDir(), 'closed.xlsx'), '--date', '2014-12-20']);
    expect(c.code).toBe(1);
    expect(c.err).toContain('lưu lại dạng "Excel Workbook (.xlsx)" rồi chốt lại');
  });

  test('--phase mid shows progress and writes no nomination list', async () => {
    const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
    const out = join(dir, 'mid.xlsx');
    const r = await runCli(['review', file, '--out', out, '--phase', 'mid', '--date', '2014-07-05']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Dự kiến \(sơ kết/);
    const names = (await sheetsOf(out)).map((s) => s.name);
    expect(names).toContain('Sơ kết 6 tháng');
    expect(names.filter((n) => n.startsWith('DS đề nghị'))).toEqual([]);
  });

  test('settings saved by one run are used by the next unless a flag overrides them', async () => {
    const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
    const first = join(dir, 'r1.xlsx');
    await runCli(['review', file, '--out', first, '--preset', 'vn-2024', '--date', '2014-12-20', '--param', 'LDTT.leave.fromDays=30']);
    const json = join(dir, 'r2.json');
    await runCli(['review', first, '--out', join(dir, 'r2.xlsx'), '--json', json]);
    const j = JSON.parse(readFileSync(json, 'utf8')) as ReviewJson;
    expect(j.preset).toBe('vn-2024');
    expect(j.reviewDate).toBe('2014-12-20');
    expect(j.params.find((p) => p.id === 'LDTT.leave.fromDays')).toEqual(expect.objectContaining({ value: 30, source: 'workbook' }));
  });
});
