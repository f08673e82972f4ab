/**
 * @jest-environment jsdom
 */
/**
 * The pane as a clerk uses it, in jsdom with Testing Library: the sample workbook in an
 * in-memory port, the three steps, a mapping fixed and a slip undone, a parameter changed,
 * the results written, the year closed after a confirmation, a stopped review and the way
 * back to the place to fix it. (Role queries are slow in jsdom: tabs and buttons are found
 * by their text.)
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/useReview';
import type { SheetGrid } from '../../src/sheets/grid';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { SETTINGS_SHEET } from '../../src/workbook/port';
import { sampleWorkbookGrids } from './sample-grids';
import { byText, clerk, paneHost, READ, tab, type Activation } from '../helpers/pane';

/** The preview's host; the pane's errors as the host words them. */
const host = (wb: MemoryWorkbook, activated: Activation[] = []): PaneHost => paneHost(wb, { activated, describeError: (e) => `Lỗi: ${(e as Error).message}` });
const totalOf = (short: string) => {
  const row = within(screen.getByTestId('totals')).getByText(short, { selector: '[data-short]' }).closest('tr')!;
  return Number(row.querySelector('td')!.textContent);
};
const pick = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });
/** The write makes its sheets a task at a time (the pane stays responsive): it takes more than a tick. */
const WRITE = 120000;

// jsdom lays nothing out: Fluent's positioning (floating-ui) of an open list would work from
// boxes of zero size, asking jsdom for the computed style of every ancestor again and again (most
// of the time of the test that opens one). Where a list sits is the browser test's to check (every
// list inside the 320 px window, in Chromium); here it opens where it is rendered.
jest.mock('@fluentui/react-positioning', () => {
  const actual = jest.requireActual('@fluentui/react-positioning');
  return { ...actual, usePositioning: (options: { enabled?: boolean }) => actual.usePositioning({ ...options, enabled: false }) };
});

jest.setTimeout(600000);
let user = clerk();
beforeEach(() => {
  user = clerk();
});

test('step 1 shows the sheets, counts and mapping; a column set to none changes the verdicts', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  expect((document.getElementById('pick-staff') as HTMLButtonElement).textContent).toContain('DS CBCCVC 2014');
  expect(screen.getAllByText('Tiêu đề ở dòng 7').length).toBe(1);
  const initiative = screen.getByLabelText('Sáng kiến') as HTMLSelectElement;
  expect(initiative.value).toBe('K');
  // Short in the list (the pane is narrow), under the group header it sits below in the sheet.
  const k = [...initiative.options].find((o) => o.value === 'K')!;
  expect(k.textContent).toBe('K – Sáng kiến được công nhận');
  expect((k.parentElement as HTMLOptGroupElement).label).toBe('Kết quả năm 2014');
  pick('Sáng kiến', '');
  await user.click(tab('3. Kết quả'));
  expect(totalOf('CSTĐCS')).toBe(0);
  expect(totalOf('LĐTT')).toBe(81);
});

test('a slip in the mapping is undone by choosing again, or by "Hoàn tác": no field lost, the totals are the first ones', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  pick('Xếp loại', 'N');
  // N is read for last year's rating: a question first, which field keeps it.
  await user.click(await screen.findByText('Dùng cột N cho "Xếp loại"'));
  // The field that lost its column says so, and the toast offers the undo.
  expect(screen.getByText('Không còn cột: cột N đang dùng cho "Xếp loại"')).toBeTruthy();
  expect(screen.getAllByText('Xếp loại lấy cột N: "Xếp loại năm 2013" không còn cột nào.').length).toBeGreaterThan(0);
  expect((screen.getByLabelText('Xếp loại năm 2013') as HTMLSelectElement).value).toBe('');
  await user.click(tab('3. Kết quả'));
  // Last year's ratings read as this year's: the totals change.
  expect(totalOf('LĐTT')).toBe(79);
  await user.click(tab('1. Dữ liệu'));
  pick('Xếp loại', 'G');
  expect((screen.getByLabelText('Xếp loại năm 2013') as HTMLSelectElement).value).toBe('N');
  await user.click(tab('3. Kết quả'));
  expect(totalOf('LĐTT')).toBe(81);
  expect(totalOf('Giấy khen')).toBe(31);
  // The same slip, taken back with the undo button this time.
  await user.click(tab('1. Dữ liệu'));
  pick('Xếp loại', 'N');
  await user.click(await screen.findByText('Dùng cột N cho "Xếp loại"'));
  await user.click(screen.getByLabelText('Hoàn tác: Xếp loại → cột N'));
  expect((screen.getByLabelText('Xếp loại') as HTMLSelectElement).value).toBe('G');
  expect((screen.getByLabelText('Xếp loại năm 2013') as HTMLSelectElement).value).toBe('N');
  expect(screen.getAllByText('Đã hoàn tác: Xếp loại → cột N').length).toBeGreaterThan(0);
});

