/**
 * The review off the pane's thread: what a Web Worker runs (src/taskpane/review.worker.ts)
 * and what the pane sends it. At 20 000 people the review takes about a second and making
 * the result sheets several, each one piece of work the pane's thread cannot interrupt: in a
 * worker, the pane keeps answering and its progress bar moves.
 *
 * Only plain data crosses (the browser's structured clone), and never in one piece: a large
 * array (the grids' rows, the people's verdicts, a sheet's rows) goes in slices, one message
 * each, so that no single message takes the receiving thread long to unpack (the verdicts of
 * 20 000 people are about 57 MB of clone). `split` and `Assembler` are the two ends.
 *
 * The pane's side is `ReviewClient` (src/taskpane/review-client.ts); where there is no Worker
 * (jest, jsdom) the pane runs the review on its own thread as before. Pure: nothing here
 * knows a Worker; the caller gives the function that posts.
 */
import type { SheetGrid, SheetSpec } from '../sheets/grid';
import type { StoredSettings } from '../domain/settings';
import type { PersonResult, Verdict } from '../domain/verdict';
import { NameOrder } from '../rules/name-order';
import { withReviewMemo } from '../sheets/text-memo';
import type { AutoChoices, PaperContext, ReviewOutcome, ReviewOverrides } from './outcome';
import { autoColumns, autoRecognition } from '../sheets/choices';
import { mappingOf } from '../domain/settings-check';
import { ReadingCache, runReview } from './review';
import { resultSheetSteps, withPapers, withSheets, type SheetStep } from './documents';

/** Where a large array sits in a message: keys and indexes from the message down. */
export type Path = (string | number)[];

/**
 * A slice of a large array of message `key`, to append at `path`: its items as they are, or
 * as JSON text (`json`). Text crosses as one block and JSON.parse makes objects about three
 * times faster than the structured clone does (20 000 people's verdicts: 0.6 s against 2 s),
 * so the worker's answers, read on the pane's thread, go as text.
 */
export interface Part {
  type: 'part';
  key: string;
  path: Path;
  items?: unknown[];
  json?: string;
}

/** The settings a review runs with: the workbook's, and the clerk's changes over them. */
export interface ReviewArgs {
  stored: StoredSettings;
  overrides: ReviewOverrides & { today?: string };
  /** The readings (`parsedId`) the pane holds: an outcome of one of them comes without its records. */
  have?: number[];
}

/** The pane to the worker. */
export type ToWorker =
  | { type: 'grids'; id: number; parts: number; grids: SheetGrid[] }
  /** `own`: asked for one caller (the write): never dropped for a newer one, nor drops one. */
  | ({ type: 'review'; id: number; parts: 0; own?: boolean } & ReviewArgs)
  | ({ type: 'sheets'; id: number; parts: 0 } & ReviewArgs)
  | Part;

/**
 * An outcome as it crosses: no getter (`sheets`), the name order as its ranks, the issues once;
 * the records read only when the pane does not hold them yet (`parsedId`: a parameter changed,
 * the reading is the same); each verdict's person as its place among those records, each
 * citation as its place in `citations` (the same few texts on 20 000 people were most of the copy).
 */
export interface PlainOutcome {
  parsedId: number;
  parsed?: ReviewOutcome['parsed'];
  result?: ReviewOutcome['result'];
  citations?: string[];
  issues: ReviewOutcome['issues'];
  settings: StoredSettings;
  lang: ReviewOutcome['lang'];
  papers?: Omit<PaperContext, 'names' | 'issues'> & { nameRanks?: Map<string, number> };
  choices?: AutoChoices;
  /** Set by the receiver when the verdicts were given back their people and citations slice by slice. */
  unpacked?: boolean;
}

/** Verdicts as they crossed, given back (in place) their person and their citations' texts. */
function unpackPersons(items: PersonResult[], citations: string[], persons: ReviewOutcome['parsed']['persons']): void {
  for (const [i, x] of (items as PackedPerson[]).entries()) {
    for (const v of Object.values(x.verdicts) as Verdict[]) for (const r of v.reasons) r.citation = citations[r.citation as unknown as number];
    if ('at' in x) items[i] = { person: persons[x.at], verdicts: x.verdicts };
  }
}

/**
 * For the pane's Assembler: a slice of verdicts given back its people and citations as it
 * arrives (a task of its own), not all 20 000 at the end in one. `persons`: the records the
 * pane holds for the outcome's reading, when they did not come with it.
 */
