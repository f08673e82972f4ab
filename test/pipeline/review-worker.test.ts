/**
 * The review off the pane's thread (issue 19): what the worker sends back is the review the
 * pane's own thread makes, whole after its slices; a review the clerk has already changed is
 * dropped; the reading kept between reviews gives what a fresh reading gives.
 *
 * The worker is played here by the service itself, behind a channel that does what a browser
 * does between two threads: a structured clone of each message (a function or a class that
 * cannot cross fails here as it would there), delivered in a later task.
 */
import { runReview, ReadingCache } from '../../src/pipeline/review';
import { resultSheets } from '../../src/pipeline/documents';
import { ReviewService, SLICE, type Part, type ToPane, type ToWorker } from '../../src/pipeline/review-service';
import { ReviewClient, type WorkerLike } from '../../src/taskpane/review-client';
import { emptySettings, type StoredSettings } from '../../src/domain/settings';
import type { ReviewOutcome } from '../../src/pipeline/outcome';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { sampleGrids } from '../taskpane/sample-grids';

/** A worker played by the service: every message cloned, delivered in the next task, and kept for the test to look at. */
function fakeWorker() {
  const toWorker: ToWorker[] = [];
  const toPane: ToPane[] = [];
  let reviews = 0;
  const worker: WorkerLike = {
    onmessage: null,
    postMessage(m) {
      const copy = structuredClone(m);
      toWorker.push(copy);
      setTimeout(() => service.receive(copy), 0);
    },
  };
  const service = new ReviewService(
    (m) => {
      const copy = structuredClone(m);
      toPane.push(copy);
      if (copy.type === 'outcome') reviews++;
      setTimeout(() => worker.onmessage?.({ data: copy }), 0);
    },
    (run) => setTimeout(run, 0),
  );
  return { worker, toWorker, toPane, reviews: () => reviews };
}

/** What a user would compare: the records, verdicts, issues and settings, and the name order. */
function seen(o: ReviewOutcome) {
  return JSON.parse(
    JSON.stringify({
      parsed: o.parsed,
      result: o.result,
      issues: o.issues,
      settings: o.settings,
      papers: o.papers && { ...o.papers, names: o.papers.names && [...o.papers.names.ranked], registered: o.papers.registered && [...o.papers.registered] },
    }),
  );
}

/**
 * n people in 40 units, the sample's kind of columns (a staff list and a unit list), made by a
 * rule of their own so that some are excellent, some on long leave, some disciplined.
 */
function manyPeople(n: number): SheetGrid[] {
  const RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];
  const staff: CellValue[][] = [['STT', 'Họ và tên', 'Năm sinh', 'Đơn vị', 'Xếp loại', 'Số ngày nghỉ', 'Kỷ luật', 'Sáng kiến']];
  for (let i = 0; i < n; i++) {
    staff.push([
      i + 1,
      `Nguyễn Văn ${String.fromCharCode(65 + (i % 26))} ${i + 1}`,
      1960 + (i % 35),
      `Phòng số ${(i % 40) + 1}`,
      RATINGS[i % 3],
      (i * 7) % 50,
      i % 53 === 0 ? 'Khiển trách' : '',
      i % 4 === 0 ? 'SK số 1' : '',
    ]);
  }
  const units: CellValue[][] = [['STT', 'Tên phòng, đơn vị', 'Số CBCCVC', 'Xếp loại tập thể năm 2014']];
  for (let u = 0; u < 40; u++) units.push([u + 1, `Phòng số ${u + 1}`, Math.ceil(n / 40), RATINGS[u % 3]]);
  const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, visibility: 'visible', top: 0, left: 0, merges: [], values });
  return [grid('Cán bộ', staff), grid('Đơn vị', units)];
}

const settings = (): StoredSettings => ({ ...emptySettings(), reviewDate: '2014-12-20' });

test('the worker gives the review and the sheets the pane would make itself, on the sample', async () => {
  const grids = sampleGrids();
  const { worker } = fakeWorker();
  const client = new ReviewClient(worker);
  await client.load(grids);
  const args = { stored: settings(), overrides: { lang: 'vi' as const, source: 'pane' as const } };
  const there = await client.review(args);
  const here = runReview(grids, args.stored, args.overrides);
  expect(there).not.toBeNull();
  expect(there!.result!.persons).toHaveLength(105);
  expect(seen(there!)).toEqual(seen(here));
  const sheets = await client.sheets(args);
  expect(sheets.map((s) => s.name)).toEqual(resultSheets(here).map((s) => s.name));
  expect(JSON.parse(JSON.stringify(sheets))).toEqual(JSON.parse(JSON.stringify(resultSheets(here))));
});

