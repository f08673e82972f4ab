import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { runCli, sampleCopy, sheetsOf } from '../helpers/cli';
import type { ReviewJson } from '../helpers/review-json';

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe('binh-xet review on the Bắc Giang 2014 workbook', () => {
  let out: string;
  let json: ReviewJson;
  let dir: string;
  let input: string;
  let before: string;
  let result: { code: number; out: string; err: string };

  beforeAll(async () => {
    // The sample as `binh-xet sample` gives it: its agency and its plan are its own settings.
    ({ dir, file: input } = await sampleCopy());
    before = sha(input);
    out = join(dir, 'ket-qua.xlsx');
    result = await runCli(['review', input, '--out', out, '--json', join(dir, 'kq.json'), '--date', '2014-12-20']);
    json = JSON.parse(readFileSync(join(dir, 'kq.json'), 'utf8')) as ReviewJson;
  });

  test('runs, leaves the input file byte for byte as it was, and prints a summary', () => {
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(sha(input)).toBe(before);
    expect(result.out).toMatch(/Đã đọc: 105 người \(trang "DS CBCCVC 2014"\), 10 đơn vị/);
    expect(result.out).toMatch(/Chỉ tiêu "CBCCVC đạt CSTĐCS" 20 % không thể đạt/);
  });

  test('JSON has the documented shape', () => {
    expect(json).toEqual(
      expect.objectContaining({
        preset: 'vn-2014',
        reviewDate: '2014-12-20',
        phase: 'year',
        people: expect.any(Array),
        units: expect.any(Array),
        targets: expect.any(Array),
        issues: expect.any(Array),
      }),
    );
    expect(json.people).toHaveLength(105);
    expect(json.units).toHaveLength(10);
    const p = json.people[0];
    expect(p).toEqual(expect.objectContaining({ sheet: 'DS CBCCVC 2014', row: 10, name: 'Giáp Minh Linh', unit: 'Văn phòng Sở' }));
    expect(p.titles.LDTT).toEqual({ status: 'awarded', reasons: [] });
  });

  const person = (name: string) => json.people.find((p) => p.name === name)!;
  const codes = (name: string, title: string) => person(name).titles[title].reasons.map((r) => r.code);

  test('verdicts a clerk can check by hand', () => {
    expect(codes('Ngô Ngọc Yến', 'LDTT')).toEqual(['leave-days']); // 46 days off
    expect(codes('Trần Minh Hà', 'LDTT')).toEqual(['new-recruit']); // hired 02/03/2014: 9 months
    expect(codes('Bùi Minh Oanh', 'LDTT')).toEqual(['discipline']); // Cảnh cáo
    expect(person('Nguyễn Thúy Hà').titles.LDTT.status).toBe('awarded'); // maternity leave counts as worked
    expect(codes('Ngô Thị Nhung', 'LDTT')).toEqual(['rating']); // Không hoàn thành nhiệm vụ
    const reason = person('Ngô Ngọc Yến').titles.LDTT.reasons[0];
    expect(reason.text).toBe('Nghỉ 46 ngày làm việc (từ 40 ngày trở lên thì không xét)');
    expect(reason.citation).toMatch(/NĐ 65\/2014/);
  });

  test('CSTĐCS stay within 15 % of the LĐTT, the rest are eligible over the cap', () => {
    const ldtt = json.people.filter((p) => p.titles.LDTT.status === 'awarded').length;
    const cstdcs = json.people.filter((p) => p.titles.CSTDCS.status === 'awarded').length;
    const over = json.people.filter((p) => p.titles.CSTDCS.status === 'over-cap');
    expect(cstdcs).toBe(Math.floor(0.15 * ldtt));
    // By hand: 23 of the 81 LĐTT have a recognised initiative; floor(15 % × 81) = 12 places, so 11 are over the cap.
    expect([ldtt, cstdcs, over.length]).toEqual([81, 12, 11]);
    expect(over[0].titles.CSTDCS.reasons.map((r) => r.code)).toEqual(['cap']);
  });

  test('each unit gets at most one collective title', () => {
    for (const u of json.units) {
      const awarded = ['TTLDXS', 'TTLDTT'].filter((t) => u.titles[t]?.status === 'awarded');
      expect(awarded.length).toBeLessThanOrEqual(1);
    }
  });

  test('writes the result sheets beside the input sheets, which are unchanged', async () => {
    const inputSheets = await sheetsOf(input);
    const sheets = await sheetsOf(out);
    const names = sheets.map((s) => s.name);
    expect(names.slice(0, 2)).toEqual(['DS CBCCVC 2014', 'Đơn vị']);
    expect(names).toEqual(expect.arrayContaining(['Chỉ tiêu - Kết quả', 'KQ cá nhân', 'KQ tập thể', 'DS đề nghị LĐTT', 'DS đề nghị CSTĐCS', 'Căn cứ bình xét', 'Vấn đề dữ liệu', 'BinhXet_CaiDat']));
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
    expect(sheets[0].values).toEqual(inputSheets[0].values);
    const settings = sheets.find((s) => s.name === 'BinhXet_CaiDat')!;
    expect(settings.visibility).toBe('veryHidden');
  });

  test('the LĐTT list has one row per proposed person, sorted by unit then given name', async () => {
    const list = (await sheetsOf(out)).find((s) => s.name === 'DS đề nghị LĐTT')!;
    const header = list.values[2];
    expect(header).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Danh hiệu đề nghị', 'Tóm tắt thành tích', 'Ghi chú']);
    const rows = list.values.slice(3).filter((r) => typeof r[0] === 'number');
    const ldtt = json.people.filter((p) => p.titles.LDTT.status === 'awarded');
    expect(rows).toHaveLength(ldtt.length);
    // Văn phòng Sở: 9 of its 14 people are LĐTT (Bùi Minh Oanh disciplined, Ngô Ngọc Yến 46 days off,
    // Phạm Hồng Hương hired 04/07/2014, Dương Văn Dũng and Ngô Thị Nhung rated below HTTNV).
    const office = rows.filter((r) => r[3] === 'Văn phòng Sở').map((r) => r[1]);
    expect(office).toEqual(['Dương Thanh Đạt', 'Giáp Minh Linh', 'Đỗ Thúy Nhung', 'Nguyễn Thu Phương', 'Đỗ Văn Quân', 'Đỗ Hữu Sơn', 'Hoàng Minh Sơn', 'Phạm Ngọc Thủy', 'Dương Hữu Tuấn']);
    // Units follow the unit sheet's order.
    expect(rows[0][3]).toBe('Văn phòng Sở');
    expect(rows[rows.length - 1][3]).toBe('Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng');
  });
});