export function unpackSlice(head: { type: string }, path: Path, items: unknown[], held?: (parsedId: number) => ReviewOutcome['parsed'] | undefined): void {
  if (head.type !== 'outcome' || path.join('.') !== 'outcome.result.persons') return;
  const o = (head as unknown as { outcome: PlainOutcome }).outcome;
  // The records come before the verdicts (their slices are sent first).
  const records = o.parsed ?? held?.(o.parsedId);
  if (!records) return;
  unpackPersons(items as PersonResult[], o.citations ?? [], records.persons);
  o.unpacked = true;
}

/** The worker to the pane. */
export type ToPane =
  | { type: 'outcome'; id: number; parts: number; outcome: PlainOutcome }
  | { type: 'progress'; id: number; parts: 0; step: SheetStep }
  | { type: 'sheets'; id: number; parts: number; sheets: SheetSpec[] }
  | { type: 'error'; id: number; parts: 0; message: string }
  /** A review not made: a newer one was asked before it started. */
  | { type: 'dropped'; id: number; parts: 0 }
  | Part;

/** Items per slice, by what they are: a slice should take the receiver a few tens of ms to unpack. */
export const SLICE = { rows: 1000, persons: 250, issues: 1000 } as const;

/** The message key its parts carry: its type and id (each side numbers its own requests). */
export const keyOf = (m: { type: string; id: number }): string => `${m.type}:${m.id}`;

/**
 * `message` as its head (each large array at `paths` emptied, and `parts` set to the number of
 * slices) followed by the slices. Nothing of `message` is changed: the head copies what lies
 * on the way to each array.
 */
export function split<M extends { type: string; id: number; parts: number }>(message: M, paths: { path: Path; size: number }[], asText = false): (M | Part)[] {
  const copied = new Set<unknown>();
  const head = { ...message } as M;
  copied.add(head);
  const parts: Part[] = [];
  const key = keyOf(message);
  for (const { path, size } of paths) {
    let node: Record<string | number, unknown> | undefined = head as unknown as Record<string | number, unknown>;
    for (let i = 0; node && i < path.length - 1; i++) {
      const child = node[path[i]] as Record<string | number, unknown> | undefined;
      // Nothing there (no result when the review stopped): nothing to slice.
      if (child === null || typeof child !== 'object') {
        node = undefined;
        break;
      }
      const copy = copied.has(child) ? child : Array.isArray(child) ? (child.slice() as unknown as Record<string | number, unknown>) : { ...child };
      copied.add(copy);
      node[path[i]] = copy;
      node = copy;
    }
    if (!node) continue;
    const last = path[path.length - 1];
    const items = node[last] as unknown[];
    if (!Array.isArray(items) || items.length <= size) continue;
    node[last] = [];
    for (let i = 0; i < items.length; i += size) {
      const slice = items.slice(i, i + size);
      parts.push(asText ? { type: 'part', key, path, json: JSON.stringify(slice) } : { type: 'part', key, path, items: slice });
    }
  }
  head.parts = parts.length;
  return [head, ...parts];
}

/** The receiving end of `split`: gives each message back whole once its last slice arrived. */
export class Assembler<M extends { type: string; id: number; parts: number }> {
  private readonly waiting = new Map<string, { head: M; left: number }>();

  /** `onSlice`: what to do with each slice's items as it arrives, before they join the message. */
  constructor(private readonly onSlice?: (head: M, path: Path, items: unknown[]) => void) {}

  /** The whole message when `m` completes one (a head without slices is whole at once), else undefined. */
  take(m: M | Part): M | undefined {
    if (m.type !== 'part') {
      const head = m as M;
      if (!head.parts) return head;
      this.waiting.set(keyOf(head), { head, left: head.parts });
      return undefined;
    }
    const part = m as Part;
    const w = this.waiting.get(part.key);
    if (!w) return undefined;
    let node = w.head as unknown as Record<string | number, unknown>;
    for (const step of part.path) node = node[step] as Record<string | number, unknown>;
    const into = node as unknown as unknown[];
    const items = part.json !== undefined ? (JSON.parse(part.json) as unknown[]) : (part.items ?? []);
    this.onSlice?.(w.head, part.path, items);
    for (const item of items) into.push(item);
    if (--w.left > 0) return undefined;
    this.waiting.delete(part.key);
    return w.head;
  }

