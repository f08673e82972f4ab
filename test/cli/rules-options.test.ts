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
    writeFileSync(
      join(dir, 'plan.json'),
      JSON.stringify({ number: '3/KH', date: '2018-01-10', targets: [{ id: 'a', label: 'x', measure: 'share', counts: { scope: 'person', title: 'LDTT' }, required: 'tám mươi' }] }),
    );
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

    const plan = {
      ...DEFAULT_PLAN,
      number: '07/KH-KHCN',
      date: '2018-01-22',
      year: 2018,
      targets: [{ id: 'ldtt', label: '85% CBCCVC đạt Lao động tiên tiến', measure: 'share', counts: { scope: 'person', title: 'LDTT' }, required: '85 %' }],
    };
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
  // The one text whose date of signature was not found is marked, and printed without a date.
  const tt01 = lines.find((l) => l.includes('01/2024/TT-BNV'))!;
  expect(tt01).toContain('[ngày ký chưa đối chiếu, không in]');
  expect(tt01).toContain('Căn cứ Thông tư số 01/2024/TT-BNV của Bộ trưởng Bộ Nội vụ');
  // Each text with its own interval: TT 08/2017 until TT 12/2019 took effect; TT 01/2024 until TT 15/2025.
  expect(lines.find((l) => l.includes('08/2017/TT-BNV'))).toContain('(từ 27/10/2017 đến 31/12/2019)');
  expect(tt01).toContain('(từ 01/01/2024 đến 03/08/2025)');
  // An amendment inside a regime, from its own date.
  expect(r.out).toContain('Từ 01/01/2020 (12/2019/TT-BNV):');
});

