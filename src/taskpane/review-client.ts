/**
 * The pane's end of the review worker (src/pipeline/review-service.ts): sends the grids once
 * per reading, asks for reviews and for the result sheets, and puts the answers together from
 * their slices. A review asked while another is under way makes the older one stale: its
 * answer, when it comes, is dropped (the promise gives null), so a result never goes back to
 * settings the clerk has already changed.
 *
 * Every message is posted in a task of its own: sending 20 000 rows is twenty short tasks
 * instead of one long one.
 */
import type { SheetGrid, SheetSpec } from '../sheets/grid';
import type { ReviewOutcome } from '../pipeline/outcome';
import type { ParsedWorkbook } from '../sheets/fields';
import { Assembler, fromPlain, gridPaths, keyOf, split, unpackSlice, type Part, type ReviewArgs, type ToPane, type ToWorker } from '../pipeline/review-service';
import type { SheetStep } from '../pipeline/documents';

/** What the client needs of a Worker (a test gives one that calls the service itself). */
export interface WorkerLike {
  postMessage(m: ToWorker): void;
  onmessage: ((e: { data: ToPane }) => void) | null;
  /** The worker's script failed (not found, not allowed, an error at its start). */
  onerror?: ((e: unknown) => void) | null;
  terminate?(): void;
}

/** The next task of the event loop: the page paints and answers the clerk in between. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

interface Waiting {
  resolve(m: Exclude<ToPane, Part> | null): void;
  reject(e: Error): void;
  onProgress?: (step: SheetStep) => void;
}

export class ReviewClient {
  private next = 1;
  private latestReview = 0;
  private readonly waiting = new Map<number, Waiting>();
  private readonly inbox = new Assembler<Exclude<ToPane, Part>>((head, path, items) => unpackSlice(head, path, items, (id) => this.readings.get(id)));
  /** The records of the last readings received, by number: a review of the same reading comes without them. */
  private readonly readings = new Map<number, ParsedWorkbook>();
  /** The messages posted so far (the grids' slices): a request waits behind them. */
  private sent: Promise<void> = Promise.resolve();

  /** `onFailure`: the worker cannot run; every request waiting is answered null, and the caller goes on without it. */
  constructor(
    private readonly worker: WorkerLike,
    onFailure?: () => void,
  ) {
    worker.onmessage = (e) => this.receive(e.data);
    worker.onerror = () => {
      this.terminate();
      onFailure?.();
    };
  }

  /** The grids of a new reading (the reviews after it are of these). */
  load(grids: SheetGrid[]): Promise<void> {
    this.readings.clear();
    const messages = split({ type: 'grids', id: this.next++, parts: 0, grids } as const, gridPaths(grids)) as ToWorker[];
    return this.send(messages);
  }

  /**
   * The review of these settings, or null when a newer review was asked before it came back.
   * `own`: a review for one caller (the write), which neither makes the shown one stale nor becomes it.
   */
  async review(args: ReviewArgs, own = false): Promise<ReviewOutcome | null> {
    const id = this.next++;
    if (!own) {
      // The review asked before is stale now: its answer is dropped.
      const older = this.latestReview;
      this.latestReview = id;
      const before = this.waiting.get(older);
      if (before) {
        this.waiting.delete(older);
        this.inbox.drop(keyOf({ type: 'outcome', id: older }));
        before.resolve(null);
      }
    }
    const answer = this.ask(id, { type: 'review', id, parts: 0, ...(own ? { own } : {}), ...args, have: [...this.readings.keys()] });
    const m = await answer;
    if (!m || m.type !== 'outcome') return null;
    const { parsedId, parsed } = m.outcome;
    if (parsed) {
      this.readings.set(parsedId, parsed);
      // The last three are enough: an answer is of the reading the pane held when it asked.
      for (const k of [...this.readings.keys()].slice(0, -3)) this.readings.delete(k);
    }
    return fromPlain(m.outcome, this.readings.get(parsedId));
  }

  /** The result sheets of the review of these settings, made in the worker, with its progress. */
  async sheets(args: ReviewArgs, onProgress?: (step: SheetStep) => void): Promise<SheetSpec[]> {
    const id = this.next++;
    const m = await this.ask(id, { type: 'sheets', id, parts: 0, ...args }, onProgress);
    return m && m.type === 'sheets' ? m.sheets : [];
  }

  terminate(): void {
    this.worker.terminate?.();
    for (const w of this.waiting.values()) w.resolve(null);
    this.waiting.clear();
  }

  private ask(id: number, m: ToWorker, onProgress?: (step: SheetStep) => void): Promise<Exclude<ToPane, Part> | null> {
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject, onProgress });
      void this.send([m]);
    });
  }

  private send(messages: ToWorker[]): Promise<void> {
    this.sent = this.sent.then(async () => {
      for (const [i, m] of messages.entries()) {
        if (i > 0) await nextTask();
        this.worker.postMessage(m);
      }
    });
    return this.sent;
  }

  private receive(m: ToPane): void {
    if (m.type === 'progress') {
      this.waiting.get(m.id)?.onProgress?.(m.step);
      return;
    }
    const whole = this.inbox.take(m);
    if (!whole) return;
    const w = this.waiting.get(whole.id);
    // No one waits: a stale review's answer.
    if (!w) return;
    this.waiting.delete(whole.id);
    if (whole.type === 'error') w.reject(new Error(whole.message));
    else w.resolve(whole.type === 'dropped' ? null : whole);
  }
}
