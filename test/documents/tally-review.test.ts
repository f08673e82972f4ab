/**
 * The council's vote, end to end: the review writes the tally form; the clerk types the
 * votes into it; the next review reads them as vote shares, applies the threshold and ranks
 * over the cap by them. The form itself is never replaced, so the typed votes stay.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { closeYear, reviewWorkbook, writeOutcome } from '../../src/workbook/session';

test('votes typed in "Kiểm phiếu" decide who is CSTĐCS under the cap on the next review; the form survives reruns', async () => {
  const wb = new MemoryWorkbook(await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx'))));
  const first = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
  await writeOutcome(wb, first, 'cli');
  const tally = wb.grids.find((g) => g.name === 'Kiểm phiếu 2014')!;
  const header = tally.values.findIndex((r) => r[1] === 'Họ và tên' && r.includes('Số phiếu đồng ý'));
  const yes = tally.values[header].indexOf('Số phiếu đồng ý');
  const rows = tally.values.slice(header + 1).filter((r) => typeof r[1] === 'string' && r[1] && typeof r[0] === 'number');
  expect(rows).toHaveLength(23);
  // The council has 9 members: the committee writes it on the ballot's line under "II. SỐ PHIẾU".
  const ballots = tally.values.findIndex((r) => r[1] === 'Phiếu bầu');
  const council = tally.values[ballots].indexOf('Số thành viên Hội đồng');
  expect(tally.values[ballots + 1][1]).toBe('CSTĐCS');
  tally.values[ballots + 1][council] = 9;

  // The council backs the last over-cap candidate unanimously and gives the others 5 of 9 or less.
  const overCap = first.result!.persons.filter((p) => p.verdicts.CSTDCS?.status === 'over-cap').sort((a, b) => a.verdicts.CSTDCS!.rank! - b.verdicts.CSTDCS!.rank!);
  const favourite = overCap[overCap.length - 1].person.name;
  rows.forEach((r, i) => {
    r[yes] = r[1] === favourite ? 9 : 5 - (i % 3);
  });

  const second = await reviewWorkbook(wb, { reviewDate: '2014-12-20', params: { 'CSTDCS.vote.minShare': 0.5 } });
  const p = (name: string) => second.result!.persons.find((x) => x.person.name === name)!;
  expect(p(favourite).verdicts.CSTDCS).toEqual(expect.objectContaining({ status: 'awarded', rank: 1 }));
  expect(p(favourite).person.voteShare).toBe(1);
  // 4 of 9 is under the 50 % threshold: those candidates are not eligible, with the votes as the reason.
  const low = rows.find((r) => r[yes] === 4)![1] as string;
  expect(p(low).verdicts.CSTDCS!.status).toBe('not-eligible');
  expect(p(low).verdicts.CSTDCS!.reasons.map((r) => r.code)).toContain('votes');
  // Only those with at least half of the votes remain: fewer than the cap's 12 places.
  const awarded = second.result!.persons.filter((x) => x.verdicts.CSTDCS?.status === 'awarded');
  expect(awarded.length).toBe(rows.filter((r) => (r[yes] as number) / 9 >= 0.5).length);
  // By construction: 5 of 9 for rows 0, 3, …, 21 (eight rows), 9 of 9 for the favourite (one more unless it is one of those).
  const at = rows.findIndex((r) => r[1] === favourite);
  expect(awarded.length).toBe(8 + (at % 3 === 0 ? 0 : 1));
  for (const x of awarded) expect(x.person.voteShare).toBeGreaterThanOrEqual(0.5);

  // Writing again replaces the results but not the form the clerk typed into.
  await writeOutcome(wb, second, 'cli');
  const again = wb.grids.find((g) => g.name === 'Kiểm phiếu 2014')!;
  expect(again.values).toEqual(tally.values);
  expect(wb.grids.filter((g) => g.name.startsWith('Kiểm phiếu'))).toHaveLength(1);

  // Next year has its own tally: 2014's votes do not decide 2015.
  const next = await reviewWorkbook(wb, { reviewDate: '2015-12-20', params: { 'CSTDCS.vote.minShare': 0.5 } });
  expect(next.sheets.map((s) => s.name)).toContain('Kiểm phiếu 2015');
  const shares = (o: typeof next) => o.result!.persons.map((x) => x.person.voteShare);
  const plain = await reviewWorkbook(new MemoryWorkbook(await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')))), { reviewDate: '2015-12-20' });
  expect(shares(next)).toEqual(shares(plain)); // the staff sheet's own column, not the 2014 votes
});

test('forms and history are written in Vietnamese even when the review speaks English, so they are read back', async () => {
  const wb = new MemoryWorkbook(await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx'))));
  const first = await reviewWorkbook(wb, { reviewDate: '2014-12-20', lang: 'en' });
  await writeOutcome(wb, first, 'addin');
  const tally = wb.grids.find((g) => g.name === 'Kiểm phiếu 2014')!;
  const header = tally.values.findIndex((r) => r[1] === 'Họ và tên' && r.includes('Số phiếu đồng ý'));
  // The tally's table in Vietnamese, as its reader expects (src/sheets/forms/tally.ts), the review being in English.
  expect(tally.values[header].filter((v) => v !== null && v !== '')).toEqual([
    'STT',
    'Họ và tên',
    'Năm sinh',
    'Chức vụ',
    'Đơn vị',
    'Danh hiệu',
    'Số phiếu đồng ý',
    'Tỷ lệ (%)',
    'Chọn khi bằng phiếu (x)',
  ]);
  const registration = wb.grids.find((g) => g.name === 'Đăng ký thi đua 2015')!;
  expect(registration.values.some((r) => r[1] === 'Họ và tên')).toBe(true);
  const closed = await closeYear(wb, { reviewDate: '2014-12-20', lang: 'en' });
  expect(closed.ok).toBe(true);
  expect(wb.grids.find((g) => g.name === 'Danh hiệu các năm')!.values[0][0]).toBe('Họ tên');
  // The year is closed: the saved settings no longer pin the review to 2014.
  expect((await wb.getSettings())!.reviewDate).toBeUndefined();
});
