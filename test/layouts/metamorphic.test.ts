/**
 * Metamorphic tests (issue 21): the same people in many layouts. Every corpus workbook (the
 * 16 layouts and the bundled sample) is transformed the way a real office changes a list
 * (test/helpers/grid-transforms.ts), and the transformed workbook must give the same verdict
 * for every person and unit as the untransformed one, or a warning that names a row or column
 * the transformation touched. The verdicts compared are the engine's own on the original (a
 * relation between two runs, not an expected value copied from the code); what each original
 * should give is checked by hand in corpus.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runReview } from '../../src/pipeline/run';
import type { ReviewOutcome } from '../../src/pipeline/outcome';
import { emptySettings } from '../../src/domain/settings';
import type { DataIssue } from '../../src/domain/types';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { parseAddress } from '../../src/sheets/grid';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { LAYOUTS, type Cell, type Layout } from '../fixtures/layouts/layouts';
import {
  applyTo,
  extraColumn,
  formName,
  registrationSheet,
  reordered,
  secondGrading,
  shortRatings,
  surnames,
  totalsBelow,
  TRANSFORMS,
  type Table,
  type Touched,
  type Transformed,
} from '../helpers/grid-transforms';

jest.setTimeout(300_000);

const serial = (d: Date): number => d.getTime() / 86_400_000 + 25_569;
function cellOf(c: Cell): CellValue {
  if (c === null || c === undefined) return null;
  if (c instanceof Date) return serial(c);
  if (typeof c === 'object' && 'f' in c) return c.r === undefined ? null : (c.r as CellValue);
  return c;
}
/** A layout as the grids an adapter reads (dates as serials, formulas as their cached results). */
function gridsOf(l: Layout): SheetGrid[] {
  return l.sheets.map((s) => ({ name: s.name, visibility: s.state ?? 'visible', top: 0, left: 0, values: s.rows.map((r) => r.map(cellOf)), merges: s.merges ?? [] }));
}

interface Base {
  id: string;
  date: string;
  grids: SheetGrid[];
}
const SAMPLE = 'so-khcn-bac-giang-2014';

async function bases(): Promise<Base[]> {
  const sample = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  return [...LAYOUTS.map((l) => ({ id: l.id, date: l.date, grids: gridsOf(l) })), { id: SAMPLE, date: '2014-12-20', grids: sample }];
}

const review = (grids: SheetGrid[], date: string): ReviewOutcome => runReview(grids, emptySettings(), { reviewDate: date });

/** Where the staff lists of the untransformed workbook are. */
function tablesOf(o: ReviewOutcome): Table[] {
  return o.parsed.recognitions
    .filter((r) => r.role === 'staff')
    .map((r) => {
      const cols: Record<string, number[]> = {};
      for (const c of r.columns) (cols[c.field] ??= []).push(c.col);
      const people = o.parsed.persons.filter((p) => p.source.sheet === r.sheet);
      return {
        sheet: r.sheet,
        headerTop: r.headerTop,
        headerBottom: r.headerBottom,
        dataStart: r.dataStart,
        cols,
        rows: people.map((p) => p.source.row - 1),
        names: new Map(people.map((p) => [p.source.row - 1, p.name])),
        ratings: new Map(people.filter((p) => p.rating).map((p) => [p.source.row - 1, p.rating!])),
      };
    });
}

/** Each person's and unit's verdicts, by name (as renamed), birth year and unit. */
function verdicts(o: ReviewOutcome, rename: Record<string, string> = {}): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of o.result?.persons ?? []) {
    const name = rename[p.person.name] ?? p.person.name;
    // A unit is compared without its case: section rows are typed in capitals ("PHÒNG NGHIỆP VỤ").
    const key = `người ${name}|${p.person.birthYear ?? ''}|${(p.person.unit ?? '').toLocaleLowerCase('vi')}`;
    const v = Object.entries(p.verdicts)
      .map(([t, x]) => `${t}:${x!.status}`)
      .sort()
      .join(',');
    out.set(key, `${p.person.excluded ? 'excluded ' : ''}${v}`);
  }
  for (const u of o.result?.units ?? []) {
    const v = Object.entries(u.verdicts)
      .map(([t, x]) => `${t}:${x!.status}`)
      .sort()
      .join(',');
    out.set(`đơn vị ${u.unit.name.toLocaleLowerCase('vi')}`, `${u.collectiveTitle ?? '-'} ${v}`);
  }
  if (o.parsed.fatal) out.set('fatal', o.issues.find((i) => i.severity === 'error')?.code ?? 'fatal');
  return out;
}

/** A warning or error placed in a row or column the transformation touched. */
function names(issue: DataIssue, touched: Touched[]): boolean {
  if (issue.severity === 'info') return false;
  return touched.some((t) => {
    if (issue.sheet !== t.sheet) return false;
    if (!t.rows && !t.cols) return true;
    if (!issue.cell) return false;
    const at = parseAddress(issue.cell);
    return (t.rows ?? []).includes(at.row) || (t.cols ?? []).includes(at.col);
  });
}

