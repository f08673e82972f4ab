/**
 * Property-based checks (fast-check) on random grids: whatever comes in, the pipeline
 * never throws, every "awarded" meets its criteria, no cap is exceeded, a unit has at
 * most one collective title, the input is not changed and the output is deterministic.
 */
import fc from 'fast-check';
import { runReview } from '../../src/pipeline/run';
import { emptySettings } from '../../src/domain/settings';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { atLeast, disciplineAtLeast } from '../../src/domain/types';
import { hasMessage } from '../../src/i18n/catalogue';

const ratingText = fc.constantFrom('HTXSNV', 'HTTNV', 'HTNV', 'KHTNV', 'Hoàn thành tốt nhiệm vụ', 'Tốt', '', 'xyz', ' htxsnv ');
const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -100, max: 60000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constantFrom({ error: '#N/A' }, { error: '#REF!' }),
);

const staffRow = fc.tuple(
  fc.constantFrom('Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em', 'Vũ Thị Giang', '', '=X()'),
  fc.constantFrom('Phòng A', 'Phòng B', 'P. A', 'phòng   b', ''),
  ratingText,
  fc.oneof(fc.integer({ min: -5, max: 80 }), fc.constant('3 ngày'), fc.constant('')),
  fc.constantFrom('', 'Khiển trách', 'Cảnh cáo', 'Phê bình'),
  fc.constantFrom('', 'x', 'Có', 'Không', 'SK số 1'),
  fc.integer({ min: 40, max: 100 }),
);

const staffGrid = fc.array(staffRow, { maxLength: 40 }).map((rows): SheetGrid => ({
  name: 'Cán bộ',
  visibility: 'visible',
  top: 0,
  left: 0,
  merges: [],
  values: [['STT', 'Họ và tên', 'Đơn vị', 'Xếp loại', 'Số ngày nghỉ', 'Kỷ luật', 'Sáng kiến', 'Tỷ lệ phiếu bầu (%)'], ...rows.map((r, i) => [i + 1, ...r] as CellValue[])],
}));
const unitGrid: SheetGrid = {
  name: 'Đơn vị',
  visibility: 'visible',
  top: 0,
  left: 0,
  merges: [],
  values: [
    ['STT', 'Tên đơn vị', 'Xếp loại'],
    [1, 'Phòng A', 'HTXSNV'],
    [2, 'Phòng B', 'HTTNV'],
  ],
};
const randomGrid = fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 30 }).map((values): SheetGrid => ({ name: 'Rác', visibility: 'visible', top: 0, left: 0, merges: [], values }));

const RUNS = 150;

describe('the pipeline on random input', () => {
  test('never throws on any grid, with or without a staff list', () => {
    fc.assert(
      fc.property(randomGrid, fc.option(staffGrid), (junk, staff) => {
        const grids = [junk, ...(staff ? [staff, unitGrid] : [])];
        const outcome = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
        // Every issue is one the clerk can read and find: a known severity, a message in the
        // catalogue, a sheet of this workbook, a place written as Excel writes one (a cell "E12",
        // a whole column "H", a range "A3:A7").
        const names = new Set(grids.map((g) => g.name));
        for (const i of outcome.issues) {
          expect(['error', 'warning', 'info']).toContain(i.severity);
          expect(hasMessage(`issue.${i.code}`)).toBe(true);
          if (i.sheet !== undefined) expect(names).toContain(i.sheet);
          if (i.cell !== undefined) expect(i.cell).toMatch(/^[A-Z]{1,3}([1-9]\d*)?(:[A-Z]{1,3}([1-9]\d*)?)?$/);
        }
        // Without a staff list there is nothing to review, and an error says why; with one, a result.
        if (!staff) {
          expect(outcome.result).toBeUndefined();
          expect(outcome.issues.filter((i) => i.severity === 'error').length).toBeGreaterThan(0);
        } else if (!outcome.issues.some((i) => i.severity === 'error')) {
          expect(outcome.result).toBeDefined();
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('awarded verdicts satisfy their criteria, caps hold, one collective title per unit, input unchanged, output deterministic', () => {
    fc.assert(
      fc.property(staffGrid, (staff) => {
        const grids = [staff, unitGrid];
        const frozen = JSON.stringify(grids);
        const a = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
        const b = runReview(JSON.parse(frozen), emptySettings(), { reviewDate: '2014-12-20' });
        expect(JSON.stringify(grids)).toBe(frozen);
        expect(JSON.stringify(a.sheets)).toBe(JSON.stringify(b.sheets));
        if (!a.result) return;
        const persons = a.result.persons;
        let ldtt = 0;
        let cstdcs = 0;
        for (const { person, verdicts } of persons) {
          if (verdicts.LDTT?.status === 'awarded') {
            ldtt++;
            expect(person.excluded).toBeFalsy();
            expect(atLeast(person.rating, 'good')).toBe(true);
            expect(person.leaveDays ?? 0).toBeLessThan(40);
            expect(person.discipline === 'none' || !disciplineAtLeast(person.discipline, 'reprimand')).toBe(true);
          }
          if (verdicts.CSTDCS?.status === 'awarded') {
            cstdcs++;
            expect(verdicts.LDTT?.status).toBe('awarded');
            expect(person.initiatives + person.researchProjects).toBeGreaterThan(0);
          }
          for (const v of Object.values(verdicts)) {
            if (v!.status !== 'awarded') expect(v!.reasons.length).toBeGreaterThan(0);
          }
        }
        expect(cstdcs).toBeLessThanOrEqual(Math.floor(0.15 * ldtt + 1e-9));
        for (const u of a.result.units) {
          const collective = (['TTLDXS', 'TTLDTT'] as const).filter((t) => u.verdicts[t]?.status === 'awarded');
          expect(collective.length).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
