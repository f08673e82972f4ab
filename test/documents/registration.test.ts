import { registrationNotes, readRegistration, registrationColumns, registrationParams, registrationSheet, requiredTitles, unitKey, personKey } from '../../src/sheets/forms/registration';
import { evaluate } from '../../src/rules/evaluate';
import { resolveParams } from '../../src/rules/params';
import { getPreset } from '../../src/rules/presets';
import type { ReviewResult } from '../../src/domain/verdict';
import type { TitleId } from '../../src/domain/types';
import { hasMessage } from '../../src/i18n/catalogue';
import { person, unit } from '../helpers/people';
import { gridOf, rowTexts, sampleInput } from './sample';
import { shortfallReport } from '../../src/rules/shortfall';

/** A small unit reviewed; with `registered`, as if a registration sheet had been read. */
function small(params: Record<string, boolean> = {}, registered?: Map<string, TitleId[]>): ReviewResult {
  const rs = getPreset('vn-2014');
  const { values, uses } = resolveParams(rs, [{ source: 'command-line', values: params }]);
  const staff = [person({ name: 'Lê Văn An', unit: 'P', initiatives: 1, voteShare: 0.9 }), person({ name: 'Trần Thị Bình', unit: 'P' }), ...Array.from({ length: 8 }, () => person({ unit: 'P' }))].map(
    (p) => (registered ? { ...p, registered: registered.get(personKey(p.name, p.unit)) ?? [] } : p),
  );
  const { persons, units } = evaluate({ ruleSet: rs, params: values, persons: staff, units: [unit('P')], year: 2014, periodEnd: '2014-12-31' });
  return { ruleSetId: rs.id, reviewDate: '2014-12-20', year: 2014, phase: 'year', params: uses, persons, units, targets: [], warnings: [], pendingVote: [] };
}