  /** Forgets a message half received (a newer one made it stale). */
  drop(key: string): void {
    this.waiting.delete(key);
  }
}

/** The large arrays of grids on their way to the worker. */
export function gridPaths(grids: SheetGrid[]): { path: Path; size: number }[] {
  return grids.map((_, i) => ({ path: ['grids', i, 'values'], size: SLICE.rows }));
}

/** The large arrays of an outcome (the people, twice: as read and as reviewed; the issues). */
export function outcomePaths(): { path: Path; size: number }[] {
  return [
    { path: ['outcome', 'parsed', 'persons'], size: SLICE.persons },
    { path: ['outcome', 'result', 'persons'], size: SLICE.persons },
    { path: ['outcome', 'issues'], size: SLICE.issues },
  ];
}

/** The rows (and merges) of each sheet. */
export function sheetPaths(sheets: SheetSpec[]): { path: Path; size: number }[] {
  return sheets.flatMap((_, i) => [
    { path: ['sheets', i, 'rows'], size: SLICE.rows },
    { path: ['sheets', i, 'merges'], size: SLICE.rows },
  ]);
}

/** A person's verdicts as they cross: the person as its index among the records read, when it is one of them. */
type PackedPerson = { at: number; verdicts: PersonResult['verdicts'] } | PersonResult;

/** The outcome as plain data (what structured clone can carry, without running the `sheets` getter). */
export function toPlain(o: ReviewOutcome, parsedId: number, withParsed = true): PlainOutcome {
  const plain: PlainOutcome = { parsedId, issues: o.issues, settings: o.settings, lang: o.lang };
  if (withParsed) plain.parsed = o.parsed;
  if (o.choices) plain.choices = o.choices;
  if (o.result) {
    const at = new Map(o.parsed.persons.map((p, i) => [p, i]));
    const citations: string[] = [];
    const cited = new Map<string, number>();
    const cite = (c: string) => {
      let n = cited.get(c);
      if (n === undefined) cited.set(c, (n = citations.push(c) - 1));
      return n;
    };
    const persons = o.result.persons.map((pr): PackedPerson => {
      const verdicts: PersonResult['verdicts'] = {};
      for (const [title, v] of Object.entries(pr.verdicts) as [keyof PersonResult['verdicts'], Verdict][]) {
        verdicts[title] = v.reasons.length ? { ...v, reasons: v.reasons.map((r) => ({ ...r, citation: cite(r.citation) as unknown as string })) } : v;
      }
      const i = at.get(pr.person);
      return i === undefined ? { ...pr, verdicts } : { at: i, verdicts };
    });
    plain.result = { ...o.result, persons: persons as PersonResult[] };
    plain.citations = citations;
  }
  if (o.papers) {
    const { names, issues: _issues, ...rest } = o.papers;
    plain.papers = { ...rest, ...(names ? { nameRanks: names.ranked } : {}) };
  }
  return plain;
}

/**
 * The outcome back from plain data: the same shape `runReview` returns, its sheets made on
 * demand. `parsed`: the records read, when the outcome came without them (the pane holds them).
 * The plain outcome is taken apart (its objects become the outcome's).
 */
export function fromPlain(p: PlainOutcome, parsed?: ReviewOutcome['parsed']): ReviewOutcome {
  const records = p.parsed ?? parsed;
  if (!records) throw new Error(`the records of reading ${p.parsedId} are not here`);
  // Given back their people and citations slice by slice as they came (`unpackSlice`), or here when they came in one piece.
  if (p.result && !p.unpacked) unpackPersons(p.result.persons, p.citations ?? [], records.persons);
  const base = { parsed: records, issues: p.issues, settings: p.settings, lang: p.lang, ...(p.result ? { result: p.result } : {}), ...(p.choices ? { choices: p.choices } : {}) };
  if (!p.papers) return { ...base, sheets: [] };
  const { nameRanks, ...rest } = p.papers;
  return withPapers(base, { ...rest, issues: p.issues, ...(nameRanks ? { names: NameOrder.fromRanks(nameRanks) } : {}) });
}

/**
 * The worker's side: the grids of the open workbook (sent once per reading), the reading of
 * them kept between reviews, and the last outcome (the write's sheets are made from it).
 * Reviews are last-wins: a review asked while another waits replaces it (the clerk typed on).
 */
