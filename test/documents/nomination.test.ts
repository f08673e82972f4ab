import { nominationSheets, personNominationSheet, proposalLines } from '../../src/sheets/forms/nomination';
import { safeText } from '../../src/sheets/forms/official-form';
import { letterheadMissing, roman } from '../../src/dossier/letterhead';
import { compareNames } from '../../src/text/collate';
import { STYLES } from '../../src/sheets/styles';
import { parseRange } from '../../src/sheets/grid';
import { sampleInput, rowTexts, texts } from './sample';
import type { DocumentInput } from '../../src/dossier/letterhead';

let input: DocumentInput;
beforeAll(async () => {
  input = await sampleInput();
});

describe('nomination lists in the official form (NĐ 30/2020)', () => {
  test('LĐTT list: agency block, motto, title, attached-to line, header, count, place and date, signer', () => {
    const s = personNominationSheet(input, 'LDTT')!;
    const rows = rowTexts(s);
    expect(rows[0]).toContain('UBND TỈNH BẮC GIANG');
    expect(rows[0]).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(rows[1]).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(rows[1]).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(s.rows[1].find((c) => c.v === 'Độc lập - Tự do - Hạnh phúc')!.s).toBe('mottoSub');
    expect(STYLES.mottoSub.font!.underline).toBe(true);
    // LĐTT is the head's to recognise: the list is the one his Quyết định carries, worded as the Word paper's.
    expect(rows[3][0]).toBe('DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"');
    expect(rows[4][0]).toBe('NĂM 2014');
    // Numbered and dated at signature, by the head who signs it.
    expect(rows[5][0]).toBe('(Kèm theo Quyết định số        /QĐ-KHCN ngày      tháng 12 năm 2014 của Giám đốc Sở Khoa học và Công nghệ)');
    expect(rows[7]).toEqual(['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Tóm tắt thành tích', 'Ghi chú']);
    expect(s.print).toEqual(expect.objectContaining({ orientation: 'landscape', repeatRows: [8, 8], fitToWidth: true, pageNumbers: true }));
    expect(s.print!.margins).toEqual({ top: 20, bottom: 20, left: 30, right: 15 });
    const all = texts(s);
    const ldtt = input.result.persons.filter((p) => p.verdicts.LDTT?.status === 'awarded').length;
    expect(ldtt).toBe(81);
    expect(all).toContain(`Danh sách có ${ldtt} cá nhân./.`);
    expect(all).toContain('Bắc Giang, ngày 20 tháng 12 năm 2014');
    expect(all).toContain('GIÁM ĐỐC');
    expect(all).toContain('Nguyễn Đức Kiên');
    // Merges stay inside the sheet's columns and never overlap.
    const areas = s.merges.map(parseRange);
    for (const a of areas) expect(a.right).toBeLessThan(s.widths.length);
    for (let i = 0; i < areas.length; i++)
      for (let j = i + 1; j < areas.length; j++) {
        const a = areas[i],
          b = areas[j];
        expect(a.bottom < b.top || b.bottom < a.top || a.right < b.left || b.right < a.left).toBe(true);
      }
  });

  test('grouped by unit in the unit sheet order (I. Văn phòng Sở …), given-name order inside, numbered 1..n', () => {
    const s = personNominationSheet(input, 'LDTT')!;
    const body = rowTexts(s).slice(8);
    const groups = body.filter((r) => /^[IVXLC]+\. /.test(r[0]));
    expect(groups[0][0]).toBe('I. Văn phòng Sở');
    expect(groups[1][0]).toBe('II. Thanh tra Sở');
    const order = groups.map((g) => g[0].replace(/^[IVXLC]+\. /, ''));
    // The unit sheet's order as typed in the sample ('Đơn vị', rows 7–16), read by eye, not the code's unitOrder;
    // every unit has LĐTT members.
    expect(order).toEqual([
      'Văn phòng Sở',
      'Thanh tra Sở',
      'Phòng Kế hoạch - Tài chính',
      'Phòng Quản lý Khoa học',
      'Phòng Quản lý Công nghệ và Thị trường công nghệ',
      'Phòng Quản lý Chuyên ngành',
      'Chi cục Tiêu chuẩn Đo lường Chất lượng',
      'Trung tâm Thông tin và Thống kê KH&CN',
      'Trung tâm Ứng dụng tiến bộ KH&CN',
      'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng',
    ]);
    let n = 0;
    let names: string[] = [];
    for (const r of body) {
      if (/^[IVXLC]+\. /.test(r[0]) || !/^\d+$/.test(r[0])) {
        for (let i = 1; i < names.length; i++) expect(compareNames(names[i - 1], names[i])).toBeLessThanOrEqual(0);
        names = [];
        continue;
      }
      expect(Number(r[0])).toBe(++n);
      names.push(r[1].replace(/ \(sinh năm \d{4}\)$/, ''));
    }
    expect(n).toBe(81);
  });

  test('two people of the same name in one unit are told apart by their year of birth', () => {
    // The sample has two "Dương Văn Dũng" in the Trung tâm Kỹ thuật (born 1976 and 1979), a third elsewhere (1978).
    const namesakes = input.result.persons.filter((p) => p.person.name === 'Dương Văn Dũng');
    const unit = 'Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng';
    expect(
      namesakes
        .filter((p) => p.person.unit === unit)
        .map((p) => p.person.birthYear)
        .sort(),
    ).toEqual([1976, 1979]);
    expect(namesakes.filter((p) => p.person.unit !== unit).map((p) => p.person.birthYear)).toEqual([1978]);
    const rows = nominationSheets(input)
      .flatMap((s) => rowTexts(s))
      .filter((r) => r[1]?.startsWith('Dương Văn Dũng'));
    expect(rows.length).toBeGreaterThan(1);
    for (const r of rows) {
      if (r[3] === unit) expect(r[1]).toMatch(/^Dương Văn Dũng \(sinh năm (1976|1979)\)$/);
      else expect(r[1]).toBe('Dương Văn Dũng');
    }
    // Everyone else keeps a plain name.
    expect(
      texts(personNominationSheet(input, 'LDTT')!)
        .filter((x) => / \(sinh năm /.test(x))
        .every((x) => x.startsWith('Dương Văn Dũng')),
    ).toBe(true);
  });

  test('one list per title with someone proposed; the counts per title equal the lists', () => {
    const lists = nominationSheets(input);
    // Nobody on the sample has the Bằng khen of NĐ 65/2014 Đ24 k1 c (2 initiatives in 2013–2014): no person list.
    expect(lists.map((l) => l.name)).toEqual(['Mẫu DS LĐTT', 'Mẫu DS CSTĐCS', 'Mẫu DS Giấy khen', 'Mẫu DS TTLĐXS', 'Mẫu DS TTLĐTT', 'Mẫu DS BK tỉnh TT']);
    for (const l of lists) expect(l.name.length).toBeLessThanOrEqual(31);
    const lines = proposalLines(input);
    expect(lines.map((l) => [l.id, l.scope, l.count])).toEqual([
      ['LDTT', 'person', 81],
      ['CSTDCS', 'person', 12],
      ['GIAY_KHEN', 'person', 31], // 37 before issue 9: a warning and five who are not LĐTT no longer get one
      ['TTLDXS', 'unit', 1],
      ['TTLDTT', 'unit', 7],
      ['BK_TINH', 'unit', 4],
    ]);
    for (const line of lines) {
      const list = lists.find((l) => l.name === line.list)!;
      // Two digits under ten, as clerks write counts ("04 tập thể"), and the end mark "./.".
      expect(texts(list)).toContain(`Danh sách có ${String(line.count).padStart(2, '0')} ${line.scope === 'person' ? 'cá nhân' : 'tập thể'}./.`);
    }
  });

  test("each list goes with the paper of the one who decides: the head's Quyết định, or the Tờ trình to the chairman", () => {
    const attached = (name: string) => texts(nominationSheets(input).find((l) => l.name === name)!).find((x) => x.startsWith('(Kèm theo'));
    // Luật 2003 Đ77 (vn-2014): TTLĐTT is the head's; TTLĐXS and the Bằng khen the provincial chairman's.
    // The Quyết định is the head's ("của Giám đốc Sở …"), the Tờ trình the agency's ("của Sở …").
    expect(attached('Mẫu DS TTLĐTT')).toBe('(Kèm theo Quyết định số        /QĐ-KHCN ngày      tháng 12 năm 2014 của Giám đốc Sở Khoa học và Công nghệ)');
    expect(attached('Mẫu DS TTLĐXS')).toBe('(Kèm theo Tờ trình số        /TTr-KHCN ngày      tháng 12 năm 2014 của Sở Khoa học và Công nghệ)');
    expect(attached('Mẫu DS BK tỉnh TT')).toBe('(Kèm theo Tờ trình số        /TTr-KHCN ngày      tháng 12 năm 2014 của Sở Khoa học và Công nghệ)');
    const other = personNominationSheet({ ...input, agency: { name: 'SỞ TƯ PHÁP', code: 'STP', signerTitle: 'GIÁM ĐỐC' } }, 'LDTT')!;
    expect(texts(other)).toContain('(Kèm theo Quyết định số        /QĐ-STP ngày      tháng 12 năm 2014 của Giám đốc Sở Tư pháp)');
    // No code, no signer's title: dots for the văn thư, the head named by his office alone.
    const unnamed = personNominationSheet({ ...input, agency: { name: 'SỞ TƯ PHÁP' } }, 'LDTT')!;
    expect(texts(unnamed)).toContain('(Kèm theo Quyết định số        /QĐ-…… ngày      tháng 12 năm 2014 của Thủ trưởng Sở Tư pháp)');
  });

  test('agency setting overrides the sample defaults; an English list reads in English', () => {
    const s = personNominationSheet({ ...input, lang: 'en', agency: { name: 'Sở Tư pháp', parent: 'UBND TỈNH THÁI NGUYÊN', signerName: 'Lê Văn A', place: '' } }, 'CSTDCS')!;
    const all = texts(s);
    expect(all).toContain('SỞ TƯ PHÁP');
    expect(all).toContain('UBND TỈNH THÁI NGUYÊN');
    expect(all).toContain('Lê Văn A');
    // The place from the parent agency, not the sample's.
    expect(all).toContain('Thái Nguyên, 20/12/2014');
    expect(all).toContain('The list has 12 individuals.');
    expect(all).toContain('LIST OF INDIVIDUALS RECOGNISED WITH THE TITLE "GRASSROOTS EMULATION FIGHTER"');
  });

  test("another agency never borrows the sample's parent, place or signer: what it has not set is left to fill in", () => {
    const all = texts(personNominationSheet({ ...input, agency: { name: 'Sở Tư pháp' } }, 'LDTT')!);
    expect(all).toContain('SỞ TƯ PHÁP');
    expect(all.join(' ')).not.toMatch(/Bắc Giang|BẮC GIANG|Nguyễn Đức Kiên|GIÁM ĐỐC/);
    expect(all).toContain('……, ngày 20 tháng 12 năm 2014');
    expect(letterheadMissing({ name: 'Sở Tư pháp' })).toEqual(['parent', 'place', 'signerTitle', 'signerName']);
    expect(letterheadMissing({ name: 'Sở Tư pháp', parent: 'UBND TỈNH THÁI NGUYÊN' })).toEqual(['signerTitle', 'signerName']);
    // No name set is no longer the sample: every field not set is missing.
    expect(letterheadMissing({ signerName: 'Lê Văn A' })).toEqual(['parent', 'name', 'place', 'signerTitle']);
  });

  test('a ballot share only on the list of the title voted on: the CSTĐCS list shows it, the LĐTT list (no vote) does not', () => {
    const share = /phiếu bầu \d/;
    expect(texts(personNominationSheet(input, 'CSTDCS')!).some((x) => share.test(x))).toBe(true);
    expect(texts(personNominationSheet(input, 'LDTT')!).some((x) => share.test(x))).toBe(false);
    expect(texts(personNominationSheet(input, 'GIAY_KHEN')!).some((x) => share.test(x))).toBe(false);
  });

  test('helpers: roman numerals; text never starts a formula', () => {
    expect([1, 4, 9, 10, 14, 40].map(roman)).toEqual(['I', 'IV', 'IX', 'X', 'XIV', 'XL']);
    expect(safeText('=SUM(A1)')).toBe(' =SUM(A1)');
    expect(safeText('Nguyễn')).toBe('Nguyễn');
    for (const s of nominationSheets(input)) for (const r of s.rows) for (const c of r) if (typeof c.v === 'string') expect(c.v).not.toMatch(/^[=+\-@]/);
  });
});

describe('place and date (NĐ 30/2020)', () => {
  test('leading zero for days under 10 and for January and February only', async () => {
    const { placeDate } = await import('../../src/dossier/letterhead');
    expect(placeDate('Bắc Giang', '2014-12-20', 'vi')).toBe('Bắc Giang, ngày 20 tháng 12 năm 2014');
    expect(placeDate('Bắc Giang', '2015-02-05', 'vi')).toBe('Bắc Giang, ngày 05 tháng 02 năm 2015');
    expect(placeDate('Bắc Giang', '2015-07-05', 'vi')).toBe('Bắc Giang, ngày 05 tháng 7 năm 2015');
    expect(placeDate('Bắc Giang', '2015', 'vi')).toBe('Bắc Giang, ngày … tháng … năm 2015');
  });
});
