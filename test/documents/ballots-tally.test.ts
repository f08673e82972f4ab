import { ballotSheets, votedTitles, ballotCandidates } from '../../src/sheets/forms/ballots';
import { readTally, tallySheet, personKey, shareOf } from '../../src/sheets/forms/tally';
import type { DocumentInput } from '../../src/dossier/letterhead';
import type { SheetGrid } from '../../src/sheets/grid';
import { describeIssue } from '../../src/sheets/issue-text';
import { gridOf, rowTexts, sampleInput, texts } from './sample';

let input: DocumentInput;
beforeAll(async () => {
  input = await sampleInput();
});

describe('ballots', () => {
  test('vn-2014: only CSTĐCS is voted (15 % cap, 11 over the cap); 23 candidates with their position, two boxes each; the rule that voids a ballot', () => {
    expect(votedTitles(input)).toEqual([{ id: 'CSTDCS', scope: 'person' }]);
    const [b] = ballotSheets(input);
    expect(b.name).toBe('Phiếu bầu CSTĐCS');
    const rows = rowTexts(b);
    const header = rows.findIndex((r) => r[0] === 'STT');
    expect(rows[header]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Đồng ý', 'Không đồng ý']);
    const body = rows.slice(header + 1).filter((r) => /^\d+$/.test(r[0]));
    expect(body).toHaveLength(23);
    for (const r of body) expect(r.slice(4)).toEqual(['☐', '☐']);
    const candidates = ballotCandidates(input, votedTitles(input)[0]).persons;
    expect(body.map((r) => r[2])).toEqual(candidates.map((p) => p.person.position ?? ''));
    const all = texts(b);
    expect(all).toContain('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG');
    expect(all).toContain('Danh hiệu Chiến sĩ thi đua cơ sở năm 2014');
    expect(all).toContain('Số được bầu: không quá 12 người.');
    expect(all).toContain('Chọn quá 12 người thì phiếu không hợp lệ.');
    // Nothing addressed to the clerk is printed on a ballot.
    expect(all.join(' ')).not.toMatch(/In mỗi thành viên|mỗi thành viên Hội đồng một phiếu/);
    expect(b.print).toEqual(expect.objectContaining({ orientation: 'portrait', repeatRows: [header + 1, header + 1] }));
  });

  test('the title list is a parameter: a vote threshold or an explicit list adds a ballot', () => {
    const withThreshold: DocumentInput = {
      ...input,
      result: { ...input.result, params: input.result.params.map((p) => (p.id === 'GIAY_KHEN.vote.minShare' ? { ...p, value: 0.5 } : p)) },
    };
    expect(votedTitles(withThreshold).map((v) => v.id)).toEqual(['CSTDCS', 'GIAY_KHEN']);
    const sheets = ballotSheets(input, [
      { id: 'TTLDXS', scope: 'unit' },
      { id: 'BK_TINH', scope: 'unit' },
    ]);
    expect(sheets.map((s) => s.name)).toEqual(['Phiếu bầu TTLĐXS', 'Phiếu bầu BK tỉnh TT']);
    expect(ballotCandidates(input, { id: 'BK_TINH', scope: 'unit' }).units).toHaveLength(4);
  });
});

describe('tally (Kiểm phiếu)', () => {
  const section = (rows: string[][], title: string) => rows.findIndex((r) => r[0] === title);

  test('a form for the counting committee: time and place, the committee, the ballots counted, the votes per candidate; no formula', () => {
    const s = tallySheet(input);
    const rows = rowTexts(s);
    expect(texts(s)).toContain('KẾT QUẢ KIỂM PHIẾU BÌNH XÉT THI ĐUA NĂM 2014');
    expect(texts(s)).toContain('Thời gian kiểm phiếu:');
    expect(texts(s)).toContain('Địa điểm:');
    const committee = section(rows, 'I. BAN KIỂM PHIẾU');
    expect(rows[committee + 1].filter(Boolean)).toEqual(['STT', 'Họ và tên', 'Chức vụ, đơn vị', 'Nhiệm vụ']);
    expect(rows.slice(committee + 2, committee + 5).map((r) => r[5])).toEqual(['Trưởng ban', 'Thành viên', 'Thành viên']);
    const ballots = section(rows, 'II. SỐ PHIẾU');
    expect(rows[ballots + 1].filter(Boolean)).toEqual(['STT', 'Phiếu bầu', 'Số thành viên Hội đồng', 'Số phiếu phát ra', 'Số phiếu thu về', 'Số phiếu hợp lệ', 'Số phiếu không hợp lệ']);
    expect(rows[ballots + 2][1]).toBe('CSTĐCS');
    const h = rows.findIndex((r) => r[0] === 'STT' && r[6] === 'Số phiếu đồng ý');
    expect(rows[h]).toEqual(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Danh hiệu', 'Số phiếu đồng ý', 'Tỷ lệ (%)', 'Chọn khi bằng phiếu (x)']);
    const body = rows.slice(h + 1).filter((r) => /^\d+$/.test(r[0]));
    expect(body).toHaveLength(23);
    for (const r of s.rows.slice(h + 1, h + 24)) expect(r.slice(6).map((c) => c.v)).toEqual([null, null, '']);
    for (const r of s.rows) for (const c of r) if (typeof c.v === 'string') expect(c.v.startsWith('=')).toBe(false);
    expect(texts(s)).toContain('TRƯỞNG BAN KIỂM PHIẾU');
  });

  test('readTally: the council size from "II. SỐ PHIẾU", the votes per row, as shares; the form comes back for the minutes', () => {
    const s = tallySheet(input);
    const g = gridOf(s);
    const rows = rowTexts(s);
    const h = rows.findIndex((r) => r[0] === 'STT' && r[6] === 'Số phiếu đồng ý');
    const ballots = section(rows, 'II. SỐ PHIẾU') + 2;
    const committee = section(rows, 'I. BAN KIỂM PHIẾU') + 2;
    g.values[committee][1] = 'Nguyễn Văn Kiểm';
    g.values[committee][2] = 'Chánh Văn phòng';
    g.values[rows.findIndex((r) => r[0] === 'Thời gian kiểm phiếu:')][2] = '15 giờ, ngày 19/12/2014';
    g.values[ballots][2] = 9; // council size (merged C:D, value in C)
    g.values[ballots][4] = 9;
    g.values[ballots][5] = 9;
    g.values[ballots][6] = 8;
    g.values[ballots][7] = 1;
    g.values[h + 1][6] = 7;
    g.values[h + 2][6] = '9';
    g.values[h + 3][7] = '80%'; // typed share, no count
    g.values[h + 4][6] = 10; // more than the council
    g.values[h + 5][6] = 'bảy'; // unreadable
    const { votes, issues, form } = readTally(g);
    const name = (i: number) => String(g.values[h + i][1]);
    const unit = (i: number) => String(g.values[h + i][4]);
    expect(votes.get(personKey(name(1), unit(1)))).toBeCloseTo(7 / 9);
    expect(votes.get(personKey(name(2).toUpperCase(), unit(2)))).toBe(1);
    expect(votes.get(personKey(name(3), unit(3)))).toBeCloseTo(0.8);
    expect(shareOf(votes, { name: name(1), unit: unit(1), birthYear: Number(g.values[h + 1][2]) })).toBeCloseTo(7 / 9);
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['tally-over', `G${h + 5}`],
      ['tally-bad-number', `G${h + 6}`],
    ]);
    expect(describeIssue(issues[0])).toBe(`Trang 'Kiểm phiếu 2014', ô G${h + 5}: Số phiếu đồng ý (10) lớn hơn số thành viên Hội đồng (9)`);
    expect(form.time).toBe('15 giờ, ngày 19/12/2014');
    expect(form.committee).toEqual([{ name: 'Nguyễn Văn Kiểm', position: 'Chánh Văn phòng', role: 'Trưởng ban' }]);
    expect(form.ballots).toEqual([{ title: 'CSTĐCS', members: 9, issued: 9, returned: 9, valid: 8, invalid: 1 }]);
    expect(form.candidates).toHaveLength(23);
    expect(form.candidates[0]).toEqual(expect.objectContaining({ name: name(1), yes: 7 }));
    expect(personKey('Phạm Ngọc Thủy', 'Văn phòng Sở')).toBe('pham ngoc thuy|van phong so');
  });

  test('namesakes in one unit are told apart by the year of birth; votes without a council size are reported', () => {
    const g: SheetGrid = {
      name: 'Kiểm phiếu 2014',
      visibility: 'visible',
      top: 0,
      left: 0,
      merges: [],
      values: [
        ['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Danh hiệu', 'Số phiếu đồng ý', 'Tỷ lệ (%)', 'Chọn khi bằng phiếu (x)'],
        [1, 'Dương Văn Dũng', 1976, 'Trung tâm', 'CSTĐCS', null, '90 %'],
        [2, 'Dương Văn Dũng', 1979, 'Trung tâm', 'CSTĐCS', null, '40 %'],
        [3, 'Lê An', 1980, 'P1', 'CSTĐCS', 5, null],
      ],
    };
    const { votes, issues } = readTally(g);
    expect(shareOf(votes, { name: 'Dương Văn Dũng', unit: 'Trung tâm', birthYear: 1976 })).toBeCloseTo(0.9);
    expect(shareOf(votes, { name: 'Dương Văn Dũng', unit: 'Trung tâm', birthYear: 1979 })).toBeCloseTo(0.4);
    // Without the year, which of the two is meant cannot be told: no share.
    expect(shareOf(votes, { name: 'Dương Văn Dũng', unit: 'Trung tâm' })).toBeUndefined();
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['tally-no-council', 'F4']]);
  });

  test('readTally on a sheet without the header reports it; a grid offset from A1 names the right cells; an earlier form (council size per row) still reads', () => {
    const empty: SheetGrid = { name: 'X', visibility: 'visible', values: [['a']], top: 0, left: 0, merges: [] };
    expect(readTally(empty).issues.map((i) => i.code)).toEqual(['tally-no-header']);
    const g: SheetGrid = {
      name: 'KP',
      visibility: 'visible',
      top: 4,
      left: 1,
      merges: [],
      values: [
        ['Họ và tên', 'Đơn vị', 'Số thành viên HĐ', 'Số phiếu đồng ý'],
        ['Lê An', 'P1', 5, -1],
        ['Lê Bình', 'P1', 5, 4],
      ],
    };
    const read = readTally(g);
    expect(read.issues[0]).toEqual(expect.objectContaining({ code: 'tally-bad-number', cell: 'E6' }));
    expect(read.votes.get(personKey('Lê Bình', 'P1'))).toBeCloseTo(0.8);
  });
});
