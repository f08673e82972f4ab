/**
 * A clerk of another agency reviews her own workbook with no agency file and no plan: the
 * papers and the result sheets carry her agency as her sheets' title rows name it, never a
 * word of the Bắc Giang sample, no target of the sample's plan, and the fields still to fill
 * are listed on the console and in the JSON before the papers are said written.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { fixture, runCli, sheetsOf, tempDir } from '../helpers/cli';

const SAMPLE_WORDS = /Bắc Giang|BẮC GIANG|Khoa học và Công nghệ|KHOA HỌC VÀ CÔNG NGHỆ|Nguyễn Đức Kiên|KHCN|05\/KH|kế hoạch 4 tập thể/;
/** The sample's council and counting committee (people of its staff list, so only their roles on the minutes are the sample's). */
const SAMPLE_COUNCIL = /Đồng chí (Nguyễn Đức Kiên|Phạm Ngọc Thủy|Giáp Minh Linh|Nguyễn Hồng Trang|Ngô Ngọc Yến)/;

const docxText = (file: string) =>
  strFromU8(unzipSync(readFileSync(file))['word/document.xml'])
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '');

/**
 * The sample's people under another agency's title rows: "title" the left block's lines
 * (one line "SỞ TƯ PHÁP TỈNH TUYÊN QUANG", or the parent over the agency); the sample's own
 * signature and decision codes in the list changed to the agency's, as its clerk would have them.
 */
async function otherAgency(dir: string, title: [string, string]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(fixture('so-khcn-bac-giang-2014.xlsx'));
  for (const ws of wb.worksheets) {
    ws.getCell('A1').value = title[0];
    ws.getCell('A2').value = title[1];
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (typeof c.value === 'string' && !c.isMerged)
          c.value = c.value
            .replace(/QĐ-KHCN/g, 'QĐ-STP')
            .replace('Bắc Giang', 'Tuyên Quang')
            .replace('Nguyễn Đức Kiên', 'Hoàng Văn An');
      }),
    );
  }
  const file = join(dir, 'so-tu-phap.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('one title line "SỞ TƯ PHÁP TỈNH TUYÊN QUANG": the papers print that agency under UBND TỈNH TUYÊN QUANG, nothing of the sample, no target, what is missing listed first', async () => {
  const dir = tempDir();
  const file = await otherAgency(dir, ['SỞ TƯ PHÁP TỈNH TUYÊN QUANG', '']);
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--json', join(dir, 'kq.json'), '--docs', join(dir, 'vb')]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  // No plan given: no target lines, one line saying so.
  expect(r.out).toContain('Chưa có kế hoạch thi đua của cơ quan: không có chỉ tiêu để so');
  expect(r.out).not.toMatch(/Chỉ tiêu kế hoạch:|kế hoạch 20 %/);
  // The missing fields are said before the papers are said written.
  const missingAt = r.out.indexOf('Văn bản còn thiếu: Chức vụ người ký, Họ tên người ký');
  expect(missingAt).toBeGreaterThan(0);
  expect(missingAt).toBeLessThan(r.out.indexOf('văn bản Word vào'));
  expect(r.out).not.toMatch(SAMPLE_WORDS);

  const json = JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8'));
  expect(json.targets).toEqual([]);
  expect(json.papers.agency).toMatchObject({
    parent: 'UBND TỈNH TUYÊN QUANG',
    name: 'SỞ TƯ PHÁP',
    place: 'Tuyên Quang',
    signerName: '……',
    code: '……',
    recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang',
  });
  expect(json.papers.missing.map((m: { field: string }) => m.field)).toEqual(expect.arrayContaining(['signerTitle', 'signerName', 'code', 'council', 'counting', 'plan']));
  expect(json.papers.missing.find((m: { field: string }) => m.field === 'signerName').label).toBe('Họ tên người ký');
  expect(json.issues.find((i: { code: string }) => i.code === 'agency-from-sheets')).toMatchObject({ sheet: 'DS CBCCVC 2014', cell: 'A1', value: 'UBND TỈNH TUYÊN QUANG – SỞ TƯ PHÁP' });

  const papers = readdirSync(join(dir, 'vb')).filter((f) => f.endsWith('.docx'));
  expect(papers.length).toBeGreaterThanOrEqual(4);
  for (const f of papers) {
    const text = docxText(join(dir, 'vb', f));
    expect({ f, sample: text.match(SAMPLE_WORDS)?.[0] ?? null }).toEqual({ f, sample: null });
    expect(text).toContain('SỞ TƯ PHÁP');
    expect(text).not.toMatch(SAMPLE_COUNCIL);
  }
  const proposal = docxText(join(dir, 'vb', '04-to-trinh-chu-tich-ubnd-tinh-2014.docx'));
  expect(proposal).toContain('UBND TỈNH TUYÊN QUANG');
  expect(proposal).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Tuyên Quang');
  expect(proposal).toContain('Số:        /TTr-……');

  // The result sheets written beside the clerk's own: no word of the sample either.
  const input = new Set(['DS CBCCVC 2014', 'Đơn vị']);
  for (const g of await sheetsOf(join(dir, 'kq.xlsx'))) {
    if (input.has(g.name)) continue;
    const cells = g.values.flat().filter((v): v is string => typeof v === 'string');
    expect({ sheet: g.name, sample: cells.find((v) => SAMPLE_WORDS.test(v)) ?? null }).toEqual({ sheet: g.name, sample: null });
  }
});

test('a workbook whose title rows name no agency: the papers print "……" for it and say so', async () => {
  const dir = tempDir();
  const file = await otherAgency(dir, ['', '']);
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--json', join(dir, 'kq.json'), '--docs', join(dir, 'vb')]);
  expect(r.code).toBe(0);
  const json = JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8'));
  expect(json.papers.agency).toMatchObject({ parent: '……', name: '……', place: '……' });
  expect(json.papers.missing.map((m: { field: string }) => m.field)).toEqual(expect.arrayContaining(['parent', 'name', 'place']));
  const decision = docxText(join(dir, 'vb', '03-quyet-dinh-khen-thuong-2014.docx'));
  expect(decision.match(SAMPLE_WORDS)?.[0] ?? null).toBeNull();
  expect(decision).toContain('……, ngày');
});

test('the sample as `binh-xet sample` writes it keeps its own agency and plan: its settings hold them', async () => {
  const dir = tempDir();
  const file = join(dir, 'mau.xlsx');
  expect((await runCli(['sample', file])).code).toBe(0);
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--json', join(dir, 'kq.json'), '--docs', join(dir, 'vb')]);
  expect(r.code).toBe(0);
  expect(r.out).not.toContain('Văn bản còn thiếu');
  const json = JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8'));
  expect(json.targets.length).toBeGreaterThan(0);
  expect(json.papers.missing).toEqual([]);
  expect(docxText(join(dir, 'vb', '03-quyet-dinh-khen-thuong-2014.docx'))).toContain('Nguyễn Đức Kiên');
});