test('step 2: the impossible target is a warning; a target and a parameter edited change step 3; typing waits for a pause', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  await user.click(tab('2. Quy định'));
  // By hand: CSTĐCS are at most 15 % of the LĐTT, so at most 15 % of the staff, and 12 % at the plan's 80 % LĐTT.
  expect(screen.getAllByText(/không thể đạt theo quy định/).map((e) => e.textContent!.replace(/^Cần lưu ý/, ''))).toEqual([
    'Chỉ tiêu "CBCCVC đạt CSTĐCS" 20 % không thể đạt theo quy định: LĐTT × tỷ lệ tối đa 15 % → nhiều nhất 15 % số CBCCVC (chỉ 12 % khi LĐTT ở mức 80 %) — TT 07/2014/TT-BNV Điều 5 (không quá 15 % số LĐTT)',
  ]);
  // Rule sets by name, the date day first, shares with a decimal comma.
  expect(screen.getByLabelText('Luật TĐKT 2003 sửa đổi 2013, NĐ 65/2014 (15/10/2014–30/9/2017)')).toBeTruthy();
  expect(screen.queryByText(/vn-2014/)).toBeNull();
  expect((screen.getByLabelText('Ngày bình xét') as HTMLInputElement).value).toBe('20/12/2014');
  expect(screen.getByText('ngày 20 tháng 12 năm 2014')).toBeTruthy();
  const ldttTarget = screen.getByLabelText('CBCCVC đạt LĐTT') as HTMLInputElement;
  expect(ldttTarget.value).toBe('80 %');
  fireEvent.change(ldttTarget, { target: { value: '75' } });
  // The review waits while the clerk types.
  expect(screen.getByText('Đang tính lại…')).toBeTruthy();
  await user.click(byText('LĐTT'));
  const leave = screen.getAllByLabelText(/^Số ngày nghỉ bị loại/)[0] as HTMLInputElement;
  fireEvent.change(leave, { target: { value: 'bốn mươi' } });
  expect(screen.getByText(/^Cần một số nguyên từ 0 trở lên\. Bình xét vẫn dùng/)).toBeTruthy();
  fireEvent.change(leave, { target: { value: '5' } });
  await user.click(tab('3. Kết quả'));
  // By hand from the sample: of the 81 LĐTT, 39 have 5 or more days of leave (Hoàng Minh Sơn 19, Đỗ Văn Quân 6, …).
  expect(totalOf('LĐTT')).toBe(42);
  const ldttRow = within(screen.getByTestId('targets')).getByText('CBCCVC đạt LĐTT').closest('li')!;
  expect(ldttRow.textContent).toContain('Kế hoạch 75 %');
  // Shares with the clerk's decimal comma ("5,7 %"), never a point.
  expect(screen.getByTestId('targets').textContent).toMatch(/\d,\d % \(\d+\/105\)/);
  expect(screen.getByTestId('targets').textContent).not.toMatch(/\d\.\d %/);
});

test('a date typed month first is refused, a Vietnamese one taken', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  await user.click(tab('2. Quy định'));
  const date = screen.getByLabelText('Ngày bình xét') as HTMLInputElement;
  fireEvent.change(date, { target: { value: '12/20/2014' } });
  expect(screen.getByText('Cần một ngày có thật, dạng ngày/tháng/năm (20/12/2014). Bình xét vẫn dùng ngày 20/12/2014.')).toBeTruthy();
  fireEvent.change(date, { target: { value: '15/06/2014' } });
  expect(screen.getByText('ngày 15 tháng 6 năm 2014')).toBeTruthy();
});

