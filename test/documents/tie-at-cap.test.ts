/**
 * A tie at the cap after the vote. The sample's council of 9 casts its column "Tỷ lệ phiếu bầu"
 * rounded to votes of 9: nine people get 7 of 9 (77,8 %), all "Hoàn thành xuất sắc nhiệm vụ"
 * with one initiative, for the last 8 of the 12 CSTĐCS places (15 % of 81 LĐTT, TT 07/2014
 * Điều 5). Nothing the rules rank on tells them apart: the council chooses, not the alphabet.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { buildDossier } from '../../src/dossier/dossier';
import { paperTexts } from '../../src/dossier/model';
import { getPreset } from '../../src/rules/presets';
import type { DocumentInput } from '../../src/dossier/letterhead';
import { filledTally, sampleSettings, sampleVotes } from './sample';

const TIED = ['Ngô Xuân Cường', 'Đỗ Minh Hải', 'Ngô Hồng Lan', 'Vũ Hồng Lan', 'Giáp Ngọc Loan', 'Giáp Văn Sơn', 'Phạm Ngọc Thủy', 'Đặng Văn Tùng', 'Lý Xuân Tùng'];

async function review(chosen: string[]) {
  const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  const overrides = { reviewDate: '2014-12-20' };
  const first = runReview(grids, sampleSettings(), overrides);
  const votes = await sampleVotes(false);
  const tally = filledTally(
    first.sheets.find((s) => s.name === 'Kiểm phiếu 2014')!,
    (n) => votes.get(n),
  );
  // The council's choice, as the clerk records it: an "x" in "Chọn khi bằng phiếu (x)".
  const header = tally.values.findIndex((r) => r.includes('Chọn khi bằng phiếu (x)'));
  const col = tally.values[header].indexOf('Chọn khi bằng phiếu (x)');
  for (const r of tally.values.slice(header + 1)) if (chosen.includes(r[1] as string)) r[col] = 'x';
  const o = runReview([...grids, tally], sampleSettings(), overrides);
  const input: DocumentInput = { result: o.result!, ruleSet: getPreset(o.result!.ruleSetId), unitOrder: o.parsed.units.map((u) => u.name), lang: 'vi', agency: o.papers!.agency };
  const papers = buildDossier(input).papers;
  const text = (id: string) => paperTexts(papers.find((p) => p.id === id)!).join('\n');
  return { o, papers, text };
}

test('nine tied at 7 of 9 for 8 places: the tie is shown, never broken by the name, and the CSTĐCS papers stay drafts', async () => {
  const { o, papers, text } = await review([]);
  const r = o.result!;
  expect(r.ties).toHaveLength(1);
  expect(r.ties![0]).toMatchObject({ title: 'CSTDCS', places: 8, settled: false });
  expect(r.ties![0].tied.map((p) => p.name).sort()).toEqual([...TIED].sort());
  expect(r.pendingVote).toContain('CSTDCS');
  const warning = r.warnings.find((w) => w.code === 'cap-tie')!;
  expect(warning.args).toMatchObject({ n: 9, places: 8, share: '77,8 %' });
  // The papers that depend on CSTĐCS are drafts; the count's minutes give the votes and the tie.
  expect(papers.find((p) => p.id === 'quyet-dinh')!.draft).toBe(true);
  const count = text('bien-ban-kiem-phieu');
  expect(count).toContain('Tổng số thành viên Hội đồng: 09; số phiếu phát ra: 09; số phiếu thu về: 09; số phiếu hợp lệ: 09; số phiếu không hợp lệ: 0');
  expect(count).toMatch(/có số phiếu đồng ý bằng nhau \(77,8 %\), cùng xếp loại và số sáng kiến, cho 08 suất còn lại/);
  expect(count).toContain('Quyết định của Hội đồng (Chủ tịch Hội đồng quyết định hoặc bỏ phiếu lại giữa những người bằng phiếu)');
  expect(count).not.toContain('có số phiếu đồng ý cao nhất được Hội đồng đề nghị');
  // What the committee wrote: the time, its members, each on a signature line of their own.
  expect(count).toContain('Hôm nay, vào hồi 15 giờ 30 phút, ngày 20 tháng 12 năm 2014');
  expect(count).toContain('- Đồng chí Đỗ Văn Hòa, Chuyên viên Văn phòng Sở, Thành viên;');
  const sigs = papers.find((p) => p.id === 'bien-ban-kiem-phieu')!.signatures;
  expect(sigs.map((s) => s.name)).toEqual(['Thân Thúy Mai', 'Đỗ Văn Hòa', 'Nguyễn Hồng Trang']);
});

test('the council chose 8 of the 9 (not in name order): they are proposed, the ninth is over the cap, the papers final and the choice printed', async () => {
  // Phạm Ngọc Thủy is left out: the name order would have left out Lý Xuân Tùng.
  const chosen = TIED.filter((n) => n !== 'Phạm Ngọc Thủy');
  const { o, papers, text } = await review(chosen);
  const r = o.result!;
  const status = (n: string) => r.persons.find((p) => p.person.name === n)!.verdicts.CSTDCS!.status;
  expect(status('Lý Xuân Tùng')).toBe('awarded');
  expect(status('Phạm Ngọc Thủy')).toBe('over-cap');
  expect(r.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded')).toHaveLength(12);
  expect(r.pendingVote).not.toContain('CSTDCS');
  expect(r.warnings.find((w) => w.code === 'cap-tie-settled')).toBeDefined();
  expect(papers.find((p) => p.id === 'quyet-dinh')!.draft).toBe(false);
  const count = text('bien-ban-kiem-phieu');
  expect(count).toContain(`Hội đồng đã chọn các đồng chí ${chosen.join(', ').replace(/, /g, ', ')}`.slice(0, 40));
  expect(count).toContain('12 người (04 người có số phiếu đồng ý cao nhất và 08 người Hội đồng chọn khi bằng phiếu)');
  expect(text('bien-ban-hop')).toContain('Hội đồng đã chọn các đồng chí');
  expect(text('quyet-dinh')).toContain('Lý Xuân Tùng');
});

test('a choice of the wrong number of people settles nothing', async () => {
  const { o } = await review(['Lý Xuân Tùng']);
  expect(o.result!.ties![0]).toMatchObject({ settled: false, chosen: [{ name: 'Lý Xuân Tùng', unit: expect.any(String) }] });
  expect(o.result!.pendingVote).toContain('CSTDCS');
});
