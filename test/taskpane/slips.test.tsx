/**
 * @jest-environment jsdom
 */
/**
 * The clerk's slips of issue 19, none applied silently: 150 typed into a percentage (never
 * 15 %, the prefix), -5 in a parameter, arrow keys on a closed column list, a column another
 * field reads (a question, which field keeps it), the lookup's further matches, the pane's
 * landmark, English counts of one.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { singular } from '../../src/taskpane/text';
import { sampleGrids, sampleWorkbookGrids } from './sample-grids';
import { byText, clerk, paneHost, READ, tab, undoButton } from '../helpers/pane';

jest.setTimeout(180000);
let user = clerk();
beforeEach(() => {
  user = clerk();
});

const host = (wb: MemoryWorkbook) => paneHost(wb);

test('150 in a percentage and -5 in a parameter are refused with their range; the review keeps the confirmed value', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  // The pane is the page's main landmark.
  expect(document.querySelector('main')).toBeTruthy();
  await user.click(tab('2. Quy định'));
  const target = screen.getByLabelText('CBCCVC đạt LĐTT') as HTMLInputElement;
  expect(target.value).toBe('80 %');
  // Typed as a clerk types it: 1, 15, 150.
  target.focus();
  for (const text of ['1', '15', '150']) fireEvent.change(target, { target: { value: text } });
  expect(screen.getByText('Cần một số từ 0 đến 100 %. Bình xét vẫn dùng 80 % (giá trị đã xác nhận trước đó).')).toBeTruthy();
  await user.click(byText('LĐTT'));
  const leave = screen.getAllByLabelText(/^Số ngày nghỉ bị loại/)[0] as HTMLInputElement;
  const before = leave.value;
  fireEvent.change(leave, { target: { value: '-5' } });
  expect(screen.getByText(`Cần một số nguyên từ 0 trở lên. Bình xét vẫn dùng ${before} (giá trị đã xác nhận trước đó).`)).toBeTruthy();
  await user.click(tab('3. Kết quả'));
  // The plan's 80 % stands (15 %, the last valid prefix, would have made the target met).
  const ldtt = within(screen.getByTestId('targets')).getByText('CBCCVC đạt LĐTT').closest('li')!;
  expect(ldtt.textContent).toContain('Kế hoạch 80 %');
  // By hand: 81 LĐTT of 105 is 77,1 %, short of 80 %.
  expect(ldtt.textContent).toContain('Chưa đạt');
});

test('arrow keys on a closed column list move the choice without applying it; Enter applies, Escape puts it back', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  const initiative = screen.getByLabelText('Sáng kiến') as HTMLSelectElement;
  expect(initiative.value).toBe('K');
  // As Edge WebView does on a closed list: a key press, then the value changes.
  fireEvent.keyDown(initiative, { key: 'ArrowDown' });
  fireEvent.change(initiative, { target: { value: 'L' } });
  fireEvent.keyDown(initiative, { key: 'ArrowDown' });
  fireEvent.change(initiative, { target: { value: 'M' } });
  expect(screen.getByText('Cột M: nhấn Enter để dùng, Esc để thôi')).toBeTruthy();
  // Nothing applied yet: nothing to undo, the count as read.
  expect(undoButton().getAttribute('aria-disabled')).toBe('true');
  fireEvent.keyDown(initiative, { key: 'Escape' });
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('K');
  expect(undoButton().getAttribute('aria-disabled')).toBe('true');
  fireEvent.keyDown(initiative, { key: 'ArrowUp' });
  fireEvent.change(initiative, { target: { value: '' } });
  fireEvent.keyDown(initiative, { key: 'Enter' });
  await waitFor(() => expect(screen.getByLabelText('Hoàn tác: Sáng kiến → cột (không có cột)')).toBeTruthy());
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('');
  // The last undo leaves focus on the undo button, not on the page body.
  const undo = screen.getByLabelText('Hoàn tác: Sáng kiến → cột (không có cột)');
  undo.focus();
  await user.click(undo);
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('K');
  expect(document.activeElement).toBe(undoButton());
});

test('a column another field reads is a question: keeping it changes nothing, moving it says which field lost it', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  const rating = screen.getByLabelText('Xếp loại') as HTMLSelectElement;
  rating.focus();
  fireEvent.change(rating, { target: { value: 'N' } });
  expect(await screen.findByText('Cột N đang dùng cho "Xếp loại năm 2013"')).toBeTruthy();
  await user.click(byText('Giữ cột cho "Xếp loại năm 2013"'));
  // Nothing changed, and focus is back on the list the clerk was in.
  expect((screen.getByLabelText('Xếp loại') as HTMLSelectElement).value).toBe('G');
  expect((screen.getByLabelText('Xếp loại năm 2013') as HTMLSelectElement).value).toBe('N');
  await waitFor(() => expect(document.activeElement?.id).toBe('map-staff-rating'));
  expect(undoButton().getAttribute('aria-disabled')).toBe('true');
  // Escape on the question is the same as keeping.
  fireEvent.change(screen.getByLabelText('Xếp loại'), { target: { value: 'N' } });
  await screen.findByText('Cột N đang dùng cho "Xếp loại năm 2013"');
  await user.keyboard('{Escape}');
  await waitFor(() => expect(screen.queryByText('Cột N đang dùng cho "Xếp loại năm 2013"')).toBeNull());
  await waitFor(() => expect(document.activeElement?.id).toBe('map-staff-rating'));
  expect((screen.getByLabelText('Xếp loại') as HTMLSelectElement).value).toBe('G');
});

test('the lookup says how many more people match than it shows', async () => {
  render(<App host={host(new MemoryWorkbook(sampleWorkbookGrids()))} lang="vi" />);
  await screen.findByText(READ);
  await user.click(tab('3. Kết quả'));
  fireEvent.change(screen.getByLabelText('Họ tên hoặc tên đơn vị'), { target: { value: 'van' } });
  const shown = (await screen.findAllByTestId('hit')).length;
  expect(shown).toBe(8);
  // Counted from the sheets, accents aside: the names in column B of both lists holding "van"
  // (Văn, Vân…), the staff list's section rows (in capitals, "VĂN PHÒNG SỞ") aside.
  const fold = (x: string) =>
    x
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/gi, 'd')
      .toLowerCase();
  const column = (sheet: string) =>
    sampleGrids()
      .find((g) => g.name === sheet)!
      .values.map((r) => r[1])
      .filter((v): v is string => typeof v === 'string');
  const people = column('DS CBCCVC 2014').filter((v) => fold(v).includes('van') && v !== v.toUpperCase());
  const units = column('Đơn vị').filter((v) => fold(v).includes('van'));
  expect(screen.getByTestId('more-hits').textContent).toBe(`Còn ${people.length + units.length - shown} kết quả khác: gõ thêm để thu hẹp.`);
});

test('English counts of one are singular', () => {
  expect(singular('Read 1 people and 1 units.', 'en')).toBe('Read 1 person and 1 unit.');
  expect(singular('Read 21 people and 11 units, 1,1 rows.', 'en')).toBe('Read 21 people and 11 units, 1,1 rows.');
  expect(singular('1 result sheets written.', 'en')).toBe('1 result sheet written.');
  expect(singular('Đã đọc 1 người', 'vi')).toBe('Đã đọc 1 người');
});
