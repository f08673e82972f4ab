/**
 * @jest-environment jsdom
 */
/**
 * Step 2's "Văn bản: cơ quan, Hội đồng" as a clerk of another agency uses it: what the papers
 * still lack is said until it is filled; the code typed reaches the Quyết định's number, a
 * member added reaches the Biên bản họp, a member removed leaves it, "Hoàn tác" takes each
 * back; "Ghi kết quả vào sổ" keeps the lists in the workbook. The papers are checked in the
 * document model the pane downloads: buildDossier(documentInput(outcome), plan), as
 * DocumentsDownload lays it out.
 */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { documentInput } from '../../src/pipeline/documents';
import { buildDossier } from '../../src/dossier/dossier';
import type { Paper } from '../../src/dossier/model';
import { sampleGrids, sampleWorkbookGrids } from './sample-grids';
import { clerk, rulesStepHarness } from '../helpers/pane';

jest.setTimeout(120000);
let user = clerk();
beforeEach(() => {
  user = clerk();
});

const { Harness, review } = rulesStepHarness();

/** The papers of the review the pane shows, once it has caught up with what was typed. */
async function papers(): Promise<Paper[]> {
  await waitFor(() => expect(review().pending).toBe(false), { timeout: 5000 });
  const o = review().outcome!;
  return buildDossier(documentInput(o)!, o.settings.plan).papers;
}
const paper = async (id: string) => (await papers()).find((p) => p.id === id)!;
const textOf = (p: Paper) => JSON.stringify(p);
const undo = () => act(() => void review().undo());

async function openSection() {
  // The sample as bundled: its agency, council and plan are its own settings.
  render(<Harness wb={new MemoryWorkbook(sampleWorkbookGrids())} />);
  await user.click(await screen.findByText('Văn bản: cơ quan, Hội đồng'));
}

test("the sample agency: nothing missing, its values its settings'; the code typed is the Quyết định's, and undone", async () => {
  await openSection();
  expect(screen.queryByTestId('papers-missing')).toBeNull();
  const code = screen.getByLabelText('Ký hiệu cơ quan') as HTMLInputElement;
  // The sample workbook's settings hold its code: a value, not a hint.
  expect(code.value).toBe('KHCN');
  expect(screen.getByText('Để trống thì văn bản in: Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang')).toBeTruthy();
  // The sample's council is shown as it prints: 9 rows, the chair first.
  const council = within(screen.getByTestId('members-council'));
  expect(council.getAllByLabelText('Họ tên').map((e) => (e as HTMLInputElement).value)[0]).toBe('Nguyễn Đức Kiên');
  expect(council.getAllByLabelText('Họ tên')).toHaveLength(9);
  expect((await paper('quyet-dinh')).letterhead.number).toBe('Số:        /QĐ-KHCN');

  fireEvent.change(code, { target: { value: 'S' } });
  fireEvent.change(code, { target: { value: 'ST' } });
  fireEvent.change(code, { target: { value: 'STP' } });
  // Typing waits for a pause, as in the other fields.
  expect(review().pending).toBe(true);
  expect((await paper('quyet-dinh')).letterhead.number).toBe('Số:        /QĐ-STP');
  expect(textOf(await paper('quyet-dinh'))).toContain('Quyết định số        /QĐ-STP');
  // The keystrokes are one change: one undo takes the code back.
  expect(review().lastChange).toBe('Ký hiệu cơ quan');
  undo();
  expect((screen.getByLabelText('Ký hiệu cơ quan') as HTMLInputElement).value).toBe('KHCN');
  expect((await paper('quyet-dinh')).letterhead.number).toBe('Số:        /QĐ-KHCN');
});

