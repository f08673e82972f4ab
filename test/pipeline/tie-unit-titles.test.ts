/**
 * A tie's choice decides a unit's collective title (issue 16). Worked out by hand under vn-2014:
 *
 *   Phòng A: Nguyễn Văn An (HTXSNV, 1 sáng kiến), Lê Thị Bình, Phạm Văn Cường (HTTNV)
 *   Phòng B: Trần Văn Dũng (HTXSNV, 1 sáng kiến), Hoàng Thị Hà, Đỗ Văn Hải, Vũ Thị Hương (HTTNV)
 *   Both units rated HTXSNV.
 *
 * Everyone is LĐTT (HTTNV or better, the whole year, no leave): 7. CSTĐCS places: 15 % × 7 = 1,05,
 * rounded down to 1 (TT 07/2014 Điều 5). Candidates: An and Dũng (LĐTT with an initiative, Luật
 * 2003 Điều 23), each 7 of 9 votes, same rating, one initiative each: a tie for one place.
 * TTLĐXS (Điều 27) needs, besides the unit's HTXSNV and ≥ 70 % LĐTT (both units 100 %), a CSTĐCS
 * among its members: the unit of the one chosen is TTLĐXS, the other TTLĐTT (Điều 28: > 50 % LĐTT).
 * The name order (An before Dũng) would give it to Phòng A; the council chooses Dũng.
 */
import { emptySettings } from '../../src/domain/settings';
import { runReview } from '../../src/pipeline/run';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { resultDrafts } from '../../src/rules/drafts';
import { getPreset } from '../../src/rules/presets';
import { documentInput } from '../../src/pipeline/documents';
import { buildDossier } from '../../src/dossier/dossier';
import { paperTexts } from '../../src/dossier/model';
import { filledTally } from '../documents/sample';

const XS = 'Hoàn thành xuất sắc nhiệm vụ';
const T = 'Hoàn thành tốt nhiệm vụ';
const staff: CellValue[][] = [
  ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Số ngày nghỉ', 'Số sáng kiến'],
  [1, 'Nguyễn Văn An', 'Phòng A', XS, 0, 1],
  [2, 'Lê Thị Bình', 'Phòng A', T, 0, 0],
  [3, 'Phạm Văn Cường', 'Phòng A', T, 0, 0],
  [4, 'Trần Văn Dũng', 'Phòng B', XS, 0, 1],
  [5, 'Hoàng Thị Hà', 'Phòng B', T, 0, 0],
  [6, 'Đỗ Văn Hải', 'Phòng B', T, 0, 0],
  [7, 'Vũ Thị Hương', 'Phòng B', T, 0, 0],
];
const units: CellValue[][] = [
  ['STT', 'Tên đơn vị', 'Xếp loại'],
  [1, 'Phòng A', XS],
  [2, 'Phòng B', XS],
];
const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values });
const grids = [grid('Cán bộ', staff), grid('Đơn vị', units)];
const overrides = { reviewDate: '2014-12-20', preset: 'vn-2014' };

/** The review with the council's 7 of 9 for both, and an "x" beside each name in `chosen`. */
function review(chosen: string[]) {
  const first = runReview(grids, emptySettings(), overrides);
  const tally = filledTally(
    first.sheets.find((s) => s.name === 'Kiểm phiếu 2014')!,
    (n) => (['Nguyễn Văn An', 'Trần Văn Dũng'].includes(n) ? 7 : undefined),
  );
  const header = tally.values.findIndex((r) => r.includes('Chọn khi bằng phiếu (x)'));
  const col = tally.values[header].indexOf('Chọn khi bằng phiếu (x)');
  for (const r of tally.values.slice(header + 1)) if (chosen.includes(r[1] as string)) r[col] = 'x';
  return runReview([...grids, tally], emptySettings(), overrides);
}
type Result = NonNullable<ReturnType<typeof review>['result']>;
const cstdcs = (r: Result) => r.persons.filter((p) => p.verdicts.CSTDCS?.status === 'awarded').map((p) => p.person.name);
const titleOf = (r: Result) => Object.fromEntries(r.units.map((u) => [u.unit.name, u.collectiveTitle ?? '—']));

test('before the choice: the tie is shown, CSTĐCS and both collective titles wait as drafts', () => {
  const r = review([]).result!;
  expect(r.ties).toEqual([expect.objectContaining({ title: 'CSTDCS', places: 1, settled: false })]);
  expect(r.ties![0].tied.map((p) => p.name).sort()).toEqual(['Nguyễn Văn An', 'Trần Văn Dũng']);
  expect(r.pendingVote).toContain('CSTDCS');
  expect([...resultDrafts(getPreset('vn-2014'), r)]).toEqual(expect.arrayContaining(['CSTDCS', 'TTLDXS', 'TTLDTT']));
});

test('the council chose Dũng: he is CSTĐCS, An over the cap, and Phòng B (not Phòng A) is TTLĐXS', () => {
  const o = review(['Trần Văn Dũng']);
  const r = o.result!;
  expect(r.ties![0]).toMatchObject({ settled: true, chosen: [{ name: 'Trần Văn Dũng', unit: 'Phòng B' }] });
  expect(cstdcs(r)).toEqual(['Trần Văn Dũng']);
  expect(r.persons.find((p) => p.person.name === 'Nguyễn Văn An')!.verdicts.CSTDCS!.status).toBe('over-cap');
  expect(titleOf(r)).toEqual({ 'Phòng A': 'TTLDTT', 'Phòng B': 'TTLDXS' });
  const a = r.units.find((u) => u.unit.name === 'Phòng A')!;
  expect(a.memberCstdcs).toBe(0);
  expect(a.verdicts.TTLDXS!.reasons.map((x) => x.code)).toEqual(['no-cstdcs-member']);
  expect(r.units.find((u) => u.unit.name === 'Phòng B')!.memberCstdcs).toBe(1);
  expect(r.pendingVote).not.toContain('CSTDCS');
  expect([...resultDrafts(getPreset('vn-2014'), r)]).toEqual([]);
  // The papers follow: TTLĐXS is the province chair's, so the Tờ trình to the province proposes
  // Phòng B alone, with its achievement report; both final.
  const papers = buildDossier(documentInput(o)!).papers;
  const proposal = papers.find((p) => p.id === 'to-trinh-tinh')!;
  expect(proposal.draft).toBe(false);
  expect(paperTexts(proposal).join('\n')).toContain('Phòng B');
  expect(paperTexts(proposal).join('\n')).not.toContain('Phòng A');
  expect(papers.filter((p) => p.id.startsWith('bao-cao-thanh-tich-tap-the')).map((p) => paperTexts(p).join('\n').includes('Phòng B'))).toEqual([true]);
});

test('the council chose An: Phòng A is TTLĐXS, Phòng B TTLĐTT', () => {
  const r = review(['Nguyễn Văn An']).result!;
  expect(cstdcs(r)).toEqual(['Nguyễn Văn An']);
  expect(titleOf(r)).toEqual({ 'Phòng A': 'TTLDXS', 'Phòng B': 'TTLDTT' });
});
