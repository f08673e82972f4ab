/**
 * The command line's rule options as a clerk uses them: parameters checked before anything is
 * read, a plan file, the regimes listed with their dates and basis, a 2018 review of the sample.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureCopy, runCli, sampleCopy } from '../helpers/cli';
import { DEFAULT_PLAN } from '../../src/rules/plan';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function sample() {
  const c = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  dirs.push(c.dir);
  return c;
}

describe('--param', () => {
  test('a value the parameter does not take is a usage error naming the accepted values, before the workbook is read', async () => {
    const { dir, file } = sample();
    const r = await runCli(['review', file, '--out', join(dir, 'o.xlsx'), '--param', 'LDTT.rating.min=off']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--param LDTT.rating.min không hợp lệ: "off" (cần excellent | good | complete | incomplete)');
    expect(r.out).toBe('');
  });

  test('an unknown parameter is a usage error with the ids it may have meant', async () => {
    const { dir, file } = sample();
    const r = await runCli(['review', file, '--out', join(dir, 'o.xlsx'), '--param', 'LDTT.leave.days=30']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/không có tham số "LDTT.leave.days" \(có thể: .*LDTT.leave.fromDays/);
  });

  test('"1 %" is one percent', async () => {
    const { dir, file } = sample();
    const json = join(dir, 'o.json');
    const r = await runCli(['review', file, '--out', join(dir, 'o.xlsx'), '--json', json, '--param', 'CSTDCS.cap.share=1 %']);
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(json, 'utf8'));
    expect(j.params.find((p: { id: string }) => p.id === 'CSTDCS.cap.share').value).toBe(0.01);
    // 1 % of 81 LĐTT rounded down: nobody.
    expect(j.people.filter((p: { titles: { CSTDCS: { status: string } } }) => p.titles.CSTDCS.status === 'awarded')).toHaveLength(0);
  });
});

describe('--plan', () => {
  test('a plan file that is not right is a usage error naming the problem', async () => {
    const { dir, file } = sample();
    writeFileSync(join(dir, 'plan.json'), JSON.stringify({ number: '3/KH', date: '2018-01-10', targets: [{ id: 'a', label: 'x', measure: 'share', counts: { scope: 'person', title: 'LDTT' }, required: 'tám mươi' }] }));
    const r = await runCli(['review', file, '--out', join(dir, 'o.xlsx'), '--plan', join(dir, 'plan.json')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('kế hoạch: chỉ tiêu thứ 1 (a), trường "required" sai (cần tỷ lệ: 0,8, 80 hoặc "80 %")');
  });

  test('the 2014 plan measures a 2018 review only with a warning; the 2018 plan loaded is used, said nothing of, and kept in the workbook', async () => {
    // The sample workbook as `binh-xet sample` writes it holds its 2014 plan in its settings.
    const { dir, file } = await sampleCopy();
    const plain = join(dir, 'plain.json');
    expect((await runCli(['review', file, '--out', join(dir, 'a.xlsx'), '--json', plain, '--date', '2018-12-20'])).code).toBe(0);
    expect(JSON.parse(readFileSync(plain, 'utf8')).warnings.map((w: { code: string }) => w.code)).toContain('plan-other-year');

    const plan = { ...DEFAULT_PLAN, number: '07/KH-KHCN', date: '2018-01-22', year: 2018, targets: [{ id: 'ldtt', label: '85% CBCCVC đạt Lao động tiên tiến', measure: 'share', counts: { scope: 'person', title: 'LDTT' }, required: '85 %' }] };
    writeFileSync(join(dir, 'plan.json'), JSON.stringify(plan));
    const json = join(dir, 'b.json');
    const out = join(dir, 'b.xlsx');
    const r = await runCli(['review', file, '--out', out, '--json', json, '--date', '2018-12-20', '--plan', join(dir, 'plan.json')]);
    expect(r.code).toBe(0);
    const j = JSON.parse(readFileSync(json, 'utf8'));
    expect(j.warnings.map((w: { code: string }) => w.code)).not.toContain('plan-other-year');
    expect(j.targets.map((x: { label: string; required: number }) => [x.label, x.required])).toEqual([['85% CBCCVC đạt Lao động tiên tiến', 0.85]]);
    const saved = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(out)))).getSettings();
    expect(saved?.plan).toEqual(expect.objectContaining({ number: '07/KH-KHCN', year: 2018 }));
  });
});

test('binh-xet presets lists the regimes on the timeline with their dates, basis and what each changes', async () => {
  const r = await runCli(['presets']);
  expect(r.code).toBe(0);
  const lines = r.out.split('\n');
  expect(lines.filter((l) => /^vn-\d{4} — /.test(l)).map((l) => l.split(' ')[0])).toEqual(['vn-2014', 'vn-2017', 'vn-2024', 'vn-2025']);
  expect(r.out).toContain('Áp dụng cho ngày bình xét từ 01/10/2017 đến 31/12/2023; sửa đổi từ vn-2014');
  expect(r.out).toContain('Căn cứ Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;');
  expect(r.out).toMatch(/LDTT\.leave\.fromDays: 40 → off/);
  expect(r.out).toMatch(/general\.discipline\.running: false → true/);
  // The one text whose date of signature was not found is marked.
  expect(lines.find((l) => l.includes('01/2024/TT-BNV'))).toContain('[chưa đối chiếu]');
});

test('a 2018 review of the sample is judged by vn-2017: 46 days of leave no longer bar LĐTT', async () => {
  const { dir, file } = sample();
  const json = join(dir, 'r.json');
  const r = await runCli(['review', file, '--out', join(dir, 'r.xlsx'), '--json', json, '--date', '2018-12-20']);
  expect(r.code).toBe(0);
  const j = JSON.parse(readFileSync(json, 'utf8'));
  expect(j.preset).toBe('vn-2017');
  const yen = j.people.find((p: { name: string }) => p.name === 'Ngô Ngọc Yến');
  expect(yen.titles.LDTT.reasons.map((x: { code: string }) => x.code)).not.toContain('leave-days');
});

test('the sample of 2014: a "cảnh cáo" gets no Giấy khen, and someone who is not LĐTT (41 days of leave) no Bằng khen', async () => {
  const { dir, file } = sample();
  const json = join(dir, 's.json');
  expect((await runCli(['review', file, '--out', join(dir, 's.xlsx'), '--json', json])).code).toBe(0);
  const j = JSON.parse(readFileSync(json, 'utf8'));
  const who = (name: string) => j.people.find((p: { name: string }) => p.name === name);
  expect(who('Bùi Minh Oanh').titles.GIAY_KHEN).toEqual(expect.objectContaining({ status: 'not-eligible' }));
  expect(who('Bùi Minh Oanh').titles.GIAY_KHEN.reasons.map((r: { code: string }) => r.code)).toEqual(['discipline', 'not-ldtt']);
  expect(who('Vũ Minh Long').titles.BK_TINH.reasons.map((r: { code: string }) => r.code)).toContain('not-ldtt');
  expect(who('Vũ Minh Long').titles.BK_TINH.status).toBe('not-eligible');
});