test('"Khôi phục mặc định": parameters and targets back to the rule set and the plan, with an undo', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  await user.click(tab('2. Quy định'));
  await user.click(byText('LĐTT'));
  fireEvent.change(screen.getAllByLabelText(/^Số ngày nghỉ bị loại/)[0], { target: { value: '5' } });
  fireEvent.change(screen.getByLabelText('CBCCVC đạt LĐTT'), { target: { value: '70' } });
  await user.click(byText('Khôi phục tham số mặc định'));
  await user.click(byText('Khôi phục chỉ tiêu của kế hoạch'));
  expect(screen.getAllByText('Các chỉ tiêu về mức của kế hoạch.').length).toBeGreaterThan(0);
  await user.click(tab('3. Kết quả'));
  expect(totalOf('LĐTT')).toBe(81);
  expect(within(screen.getByTestId('targets')).getByText('CBCCVC đạt LĐTT').closest('li')!.textContent).toContain('Kế hoạch 80 %');
});

test('step 3: lookup shows every verdict with its reasons; writing reports the sheets and saves the settings', async () => {
  const wb = new MemoryWorkbook(sampleWorkbookGrids());
  const activated: Activation[] = [];
  render(<App host={host(wb, activated)} lang="vi" />);
  await screen.findByText(READ);
  await user.click(tab('3. Kết quả'));
  expect(screen.getByText('thiếu 3 người')).toBeTruthy();
  await user.type(screen.getByLabelText('Họ tên hoặc tên đơn vị'), 'giap minh linh');
  const hit = await screen.findByText(/Giáp Minh Linh/);
  const card = hit.closest('[data-testid=hit]')!;
  // By hand: no CSTĐCS in 2013 (blank) nor in 2014 (no initiative), and no initiative of provincial scope.
  expect([...card.querySelectorAll('li')].map((li) => li.textContent).find((x) => x!.startsWith('CSTĐ tỉnh'))).toBe(
    'CSTĐ tỉnh: Không đủ tiêu chuẩn – Chưa đủ 3 năm liên tục (thiếu năm 2014, 2013); Chưa có sáng kiến được công nhận phạm vi cấp tỉnh',
  );
  expect(screen.getByText('Kết quả chưa được ghi vào sổ.')).toBeTruthy();
  await user.click(byText('Ghi kết quả vào sổ'));
  await screen.findAllByText(/^Đã ghi \d+ trang kết quả vào sổ\.$/, {}, { timeout: WRITE });
  const names = wb.grids.map((g) => g.name);
  expect(names).toEqual(expect.arrayContaining(['DS CBCCVC 2014', 'Chỉ tiêu - Kết quả', 'Mẫu DS LĐTT', SETTINGS_SHEET]));
  const settings = (await wb.getSettings())!;
  expect(settings.lastRun?.by).toBe('preview');
  expect(settings.ownedSheets).toContain('Mẫu DS LĐTT');
  await user.click(byText('Mẫu DS LĐTT'));
  expect(activated).toContainEqual(['Mẫu DS LĐTT', undefined]);
  // Written again: it says what it replaced.
  await user.click(byText('Ghi kết quả vào sổ'));
  await screen.findAllByText(/^Đã ghi \d+ trang kết quả, thay cho \d+ trang của lần ghi trước\.$/, {}, { timeout: WRITE });
});

test('a failed write leaves the workbook as it was and says so', async () => {
  const wb = new MemoryWorkbook(sampleWorkbookGrids());
  wb.failAfter = 3;
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText(READ);
  const before = wb.grids.map((g) => g.name);
  await user.click(tab('3. Kết quả'));
  await user.click(byText('Ghi kết quả vào sổ'));
  expect((await screen.findByRole('alert', {}, { timeout: WRITE })).textContent).toContain('Lỗi: write failed');
  expect(wb.grids.map((g) => g.name)).toEqual(before);
});

test('a data issue is a button that selects its cell, every time it is clicked', async () => {
  const grids = sampleWorkbookGrids();
  const staff = grids.find((g) => g.name === 'DS CBCCVC 2014')!;
  staff.values[11 - staff.top][6 - staff.left] = 'B+';
  const activated: Activation[] = [];
  render(<App host={host(new MemoryWorkbook(grids), activated)} lang="vi" />);
  const issue = await screen.findByLabelText(/Chọn ô G12 trên trang DS CBCCVC 2014/);
  await user.click(issue);
  await user.click(issue);
  expect(activated).toEqual([
    ['DS CBCCVC 2014', 'G12'],
    ['DS CBCCVC 2014', 'G12'],
  ]);
  // Warnings are marked as such, apart from errors.
  expect(issue.closest('[data-severity]')!.getAttribute('data-severity')).toBe('warning');
});