type Outcome = 'same' | 'said' | 'broken' | 'n/a';
interface Cellres {
  outcome: Outcome;
  diffs: string[];
}

function compare(before: Map<string, string>, t: Transformed, after: ReviewOutcome): Cellres {
  const now = verdicts(after);
  const keys = new Set([...before.keys(), ...now.keys()]);
  const diffs = [...keys].filter((k) => before.get(k) !== now.get(k)).map((k) => `${k}: ${before.get(k) ?? '∅'} → ${now.get(k) ?? '∅'}`);
  if (!diffs.length) return { outcome: 'same', diffs };
  return { outcome: after.issues.some((i) => names(i, t.touched)) ? 'said' : 'broken', diffs };
}

/**
 * Transformations that still fail on a layout, with why (docs/reading.md): each is a
 * `test.failing`, so it flips to a failure of the suite the day it holds.
 */
const KNOWN_FAIL: Record<string, string> = {};

const results = new Map<string, Cellres>();
let prepared: Promise<{ base: Base; before: Map<string, string>; tables: Table[] }[]> | undefined;
function prepare() {
  prepared ??= bases().then((bs) =>
    bs.map((base) => {
      const o = review(base.grids, base.date);
      return { base, before: verdicts(o), tables: tablesOf(o) };
    }),
  );
  return prepared;
}

afterAll(() => {
  const file = process.env.METAMORPHIC_REPORT;
  if (file) writeFileSync(file, JSON.stringify(Object.fromEntries(results), null, 1));
});

const ids = [...LAYOUTS.map((l) => l.id), SAMPLE];
describe.each(TRANSFORMS.map((t) => [t.id, t] as const))('%s', (_id, transform) => {
  for (const id of ids) {
    const key = `${id}:${transform.id}`;
    const run = KNOWN_FAIL[key] ? test.failing : test;
    run(`${id}: the same verdicts, or a warning where the layout changed`, async () => {
      const all = await prepare();
      const { base, before, tables } = all.find((x) => x.base.id === id)!;
      expect(before.size).toBeGreaterThan(0);
      const year = Number(base.date.slice(0, 4));
      const t = applyTo(transform, base.grids, tables, year);
      if (!t) {
        results.set(key, { outcome: 'n/a', diffs: [] });
        return;
      }
      // The transformation is pure: the original grids are untouched.
      const renamed = new Map([...before].map(([k, v]) => [Object.entries(t.rename ?? {}).reduce((s, [a, b]) => s.replace(`người ${a}|`, `người ${b}|`), k), v]));
      const res = compare(renamed, t, review(t.grids, base.date));
      results.set(key, res);
      expect({ key, outcome: res.outcome, diffs: res.diffs.slice(0, 6) }).toEqual({ key, outcome: expect.stringMatching(/^(same|said)$/), diffs: expect.anything() });
    });
  }
});

/**
 * Several changes at once, as a list passes through several hands: each transformation is
 * placed by reading the list it is given (the engine only locates the table; the relation is
 * still between the first and the last workbook), and the verdicts must be the very same —
 * no warning excuses a change here.
 */
const CHAIN = [surnames, secondGrading, extraColumn, shortRatings, totalsBelow, registrationSheet, formName, reordered];
describe('several changes at once', () => {
  for (const id of ids) {
    test(`${id}: ${CHAIN.map((c) => c.id).join(' + ')} give the same verdicts`, async () => {
      const all = await prepare();
      const { base, before } = all.find((x) => x.base.id === id)!;
      const year = Number(base.date.slice(0, 4));
      let grids = base.grids;
      let rename: Record<string, string> = {};
      let applied = 0;
      for (const step of CHAIN) {
        const t = applyTo(step, grids, tablesOf(review(grids, base.date)), year);
        if (!t) continue;
        applied++;
        grids = t.grids;
        rename = { ...rename, ...(t.rename ?? {}) };
      }
      const renamed = new Map([...before].map(([k, v]) => [Object.entries(rename).reduce((s, [a, b]) => s.replace(`người ${a}|`, `người ${b}|`), k), v]));
      const now = verdicts(review(grids, base.date));
      const keys = new Set([...renamed.keys(), ...now.keys()]);
      const diffs = [...keys].filter((k) => renamed.get(k) !== now.get(k)).map((k) => `${k}: ${renamed.get(k) ?? '∅'} → ${now.get(k) ?? '∅'}`);
      results.set(`${id}:chain`, { outcome: applied === 0 ? 'n/a' : diffs.length ? 'broken' : 'same', diffs });
      expect(diffs.slice(0, 6)).toEqual([]);
    });
  }
});