test('another agency: what the papers lack is said; a member added is in the minutes, removed is gone, each undone; written, the lists stay in the workbook', async () => {
  const wb = new MemoryWorkbook(sampleGrids());
  render(<Harness wb={wb} />);
  await screen.findByText('Văn bản: cơ quan, Hội đồng');
  fireEvent.change(screen.getByLabelText('Tên cơ quan'), { target: { value: 'SỞ TƯ PHÁP' } });
  fireEvent.change(screen.getByLabelText('Cơ quan cấp trên'), { target: { value: 'UBND TỈNH THÁI NGUYÊN' } });
  fireEvent.change(screen.getByLabelText('Họ tên người ký'), { target: { value: 'Trần Văn Bình' } });
  const warning = await screen.findByTestId('papers-missing');
  expect(warning.textContent).toContain('Các văn bản còn để trống');
  expect(warning.textContent).toContain('Ký hiệu cơ quan, Tên cơ quan trong câu văn, Ký hiệu đơn vị soạn thảo');
  expect(warning.textContent).toContain('Thành phần Hội đồng, Ban kiểm phiếu');
  expect(warning.textContent).toContain('— điền ở đây trước khi in.');
  // Not the sample's people: the minutes leave the members to be written in.
  const before = textOf(await paper('bien-ban-hop'));
  expect(before).not.toContain('Nguyễn Đức Kiên');

  await user.click(screen.getByText('Văn bản: cơ quan, Hội đồng'));
  // Derived from the parent agency where it can be, "……" where not.
  expect(screen.getByText('Để trống thì văn bản in: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên')).toBeTruthy();
  expect((screen.getByLabelText('Ký hiệu cơ quan') as HTMLInputElement).placeholder).toBe('……');
  const council = () => within(screen.getByTestId('members-council'));
  expect(council().getByText('Chưa có thành viên nào.')).toBeTruthy();

  await user.click(screen.getByLabelText('Thêm thành viên: Thành phần Hội đồng'));
  fireEvent.change(council().getByLabelText('Họ tên'), { target: { value: 'Trần Văn Bình' } });
  fireEvent.change(council().getByLabelText('Chức vụ'), { target: { value: 'Giám đốc Sở' } });
  fireEvent.change(council().getByLabelText('Vai trò'), { target: { value: 'Chủ tịch Hội đồng' } });
  await user.click(screen.getByLabelText('Thêm thành viên: Thành phần Hội đồng'));
  const names = () => council().getAllByLabelText('Họ tên');
  fireEvent.change(names()[1], { target: { value: 'Lê Thị Hoa' } });
  fireEvent.change(council().getAllByLabelText('Chức vụ')[1], { target: { value: 'Chánh Thanh tra Sở' } });
  fireEvent.change(council().getAllByLabelText('Vai trò')[1], { target: { value: 'Ủy viên' } });
  // The role is offered from the papers' own list.
  const roles = [...document.querySelectorAll('#roles-council option')].map((o) => (o as HTMLOptionElement).value);
  expect(roles).toEqual(['Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng', 'Phó Chủ tịch Thường trực Hội đồng', 'Ủy viên', 'Thư ký']);

  let minutes = textOf(await paper('bien-ban-hop'));
  expect(minutes).toContain('1. Chủ trì: Đồng chí Trần Văn Bình, Giám đốc Sở, Chủ tịch Hội đồng.');
  expect(minutes).toContain('- Đồng chí Lê Thị Hoa, Chánh Thanh tra Sở, Ủy viên;');
  expect(minutes).toContain('…… /02 thành viên');
  expect(screen.getByTestId('papers-missing').textContent).not.toContain('Thành phần Hội đồng');

  // Removed: gone from the minutes; undone: back.
  await user.click(screen.getByLabelText('Xóa thành viên 2 (Lê Thị Hoa)'));
  expect(names()).toHaveLength(1);
  minutes = textOf(await paper('bien-ban-hop'));
  expect(minutes).not.toContain('Lê Thị Hoa');
  expect(review().lastChange).toBe('Thành phần Hội đồng: xóa Lê Thị Hoa');
  undo();
  expect(names().map((e) => (e as HTMLInputElement).value)).toEqual(['Trần Văn Bình', 'Lê Thị Hoa']);
  expect(textOf(await paper('bien-ban-hop'))).toContain('- Đồng chí Lê Thị Hoa, Chánh Thanh tra Sở, Ủy viên;');

  // The basis, one line each, blank lines left out.
  fireEvent.change(screen.getByLabelText('Căn cứ riêng của cơ quan'), { target: { value: 'Quyết định số 12/QĐ-UBND ngày 05/3/2009 của UBND tỉnh Thái Nguyên;\n\nQuyết định số 7/QĐ-STP' } });
  await waitFor(() => expect(review().pending).toBe(false));
  expect(review().draft.agency?.basis).toEqual(['Quyết định số 12/QĐ-UBND ngày 05/3/2009 của UBND tỉnh Thái Nguyên;', 'Quyết định số 7/QĐ-STP']);

  // "Ghi kết quả vào sổ": the lists are kept in the workbook, and read back as they were.
  await act(async () => void (await review().write()));
  const saved = await wb.getSettings();
  expect(saved?.agency?.council).toEqual([
    { name: 'Trần Văn Bình', position: 'Giám đốc Sở', role: 'Chủ tịch Hội đồng' },
    { name: 'Lê Thị Hoa', position: 'Chánh Thanh tra Sở', role: 'Ủy viên' },
  ]);
  expect(review().outcome!.issues.filter((i) => i.code === 'settings-unreadable')).toEqual([]);
  expect(textOf(await paper('bien-ban-hop'))).toContain('Đồng chí Trần Văn Bình');
});

test("the agency file loaded in the pane: the command line's check, its fields in the papers, undone like any change", async () => {
  await openSection();
  const input = screen.getByLabelText('Nạp tệp thông tin cơ quan (JSON)', { selector: 'input' }) as HTMLInputElement;
  const load = async (name: string, text: string) => {
    const file = new File([text], name, { type: 'application/json' });
    // jsdom's File has no text(); a browser's has.
    (file as { text?: () => Promise<string> }).text ??= async () => text;
    await act(async () => void fireEvent.change(input, { target: { files: [file] } }));
  };
  const agencyBefore = review().draft.agency;
  await load('hong.json', JSON.stringify({ name: 'SỞ TƯ PHÁP', council: 'Trần Văn Bình' }));
  expect(screen.getByText('Không đọc được tệp hong.json: trường "council" không đúng dạng: "Trần Văn Bình"')).toBeTruthy();
  expect(review().draft.agency).toEqual(agencyBefore);
  await load(
    'co-quan.json',
    JSON.stringify({ name: 'SỞ TƯ PHÁP', parent: 'UBND TỈNH THÁI NGUYÊN', code: 'STP', council: [{ name: 'Trần Văn Bình', position: 'Giám đốc Sở', role: 'Chủ tịch Hội đồng' }] }),
  );
  expect(screen.queryByText(/Không đọc được tệp/)).toBeNull();
  expect((screen.getByLabelText('Ký hiệu cơ quan') as HTMLInputElement).value).toBe('STP');
  expect((await paper('quyet-dinh')).letterhead.number).toBe('Số:        /QĐ-STP');
  expect(textOf(await paper('bien-ban-hop'))).toContain('Chủ trì: Đồng chí Trần Văn Bình, Giám đốc Sở, Chủ tịch Hội đồng.');
  expect(review().lastChange).toBe('nạp tệp cơ quan "co-quan.json"');
  undo();
  expect((await paper('quyet-dinh')).letterhead.number).toBe('Số:        /QĐ-KHCN');
});
