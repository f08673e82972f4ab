/**
 * Legal texts and parameters on their own dates (issue 16, item 3). Expected texts and
 * values are read off the legal timeline in docs/regimes.md: TT 12/2019 in force from
 * 01/01/2020; NĐ 98/2023 ended when NĐ 152/2025 took effect on 01/07/2025 (its Điều 59);
 * TT 15/2025 cited from its signature (04/08/2025); TT 01/2024's date of signature not found.
 */
import { paramProblems } from '../../src/rules/criterion-params';
import { basisOn, getPreset, paramHistory, PRESETS, ruleSetOn } from '../../src/rules/presets';
import { criterion } from '../../src/rules/presets/build';
import { amendedOn, checkAmendments, derive } from '../../src/rules/presets/derive';
import { VN_2024 } from '../../src/rules/presets/vn-2024';
import { ruleByKey } from '../../src/rules/titles';

const numbers = (id: string, date: string) => basisOn(getPreset(id), date).map((b) => b.number);

describe('a paper cites the texts in force on its own date', () => {
  test('a decision of 20/12/2018 cites TT 08/2017, not TT 12/2019 (in force from 01/01/2020)', () => {
    expect(numbers('vn-2017', '2018-12-20')).toEqual(['15/2003/QH11', '47/2005/QH11', '39/2013/QH13', '91/2017/NĐ-CP', '08/2017/TT-BNV']);
  });

  test('a decision of 20/12/2021 cites TT 12/2019, not TT 08/2017', () => {
    expect(numbers('vn-2017', '2021-12-20')).toEqual(['15/2003/QH11', '47/2005/QH11', '39/2013/QH13', '91/2017/NĐ-CP', '12/2019/TT-BNV']);
  });

  test('a 2025 decision after TT 15/2025 cites it and not TT 01/2024 beside it; nor NĐ 98/2023', () => {
    expect(numbers('vn-2025', '2025-12-20')).toEqual(['06/2022/QH15', '152/2025/NĐ-CP', '15/2025/TT-BNV']);
  });

  test('a review of 15/07/2025, before TT 15/2025, cites TT 01/2024 and not TT 15/2025', () => {
    expect(numbers('vn-2025', '2025-07-15')).toEqual(['06/2022/QH15', '152/2025/NĐ-CP', '01/2024/TT-BNV']);
  });

  test('a meeting of 10/01/2024 on the 2023 review (vn-2017 criteria) cites the texts in force that day: Luật 2022, NĐ 98/2023, TT 01/2024', () => {
    expect(numbers('vn-2017', '2024-01-10')).toEqual(['06/2022/QH15', '98/2023/NĐ-CP', '01/2024/TT-BNV']);
  });

  test('its reasons cite the articles of 31/12/2023 (TT 12/2019 era), not those of 2018', () => {
    const rs = ruleSetOn(getPreset('vn-2017'), '2024-01-10');
    expect(ruleByKey(rs, 'CO_TINH')!.criteria.find((c) => c.id === 'cluster')!.citation).not.toMatch(/08\/2017/);
    expect(rs.basis.map((b) => b.number)).toEqual(['06/2022/QH15', '98/2023/NĐ-CP', '01/2024/TT-BNV']);
  });

  test('a text signed after the paper is never cited: vn-2017 forced on a 2014 meeting cites none of its decrees', () => {
    expect(numbers('vn-2017', '2014-12-20')).toEqual(['15/2003/QH11', '47/2005/QH11', '39/2013/QH13']);
  });

  test('TT 01/2024 is printed without a date: its date of signature was not confirmed', () => {
    const tt01 = basisOn(getPreset('vn-2024'), '2024-12-20').find((b) => b.number === '01/2024/TT-BNV')!;
    expect(tt01.printed).toBe('Thông tư số 01/2024/TT-BNV của Bộ trưởng Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng');
  });

  test('every text of every regime has an interval in force that starts no earlier than its (confirmed) signature', () => {
    for (const rs of PRESETS) {
      for (const b of rs.basis) {
        if (b.confirmed) expect({ n: b.number, ok: b.inForce.from >= b.date }).toEqual({ n: b.number, ok: true });
        if (b.inForce.to) expect(b.inForce.to >= b.inForce.from).toBe(true);
      }
    }
  });
});

describe('a reason cites the article in force on the review date', () => {
  const cluster = (date: string) => ruleByKey(ruleSetOn(getPreset('vn-2017'), date), 'CO_TINH')!.criteria.find((c) => c.id === 'cluster')!.citation;

  test('Cờ thi đua: TT 08/2017 for a 2018 review; from 2020, when TT 12/2019 replaced it, no longer', () => {
    expect(cluster('2018-12-20')).toMatch(/TT 08\/2017\/TT-BNV Điều 8 khoản 2/);
    expect(cluster('2020-12-20')).not.toMatch(/08\/2017/);
    expect(cluster('2023-12-20')).toMatch(/^NĐ 91\/2017\/NĐ-CP Điều 12/);
  });

  test('vn-2025: TT 01/2024 until TT 15/2025, then TT 15/2025; never "chưa đối chiếu"', () => {
    const recruit = (date: string) => ruleByKey(ruleSetOn(getPreset('vn-2025'), date), 'LDTT')!.criteria.find((c) => c.id === 'recruit')!.citation;
    expect(recruit('2025-07-20')).toMatch(/^TT 01\/2024\/TT-BNV/);
    expect(recruit('2025-12-20')).toMatch(/^TT 15\/2025\/TT-BNV/);
    for (const date of ['2025-07-20', '2025-12-20']) {
      const citations: string[] = [];
      JSON.stringify(ruleSetOn(getPreset('vn-2025'), date), (k, v) => (k === 'citation' && citations.push(v), v));
      expect(citations.filter((c) => /chưa đối chiếu/.test(c))).toEqual([]);
      // NĐ 152/2025 is cited with its article wherever a reason cites it.
      for (const c of citations) for (const m of c.matchAll(/NĐ 152\/2025\/NĐ-CP(.{0,9})/g)) expect(m[1]).toMatch(/^ Điều \d+/);
    }
  });

  test('the discipline rule of vn-2025 cites NĐ 152/2025 Điều 4 khoản 4, quoting it', () => {
    const c = getPreset('vn-2025').general.disciplineRunning.citation;
    expect(c).toMatch(/^NĐ 152\/2025\/NĐ-CP Điều 4 khoản 4/);
    expect(c).toContain('thành tích khen thưởng được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật');
  });
});

