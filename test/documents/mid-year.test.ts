import { midYearReportSheet } from '../../src/sheets/forms/mid-year';
import { rowTexts, sampleInput, texts } from './sample';

describe('mid-year report (sơ kết 6 tháng)', () => {
  test('progress by unit with a total row, then the agency targets, signed', async () => {
    const input = await sampleInput('mid');
    expect(input.result.phase).toBe('mid');
    const s = midYearReportSheet(input);
    const rows = rowTexts(s);
    expect(texts(s)).toContain('BÁO CÁO SƠ KẾT THI ĐUA 6 THÁNG ĐẦU NĂM 2014');
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h]).toEqual(['STT', 'Tên tập thể', 'Số CBCCVC', 'LĐTT dự kiến', 'Tỷ lệ LĐTT', 'CSTĐCS dự kiến', 'Tỷ lệ CSTĐCS', 'Danh hiệu tập thể dự kiến']);
    expect(s.print).toEqual(expect.objectContaining({ repeatRows: [h + 1, h + 1], orientation: 'landscape' }));
    const units = rows.slice(h + 1, h + 11);
    expect(units.map((r) => r[1])).toEqual(input.unitOrder);
    const total = rows[h + 11];
    expect(total[1]).toBe('Toàn cơ quan');
    expect(Number(total[2])).toBe(input.result.units.reduce((n, u) => n + u.members, 0));
    expect(Number(total[3])).toBe(input.result.units.reduce((n, u) => n + u.memberLdtt, 0));
    const close = rows.findIndex((r) => r[0] === 'III. CÁ NHÂN, TẬP THỂ CÓ THỂ BÙ CHỈ TIÊU CÒN THIẾU');
    const targets = rows.slice(rows.findIndex((r) => r[0] === 'II. CHỈ TIÊU CỦA CƠ QUAN') + 2, close);
    expect(targets.filter((r) => /^\d+$/.test(r[0]))).toHaveLength(input.result.targets.length);
    // Then, for each target short of the plan, its headline and the people or units one condition short (issue 17).
    const short = input.result.targets.filter((tr) => !tr.met && tr.measure !== 'recorded');
    const headlines = rows.slice(close + 1).filter((r) => / thiếu \d+ (người|tập thể)\. /.test(r[0]));
    expect(headlines).toHaveLength(short.length);
    const named = rows.slice(close + 1).filter((r) => /^\d+$/.test(r[0]));
    expect(named.length).toBeGreaterThan(0);
    for (const r of named) expect(r[5]).toMatch(/: (chỉ thiếu |đủ tiêu chuẩn, chỉ vượt tỷ lệ)/);
    expect(texts(s)).toContain('Bắc Giang, ngày 05 tháng 7 năm 2014');
    // Shares are values, never formulas.
    for (const r of s.rows) for (const c of r) if (c.s === 'percent') expect(typeof c.v === 'number' || c.v === '').toBe(true);
  });
});

test('the mid-year report never orders what a cap forbids; without a plan it prints no target', async () => {
  const { buildDossier } = await import('../../src/dossier/dossier');
  const { paperTexts } = await import('../../src/dossier/model');
  const input = await sampleInput('mid');
  const text = paperTexts(buildDossier(input, (await import('../../src/dossier/agency')).SAMPLE_PLAN).papers[0]).join('\n');
  // 12 CSTĐCS proposed already fill 15 % of the 81 LĐTT (TT 07/2014 Điều 5): "phấn đấu thêm 09 người" would be impossible.
  expect(text).not.toMatch(/CSTĐCS[^\n]*phấn đấu thêm/);
  expect(text).toContain('Chỉ tiêu "CBCCVC đạt CSTĐCS": số tối đa theo tỷ lệ quy định là 12 người');
  expect(text).toContain('đề nghị xem xét điều chỉnh chỉ tiêu');
  // The same agency with no plan loaded: no target line, a line left for the clerk.
  const none = paperTexts(buildDossier({ ...input, agency: { ...input.agency, plan: undefined }, result: { ...input.result, targets: [] } }).papers[0]).join('\n');
  expect(none).not.toMatch(/phấn đấu thêm|Kế hoạch số/);
  expect(none).toContain('Các chỉ tiêu thi đua theo kế hoạch và kết quả thực hiện:');
});
