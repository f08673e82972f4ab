/**
 * Files that are not .xlsx on the command line: an .ods and an Excel 97–2003 .xls (written by
 * LibreOffice from layout 12, test/fixtures/layouts/files), an HTML table named ".xls" as web
 * software exports it, a CSV in Windows-1258. With LibreOffice each is converted and reviewed,
 * saying so; without it each gets its own sentence, and an HTML file is never called an old
 * .xls. A CSV needs no LibreOffice (test/cli/csv-text.test.ts). No temporary folder or LibreOffice profile is left behind.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sniff } from '../../src/cli/convert';
import { runCli, tempDir } from '../helpers/cli';

jest.setTimeout(180_000);
const FILES = join(__dirname, '../fixtures/layouts/files');
const dir = tempDir();
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HTML = `<html><head><meta charset="utf-8"></head><body><table border="1">
<tr><td>STT</td><td>Họ và tên</td><td>Đơn vị</td><td>Xếp loại</td><td>Số ngày nghỉ</td></tr>
<tr><td>1</td><td>Phùng Văn Hậu</td><td>Phòng Kế hoạch</td><td>HTTNV</td><td>0</td></tr>
<tr><td>2</td><td>Diệp Thị Kim</td><td>Phòng Kế hoạch</td><td>HTNV</td><td>0</td></tr>
<tr><td>3</td><td>Văn Đức Long</td><td>Phòng Kế hoạch</td><td>HTXSNV</td><td>1</td></tr>
</table></body></html>`;
/** Text as Excel saves "CSV" on a Vietnamese Windows: code page 1258 (â ê ô ơ ư ă đ precomposed, then the tone mark). */
function cp1258(text: string): Buffer {
  const table = new Map<string, number>();
  const dec = new TextDecoder('windows-1258');
  for (let b = 0; b < 256; b++) table.set(dec.decode(Uint8Array.of(b)), b);
  const tones = /[\u0300\u0301\u0303\u0309\u0323]/g;
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const d = ch.normalize('NFD');
    const base = d.replace(tones, '').normalize('NFC');
    for (const c of [base, ...(d.match(tones) ?? [])]) {
      const b = table.get(c);
      if (b === undefined) throw new Error(`not in code page 1258: ${c}`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}
const CP1258 = cp1258('STT;Họ và tên;Đơn vị;Xếp loại\r\n1;Phùng Văn Hậu;Phòng Kế hoạch;HTTNV\r\n2;Diệp Thị Kim;Phòng Kế hoạch;HTNV\r\n3;Văn Đức Long;Phòng Kế hoạch;HTXSNV\r\n');

function file(name: string, bytes?: Buffer): string {
  const f = join(dir, name);
  if (bytes) writeFileSync(f, bytes);
  else copyFileSync(join(FILES, name), f);
  return f;
}
// The conversions run with a temporary folder of their own, so what they leave behind can be seen.
const scratch = join(dir, 'tmp');
mkdirSync(scratch);

async function review(input: string, env: Record<string, string> = {}) {
  const saved = { ...process.env };
  Object.assign(process.env, { TMPDIR: scratch, TMP: scratch, TEMP: scratch }, env);
  try {
    const json = `${input}.json`;
    const r = await runCli(['review', input, '--out', `${input}-ket-qua.xlsx`, '--json', json, '--date', '2024-12-20']);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const j: any = r.code === 0 ? JSON.parse(readFileSync(json, 'utf8')) : null;
    return { ...r, j };
  } finally {
    process.env = saved;
  }
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const ldtt = (j: any) => Object.fromEntries(j.people.map((p: any) => [p.name, p.titles.LDTT.status]));

test('each kind is told by its bytes, not its name', () => {
  expect(sniff(readFileSync(join(FILES, 'tu-danh-gia.ods')))).toBe('ods');
  expect(sniff(readFileSync(join(FILES, 'tu-danh-gia.xls')))).toBe('xls');
  expect(sniff(Buffer.from(HTML))).toBe('html');
  expect(sniff(CP1258)).toBe('csv');
  expect(sniff(Buffer.from('<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>'))).toBe('xml2003');
  expect(sniff(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0x01]))).toBe('other');
});

describe('with LibreOffice installed', () => {
  // Neither the converted copy nor LibreOffice's profile is left behind.
  afterAll(() => expect(readdirSync(scratch)).toEqual([]));

  test.each([
    ['tu-danh-gia.ods', 'bảng tính OpenDocument (.ods)'],
    ['tu-danh-gia.xls', 'sổ Excel 97–2003 (.xls)'],
  ])('%s is converted, said so, and read like the .xlsx', async (name, kind) => {
    const f = file(name);
    const { code, out, j } = await review(f);
    expect(code).toBe(0);
    expect(out).toContain(`Tệp "${f}" là ${kind}: đã chuyển sang .xlsx bằng LibreOffice để đọc`);
    // Layout 12: the competent authority's rating, not the self-assessment (worked out in corpus.test.ts).
    expect(ldtt(j)).toEqual({ 'Phùng Văn Hậu': 'awarded', 'Diệp Thị Kim': 'not-eligible', 'Văn Đức Long': 'awarded' });
  });

  test('an HTML table saved as ".xls" is read as HTML, never called an old .xls', async () => {
    const { code, out, j } = await review(file('xuat-tu-web.xls', Buffer.from(HTML)));
    expect(code).toBe(0);
    expect(out).toContain('là trang HTML (bảng do phần mềm khác xuất ra): đã chuyển sang .xlsx bằng LibreOffice');
    expect(out).not.toContain('97–2003');
    expect(ldtt(j)).toEqual({ 'Phùng Văn Hậu': 'awarded', 'Diệp Thị Kim': 'not-eligible', 'Văn Đức Long': 'awarded' });
  });

  test('a CSV in Windows-1258 keeps its Vietnamese, read without LibreOffice', async () => {
    const { code, j, out } = await review(file('ds-1258.csv', CP1258), { BINH_XET_SOFFICE: '' });
    expect(out).toContain('là tệp văn bản phân cách (bảng mã Windows-1258, phân cách ";"): đọc mọi ô như chữ');
    expect(code).toBe(0);
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    expect(j.people.map((p: any) => [p.name, p.unit])).toEqual([
      ['Phùng Văn Hậu', 'Phòng Kế hoạch'],
      ['Diệp Thị Kim', 'Phòng Kế hoạch'],
      ['Văn Đức Long', 'Phòng Kế hoạch'],
    ]);
  });
});

describe('without LibreOffice', () => {
  const none = { BINH_XET_SOFFICE: '' };
  test.each([
    ['tu-danh-gia.xls', undefined, 'là sổ Excel 97–2003 (.xls), phần mềm chỉ đọc .xlsx và máy chưa cài LibreOffice để tự chuyển: mở tệp bằng Excel, chọn Tệp › Lưu thành'],
    ['tu-danh-gia.ods', undefined, 'là bảng tính OpenDocument (.ods) và máy chưa cài LibreOffice để tự chuyển: hãy lưu thành .xlsx'],
    ['bang.xls', Buffer.from(HTML), 'là một trang HTML (thường do phần mềm khác xuất ra với đuôi .xls), không phải sổ Excel'],
  ])('%s: one accurate sentence, exit 2', async (name, bytes, sentence) => {
    const f = file(name, bytes);
    const { code, err } = await review(f, none);
    expect(code).toBe(2);
    expect(err).toContain(`Tệp "${f}" ${sentence}`);
    if (!name.endsWith('tu-danh-gia.xls')) expect(err).not.toContain('97–2003');
  });
  test('a file that is no spreadsheet at all', async () => {
    const { code, err } = await review(file('ghi-chu.pdf', Buffer.from('%PDF-1.4\n\0\0binary')), none);
    expect(code).toBe(2);
    expect(err).toContain('không phải sổ Excel .xlsx, cũng không phải .xls, .ods hay .csv');
  });
});
