/**
 * What a paper prints of the law is what was checked (issue 16, docs/regimes.md): a review in
 * each regime, on the sample, gives papers with no "chưa đối chiếu" and no "(điều khoản …)"
 * placeholder, and the reasons of its verdicts none either. From 04/08/2025 the circular cited
 * is TT 15/2025/TT-BNV (by its number: its articles were not found), never TT 01/2024 beside it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { documentInput } from '../../src/pipeline/documents';
import { buildDossier } from '../../src/dossier/dossier';
import { paperTexts } from '../../src/dossier/model';
import { sampleSettings } from './sample';

const PLACEHOLDER = /chưa đối chiếu|điều khoản chưa|\(điều khoản/i;

test.each([
  ['2014-12-20', 'vn-2014'],
  ['2019-12-20', 'vn-2017'],
  ['2024-12-20', 'vn-2024'],
  ['2025-07-20', 'vn-2025'],
  ['2025-12-20', 'vn-2025'],
])('a review of %s (%s): no placeholder on any paper or reason', async (reviewDate, preset) => {
  const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  const o = runReview(grids, sampleSettings(), { reviewDate, reviewYear: Number(reviewDate.slice(0, 4)) });
  expect(o.result!.ruleSetId).toBe(preset);
  const papers = buildDossier(documentInput(o)!).papers;
  expect(papers.map((p) => p.id)).toEqual(expect.arrayContaining(['quyet-dinh']));
  for (const p of papers) expect({ paper: p.id, found: paperTexts(p).join('\n').match(PLACEHOLDER)?.[0] }).toEqual({ paper: p.id, found: undefined });
  const reasons = o.result!.persons.flatMap((p) => Object.values(p.verdicts).flatMap((v) => v!.reasons.map((r) => r.citation)));
  expect(reasons.length).toBeGreaterThan(0);
  expect(reasons.filter((c) => PLACEHOLDER.test(c))).toEqual([]);
  const decision = paperTexts(papers.find((p) => p.id === 'quyet-dinh')!).join('\n');
  if (reviewDate === '2025-12-20') {
    expect(decision).toContain('Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025');
    expect(decision).not.toContain('01/2024/TT-BNV');
    expect(reasons.filter((c) => /01\/2024/.test(c) && !/thay TT 01\/2024/.test(c))).toEqual([]);
  }
  if (reviewDate === '2025-07-20') expect(decision).not.toContain('15/2025/TT-BNV');
});