test('English when asked', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="en" />);
  await screen.findByText('Read 105 people and 10 units.');
  expect(tab('2. Rules')).toBeTruthy();
});

test('"Chốt kết quả năm" waits for written results, says what it will add, and adds nothing twice', async () => {
  const wb = new MemoryWorkbook(sampleWorkbookGrids());
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText(READ);
  await user.click(tab('3. Kết quả'));
  expect((byText('Chốt kết quả năm') as HTMLButtonElement).disabled).toBe(true);
  expect(screen.getByText('Chốt kết quả năm sau khi đã ghi kết quả vào sổ.')).toBeTruthy();
  await user.click(byText('Ghi kết quả vào sổ'));
  await screen.findAllByText(/^Đã ghi \d+ trang/, {}, { timeout: WRITE });
  await waitFor(() => expect((byText('Chốt kết quả năm') as HTMLButtonElement).disabled).toBe(false));
  await user.click(byText('Chốt kết quả năm'));
  const ask = (await screen.findByText(/^Sẽ tạo trang "Danh hiệu các năm" với \d+ dòng/)).textContent!;
  const n = Number(/với (\d+) dòng/.exec(ask)![1]);
  // Rows are not people: the question counts both (people at most the 105 of the list, the 10 units).
  const people = Number(new RegExp(`${n} dòng cho (\\d+) người và 10 đơn vị`).exec(ask)?.[1]);
  expect(people).toBeGreaterThan(0);
  expect(people).toBeLessThanOrEqual(105);
  expect(n).toBeGreaterThan(people);
  // One row per title, by hand from rules.md: 124 for people (LĐTT 81; Giấy khen 31, the HTXSNV who are also
  // LĐTT; CSTĐCS 12; no BK tỉnh: nobody has two initiatives over 2013–2014), one for each of the 24 people
  // with a rating and no title, 12 for units (8 collective titles, 4 BK tỉnh) and one for each of the 2
  // units rated without a title.
  expect(n).toBe(124 + 24 + 12 + 2);
  expect(wb.grids.some((g) => g.name === 'Danh hiệu các năm')).toBe(false);
  await user.click(byText('Chốt năm 2014'));
  await screen.findAllByText(`Đã chốt năm 2014: thêm ${n} dòng vào trang "Danh hiệu các năm".`, {}, { timeout: WRITE });
  const history = wb.grids.find((g) => g.name === 'Danh hiệu các năm')!;
  expect(history.values[0]).toEqual(['Họ tên', 'Đơn vị', 'Ngày sinh/Năm sinh', 'Năm', 'Danh hiệu', 'Xếp loại', 'Số quyết định']);
  expect(history.values).toHaveLength(n + 1);
  await waitFor(() => expect((byText('Chốt kết quả năm') as HTMLButtonElement).disabled).toBe(false));
  await user.click(byText('Chốt kết quả năm'));
  // A second "Chốt" says the year is closed, and offers nothing to add.
  await screen.findByText('Năm 2014 đã được chốt', {}, { timeout: WRITE });
  expect(screen.queryByText('Chốt năm 2014')).toBeNull();
  await user.click(byText('Đóng'));
  // Focus back on the button that opened the dialog.
  await waitFor(() => expect(document.activeElement?.id).toBe('close-year'));
  expect(wb.grids.find((g) => g.name === 'Danh hiệu các năm')!.values).toHaveLength(n + 1);
});

test('"Đọc lại sổ" with unsaved changes asks first: keep them, drop them, or cancel', async () => {
  const wb = new MemoryWorkbook(sampleWorkbookGrids());
  render(<App host={host(wb)} lang="vi" />);
  await screen.findByText(READ);
  pick('Sáng kiến', '');
  await user.click(byText('Đọc lại sổ'));
  await screen.findByText('Đọc lại sổ?');
  await user.click(byText('Huỷ'));
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('');
  await user.click(byText('Đọc lại sổ'));
  await user.click(await screen.findByText('Đọc lại, giữ thay đổi'));
  await screen.findAllByText('Đã đọc lại sổ; các thay đổi chưa ghi vẫn được giữ.');
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('');
  await user.click(byText('Đọc lại sổ'));
  await user.click(await screen.findByText('Đọc lại, bỏ thay đổi'));
  await waitFor(() => expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('K'));
  // Nothing unsaved: it reads again at once.
  await user.click(byText('Đọc lại sổ'));
  await screen.findAllByText('Đã đọc lại sổ.');
  expect(screen.queryByText('Đọc lại sổ?')).toBeNull();
});