export class ReviewService {
  private grids: SheetGrid[] = [];
  private cache = new ReadingCache();
  private last?: { key: string; outcome: ReviewOutcome };
  private pending?: { id: number } & ReviewArgs;
  /** Each reading's number, for the pane to say which it holds. */
  private readonly readings = new WeakMap<object, number>();
  private readingCount = 0;
  private readonly inbox = new Assembler<Exclude<ToWorker, Part>>();

  /**
   * `post` sends a message to the pane; `later` runs a function after the messages already
   * queued (a worker's setTimeout), so that of several reviews asked meanwhile only the last runs.
   */
  constructor(
    private readonly post: (m: ToPane) => void,
    private readonly later: (run: () => void) => void = (run) => run(),
  ) {}

  receive(m: ToWorker): void {
    const whole = this.inbox.take(m);
    if (!whole) return;
    if (whole.type === 'grids') {
      this.grids = whole.grids;
      this.cache = new ReadingCache();
      this.found.clear();
      this.last = undefined;
    } else if (whole.type === 'review' && whole.own) {
      this.answer(whole);
    } else if (whole.type === 'review') {
      if (this.pending) this.post({ type: 'dropped', id: this.pending.id, parts: 0 });
      this.pending = whole;
      this.later(() => this.reviewPending());
    } else this.sheets(whole.id, whole);
  }

  private outcomeFor(args: ReviewArgs): ReviewOutcome {
    const key = JSON.stringify([args.stored, args.overrides]);
    if (this.last?.key !== key) {
      const outcome = runReview(this.grids, args.stored, args.overrides, this.cache);
      this.last = { key, outcome: outcome.result ? Object.assign(outcome, { choices: this.choices(outcome, args.stored, outcome.result.year) }) : outcome };
    }
    return this.last.outcome;
  }

  /** Recognition's own findings (each a pass over a whole sheet), kept per year and per sheet's role and header row. */
  private readonly found = new Map<string, unknown>();

  private remembered<T>(key: string, make: () => T): T {
    if (!this.found.has(key)) this.found.set(key, make());
    return this.found.get(key) as T;
  }

  private choices(o: ReviewOutcome, settings: StoredSettings, year: number): AutoChoices {
    const roles: AutoChoices['roles'] = {};
    for (const g of this.grids) roles[g.name] = this.remembered(JSON.stringify(['role', g.name, year]), () => autoRecognition(g, year)?.role);
    const columns: AutoChoices['columns'] = {};
    for (const rec of o.parsed.recognitions) {
      const g = this.grids.find((x) => x.name === rec.sheet);
      const headerRow = mappingOf(settings, rec.sheet)?.headerRow;
      if (g) columns[rec.sheet] = this.remembered(JSON.stringify(['columns', g.name, rec.role, headerRow ?? null, year]), () => autoColumns(g, rec, settings, year));
    }
    return { year, roles, columns };
  }

  private reviewPending(): void {
    const p = this.pending;
    this.pending = undefined;
    if (p) this.answer(p);
  }

  private answer(p: { id: number } & ReviewArgs): void {
    this.guarded(p.id, () => {
      const o = this.outcomeFor(p);
      let n = this.readings.get(o.parsed);
      if (n === undefined) this.readings.set(o.parsed, (n = ++this.readingCount));
      const outcome = toPlain(o, n, !p.have?.includes(n));
      for (const m of split({ type: 'outcome', id: p.id, parts: 0, outcome } as const, outcomePaths(), true)) this.post(m as ToPane);
    });
  }

  /** The documents stage, a step at a time with its progress, then the sheets in slices. */
  private sheets(id: number, args: ReviewArgs): void {
    this.guarded(id, () => {
      const steps = resultSheetSteps(this.outcomeFor(args));
      let step = withReviewMemo(() => steps.next());
      while (!step.done) {
        this.post({ type: 'progress', id, parts: 0, step: step.value });
        step = withReviewMemo(() => steps.next());
      }
      const sheets = step.value;
      for (const m of split({ type: 'sheets', id, parts: 0, sheets } as const, sheetPaths(sheets), true)) this.post(m as ToPane);
    });
  }

  private guarded(id: number, run: () => void): void {
    try {
      run();
    } catch (e) {
      this.post({ type: 'error', id, parts: 0, message: e instanceof Error ? e.message : String(e) });
    }
  }
}

/** The outcome with the sheets the worker made: the write takes them as they are. */
export const outcomeWithSheets = (outcome: ReviewOutcome, sheets: SheetSpec[]): ReviewOutcome => withSheets(outcome, sheets);