describe('registration (đăng ký thi đua)', () => {
  test('the sheet for 2015 is prefilled from the 2014 results and reads back to the same registrations', async () => {
    const input = await sampleInput();
    const s = registrationSheet(input);
    expect(s.name).toBe('Đăng ký thi đua 2015');
    const rows = rowTexts(s);
    const h = rows.findIndex((r) => r[1] === 'Họ và tên');
    expect(rows[h].slice(0, 8)).toEqual(['STT', 'Họ và tên', 'Đơn vị', 'LĐTT', 'CSTĐCS', 'CSTĐ tỉnh', 'BK tỉnh', 'Giấy khen']);
    expect(rows[h + 1][0]).toBe('I. Văn phòng Sở');
    const { registered, issues } = readRegistration(gridOf(s));
    expect(issues).toEqual([]);
    // Besides this year's titles, the multi-year titles one more year would complete (issue 17).
    const roads = shortfallReport(input.ruleSet, input.result).roads.filter((r) => r.yearsToGo === 1);
    expect(roads.length).toBeGreaterThan(0);
    for (const pr of input.result.persons.filter((p) => !p.person.excluded)) {
      const awarded = (Object.entries(pr.verdicts) as [TitleId, { status: string }][]).filter(([id, v]) => v.status === 'awarded' && id !== 'BK_BO').map(([id]) => id);
      const want = [...new Set([...awarded, ...roads.filter((r) => r.personId === pr.person.id).map((r) => r.title)])];
      expect({ name: pr.person.name, got: (registered.get(personKey(pr.person.name, pr.person.unit)) ?? []).sort() }).toEqual({ name: pr.person.name, got: want.sort() });
    }
    const vp = input.result.units.find((u) => u.collectiveTitle === 'TTLDXS')!;
    expect(registered.get(unitKey(vp.unit.name))).toContain('TTLDXS');
  });

  test('readRegistration: marks x/X/✓/1 count, blank does not, anything else is reported', () => {
    const grid = {
      name: 'ĐK',
      visibility: 'visible' as const,
      top: 0,
      left: 0,
      merges: [],
      values: [
        ['STT', 'Họ và tên', 'Đơn vị', 'LĐTT', 'CSTĐCS', 'Ghi chú'],
        [1, 'Lê Văn An', 'P', 'X', '✓', null],
        [2, 'Trần Thị Bình', 'P', 1, 'có lẽ', null],
        ['STT', 'Tên tập thể', 'Số người', 'TTLĐXS', 'TTLĐTT', null],
        [1, 'P', 10, null, 'x', null],
      ],
    };
    const { registered, issues } = readRegistration(grid);
    expect(registered.get(personKey('LE VAN AN', 'p'))).toEqual(['LDTT', 'CSTDCS']);
    expect(registered.get(personKey('Trần Thị Bình', 'P'))).toEqual(['LDTT']);
    expect(registered.get(unitKey('P'))).toEqual(['TTLDTT']);
    expect(issues).toEqual([expect.objectContaining({ code: 'registration-unknown-mark', cell: 'E3', value: 'có lẽ' })]);
  });

  test('registrationNotes: by default an unregistered awardee stays proposed with a note', () => {
    const r = small();
    const registered = new Map<string, TitleId[]>([[personKey('Lê Văn An', 'P'), ['LDTT']]]);
    const out = registrationNotes(r, registered);
    const an = out.persons.find((p) => p.person.name === 'Lê Văn An')!;
    expect(an.verdicts.CSTDCS!.status).toBe('awarded');
    expect(an.person.note).toBe('Chưa đăng ký thi đua CSTĐCS');
    expect(out.persons.find((p) => p.person.name === 'Trần Thị Bình')!.person.note).toBe('Chưa đăng ký thi đua LĐTT');
    expect(r.persons[0].person.note).toBeUndefined(); // input untouched
  });

  test('registration required (the evaluator): not-eligible, reason not-registered; CSTĐCS follows a withdrawn LĐTT', () => {
    const out = small({ 'LDTT.registration.required': true }, new Map<string, TitleId[]>([[personKey('Trần Thị Bình', 'P'), ['LDTT']]]));
    const an = out.persons.find((p) => p.person.name === 'Lê Văn An')!;
    expect(an.verdicts.LDTT).toEqual(expect.objectContaining({ status: 'not-eligible', reasons: [expect.objectContaining({ code: 'not-registered', criterion: 'registration' })] }));
    expect(an.verdicts.CSTDCS!.status).toBe('not-eligible');
    expect(an.verdicts.CSTDCS!.reasons[0].code).toBe('not-ldtt');
    expect(out.persons.find((p) => p.person.name === 'Trần Thị Bình')!.verdicts.LDTT!.status).toBe('awarded');
    expect(hasMessage('reason.not-registered')).toBe(true);
  });

  test('params: one boolean per title, default false; requiredTitles reads them back', () => {
    const rs = getPreset('vn-2014');
    const defs = registrationParams(rs);
    expect(defs.map((d) => d.id)).toContain('LDTT.registration.required');
    expect(defs.map((d) => d.id)).toContain('BK_TINH_UNIT.registration.required');
    for (const d of defs) expect(d).toEqual(expect.objectContaining({ type: 'boolean', default: false, label: 'param.registration.required' }));
    expect(hasMessage('param.registration.required')).toBe(true);
    expect(requiredTitles(rs, { 'LDTT.registration.required': true, 'TTLDXS.registration.required': true })).toEqual({ persons: ['LDTT'], units: ['TTLDXS'] });
  });

  test('registrationColumns: registered against achieved, per person and as a block for the attainment sheet', () => {
    const r = small();
    const registered = new Map<string, TitleId[]>([
      [personKey('Lê Văn An', 'P'), ['LDTT', 'CSTDCS']],
      [personKey('Trần Thị Bình', 'P'), ['CSTDCS']],
    ]);
    const cols = registrationColumns(r, registered, 'vi');
    expect(cols.header.map((c) => c.v)).toEqual(['Đăng ký', 'Ghi chú']);
    const binh = r.persons.find((p) => p.person.name === 'Trần Thị Bình')!;
    expect(cols.persons.get(binh.person.id)!.map((c) => c.v)).toEqual(['CSTĐCS', 'Chưa đăng ký thi đua LĐTT']);
    const block = cols.attainment.map((row) => row.map((c) => c.v));
    expect(block[1]).toEqual(['Danh hiệu đề nghị', 'Số đăng ký', 'Số đạt', 'Đăng ký và đạt', 'Đạt nhưng chưa đăng ký']);
    expect(block.find((row) => row[0] === 'LĐTT')).toEqual(['LĐTT', 1, 10, 1, 9]);
    expect(block.find((row) => row[0] === 'CSTĐCS')).toEqual(['CSTĐCS', 2, 1, 1, 0]);
  });
});
