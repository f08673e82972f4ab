import { ballotSheets, votedTitles, ballotCandidates } from '../../src/sheets/documents/ballots';
import { readTally, tallySheet, personKey } from '../../src/sheets/documents/tally';
import type { DocumentInput } from '../../src/sheets/documents/official-form';
import type { SheetGrid } from '../../src/sheets/grid';
import { describeIssue } from '../../src/sheets/issue-text';
import { gridOf, rowTexts, sampleInput, texts } from './sample';

let input: DocumentInput;
beforeAll(async () => {
  input = await sampleInput();
});

describe('ballots', () => {
  test('vn-2014: only CSTĐCS is voted (15 % cap, 11 over the cap); 23 candidates, two boxes each', () => {
    expect(votedTitles(input)).toEqual([{ id: 'CSTDCS', scope: 'person' }]);
    const [b] = ballotSheets(input);
    expect(b.name).toBe('Phiếu bầu CSTĐCS');
    const rows = rowTexts(b);
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[header]).toEqual(['STT', 'Họ và tên', 'Đơn vị', 'Đồng ý', 'Không đồng ý']);
    const body = rows.slice(header + 1).filter((r) => /^\d+$/.test(r[0]));
    expect(body).toHaveLength(23);
    for (const r of body) expect(r.slice(3)).toEqual(['☐', '☐']);
    expect(texts(b)).toContain('Số được đề nghị tối đa: 12');
    expect(b.print).toEqual(expect.objectContaining({ orientation: 'portrait', fitToWidth: true, repeatRows: [header + 1, header + 1] }));
  });

  test('the title list is a parameter: a vote threshold or an explicit list adds a ballot', () => {
    const withThreshold: DocumentInput = {
      ...input,
      result: { ...input.result, params: input.result.params.map((p) => (p.id === 'GIAY_KHEN.vote.minShare' ? { ...p, value: 0.5 } : p)) },
    };
    expect(votedTitles(withThreshold).map((v) => v.id)).toEqual(['CSTDCS', 'GIAY_KHEN']);
    const sheets = ballotSheets(input, [{ id: 'TTLDXS', scope: 'unit' }, { id: 'BK_TINH', scope: 'unit' }]);
    expect(sheets.map((s) => s.name)).toEqual(['Phiếu bầu TTLĐXS', 'Phiếu bầu BK tỉnh TT']);
    expect(ballotCandidates(input, { id: 'BK_TINH', scope: 'unit' }).units).toHaveLength(4);
  });
});

describe('tally (Kiểm phiếu)', () => {
  test('columns for the clerk, no formula, the share left empty', () => {
    const s = tallySheet(input);
    const rows = rowTexts(s);
    const h = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[h]).toEqual(['STT', 'Họ và tên', 'Đơn vị', 'Danh hiệu', 'Số thành viên hội đồng', 'Số phiếu đồng ý', 'Tỷ lệ (%)']);
    expect(rows.slice(h + 1)).toHaveLength(23);
    for (const r of s.rows.slice(h + 1)) expect(r.slice(4).map((c) => c.v)).toEqual([null, null, null]);
    for (const r of s.rows) for (const c of r) if (typeof c.v === 'string') expect(c.v.startsWith('=')).toBe(false);
  });

  test('readTally: what the clerk typed comes back as shares keyed by folded name and unit', () => {
    const s = tallySheet(input);
    const g = gridOf(s);
    const h = g.values.findIndex((r) => r[0] === 'STT');
    g.values[h + 1][4] = 9;
    g.values[h + 1][5] = 7;
    g.values[h + 2][4] = '9';
    g.values[h + 2][5] = '9';
    g.values[h + 3][6] = '80%'; // typed share, no counts
    g.values[h + 4][4] = 9;
    g.values[h + 4][5] = 10; // more than the council
    g.values[h + 5][4] = 9;
    g.values[h + 5][5] = 'bảy'; // unreadable
    const { votes, issues } = readTally(g);
    const name = (i: number) => String(g.values[h + i][1]);
    const unit = (i: number) => String(g.values[h + i][2]);
    expect(votes.get(personKey(name(1), unit(1)))).toBeCloseTo(7 / 9);
    expect(votes.get(personKey(name(2).toUpperCase(), unit(2)))).toBe(1);
    expect(votes.get(personKey(name(3), unit(3)))).toBeCloseTo(0.8);
    expect(votes.size).toBe(3);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['tally-over', `F${h + 5}`],
      ['tally-bad-number', `F${h + 6}`],
    ]);
    expect(describeIssue(issues[0])).toBe(`Trang 'Kiểm phiếu 2014', ô F${h + 5}: Số phiếu đồng ý (10) lớn hơn số thành viên hội đồng (9)`);
    expect(personKey('Phạm Ngọc Thủy', 'Văn phòng Sở')).toBe('pham ngoc thuy|van phong so');
  });

  test('readTally on a sheet without the header reports it; a grid offset from A1 names the right cells', () => {
    const empty: SheetGrid = { name: 'X', visibility: 'visible', values: [['a']], top: 0, left: 0, merges: [] };
    expect(readTally(empty).issues.map((i) => i.code)).toEqual(['tally-no-header']);
    const g: SheetGrid = { name: 'KP', visibility: 'visible', top: 4, left: 1, merges: [], values: [['Họ và tên', 'Đơn vị', 'Số thành viên HĐ', 'Số phiếu đồng ý'], ['Lê An', 'P1', 5, -1]] };
    expect(readTally(g).issues[0]).toEqual(expect.objectContaining({ code: 'tally-bad-number', cell: 'E6' }));
  });
});
