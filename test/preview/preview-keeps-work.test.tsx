/**
 * @jest-environment jsdom
 */
/**
 * The browser preview keeps the clerk's work (issue 19): with the workbook beside the pane,
 * clicking sheet tabs and issue links after a change leaves the change and its undo (the
 * preview once built a new host on every render, and the pane read the workbook again); the
 * download says it is the original before a write; after a write, opening another workbook
 * or leaving the page asks first.
 */
import './text-codec';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { Preview } from '../../src/preview/PreviewApp';
import { clerk } from '../helpers/pane';

jest.setTimeout(900000);
let user = clerk();
beforeEach(() => {
  user = clerk();
});
// The preview downloads through an object URL jsdom does not make.
URL.createObjectURL = () => 'blob:test';
URL.revokeObjectURL = () => undefined;
HTMLAnchorElement.prototype.click = function () {};

const SAMPLE = readFileSync(join(__dirname, '../../assets/mau-so-khcn-bac-giang-2014.xlsx'));
const asBuffer = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength);
beforeAll(() => {
  (globalThis as { fetch?: unknown }).fetch = async () => ({ arrayBuffer: async () => asBuffer(SAMPLE) });
});

const READ = 'Đã đọc 105 người, 10 đơn vị.';
const pane = () => document.querySelector('.pv-pane') as HTMLElement;
const inPane = (text: string, selector = 'button') => {
  const hit = within(pane())
    .getAllByText(text, { exact: true })
    .map((e) => e.closest(selector))
    .find(Boolean);
  if (!hit) throw new Error(`no ${selector} "${text}"`);
  return hit as HTMLElement;
};

test('tabs, issue links and sheet tabs keep the draft; the download says what it holds; leaving after a write asks', async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <Preview lang="vi" paneOnly={false} theme={webLightTheme} />
    </FluentProvider>,
  );
  await within(pane()).findByText(READ, {}, { timeout: 120000 });
  expect(screen.getByTestId('download').textContent).toBe('Tải sổ gốc về (chưa có kết quả)');
  fireEvent.change(within(pane()).getByLabelText('Sáng kiến'), { target: { value: '' } });
  // Every sheet tab of the view, every step tab and issue link of the pane.
  // (fireEvent: jsdom is slow enough with the workbook drawn beside the pane.)
  for (const t of within(screen.getByTestId('sheet-tabs')).getAllByRole('tab')) fireEvent.click(t);
  for (const name of ['2. Quy định', '3. Kết quả', '1. Dữ liệu']) fireEvent.click(inPane(name, '[role=tab]'));
  for (const l of [...pane().querySelectorAll('#data-issues button')].slice(0, 6) as HTMLElement[]) if (l.isConnected) fireEvent.click(l);
  for (const t of within(screen.getByTestId('sheet-tabs')).getAllByRole('tab')) fireEvent.click(t);
  await waitFor(() => expect(within(pane()).getByLabelText('Sáng kiến')).toBeTruthy());
  expect((within(pane()).getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('');
  expect(within(pane()).getByLabelText('Hoàn tác: Sáng kiến → cột (không có cột)')).toBeTruthy();

  // Written: the download is the result, and the page asks before it is left.
  fireEvent.click(inPane('3. Kết quả', '[role=tab]'));
  fireEvent.click(inPane('Ghi kết quả vào sổ'));
  await within(pane()).findAllByText(/^Đã ghi \d+ trang kết quả vào sổ\.$/, {}, { timeout: 120000 });
  await waitFor(() => expect(screen.getByTestId('download').textContent).toBe('Tải sổ kết quả về'));
  const leave = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(leave);
  expect(leave.defaultPrevented).toBe(true);

  // Another workbook picked: a question, and "Huỷ" keeps the written one.
  const other = new File([SAMPLE], 'so-khac.xlsx');
  fireEvent.change(screen.getByTestId('file'), { target: { files: [other] } });
  await screen.findByText('Bỏ kết quả chưa tải về?', {}, { timeout: 60000 });
  expect(screen.getByText('Mở "so-khac.xlsx", bỏ kết quả')).toBeTruthy();
  await user.click(screen.getByText('Huỷ'));
  expect(screen.getByText(/^Đang xem: mau-so-khcn-bac-giang-2014\.xlsx/)).toBeTruthy();
  // Downloaded: nothing is lost by leaving any more.
  await user.click(screen.getByTestId('download'));
  const later = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(later);
  expect(later.defaultPrevented).toBe(false);
});
