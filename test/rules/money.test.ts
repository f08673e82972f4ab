/**
 * Tiền thưởng (issue 17, section 1). Every amount worked out by hand from the quoted clauses:
 * NĐ 152/2025/NĐ-CP Điều 50 (LĐTT 0,3; CSTĐCS 1,0; TTLĐXS 1,5; TTLĐTT 0,8; Cờ thi đua tỉnh 8,0),
 * Điều 54 (Bằng khen tỉnh 1,5, collective twice; Giấy khen 0,3), Điều 49 (rounded up to ten
 * thousand đồng; titles of the same period: the highest; a title and an award: both), Điều 47
 * khoản 2 (who decides pays), and the mức lương cơ sở 2 340 000 from 01/7/2024 (NĐ 73/2024 Điều 3).
 */
import type { Person, PersonTitleId, Unit, UnitTitleId } from '../../src/domain/types';
import type { ReviewResult, Verdict } from '../../src/domain/verdict';
import { awardMoney, baseWageOn, coefficientsOn, roundUpTenThousand, type MoneyResult } from '../../src/rules/money';
import { getPreset } from '../../src/rules/presets';
import { moneySheet } from '../../src/sheets/award-money';
import { person, unit } from '../helpers/people';

const awarded = (ids: string[]): Record<string, Verdict> => Object.fromEntries(ids.map((id) => [id, { title: id, status: 'awarded', reasons: [] } as unknown as Verdict]));

function result(date: string, people: [Person, string[]][], units: [Unit, string[]][]): ReviewResult {
  return {
    ruleSetId: 'x',
    reviewDate: date,
    year: Number(date.slice(0, 4)),
    phase: 'year',
    params: [],
    targets: [],
    warnings: [],
    pendingVote: [],
    persons: people.map(([p, ids]) => ({ person: p, verdicts: awarded(ids) as Partial<Record<PersonTitleId, Verdict>> })),
    units: units.map(([u, ids]) => ({ unit: u, members: 0, memberLdtt: 0, memberCstdcs: 0, verdicts: awarded(ids) as Partial<Record<UnitTitleId, Verdict>> })),
  };
}

const a = person({ name: 'Người A' });
const b = person({ name: 'Người B' });
const c = person({ name: 'Người C' });
const u = unit('Phòng X');

describe('a 2025 decision (NĐ 152/2025, mức lương cơ sở 2 340 000)', () => {
  const r = result(
    '2025-12-20',
    [
      [a, ['LDTT', 'CSTDCS', 'GIAY_KHEN']],
      [b, ['LDTT', 'BK_TINH']],
      [c, ['LDTT']],
    ],
    [[u, ['TTLDXS', 'BK_TINH']]],
  );
  const m = awardMoney(r, getPreset('vn-2025'), '2025-12-20') as MoneyResult;

  test('two titles of the same year: only the higher (CSTĐCS 2 340 000, not LĐTT 710 000); a title and a Giấy khen: both', () => {
    const rowA = m.rows.find((x) => x.name === 'Người A')!;
    expect(rowA.lines.map((l) => [l.key, l.coefficient, l.amount, l.paid, l.payer])).toEqual([
      ['LDTT', 0.3, 710_000, 0, 'agency'], // 0,3 × 2 340 000 = 702 000 → 710 000
      ['CSTDCS', 1, 2_340_000, 2_340_000, 'agency'],
      ['GIAY_KHEN', 0.3, 710_000, 710_000, 'agency'],
    ]);
    expect(rowA.lines[0].insteadOf).toBe('CSTDCS');
    expect(rowA.total).toBe(3_050_000);
  });

  test('LĐTT paid by the agency, the Bằng khen of the provincial chairman (1,5) by the province', () => {
    const rowB = m.rows.find((x) => x.name === 'Người B')!;
    expect(rowB.lines.map((l) => [l.key, l.paid, l.payer])).toEqual([
      ['LDTT', 710_000, 'agency'],
      ['BK_TINH', 3_510_000, 'province'],
    ]);
    expect(rowB.total).toBe(4_220_000);
  });

  test('a unit: TTLĐXS 1,5 and the collective Bằng khen 3,0, both decided and paid by the province', () => {
    const rowU = m.rows.find((x) => x.name === 'Phòng X')!;
    expect(rowU.lines.map((l) => [l.key, l.amount, l.payer])).toEqual([
      ['TTLDXS', 3_510_000, 'province'],
      ['BK_TINH_UNIT', 7_020_000, 'province'],
    ]);
    expect(rowU.total).toBe(10_530_000);
  });

  test('the parts and the total: agency 3 050 000 + 710 000 + 710 000; province 3 510 000 + 10 530 000', () => {
    expect(m.totals).toEqual({ agency: 4_470_000, province: 14_040_000, ministry: 0, all: 18_510_000 });
    expect(m.wage).toEqual(expect.objectContaining({ amount: 2_340_000, confirmed: true }));
    expect(m.table.by).toBe('NĐ 152/2025/NĐ-CP');
  });

  test('the sheet: each line, the parts, and the total in words', () => {
    const sheet = moneySheet(r, getPreset('vn-2025'), 'vi', 80)!;
    const text = sheet.rows.map((row) => row.map((x) => x.v ?? '').join(' | '));
    expect(text).toContain('Quỹ thi đua, khen thưởng của cơ quan chi |  |  |  |  |  | 4470000 | ');
    expect(text).toContain('Tỉnh chi (Chủ tịch UBND tỉnh quyết định) |  |  |  |  |  | 14040000 | ');
    expect(text).toContain('Tổng cộng |  |  |  |  |  | 18510000 | ');
    expect(text).toContain('Bằng chữ: Mười tám triệu năm trăm mười nghìn đồng');
    expect(text.find((l) => l.startsWith('1 | Người A'))).toBe(
      '1 | Người A | Phòng A | Lao động tiên tiến — Không cộng: cùng thời gian với CSTĐCS, nhận mức cao hơn | 0,3 | 710000 | 0 | Quỹ TĐKT cơ quan',
    );
    expect(String(sheet.rows[1][0].v)).toMatch(/^Mức lương cơ sở 2\.340\.000 đồng\/tháng \(NĐ 73\/2024\/NĐ-CP Điều 3 khoản 2, từ 01\/07\/2024\); hệ số theo NĐ 152\/2025\/NĐ-CP;/);
  });
});