test('a stopped review says why in step 3, and its button takes the clerk to the column to choose', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  pick('Họ và tên', '');
  await user.click(tab('3. Kết quả'));
  expect(screen.getByText('Chưa bình xét được')).toBeTruthy();
  expect(screen.getByTestId('stop-reasons').textContent).toContain('không tìm thấy cột "Họ và tên"');
  await user.click(byText('Chọn cột (bước 1)'));
  await waitFor(() => expect(document.activeElement?.id).toBe('map-staff-name'));
  expect(tab('1. Dữ liệu').getAttribute('aria-selected')).toBe('true');
  pick('Họ và tên', 'B');
  await screen.findByText(READ);
});

test('no staff list recognised: the clerk picks the sheet and its columns from lists', async () => {
  // A sheet whose headers say nothing a reader could know.
  const rows = [
    ['Cột 1', 'Cột 2', 'Cột 3'],
    ['Nguyễn Văn An', 'Phòng A', 'HTXSNV'],
    ['Trần Thị Bình', 'Phòng A', 'HTTNV'],
    ['Lê Văn Chi', 'Phòng B', 'HTNV'],
  ];
  const grid: SheetGrid = { name: 'Trang1', visibility: 'visible', top: 0, left: 0, merges: [], values: rows };
  render(<App host={host(new MemoryWorkbook([grid]))} lang="vi" />);
  await screen.findAllByText('Không nhận ra trang danh sách cán bộ nào: chọn trang ở đây.');
  await user.click(tab('3. Kết quả'));
  await user.click(byText('Chọn trang danh sách (bước 1)'));
  await waitFor(() => expect(document.activeElement?.id).toBe('pick-staff'));
  await user.click(document.getElementById('pick-staff')!);
  await waitFor(() => expect(document.querySelector('[role=listbox]')).toBeTruthy());
  await user.click(within(document.querySelector('[role=listbox]') as HTMLElement).getByText('Trang1'));
  pick('Họ và tên', 'A');
  pick('Đơn vị', 'B');
  pick('Xếp loại', 'C');
  // Units are taken from the staff list when there is no unit sheet: Phòng A and Phòng B.
  await screen.findByText('Đã đọc 3 người, 2 đơn vị.');
  await user.click(tab('3. Kết quả'));
  // HTXSNV and HTTNV meet LĐTT's rating; HTNV does not.
  expect(totalOf('LĐTT')).toBe(2);
});

test('Office’s dark theme reaches the pane', async () => {
  const { webDarkTheme } = await import('@fluentui/react-components');
  const { container } = render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" theme={webDarkTheme} />);
  await screen.findByText(READ);
  await act(async () => undefined);
  const root = container.querySelector('.fui-FluentProvider') as HTMLElement;
  expect(root.className).toBeTruthy();
  const { isDark } = await import('../../src/taskpane/theme');
  expect(isDark({ bodyBackgroundColor: '#262626' })).toBe(true);
  expect(isDark({ bodyBackgroundColor: '#FFFFFF' })).toBe(false);
  expect(isDark({ isDarkTheme: true, bodyBackgroundColor: '#FFFFFF' })).toBe(true);
  expect(isDark({ isDarkTheme: () => false })).toBe(false);
  expect(isDark(undefined)).toBe(false);
});

test('Excel says the clerk edited a cell: the pane asks her to read the workbook again', async () => {
  let edited: (() => void) | undefined;
  const h: PaneHost = { ...host(new MemoryWorkbook(sampleWorkbookGrids())), watch: (onEdit) => ((edited = onEdit), () => (edited = undefined)) };
  render(<App host={h} lang="vi" />);
  await screen.findByText(READ);
  act(() => edited!());
  expect(screen.getByText('Sổ vừa được sửa')).toBeTruthy();
  const inBanner = screen.getByText('Sổ vừa được sửa').closest('[role=group]')!;
  await user.click(within(inBanner as HTMLElement).getByText('Đọc lại sổ'));
  await waitFor(() => expect(screen.queryByText('Sổ vừa được sửa')).toBeNull());
});
