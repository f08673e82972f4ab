/**
 * @jest-environment jsdom
 */
/**
 * The pane as a clerk uses it, in jsdom with Testing Library: the sample workbook in an
 * in-memory port, the three steps, a mapping fixed, a parameter changed, the results written.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/useReview';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { SETTINGS_SHEET } from '../../src/workbook/port';
import { sampleGrids } from './sample-grids';

function host(wb: MemoryWorkbook, activated: [string, string | undefined][] = []): PaneHost {
  return {
    port: wb,
    by: 'preview',
    activate: async (sheet, cell) => {
      activated.push([sheet, cell]);
    },
    describeError: (e) => `Lỗi: ${(e as Error).message}`,
  };
}

const totalOf = (short: string) => {
  const row = within(screen.getByTestId('totals')).getByText(short, { selector: 'th' }).closest('tr')!;
  return Number(row.querySelector('td')!.textContent);
};

jest.setTimeout(30000);
// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

test('step 1 shows the sheets, counts and mapping; a column set to none changes the verdicts', async () => {
  const wb = new MemoryWorkbook(sampleGrids());
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText('Đã đọc 105 người, 10 đơn vị.');
  expect(screen.getByText('Danh sách cán bộ: trang "DS CBCCVC 2014", tiêu đề ở dòng 7')).toBeTruthy();
  const initiative = screen.getByLabelText('Sáng kiến') as HTMLSelectElement;
  expect(initiative.value).toBe('K');
  expect([...initiative.options].find((o) => o.value === 'K')!.textContent).toBe('K – Kết quả năm 2014 / Sáng kiến được công nhận');
  fireEvent.change(initiative, { target: { value: '' } });
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  expect(totalOf('CSTĐCS')).toBe(0);
  expect(totalOf('LĐTT')).toBe(81);
});

test('step 2: the impossible target is a warning; a target and a parameter edited change step 3', async () => {
  const wb = new MemoryWorkbook(sampleGrids());
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText('Đã đọc 105 người, 10 đơn vị.');
  await userEvent.click(screen.getByRole('tab', { name: '2. Quy định và chỉ tiêu' }));
  // By hand: CSTĐCS are at most 15 % of the LĐTT, so at most 15 % of the staff, and 12 % at the plan's 80 % LĐTT.
  expect(screen.getAllByText(/không thể đạt theo quy định/).map((e) => e.textContent)).toEqual([
    'Chỉ tiêu "CBCCVC đạt CSTĐCS" 20 % không thể đạt theo quy định: LĐTT × tỷ lệ tối đa 15 % → nhiều nhất 15 % số CBCCVC (chỉ 12 % khi LĐTT ở mức 80 %) — TT 07/2014/TT-BNV Điều 5 (không quá 15 % số LĐTT)',
  ]);
  const ldttTarget = screen.getByLabelText('CBCCVC đạt LĐTT') as HTMLInputElement;
  expect(ldttTarget.value).toBe('80 %');
  fireEvent.change(ldttTarget, { target: { value: '75' } });
  const leave = screen.getAllByLabelText('Số ngày nghỉ bị loại (từ … ngày)')[0] as HTMLInputElement;
  fireEvent.change(leave, { target: { value: 'bốn mươi' } });
  expect(screen.getByText('Cần một số')).toBeTruthy();
  fireEvent.change(leave, { target: { value: '5' } });
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  // By hand from the sample: of the 81 LĐTT, 39 have 5 or more days of leave (Hoàng Minh Sơn 19, Đỗ Văn Quân 6, …).
  expect(totalOf('LĐTT')).toBe(42);
  const ldttRow = within(screen.getByTestId('targets')).getByText('CBCCVC đạt LĐTT').closest('tr')!;
  expect(ldttRow.textContent).toContain('75 %');
});

test('step 3: lookup shows every verdict with its reasons; writing reports the sheets and saves the settings', async () => {
  const wb = new MemoryWorkbook(sampleGrids());
  const activated: [string, string | undefined][] = [];
  render(<App host={host(wb, activated)} lang="vi" />);
  await screen.findByText('Đã đọc 105 người, 10 đơn vị.');
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  expect(screen.getByText('thiếu 3 người')).toBeTruthy();
  await userEvent.type(screen.getByRole('searchbox'), 'giap minh linh');
  const hit = await screen.findByText(/Giáp Minh Linh/);
  const card = hit.closest('.bx-hit')!;
  // By hand: no CSTĐCS in 2013 (blank) nor in 2014 (no initiative), and no initiative of provincial scope.
  expect([...card.querySelectorAll('li')].map((li) => li.textContent).find((x) => x!.startsWith('CSTĐ tỉnh'))).toBe(
    'CSTĐ tỉnh: Không đủ tiêu chuẩn – Chưa đủ 3 năm liên tục (thiếu năm 2014, 2013); Chưa có sáng kiến được công nhận phạm vi cấp tỉnh',
  );
  await userEvent.click(screen.getByRole('button', { name: 'Ghi kết quả vào sổ' }));
  await screen.findByText(/Đã ghi \d+ trang/);
  const names = wb.grids.map((g) => g.name);
  expect(names).toEqual(expect.arrayContaining(['DS CBCCVC 2014', 'Chỉ tiêu - Kết quả', 'Mẫu DS LĐTT', SETTINGS_SHEET]));
  const settings = (await wb.getSettings())!;
  expect(settings.lastRun?.by).toBe('preview');
  expect(settings.ownedSheets).toContain('Mẫu DS LĐTT');
  await userEvent.click(screen.getByRole('button', { name: 'Mẫu DS LĐTT' }));
  expect(activated).toContainEqual(['Mẫu DS LĐTT', undefined]);
});

test('a failed write leaves the workbook as it was and says so', async () => {
  const wb = new MemoryWorkbook(sampleGrids());
  wb.failAfter = 3;
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText('Đã đọc 105 người, 10 đơn vị.');
  const before = wb.grids.map((g) => g.name);
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  await userEvent.click(screen.getByRole('button', { name: 'Ghi kết quả vào sổ' }));
  expect((await screen.findByRole('alert')).textContent).toContain('Lỗi: write failed');
  expect(wb.grids.map((g) => g.name)).toEqual(before);
});

test('a data issue is a button that selects its cell', async () => {
  const grids = sampleGrids();
  const staff = grids.find((g) => g.name === 'DS CBCCVC 2014')!;
  staff.values[11 - staff.top][6 - staff.left] = 'B+';
  const activated: [string, string | undefined][] = [];
  render(<App host={host(new MemoryWorkbook(grids), activated)} lang="vi" />);
  const issue = await screen.findByRole('button', { name: /Chọn ô G12 trên trang DS CBCCVC 2014/ });
  await userEvent.click(issue);
  expect(activated).toEqual([['DS CBCCVC 2014', 'G12']]);
});

test('English when asked', async () => {
  render(<App host={host(new MemoryWorkbook(sampleGrids()))} lang="en" />);
  await screen.findByText('Read 105 people and 10 units.');
  expect(screen.getByRole('tab', { name: '2. Rules and targets' })).toBeTruthy();
});

test('"Chốt kết quả năm" in the pane writes the history sheet once; a second close adds nothing', async () => {
  const wb = new MemoryWorkbook(sampleGrids());
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText('Đã đọc 105 người, 10 đơn vị.');
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  await userEvent.click(screen.getByRole('button', { name: 'Chốt kết quả năm' }));
  const done = await screen.findByText(/^Đã chốt năm 2014: thêm (\d+) dòng vào trang "Danh hiệu các năm"\.$/);
  // One row per title, by hand from rules.md: 124 for people (LĐTT 81; Giấy khen 31, the HTXSNV who are also
  // LĐTT; CSTĐCS 12; no BK tỉnh: nobody has two initiatives over 2013–2014), one for each of the 24 people
  // with a rating and no title, 12 for units (8 collective titles, 4 BK tỉnh) and one for each of the 2
  // units rated without a title.
  expect(Number(/thêm (\d+) dòng/.exec(done.textContent!)![1])).toBe(124 + 24 + 12 + 2);
  const history = wb.grids.find((g) => g.name === 'Danh hiệu các năm')!;
  expect(history.values[0]).toEqual(['Họ tên', 'Đơn vị', 'Ngày sinh/Năm sinh', 'Năm', 'Danh hiệu', 'Xếp loại', 'Số quyết định']);
  const rows = history.values.length;
  await userEvent.click(screen.getByRole('button', { name: 'Chốt kết quả năm' }));
  await screen.findByText('Đã chốt năm 2014: thêm 0 dòng vào trang "Danh hiệu các năm".');
  expect(wb.grids.find((g) => g.name === 'Danh hiệu các năm')!.values).toHaveLength(rows);
});

test('step 2 edits the rule set the review used (vn-2014 for a 2014 workbook), and a parameter set back to its default gives the first result again', async () => {
  render(<App host={host(new MemoryWorkbook(sampleGrids()))} lang="vi" />);
  await screen.findByText('Đã đọc 105 người, 10 đơn vị.');
  await userEvent.click(screen.getByRole('tab', { name: '2. Quy định và chỉ tiêu' }));
  expect((screen.getByLabelText('Bộ quy định') as HTMLSelectElement).value).toBe('vn-2014');
  fireEvent.change(screen.getAllByLabelText(/^Số ngày nghỉ bị loại/)[0], { target: { value: '5' } });
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  expect(totalOf('LĐTT')).toBe(42);
  await userEvent.click(screen.getByRole('tab', { name: '2. Quy định và chỉ tiêu' }));
  expect((screen.getByLabelText('Bộ quy định') as HTMLSelectElement).value).toBe('vn-2014');
  fireEvent.change(screen.getAllByLabelText(/^Số ngày nghỉ bị loại/)[0], { target: { value: '40' } });
  await userEvent.click(screen.getByRole('tab', { name: '3. Kết quả' }));
  expect(totalOf('LĐTT')).toBe(81);
});
