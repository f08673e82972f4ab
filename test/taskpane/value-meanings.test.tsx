/**
 * @jest-environment jsdom
 */
/**
 * Step 1 asks what a value the reader did not know means, beside the sheet's mapping: the
 * value, how many people hold it, a choice of the scale. The clerk's choice becomes the same
 * settings --map-value makes, and the review then reads the value; the value stays listed, so
 * the choice can be taken back.
 */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { ValueMeanings } from '../../src/taskpane/ValueMeanings';
import { ReadingTable } from '../../src/taskpane/ReadingTable';
import { emptySettings, type StoredSettings } from '../../src/domain/settings';
import { runReview } from '../../src/pipeline/run';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values });
const grids = [
  grid('DS', [
    ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại'],
    [1, 'Tống Văn An', 'Văn phòng', 'Khá'],
    [2, 'Công Thị Bình', 'Văn phòng', 'Khá'],
    [3, 'Lê Văn Chung', 'Văn phòng', 'HTXSNV'],
    ['Tổng cộng', null, null, 3],
  ]),
  grid('Đơn vị', [
    ['Tên đơn vị', 'Xếp loại'],
    ['Văn phòng', 'HTXSNV'],
  ]),
];
const review = (s: StoredSettings) => runReview(grids, s, { reviewDate: '2024-12-20' });

function Harness(props: { onSettings: (s: StoredSettings) => void }) {
  const [settings, setSettings] = useState<StoredSettings>(emptySettings());
  const outcome = review(settings);
  const rec = outcome.parsed.recognitions.find((r) => r.role === 'staff')!;
  return (
    <>
      <ReadingTable outcome={outcome} lang="vi" />
      <ValueMeanings
        rec={rec}
        unknown={outcome.parsed.reading?.unknownValues ?? []}
        draft={settings}
        change={(next) => {
          setSettings(next);
          props.onSettings(next);
        }}
        lang="vi"
      />
    </>
  );
}

test('"Khá" asked once with its count; chosen as HTTNV, both people are read, and it can be taken back', () => {
  let saved: StoredSettings = emptySettings();
  render(<Harness onSettings={(s) => (saved = s)} />);
  const table = screen.getByRole('table', { name: 'Giá trị chưa hiểu trong cột Xếp loại' });
  const row = within(table).getByRole('row', { name: /Khá/ });
  expect(row.textContent).toContain('2 người');
  fireEvent.change(within(row).getByRole('combobox', { name: 'Là mức nào? "Khá"' }), { target: { value: 'good' } });
  expect(saved.valueMap).toEqual({ rating: { Khá: 'good' } });
  expect(
    review(saved)
      .result!.persons.filter((p) => p.person.rating === 'good')
      .map((p) => p.person.name),
  ).toEqual(['Tống Văn An', 'Công Thị Bình']);
  // Still listed, with its meaning, to be changed back.
  const again = within(screen.getByRole('table', { name: 'Giá trị chưa hiểu trong cột Xếp loại' })).getByRole('combobox', { name: 'Là mức nào? "Khá"' }) as HTMLSelectElement;
  expect(again.value).toBe('good');
  fireEvent.change(again, { target: { value: '' } });
  expect(saved.valueMap).toBeUndefined();
});

test('"Đã đọc như sau" in step 1: the rating column with what did not read, and the totals row listed', () => {
  render(<Harness onSettings={() => undefined} />);
  const table = screen.getByRole('table', { name: 'Đã đọc như sau' });
  const rating = within(table)
    .getAllByRole('row')
    .find((r) => r.textContent?.startsWith('Xếp loạiDS!D'))!;
  expect(rating.textContent).toBe('Xếp loạiDS!D – Xếp loại12 ("Khá")');
  fireEvent.click(screen.getByRole('button', { name: 'Dòng không phải người (1 dòng)' }));
  expect(screen.getByText('DS, dòng 5: Dòng tổng cộng ("Tổng cộng")')).toBeTruthy();
});
