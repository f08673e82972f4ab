/**
 * @jest-environment jsdom
 */
/**
 * Step 2's council vote and award money as a clerk uses them (issues 16 and 17): the fields
 * the command line sets with --staff-votes, --base-wage and --fund, in the pane's own words.
 * Typed in the pane, each changes the review exactly as the option does (the same review run
 * with the option's overrides), a value that does not read is refused and the one before
 * kept, blank takes it away, and "Ghi kết quả vào sổ" keeps it in the workbook's settings.
 *
 * By hand, the sample (vn-2014, 20/12/2014; 81 LĐTT of whom 12 CSTĐCS, 31 Giấy khen, 6 units
 * TTLĐTT), each amount rounded up to ten thousand đồng (NĐ 42/2010 coefficients: LĐTT 0,3,
 * CSTĐCS 1,0, Giấy khen 0,3, TTLĐTT 0,8; a CSTĐCS is paid the CSTĐCS only):
 *   base wage 1 150 000 (the decree's): 69 × 350 000 + 12 × 1 150 000 + 31 × 350 000 + 6 × 920 000 = 54 320 000
 *   base wage 2 000 000 (typed):        69 × 600 000 + 12 × 2 000 000 + 31 × 600 000 + 6 × 1 600 000 = 93 600 000
 * so a fund of 90 000 000 is 3 600 000 short with the typed wage.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { runReview } from '../../src/pipeline/run';
import { SETTINGS_SHEET } from '../../src/domain/settings';
import { describeIssue } from '../../src/sheets/issue-text';
import type { ReviewOutcome, ReviewOverrides } from '../../src/pipeline/outcome';
import { sampleWorkbookGrids } from './sample-grids';
import { rulesStepHarness } from '../helpers/pane';

jest.setTimeout(120000);

const { Harness, review } = rulesStepHarness();

/** The review the pane shows, once it has caught up with what was typed. */
async function shown(): Promise<ReviewOutcome> {
  await waitFor(() => expect(review().pending).toBe(false), { timeout: 5000 });
  return review().outcome!;
}

/** The same workbook reviewed as the command line does with its options. */
function withOptions(grids: ReturnType<typeof sampleWorkbookGrids>, overrides: ReviewOverrides): ReviewOutcome {
  const settings = JSON.parse(JSON.stringify(review().saved));
  return runReview(
    grids.filter((g) => g.name !== SETTINGS_SHEET),
    settings,
    { ...overrides, source: 'command-line' },
  );
}