test('at 2 100 people every large array crosses in slices, and comes out whole and the same', async () => {
  const grids = manyPeople(2100);
  const { worker, toWorker, toPane } = fakeWorker();
  const client = new ReviewClient(worker);
  await client.load(grids);
  const args = { stored: settings(), overrides: { params: { 'LDTT.leave.fromDays': 30 }, source: 'pane' as const } };
  const there = await client.review(args);
  const progress: number[] = [];
  const sheets = await client.sheets(args, (step) => progress.push(step.done));
  const here = runReview(grids, args.stored, args.overrides);
  expect(there!.result!.persons).toHaveLength(2100);
  expect(seen(there!)).toEqual(seen(here));
  expect(JSON.parse(JSON.stringify(sheets))).toEqual(JSON.parse(JSON.stringify(resultSheets(here))));

  // The grids went as 3 slices of rows (2 101 rows), each no larger than a slice.
  const gridParts = toWorker.filter((m): m is Part => m.type === 'part');
  expect(gridParts).toHaveLength(Math.ceil(2101 / SLICE.rows));
  // The people twice (as read, as reviewed), then each large sheet's rows; as text.
  const parts = toPane.filter((m): m is Part => m.type === 'part');
  const count = (p: Part) => (p.json !== undefined ? (JSON.parse(p.json) as unknown[]).length : p.items!.length);
  expect(parts.filter((p) => p.path.join('.') === 'outcome.parsed.persons')).toHaveLength(Math.ceil(2100 / SLICE.persons));
  expect(parts.filter((p) => p.path.join('.') === 'outcome.result.persons')).toHaveLength(Math.ceil(2100 / SLICE.persons));
  expect(parts.some((p) => p.path[0] === 'sheets')).toBe(true);
  expect(parts.every((p) => p.json !== undefined)).toBe(true);
  for (const p of gridParts) expect(count(p)).toBeLessThanOrEqual(SLICE.rows);
  for (const p of parts.filter((x) => x.path[0] === 'sheets')) expect(count(p)).toBeLessThanOrEqual(SLICE.rows);
  for (const p of parts.filter((x) => x.path[0] === 'outcome')) expect(count(p)).toBeLessThanOrEqual(SLICE.persons);
  // The progress of the making of the sheets reached the pane, step by step, up to the last.
  expect(progress.length).toBeGreaterThan(3);
  expect(progress).toEqual([...progress].sort((a, b) => a - b));

  // A parameter changed: the same reading, so the records read do not cross again, and the
  // verdicts still name the same people.
  const sent = toPane.length;
  const again = { stored: settings(), overrides: { params: { 'LDTT.leave.fromDays': 10 }, source: 'pane' as const } };
  const next = await client.review(again);
  const heads = toPane.slice(sent).filter((m) => m.type === 'outcome');
  expect(heads).toHaveLength(1);
  expect(heads[0].type === 'outcome' && heads[0].outcome.parsed).toBeUndefined();
  expect(toPane.slice(sent).some((m) => m.type === 'part' && m.path.join('.') === 'outcome.parsed.persons')).toBe(false);
  expect(seen(next!)).toEqual(seen(runReview(grids, again.stored, again.overrides)));
  expect(next!.result!.persons[7].person).toBe(next!.parsed.persons[7]);
});

test('a review asked while another is under way makes the older one stale: its answer is dropped', async () => {
  const grids = manyPeople(600);
  const fake = fakeWorker();
  const client = new ReviewClient(fake.worker);
  await client.load(grids);
  const older = client.review({ stored: settings(), overrides: { params: { 'LDTT.leave.fromDays': 30 }, source: 'pane' } });
  const newer = client.review({ stored: settings(), overrides: { params: { 'LDTT.leave.fromDays': 20 }, source: 'pane' } });
  expect(await older).toBeNull();
  const o = await newer;
  expect(o!.settings.params).toEqual({ 'LDTT.leave.fromDays': 20 });
  // The worker made only the newer one: the older, still waiting, was dropped there too.
  expect(fake.reviews()).toBe(1);
  // And it is the review of 20 days, not of 30: someone with 25 days of leave is not LĐTT.
  const fresh = runReview(grids, settings(), { params: { 'LDTT.leave.fromDays': 20 }, source: 'pane' });
  expect(seen(o!)).toEqual(seen(fresh));
  const at25 = o!.result!.persons.find((p) => p.person.leaveDays === 25)!;
  expect(at25.verdicts.LDTT!.status).toBe('not-eligible');
});

test('the reading kept between reviews gives what a fresh reading gives, and is read again when the mapping changes', () => {
  const grids = manyPeople(300);
  const cache = new ReadingCache();
  const first = runReview(grids, settings(), { params: { 'LDTT.leave.fromDays': 30 } }, cache);
  const second = runReview(grids, settings(), { params: { 'LDTT.leave.fromDays': 10 } }, cache);
  // Kept: the same records, not read again.
  expect(second.parsed).toBe(first.parsed);
  expect(seen(second)).toEqual(seen(runReview(grids, settings(), { params: { 'LDTT.leave.fromDays': 10 } })));
  // The leave column taken away (an empty column: "no column for this field"): read again, as a fresh review reads it.
  const rec = first.parsed.recognitions.find((r) => r.sheet === 'Cán bộ')!;
  expect(rec.columns.some((c) => c.field === 'leaveDays')).toBe(true);
  const unmapped: StoredSettings = { ...settings(), mapping: { 'Cán bộ': { role: 'staff', columns: { leaveDays: '' } } } };
  const third = runReview(grids, unmapped, {}, cache);
  expect(third.parsed).not.toBe(first.parsed);
  expect(seen(third)).toEqual(seen(runReview(grids, unmapped, {})));
  expect(third.result!.persons.every((p) => p.person.leaveDays === undefined)).toBe(true);
});