describe('amendments: a change inside a regime from its own date', () => {
  test('a default changed from a date: before it the old value, from it the new one, with its citation', () => {
    const rs = { ...VN_2024, amendments: [{ from: '2024-07-01', by: '98/2023/NĐ-CP', defaults: { 'LDTT.recruit.minMonths': 8 }, citations: { 'LDTT.recruit': 'X Điều 1' } }] };
    checkAmendments(rs);
    const minMonths = (date: string) => ruleByKey(amendedOn(rs, date), 'LDTT')!.criteria.find((c) => c.id === 'recruit')!.params[0];
    expect(minMonths('2024-06-30').default).toBe(6);
    expect(minMonths('2024-07-01')).toEqual(expect.objectContaining({ default: 8, citation: 'X Điều 1' }));
  });

  test('an amendment naming a parameter or criterion the regime lacks fails when built, not on its date', () => {
    expect(() => checkAmendments({ ...VN_2024, amendments: [{ from: '2030-01-01', by: '98/2023/NĐ-CP', defaults: { 'LDTT.recruit.minMonth': 8 } }] })).toThrow(
      /LDTT\.recruit\.minMonth is not in vn-2024/,
    );
    expect(() => checkAmendments({ ...VN_2024, amendments: [{ from: '2030-01-01', by: '98/2023/NĐ-CP', citations: { 'LDTT.recruits': 'x' } }] })).toThrow(/criterion LDTT\.recruits/);
    expect(() => checkAmendments({ ...VN_2024, amendments: [{ from: '2030-01-01', by: '99/2029/NĐ-CP' }] })).toThrow(/99\/2029\/NĐ-CP is not a text of its basis/);
    expect(() =>
      derive(VN_2024, {
        id: 'x',
        label: 'x',
        inForce: { from: '2030-01-01' },
        confirmed: false,
        texts: '',
        basis: VN_2024.basis,
        amendments: [{ from: '2031-01-01', by: '06/2022/QH15', defaults: { 'nope.x': 1 } }],
      }),
    ).not.toThrow(); // derive builds; the check runs on loading the presets (index.ts) …
  });
});

describe('each parameter a history of dated values, each with its reference', () => {
  test('LĐTT recruit months: 10 from 15/10/2014 (NĐ 65/2014, then NĐ 91/2017), 6 from 01/01/2024 (TT 01/2024, then TT 15/2025)', () => {
    const h = paramHistory('LDTT.recruit.minMonths');
    expect(h.map((x) => [x.from, x.to ?? null, x.value])).toEqual([
      ['2014-10-15', '2017-09-30', 10],
      ['2017-10-01', '2023-12-31', 10],
      ['2024-01-01', '2025-08-03', 6],
      ['2025-08-04', null, 6],
    ]);
    expect(h.map((x) => x.citation.split(' ').slice(0, 2).join(' '))).toEqual(['NĐ 65/2014/NĐ-CP', 'NĐ 91/2017/NĐ-CP', 'TT 01/2024/TT-BNV', 'TT 15/2025/TT-BNV']);
  });

  test('the 40-day leave rule: 40 until 30/09/2017, off after', () => {
    // Off from NĐ 91/2017, and off again under Luật 2022 (which has no such rule: another reference).
    expect(paramHistory('LDTT.leave.fromDays').map((x) => [x.from, x.to ?? null, x.value])).toEqual([
      ['2014-10-15', '2017-09-30', 40],
      ['2017-10-01', '2023-12-31', null],
      ['2024-01-01', null, null],
    ]);
  });
});

describe('criteria declare the parameters they read', () => {
  test('a misspelt, mistyped or missing parameter fails when the rule set is built', () => {
    expect(() => criterion('LDTT', 'recruit', 'min-months-worked', 'new-recruit', 'x', [['minMonth', 'integer', 6]])).toThrow(
      /"minMonth" is not one a min-months-worked criterion reads \(minMonths\)/,
    );
    expect(() => criterion('LDTT', 'rating', 'min-rating', 'rating', 'x', [['min', 'integer', 3]])).toThrow(/"min" is integer, a min-rating criterion reads it as rating/);
    expect(() => criterion('LDTT', 'rating', 'min-rating', 'rating', 'x', [])).toThrow(/needs the parameter "min"/);
    expect(
      paramProblems('achievement', [
        { name: 'initiative', type: 'boolean' },
        { name: 'research', type: 'boolean' },
        { name: 'excellentRating', type: 'boolean' },
      ]),
    ).toEqual([]);
  });

  test('every parameter of a number type carries its unit: months, days, years', () => {
    const recruit = ruleByKey(getPreset('vn-2014'), 'LDTT')!.criteria.find((c) => c.id === 'recruit')!.params[0];
    const leave = ruleByKey(getPreset('vn-2014'), 'LDTT')!.criteria.find((c) => c.id === 'leave')!.params[0];
    expect([recruit.unit, leave.unit]).toEqual(['month', 'day']);
  });
});