describe('periods (Điều 49 khoản 5): the same period, the highest; another period, each', () => {
  test('CSTĐ tỉnh counts 3 years, CSTĐCS one: both paid (2 340 000 by the agency, 3,0 → 7 020 000 by the province); LĐTT not', () => {
    const r = result('2025-12-20', [[a, ['LDTT', 'CSTDCS', 'CSTD_TINH']]], []);
    const m = awardMoney(r, getPreset('vn-2025'), '2025-12-20') as MoneyResult;
    expect(m.rows[0].lines.map((l) => [l.key, l.paid, l.payer])).toEqual([
      ['LDTT', 0, 'agency'],
      ['CSTDCS', 2_340_000, 'agency'],
      ['CSTD_TINH', 7_020_000, 'province'],
    ]);
  });

  test('Cờ thi đua is a danh hiệu thi đua of the same year as TTLĐXS: only the flag (8,0 → 18 720 000)', () => {
    const r = result('2025-12-20', [], [[u, ['TTLDXS', 'CO_TINH']]]);
    const m = awardMoney(r, getPreset('vn-2025'), '2025-12-20') as MoneyResult;
    expect(m.rows[0].lines.map((l) => [l.key, l.paid])).toEqual([
      ['TTLDXS', 0],
      ['CO_TINH', 18_720_000],
    ]);
  });
});

describe('the timeline of the mức lương cơ sở and of the coefficients', () => {
  test('the level in force on the date of the decision', () => {
    expect(baseWageOn('2014-12-20')?.amount).toBe(1_150_000);
    expect(baseWageOn('2019-06-30')?.amount).toBe(1_390_000);
    expect(baseWageOn('2019-07-01')?.amount).toBe(1_490_000);
    expect(baseWageOn('2024-06-30')?.amount).toBe(1_800_000);
    expect(baseWageOn('2024-07-01')?.amount).toBe(2_340_000);
  });

  test('the decree of the coefficients follows the date: NĐ 42/2010, 91/2017, 98/2023, 152/2025; only the last is quoted', () => {
    expect(['2014-12-20', '2018-12-20', '2024-12-20', '2025-07-01'].map((d) => [coefficientsOn(d)?.by, coefficientsOn(d)?.confirmed])).toEqual([
      ['NĐ 42/2010/NĐ-CP', false],
      ['NĐ 91/2017/NĐ-CP', false],
      ['NĐ 98/2023/NĐ-CP', false],
      ['NĐ 152/2025/NĐ-CP', true],
    ]);
  });

  test('2014: LĐTT 0,3 × 1 150 000 = 345 000 → 350 000; the sheet says the coefficients are not confirmed', () => {
    const r = result('2014-12-20', [[a, ['LDTT']]], []);
    const m = awardMoney(r, getPreset('vn-2014'), '2014-12-20') as MoneyResult;
    expect(m.rows[0].lines[0].paid).toBe(350_000);
    expect(String(moneySheet(r, getPreset('vn-2014'), 'vi', 80)!.rows[1][0].v)).toContain('hệ số theo NĐ 42/2010/NĐ-CP — chưa đối chiếu, cần kiểm tra');
  });

  test('rounded up to the ten thousand: 447 000 → 450 000, 1 192 000 → 1 200 000, 2 340 000 stays', () => {
    expect([0.3 * 1_490_000, 0.8 * 1_490_000, 2_340_000].map(roundUpTenThousand)).toEqual([450_000, 1_200_000, 2_340_000]);
  });

  test('from 01/7/2026 (NĐ 161/2026) the level is not known: no amount, said; the clerk can give it', () => {
    const r = result('2026-12-20', [[a, ['LDTT']]], []);
    expect(awardMoney(r, getPreset('vn-2025'), '2026-12-20')).toEqual({ problem: 'no-wage', date: '2026-12-20', by: 'NĐ 161/2026/NĐ-CP' });
    expect(moneySheet(r, getPreset('vn-2025'), 'vi', 80)!.rows[1][0].v).toBe(
      'Chưa tính tiền thưởng: mức lương cơ sở áp dụng ngày 20/12/2026 (NĐ 161/2026/NĐ-CP) chưa có trong công cụ; nhập mức lương cơ sở để tính',
    );
    const m = awardMoney(r, getPreset('vn-2025'), '2026-12-20', 2_500_000) as MoneyResult;
    expect(m.rows[0].lines[0].paid).toBe(750_000);
  });
});
