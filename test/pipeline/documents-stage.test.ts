/**
 * The documents stage: the review stops at the verdicts (the pane reruns it on each change
 * the clerk makes), and the sheets and papers are made once, when the results are written.
 */
import * as layout from '../../src/sheets/layout';
import * as documents from '../../src/sheets/forms';
import { runReview } from '../../src/pipeline/review';
import { documentInput, resultSheets } from '../../src/pipeline/documents';
import { emptySettings } from '../../src/domain/settings';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { writeOutcome } from '../../src/workbook/session';
import { beforeTheVote } from '../documents/sample';

// Counted, not replaced: the real layout and papers run.
jest.mock('../../src/sheets/layout', () => {
  const actual = jest.requireActual('../../src/sheets/layout');
  return { ...actual, layoutResults: jest.fn(actual.layoutResults) };
});
jest.mock('../../src/sheets/forms', () => {
  const actual = jest.requireActual('../../src/sheets/forms');
  return { ...actual, documentSheets: jest.fn(actual.documentSheets) };
});

test('a review builds no sheet; writing builds them once; the papers and the sheets start from one input', async () => {
  const grids = await beforeTheVote();
  const tables = layout.layoutResults as jest.Mock;
  const papers = documents.documentSheets as jest.Mock;
  const o = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
  expect(o.result!.persons).toHaveLength(105);
  expect(tables).not.toHaveBeenCalled();
  expect(papers).not.toHaveBeenCalled();

  const wb = new MemoryWorkbook(grids);
  const report = await writeOutcome(wb, o, 'addin');
  expect(tables).toHaveBeenCalledTimes(1);
  expect(papers).toHaveBeenCalledTimes(1);
  // The same sheets whoever asks (the pane's progress bar reads `outcome.sheets`): made once.
  expect(o.sheets).toBe(resultSheets(o));
  expect(tables).toHaveBeenCalledTimes(1);
  // What was written is read back from the workbook, not taken from the outcome: the clerk's two
  // sheets are still there and unchanged, and each written sheet holds the 105 people where a
  // list of everybody is expected.
  const after = await wb.sheets();
  const names = after.map((x) => x.name);
  expect(names.slice(0, 2)).toEqual(['DS CBCCVC 2014', 'Đơn vị']);
  const [staffAfter, unitsAfter] = await wb.read(['DS CBCCVC 2014', 'Đơn vị']);
  expect(staffAfter.values).toEqual(grids.find((g) => g.name === 'DS CBCCVC 2014')!.values);
  expect(unitsAfter.values).toEqual(grids.find((g) => g.name === 'Đơn vị')!.values);
  expect(report.removed).toEqual([]);
  expect(report.written.length).toBeGreaterThan(5);
  for (const n of report.written) expect(names).toContain(n);
  // A sheet of everybody was written: Giáp Minh Linh (row 10 of the staff list, HTXSNV) and Hoàng Minh Sơn
  // (row 17, HTTNV) are both on it.
  const written = await wb.read(report.written);
  const everyone = written.filter((g) => g.values.flat().includes('Giáp Minh Linh') && g.values.flat().includes('Hoàng Minh Sơn'));
  expect(everyone.length).toBeGreaterThan(0);
  // Every written sheet is print-ready.
  for (const s of o.sheets) expect({ sheet: s.name, heights: s.heights?.length }).toEqual({ sheet: s.name, heights: s.rows.length });

  const input = documentInput(o)!;
  expect(input.result).toBe(o.result);
  expect(input.ruleSet.id).toBe(o.result!.ruleSetId);
  expect(input.unitOrder[0]).toBe('Văn phòng Sở');
});