const type = (label: string | RegExp, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
const awarded = (o: ReviewOutcome, id: 'CSTDCS' | 'LDTT') => o.result!.persons.filter((p) => p.verdicts[id]?.status === 'awarded').map((p) => p.person.name);
const codes = (o: ReviewOutcome) => [...o.result!.warnings.map((w) => w.code), ...o.issues.map((i) => i.code)].sort();

test("the council's size for the list's vote column: 9 refuses the shares 9 people cannot give, 100 reads them as --staff-votes 100 does, blank goes back to the tally form", async () => {
  const grids = sampleWorkbookGrids();
  render(<Harness wb={new MemoryWorkbook(grids)} />);
  const field = (await screen.findByLabelText(/^Số thành viên Hội đồng bỏ phiếu ở cột/)) as HTMLInputElement;
  expect(field.value).toBe('');
  expect(screen.getByText(/Để trống: phiếu bầu lấy từ trang kiểm phiếu/)).toBeTruthy();
  // Blank: the column is not the vote, said; CSTĐCS waits for the tally form.
  let o = await shown();
  expect(o.issues.map((i) => i.code)).toContain('staff-votes-unused');
  expect(
    describeIssue(
      o.issues.find((i) => i.code === 'staff-votes-unused')!,
      'vi',
    ),
  ).toContain('mục "Phiếu bầu của Hội đồng"');
  expect(o.result!.pendingVote).toContain('CSTDCS');

  // A council of 9: the sample's 75 % in O10 is no vote of 9 people (6/9 = 66,7 %, 7/9 = 77,8 %).
  type(/^Số thành viên Hội đồng bỏ phiếu ở cột/, '9');
  o = await shown();
  const list = screen.getByTestId('votes-impossible').textContent!;
  expect(list).toContain('ô O10');
  expect(list).toContain('Tỷ lệ phiếu 75 % không thể có với Hội đồng 9 thành viên (gần nhất: 6/9 = 66,7 %)');
  expect(codes(o)).toEqual(codes(withOptions(grids, { staffVotes: { council: 9 } })));

  // A council of 100 (whole percents are votes of 100): the pane's review is the option's.
  type(/^Số thành viên Hội đồng bỏ phiếu ở cột/, '100');
  o = await shown();
  expect(review().draft.staffVotes).toEqual({ council: 100 });
  expect(screen.queryByTestId('votes-impossible')).toBeNull();
  const cli = withOptions(grids, { staffVotes: { council: 100 } });
  expect(awarded(o, 'CSTDCS')).toEqual(awarded(cli, 'CSTDCS'));
  expect(o.result!.units.map((u) => u.collectiveTitle)).toEqual(cli.result!.units.map((u) => u.collectiveTitle));
  expect(o.result!.warnings).toEqual(cli.result!.warnings);
  expect(o.issues.map((i) => i.code)).not.toContain('staff-votes-unused');

  // Not a size: refused, the 100 kept and said.
  type(/^Số thành viên Hội đồng bỏ phiếu ở cột/, '0');
  expect(screen.getByText('Cần số thành viên từ 1 đến 999, hoặc để trống. Bình xét vẫn dùng 100 (giá trị đã xác nhận trước đó).')).toBeTruthy();
  expect(review().draft.staffVotes).toEqual({ council: 100 });

  // Blank: the setting goes, and the column is said unused again.
  type(/^Số thành viên Hội đồng bỏ phiếu ở cột/, '');
  o = await shown();
  expect(review().draft.staffVotes).toBeUndefined();
  expect(o.issues.map((i) => i.code)).toContain('staff-votes-unused');
  expect(o.settings.staffVotes).toBeUndefined();
});

test('the base wage and the fund: typed as a clerk types đồng, the same warning as --base-wage 2000000 --fund 90000000, refused text keeps the value, written to the settings', async () => {
  const grids = sampleWorkbookGrids();
  const wb = new MemoryWorkbook(grids);
  render(<Harness wb={wb} />);
  const wage = (await screen.findByLabelText('Mức lương cơ sở (đồng/tháng)')) as HTMLInputElement;
  expect(wage.value).toBe('');
  expect(screen.getByText(/Để trống: dùng 1\.150\.000 đồng theo NĐ 66\/2013\/NĐ-CP/)).toBeTruthy();
  // What the agency's fund pays by this review, by hand above.
  expect(screen.getByText(/quỹ của cơ quan chi 54\.320\.000 đồng/)).toBeTruthy();

  type('Mức lương cơ sở (đồng/tháng)', '2.000.000');
  type('Quỹ thi đua, khen thưởng hiện có (đồng)', '90 000 000');
  const o = await shown();
  expect(review().draft.money).toEqual({ baseWage: 2_000_000, fund: 90_000_000 });
  const over = 'Tiền thưởng do Quỹ thi đua, khen thưởng của cơ quan chi là 93.600.000 đồng, vượt số quỹ hiện có 90.000.000 đồng (3.600.000 đồng)';
  expect(screen.getByText(over)).toBeTruthy();
  expect(o.result!.warnings).toEqual(withOptions(grids, { money: { baseWage: 2_000_000, fund: 90_000_000 } }).result!.warnings);
  expect(screen.getByText(/quỹ của cơ quan chi 93\.600\.000 đồng/)).toBeTruthy();

  // A decimal comma is no amount of đồng: refused, the 2.000.000 kept.
  type('Mức lương cơ sở (đồng/tháng)', '2000000,5');
  expect(screen.getByText('Cần một số đồng, ví dụ 2340000 hoặc 2.340.000, hoặc để trống. Bình xét vẫn dùng 2.000.000 (giá trị đã xác nhận trước đó).')).toBeTruthy();
  expect(review().draft.money).toEqual({ baseWage: 2_000_000, fund: 90_000_000 });
  fireEvent.blur(screen.getByLabelText('Mức lương cơ sở (đồng/tháng)'));
  type('Mức lương cơ sở (đồng/tháng)', '2000000');

  // Written: the workbook's settings hold them as the command line's options are held.
  await act(async () => void (await review().write()));
  expect((await wb.getSettings())?.money).toEqual({ baseWage: 2_000_000, fund: 90_000_000 });
  // The fund blanked after: no fund, no warning; the wage stays.
  type('Quỹ thi đua, khen thưởng hiện có (đồng)', '');
  await shown();
  expect(review().draft.money).toEqual({ baseWage: 2_000_000 });
  expect(screen.queryByText(over)).toBeNull();
  expect(review().outcome!.settings.money).toEqual({ baseWage: 2_000_000 });
});
