/**
 * Draft until the vote. The staff list of the sample without its vote-share column is a
 * workbook before the council's vote: CSTĐCS is capped (15 % of the LĐTT) and 23 are
 * eligible for 12 places, so the lists and the ballot of CSTĐCS, and of the titles resting
 * on it (TTLĐXS needs a CSTĐCS among its members; TTLĐTT goes to the units left below
 * TTLĐXS: rules/drafts.ts), say "DỰ THẢO" and call the engine's
 * ranking a proposal. Once the committee has typed the votes into the tally, the next review
 * ranks by them and the mark goes.
 */
import { MemoryWorkbook } from '../../src/workbook/memory';
import { reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { runReview } from '../../src/pipeline/review';
import { emptySettings } from '../../src/domain/settings';
import type { SheetSpec } from '../../src/sheets/grid';
import { beforeTheVote, texts } from './sample';

const all = (s: SheetSpec | undefined) => (s ? texts(s).join('\n') : '');

test('before the vote: the lists of CSTĐCS, of TTLĐXS (which needs a CSTĐCS member) and of TTLĐTT (below TTLĐXS) say DỰ THẢO and call the ranking a proposal; the others and the blank forms (ballot, tally) do not', async () => {
  const o = runReview(await beforeTheVote(), emptySettings(), { reviewDate: '2014-12-20' });
  expect(o.result!.pendingVote).toEqual(['CSTDCS']);
  const sheet = (name: string) => o.sheets.find((s) => s.name === name);
  const cstdcs = o.result!.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded');
  const overCap = o.result!.persons.filter((p) => p.verdicts.CSTDCS?.status === 'over-cap');
  expect([cstdcs.length, overCap.length]).toEqual([12, 11]);

  for (const name of ['Mẫu DS CSTĐCS', 'DS đề nghị CSTĐCS', 'Mẫu DS TTLĐXS', 'DS đề nghị TTLĐXS', 'Mẫu DS TTLĐTT', 'DS đề nghị TTLĐTT']) {
    expect({ name, draft: all(sheet(name)).includes('DỰ THẢO') }).toEqual({ name, draft: true });
  }
  // A blank ballot is what the council votes with, not a draft of anything.
  for (const name of ['Mẫu DS LĐTT', 'DS đề nghị LĐTT', 'Mẫu DS Giấy khen', 'Kiểm phiếu 2014', 'Phiếu bầu CSTĐCS']) {
    expect({ name, draft: all(sheet(name)).includes('DỰ THẢO') }).toEqual({ name, draft: false });
  }
  const list = all(sheet('Mẫu DS CSTĐCS'));
  expect(list).toContain('Dự kiến 12 người theo thứ tự xếp hạng trong 23 người đủ tiêu chuẩn');
  expect(list).toContain('Danh sách dự kiến có 12 cá nhân./.');
  // Each proposed person's place in the engine's ranking, as a proposal.
  for (const p of cstdcs) expect(list).toContain(`Xếp thứ ${p.verdicts.CSTDCS!.rank}`);
  expect(all(sheet('Mẫu DS TTLĐXS'))).toContain('chờ kết quả bỏ phiếu Chiến sĩ thi đua cơ sở');
});

test('after the tally: the ranking comes from the votes typed in, the mark goes', async () => {
  const wb = new MemoryWorkbook(await beforeTheVote());
  const first = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
  await writeOutcome(wb, first, 'cli');
  const tally = wb.grids.find((g) => g.name === 'Kiểm phiếu 2014')!;
  const header = tally.values.findIndex((r) => r[1] === 'Họ và tên' && r.includes('Số phiếu đồng ý'));
  const yes = tally.values[header].indexOf('Số phiếu đồng ý');
  const rows = tally.values.slice(header + 1).filter((r) => typeof r[0] === 'number' && r[1]);
  expect(rows).toHaveLength(23);
  const ballots = tally.values.findIndex((r) => r[1] === 'Phiếu bầu');
  tally.values[ballots + 1][tally.values[ballots].indexOf('Số thành viên Hội đồng')] = 30;
  // The council reverses the engine's order: the last candidate on the form gets the most votes.
  rows.forEach((r, i) => (r[yes] = 7 + i));
  const expected = rows
    .slice(-12)
    .map((r) => String(r[1]))
    .sort();

  const second = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
  expect(second.result!.pendingVote).toEqual([]);
  const awarded = second.result!.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded');
  expect(awarded.map((p) => p.person.name).sort()).toEqual(expected);
  for (const s of second.sheets) expect({ sheet: s.name, draft: all(s).includes('DỰ THẢO') }).toEqual({ sheet: s.name, draft: false });
  const list = all(second.sheets.find((s) => s.name === 'Mẫu DS CSTĐCS'));
  expect(list).toContain('Danh sách có 12 cá nhân./.');
  expect(list).not.toContain('Xếp thứ');
  // The minutes of the count read the same form.
  expect(second.result!.tally).toEqual(expect.objectContaining({ members: 30, sheet: 'Kiểm phiếu 2014' }));
  expect(second.result!.tally!.candidates).toHaveLength(23);
});