test('the usage lists the rule sets from the rule sets themselves, with their dates', async () => {
  const r = await runCli(['--help']);
  expect(r.code).toBe(0);
  expect(r.out).toContain('[--preset vn-2014|vn-2017|vn-2024|vn-2025]');
  expect(r.out).toContain('vn-2017  ');
  expect(r.out).toMatch(/vn-2017 {2}.*ngày bình xét 01\/10\/2017 đến 31\/12\/2023/);
  expect(r.out).toMatch(/vn-2025 {2}.*ngày bình xét 01\/07\/2025$/m);
  expect(r.out).toContain('--year');
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

describe('a year under review and a meeting date', () => {
  type Json = {
    year: number;
    preset: string;
    reviewDate: string;
    people: { name: string; titles: Record<string, { status: string; reasons: { code: string }[] }> }[];
    units: { name: string; titles: Record<string, { status: string }> }[];
    issues: { code: string; message: string }[];
  };
  async function run(args: string[]): Promise<{ j: Json; out: string }> {
    const { dir, file } = sample();
    const json = join(dir, 'y.json');
    const r = await runCli(['review', file, '--out', join(dir, 'y.xlsx'), '--json', json, '--no-docs', ...args]);
    expect(r.code).toBe(0);
    return { j: JSON.parse(readFileSync(json, 'utf8')) as Json, out: r.out };
  }
  const verdicts = (j: Json) => [
    ...j.people.map((p) => [p.name, Object.entries(p.titles).map(([t, v]) => `${t}:${v.status}:${v.reasons.map((x) => x.code).join('+')}`)]),
    ...j.units.map((u) => [u.name, Object.entries(u.titles).map(([t, v]) => `${t}:${v.status}`)]),
  ];

  test('the 2014 review met on 10/01/2015 is the review of 2014: the same verdicts as on 20/12/2014, and said', async () => {
    const december = await run(['--date', '2014-12-20']);
    const january = await run(['--date', '2015-01-10']);
    expect(january.j.year).toBe(2014);
    expect(january.j.reviewDate).toBe('2015-01-10');
    expect(verdicts(january.j)).toEqual(verdicts(december.j));
    // The unit titles do not go (read as 2015 they all went: no unit rating of 2015).
    const collective = (j: Json) =>
      j.units
        .map((u) =>
          Object.entries(u.titles)
            .filter(([, v]) => v.status === 'awarded')
            .map(([t]) => t),
        )
        .flat();
    expect(collective(january.j).filter((t) => t === 'TTLDXS' || t === 'TTLDTT').length).toBeGreaterThan(0);
    expect(collective(january.j)).toEqual(collective(december.j));
    expect(january.j.issues.find((i) => i.code === 'review-year-previous')?.message).toBe(
      'Họp bình xét ngày 10/01/2015 (tháng 1–3): coi là bình xét năm 2014, không phải năm 2015. Nếu không đúng, ghi rõ năm được xét ở bước Quy định (dòng lệnh: --year NĂM)',
    );
    expect(january.j.issues.map((i) => i.code)).not.toContain('header-year-differs');
    expect(january.out).toContain('năm được xét 2014 · ngày bình xét 10/01/2015');
  });

  test('--year says otherwise: the year given is the one reviewed (here wrongly 2015: no rating of 2015, no unit title)', async () => {
    const { j } = await run(['--date', '2015-01-10', '--year', '2015']);
    expect(j.year).toBe(2015);
    expect(j.issues.map((i) => i.code)).not.toContain('review-year-previous');
    expect(j.issues.map((i) => i.code)).toContain('header-year-differs');
  });

  test('--year must be a year', async () => {
    const { dir, file } = sample();
    const r = await runCli(['review', file, '--out', join(dir, 'z.xlsx'), '--year', '14']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--year');
  });
});

test('the sample of 2014 gets a "Tiền thưởng" sheet whose parts add up by hand (NĐ 42/2010 coefficients, 1 150 000)', async () => {
  // Each amount by hand: LĐTT 0,3 × 1 150 000 = 345 000 → 350 000; CSTĐCS 1 150 000 (LĐTT not
  // added); Giấy khen 350 000; TTLĐTT 0,8 → 920 000 (agency); TTLĐXS 1,5 → 1 725 000 → 1 730 000;
  // collective Bằng khen 2,0 → 2 300 000 (province). The counts are the review's verdicts.
  const { dir, file } = sample();
  const out = join(dir, 'm.xlsx');
  const json = join(dir, 'm.json');
  expect((await runCli(['review', file, '--out', out, '--json', json, '--no-docs'])).code).toBe(0);
  const j = JSON.parse(readFileSync(json, 'utf8')) as { people: { titles: Record<string, { status: string }> }[]; units: { titles: Record<string, { status: string }> }[] };
  const has = (t: Record<string, { status: string }>, id: string) => t[id]?.status === 'awarded';
  const n = (list: { titles: Record<string, { status: string }> }[], f: (t: Record<string, { status: string }>) => boolean) => list.filter((x) => f(x.titles)).length;
  const agency =
    n(j.people, (t) => has(t, 'LDTT') && !has(t, 'CSTDCS')) * 350_000 +
    n(j.people, (t) => has(t, 'CSTDCS')) * 1_150_000 +
    n(j.people, (t) => has(t, 'GIAY_KHEN')) * 350_000 +
    n(j.units, (t) => has(t, 'TTLDTT')) * 920_000;
  const province = n(j.units, (t) => has(t, 'TTLDXS')) * 1_730_000 + n(j.units, (t) => has(t, 'BK_TINH')) * 2_300_000;
  expect(agency).toBeGreaterThan(40_000_000); // 81 LĐTT, 12 CSTĐCS, 31 Giấy khen: the sample's
  const wb = await XlsxWorkbook.open(new Uint8Array(readFileSync(out)));
  const [grid] = await wb.read(['Tiền thưởng']);
  const rows = grid.values.map((r) => r.map((v) => (v === null || v === undefined ? '' : String(v))));
  const total = (label: string) => rows.find((r) => r[0] === label)?.[6];
  expect(total('Quỹ thi đua, khen thưởng của cơ quan chi')).toBe(String(agency));
  expect(total('Tỉnh chi (Chủ tịch UBND tỉnh quyết định)')).toBe(String(province));
  expect(total('Tổng cộng')).toBe(String(agency + province));
  expect(rows.some((r) => r[0].startsWith('Bằng chữ: ') && r[0].endsWith(' đồng'))).toBe(true);
});

describe("the award money's figures the clerk gives", () => {
  test("--fund below the agency's part is a warning with the excess; kept in the workbook; above it, nothing said", async () => {
    const { dir, file } = sample();
    const out = join(dir, 'f.xlsx');
    const r = await runCli(['review', file, '--out', out, '--no-docs', '--fund', '1.000.000']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Tiền thưởng do Quỹ thi đua, khen thưởng của cơ quan chi là [\d.]+ đồng, vượt số quỹ hiện có 1\.000\.000 đồng \([\d.]+ đồng\)/);
    const saved = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(out)))).getSettings();
    expect(saved?.money).toEqual({ fund: 1_000_000 });
    const enough = await runCli(['review', file, '--out', join(dir, 'g.xlsx'), '--no-docs', '--fund', '900000000']);
    expect(enough.out).not.toContain('vượt số quỹ');
  });

  test('--base-wage replaces the level (2 000 000: LĐTT 600 000); a value that is not an amount is a usage error', async () => {
    const { dir, file } = sample();
    const out = join(dir, 'w.xlsx');
    expect((await runCli(['review', file, '--out', out, '--no-docs', '--base-wage', '2 000 000'])).code).toBe(0);
    const [grid] = await (await XlsxWorkbook.open(new Uint8Array(readFileSync(out)))).read(['Tiền thưởng']);
    expect(grid.values.some((row) => row[3] === 'Lao động tiên tiến' && String(row[5]) === '600000')).toBe(true);
    const bad = await runCli(['review', file, '--out', join(dir, 'x.xlsx'), '--base-wage', 'hai triệu']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--base-wage');
  });
});
