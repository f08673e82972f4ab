/**
 * Cờ thi đua của UBND tỉnh (CO_TINH) under every regime: not a formula (rules.md; Luật 2003 Đ26,
 * NĐ 91/2017 Đ12, Luật 2022 Đ26): the unit must be this year's TTLĐXS, and the province's
 * emulation cluster must have chosen it, as the clerk records on the unit sheet. The reader
 * takes the mark from a column named like "Cờ thi đua"; no such column is said once, as information.
 */
import { emptySettings } from '../../src/domain/settings';
import type { Person, Unit } from '../../src/domain/types';
import { runReview } from '../../src/pipeline/run';
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { PRESETS } from '../../src/rules/presets';
import { ruleByKey } from '../../src/rules/titles';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { person, unit } from '../helpers/people';

const members = (name: string, n: number, over: Partial<Person> = {}) => Array.from({ length: n }, () => person({ unit: name, ...over }));
/** 10 members rated HTXSNV or HTTNV, one with an initiative (CSTĐCS): TTLĐXS when the unit is rated HTXSNV. */
const excellentUnit = (name: string) => [...members(name, 9, { rating: 'good' }), person({ unit: name, initiatives: 1 })];
const chosen = { selected: true, column: 'H' };

describe.each(PRESETS.map((rs) => [rs.id, rs] as const))('%s', (_id, rs) => {
  const year = Number(rs.inForce.from.slice(0, 4)) + 1;
  const review = (persons: Person[], units: Unit[]) => {
    const { values } = resolveParams(rs, []);
    return evaluate({ ruleSet: rs, params: values, persons, units, year, periodEnd: `${year}-12-31` }).units;
  };

  test('a unit award decided by the provincial chairman, enabled', () => {
    const rule = ruleByKey(rs, 'CO_TINH')!;
    expect(rule).toEqual(expect.objectContaining({ id: 'CO_TINH', scope: 'unit', kind: 'award', decidedBy: 'province-chair' }));
    expect(rule.enabled.default).toBe(true);
    expect(rule.level).toBeUndefined();
  });

  test('TTLĐXS and chosen: proposed, beside its collective title', () => {
    const [u] = review(excellentUnit('A'), [unit('A', { clusterChoice: chosen })]);
    expect(u.collectiveTitle).toBe('TTLDXS');
    expect(u.verdicts.CO_TINH).toEqual({ title: 'CO_TINH', status: 'awarded', reasons: [] });
  });

  test('chosen but only TTLĐTT (rated HTTNV): refused for not being TTLĐXS, whatever it holds below', () => {
    const [u] = review(excellentUnit('A'), [unit('A', { rating: 'good', clusterChoice: chosen })]);
    expect(u.collectiveTitle).toBe('TTLDTT');
    expect(u.verdicts.CO_TINH!.reasons.map((r) => [r.code, r.args])).toEqual([['unit-not-title', { title: 'TTLDXS' }]]);
  });

  test('TTLĐXS but not chosen: refused, the column named; no column at all: refused, said so', () => {
    const [marked, none] = review([...excellentUnit('A'), ...excellentUnit('B')], [unit('A', { clusterChoice: { selected: false, column: 'H' } }), unit('B')]);
    expect(marked.verdicts.CO_TINH!.reasons.map((r) => [r.code, r.args.column])).toEqual([['cluster-not-selected', 'H']]);
    expect(none.verdicts.CO_TINH!.reasons.map((r) => [r.code, r.args.column])).toEqual([['cluster-not-selected', '']]);
  });

  test('the citations name the article on Cờ thi đua of the regime', () => {
    const rule = ruleByKey(rs, 'CO_TINH')!;
    const cites = rule.criteria.map((c) => c.citation).join(' | ');
    expect(cites).toMatch(rs.id === 'vn-2014' || rs.id === 'vn-2017' ? /Luật TĐKT 2003 \(sửa đổi 2013\) Điều 26/ : /Luật TĐKT 2022 Điều 26 khoản 1, khoản 2/);
    if (rs.id === 'vn-2017') expect(cites).toMatch(/NĐ 91\/2017\/NĐ-CP Điều 12/);
    // Never a placeholder: vn-2025 cites the law's article (NĐ 152/2025 Điều 7 is the Government's flag, not the province's).
    expect(cites).not.toMatch(/chưa đối chiếu/);
  });
});

describe('the reader: the cluster’s choice on the unit sheet', () => {
  const staff: CellValue[][] = [
    ['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Sáng kiến'],
    ...['A', 'B', 'C', 'D'].flatMap((u, k) => [1, 2, 3].map((i): CellValue[] => [k * 3 + i, `Người ${u}${i}`, `Phòng ${u}`, 'Hoàn thành xuất sắc nhiệm vụ', i === 1 ? 1 : ''])),
  ];
  const unitsWith = (header: string | undefined, marks: CellValue[]): SheetGrid => ({
    name: 'Đơn vị',
    visibility: 'visible',
    top: 0,
    left: 0,
    merges: [],
    values: [
      ['STT', 'Tên đơn vị', 'Xếp loại tập thể', ...(header ? [header] : [])],
      ...['A', 'B', 'C', 'D'].map((u, k): CellValue[] => [k + 1, `Phòng ${u}`, 'Hoàn thành xuất sắc nhiệm vụ', ...(header ? [marks[k]] : [])]),
    ],
  });
  const run = (header: string | undefined, marks: CellValue[] = []) =>
    runReview([{ name: 'Cán bộ', visibility: 'visible', top: 0, left: 0, merges: [], values: staff }, unitsWith(header, marks)], emptySettings(), { reviewDate: '2024-12-20' });

  test.each(['Cờ thi đua', 'Đề nghị Cờ thi đua', 'Khối bình chọn Cờ thi đua', 'Cờ thi đua UBND tỉnh'])('header "%s": "x", "có", "đề nghị" are chosen; blank and "không" are not', (header) => {
    const r = run(header, ['x', 'Có', 'Đề nghị', 'không']);
    const status = r.result!.units.map((u) => [u.unit.name, u.verdicts.CO_TINH!.status]);
    expect(status).toEqual([
      ['Phòng A', 'awarded'],
      ['Phòng B', 'awarded'],
      ['Phòng C', 'awarded'],
      ['Phòng D', 'not-eligible'],
    ]);
    expect(r.result!.units[3].verdicts.CO_TINH!.reasons[0].args).toEqual({ column: 'D', sheet: 'Đơn vị' });
    expect(r.issues.map((i) => i.code)).not.toContain('missing-clusterChoice');
  });

  test('a mark that is neither yes nor no: a warning at the cell, and the unit not chosen', () => {
    const r = run('Cờ thi đua', ['x', 'hạng 3', '', '']);
    expect(r.issues.filter((i) => i.code === 'unknown-cluster-choice').map((i) => [i.severity, i.cell])).toEqual([['warning', 'D3']]);
    expect(r.result!.units.map((u) => u.verdicts.CO_TINH!.status)).toEqual(['awarded', 'not-eligible', 'not-eligible', 'not-eligible']);
  });

  test('no column: one information issue (Cờ thi đua is optional), not a warning; nobody proposed', () => {
    const r = run(undefined);
    expect(r.issues.filter((i) => i.code === 'missing-clusterChoice').map((i) => [i.severity, i.sheet])).toEqual([['info', 'Đơn vị']]);
    expect(r.result!.units.every((u) => u.verdicts.CO_TINH!.status === 'not-eligible')).toBe(true);
  });
});
