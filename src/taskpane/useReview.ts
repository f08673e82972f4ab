/**
 * The pane's one piece of state: the workbook's grids (read once), the settings the clerk
 * is editing with every earlier state kept for undo, and the review of those settings (the
 * pure pipeline). While the clerk types, the review waits until she pauses; a choice in a
 * list, a step change or a write runs it at once. Writing goes through the same session
 * functions as the command line.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../i18n/catalogue';
import { runReview, type ReviewOutcome, type ReviewOverrides } from '../pipeline/run';
import { emptySettings, type StoredSettings } from '../domain/settings';
import type { SheetGrid } from '../sheets/grid';
import type { WorkbookPort, WriteReport } from '../workbook/port';
import { inputSheetNames } from '../sheets/own-sheets';
import { closeYear, writeOutcome, type CloseYearResult } from '../workbook/session';
import { resultSheetSteps } from '../pipeline/documents';
import { withReviewMemo } from '../sheets/text-memo';
import { withSheets } from '../pipeline/documents';
import { sameSettings } from './model';
import { ReviewClient, type WorkerLike } from './review-client';

/** What the pane needs from where it runs: Excel (office.js) or the browser preview. */
export interface PaneHost {
  port: WorkbookPort;
  by: 'addin' | 'preview';
  /** Show a sheet and select a cell (a data issue's, or A1). */
  activate(sheet: string, cell?: string): Promise<void>;
  /** The host's message for an error (Excel's codes become sentences). */
  describeError(e: unknown, lang: Lang): string;
  /** Called after the workbook changed (the preview redraws its view). */
  changed?(): void;
  /**
   * Tells the pane when the clerk edits the workbook (Excel's onChanged), so it can ask her
   * to read it again; returns the unsubscribe. Absent where the workbook cannot change under the pane.
   */
  watch?(onEdit: () => void): () => void;
  /**
   * Starts the review worker (src/taskpane/review.worker.ts), where the page can: the review and
   * the result sheets are then made off the pane's thread. Absent (jest, jsdom), they are made
   * on the pane's thread, as the same functions.
   */
  worker?(): WorkerLike;
}

/** The write's progress: the sheets being made (`preparing`), then written. */
export type Progress = { done: number; total: number; sheet: string; preparing?: boolean };

/** The next task of the event loop: what the page had to do meanwhile (paint a progress bar) is done. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** How long the review waits after a keystroke before it runs again. */
export const TYPING_PAUSE_MS = 400;

/** One undoable change: the settings before it and what it was, for the undo button. */
interface Undo {
  before: StoredSettings;
  label: string;
  /** Keystrokes in the same field make one change. */
  field?: string;
}

export interface ChangeOptions {
  /** What the change was, for "Hoàn tác: …". */
  label: string;
  /** Set for typing in a text field: the review waits for a pause, keystrokes undo together. */
  typing?: string;
}

export function useReview(host: PaneHost, lang: Lang) {
  const [grids, setGrids] = useState<SheetGrid[] | null>(null);
  const [saved, setSaved] = useState<StoredSettings>(emptySettings());
  const [draft, setDraftState] = useState<StoredSettings>(emptySettings());
  const [reviewed, setReviewed] = useState<StoredSettings>(emptySettings());
  const [undos, setUndos] = useState<Undo[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<WriteReport | null>(null);
  const [closed, setClosed] = useState<CloseYearResult | null>(null);
  const [edited, setEdited] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const draftRef = useRef(draft);
  draftRef.current = draft;
  const busy = useRef(false);
  // The host and the language are read when used, never watched: a host rebuilt by its page (the
  // preview renders a new object each time) or a theme change must not read the workbook again
  // and throw away the clerk's draft and undo history. Only another workbook (port) does.
  const hostRef = useRef(host);
  hostRef.current = host;
  const langRef = useRef(lang);
  langRef.current = lang;
  const port = host.port;
  // One worker per workbook: it holds that workbook's grids and the reading of them. A worker
  // that cannot run (its file not served, a host that refuses it) is left: the review then runs here.
  const [noWorker, setNoWorker] = useState(false);
  const client = useMemo(() => {
    const start = hostRef.current.worker;
    if (!start || noWorker) return null;
    try {
      return new ReviewClient(start(), () => setNoWorker(true));
    } catch {
      return null;
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- another workbook (port) is another worker
  }, [port, noWorker]);
  const clientRef = useRef(client);
  clientRef.current = client;
  useEffect(() => () => client?.terminate(), [client]);
  /** The worker's last outcome and the settings it is of. */
  const [remote, setRemote] = useState<{ of: StoredSettings; outcome: ReviewOutcome } | null>(null);

  const stopTimer = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  };
  useEffect(() => stopTimer, []);

  /** Reads the workbook; `keep` keeps the clerk's unsaved changes over what it holds. */
  const load = useCallback(async (keep = false): Promise<boolean> => {
    setError(null);
    const { port } = hostRef.current;
    try {
      const settings = (await port.getSettings()) ?? emptySettings();
      const names = inputSheetNames(
        (await port.sheets()).map((s) => s.name),
        settings.ownedSheets,
      );
      const read = await port.read(names);
      stopTimer();
      setSaved(settings);
      if (!keep) {
        setDraftState(settings);
        setReviewed(settings);
        setUndos([]);
      } else {
        setReviewed(draftRef.current);
      }
      await clientRef.current?.load(read);
      setGrids(read);
      setEdited(false);
      return true;
    } catch (e) {
      setError(hostRef.current.describeError(e, langRef.current));
      return false;
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load, port]);

  const watch = host.watch !== undefined;
  useEffect(() => {
    const h = hostRef.current;
    if (!h.watch) return undefined;
    return h.watch(() => {
      if (!busy.current) setEdited(true);
    });
  }, [port, watch]);

  const change = useCallback((next: StoredSettings, options: ChangeOptions) => {
    const before = draftRef.current;
    if (next === before) return;
    setUndos((u) => {
      const last = u[u.length - 1];
      // Keystrokes in one field are one change: undo takes the field back to before the typing.
      if (options.typing && last?.field === options.typing) return u;
      return [...u, { before, label: options.label, field: options.typing }];
    });
    draftRef.current = next;
    setDraftState(next);
    stopTimer();
    if (options.typing) timer.current = setTimeout(() => setReviewed(draftRef.current), TYPING_PAUSE_MS);
    else setReviewed(next);
  }, []);

  /** The review catches up with the settings now (a step change, before a write). */
  const flush = useCallback(() => {
    stopTimer();
    setReviewed(draftRef.current);
  }, []);

  const undo = useCallback((): string | undefined => {
    const last = undos[undos.length - 1];
    if (!last) return undefined;
    stopTimer();
    setUndos(undos.slice(0, -1));
    draftRef.current = last.before;
    setDraftState(last.before);
    setReviewed(last.before);
    return last.label;
  }, [undos]);

  // Mapping, agency, the award money and the staff-vote column belong to the stored layer (the
  // reader takes them from there, and a field the clerk blanks must take the saved value away); the
  // rest of the clerk's changes are overrides, recorded as coming from the pane.
  const argsOf = useCallback(
    (s: StoredSettings) => ({
      stored: { ...saved, mapping: s.mapping, agency: s.agency, valueMap: s.valueMap, money: s.money, staffVotes: s.staffVotes },
      overrides: { ...overridesOf(saved, s), lang, source: 'pane' as const },
    }),
    [saved, lang],
  );
  const reviewOf = useCallback(
    (s: StoredSettings): ReviewOutcome | null => {
      if (!grids) return null;
      const { stored, overrides } = argsOf(s);
      return runReview(grids, stored, overrides);
    },
    [grids, argsOf],
  );
  // Without a worker the review runs here, during the render; with one, it is asked for and
  // comes back later (a newer request makes an older answer stale: it is dropped).
  const local = useMemo(() => (client ? null : reviewOf(reviewed)), [client, reviewOf, reviewed]);
  useEffect(() => {
    if (!client || !grids) return;
    let live = true;
    client.review(argsOf(reviewed)).then(
      (o) => {
        if (live && o) setRemote({ of: reviewed, outcome: o });
      },
      (e: unknown) => live && setError(hostRef.current.describeError(e, langRef.current)),
    );
    return () => {
      live = false;
    };
  }, [client, grids, argsOf, reviewed]);
  const outcome = client ? (remote?.outcome ?? null) : local;
  /** The outcome shown is of other settings than the clerk's (the review waits for a pause, or the worker is at it). */
  const pending = reviewed !== draft || (client !== null && remote?.of !== reviewed);

  const write = useCallback(async (): Promise<WriteReport | null> => {
    const current = draftRef.current;
    flush();
    setError(null);
    setReport(null);
    setClosed(null);
    busy.current = true;
    try {
      let o: ReviewOutcome | null;
      if (client) {
        // In the worker: the review of what the clerk sees, then its sheets, made there with
        // their progress; only the finished sheets come back, in slices.
        const args = argsOf(current);
        o = remote?.of === current ? remote.outcome : await client.review(args, true);
        if (!o?.result) return null;
        setProgress({ done: 0, total: 1, sheet: '', preparing: true });
        withSheets(o, await client.sheets(args, (step) => setProgress({ ...step, preparing: true })));
      } else {
        o = current === reviewed ? outcome : reviewOf(current);
        if (!o?.result) return null;
        setProgress({ done: 0, total: 1, sheet: '', preparing: true });
        // The sheets are made a step at a time, the thread handed back between steps: at 20 000
        // people one call made them all in one task of seconds, and no progress could show.
        await nextTask();
        const steps = resultSheetSteps(o);
        for (;;) {
          const step = withReviewMemo(() => steps.next());
          if (step.done) break;
          setProgress({ ...step.value, preparing: true });
          await nextTask();
        }
      }
      const h = hostRef.current;
      const r = await writeOutcome(h.port, o, h.by, (done, total, sheet) => setProgress({ done, total, sheet }));
      setReport(r);
      h.changed?.();
      // What was written is now the workbook's: the clerk's changes become the saved settings.
      // The input sheets are as they were (a write never touches them): no need to read them again.
      const settings = (await h.port.getSettings()) ?? emptySettings();
      stopTimer();
      draftRef.current = settings;
      setSaved(settings);
      setDraftState(settings);
      setReviewed(settings);
      return r;
    } catch (e) {
      setError(hostRef.current.describeError(e, lang));
      return null;
    } finally {
      busy.current = false;
      setProgress(null);
    }
  }, [outcome, reviewed, reviewOf, flush, lang, client, argsOf, remote]);

  const close = useCallback(async (): Promise<CloseYearResult | null> => {
    setError(null);
    setClosed(null);
    busy.current = true;
    try {
      const r = await closeYear(hostRef.current.port, { ...overridesOf(saved, draftRef.current), lang, source: 'pane' });
      setClosed(r);
      hostRef.current.changed?.();
      await load();
      return r;
    } catch (e) {
      setError(hostRef.current.describeError(e, lang));
      return null;
    } finally {
      busy.current = false;
    }
  }, [saved, lang, load]);

  const dirty = !sameSettings(draft, saved);
  // Results count as written when the workbook holds the add-in's sheets and nothing changed since.
  const written = !dirty && saved.ownedSheets.length > 0 && saved.lastRun !== undefined;
  return {
    grids,
    saved,
    draft,
    change,
    undo,
    flush,
    lastChange: undos[undos.length - 1]?.label,
    outcome,
    pending,
    error,
    progress,
    report,
    closed,
    write,
    close,
    reload: load,
    dirty,
    written,
    edited,
  };
}

export type ReviewState = ReturnType<typeof useReview>;

/** The clerk's changes as the pipeline's overrides (recorded as coming from the pane). */
function overridesOf(saved: StoredSettings, draft: StoredSettings): ReviewOverrides {
  const params: NonNullable<ReviewOverrides['params']> = {};
  for (const [id, v] of Object.entries(draft.params ?? {})) if (saved.params?.[id] !== v) params[id] = v;
  return {
    ...(draft.preset ? { preset: draft.preset } : {}),
    ...(draft.reviewDate ? { reviewDate: draft.reviewDate } : {}),
    ...(draft.reviewYear ? { reviewYear: draft.reviewYear } : {}),
    ...(draft.phase ? { phase: draft.phase } : {}),
    ...(Object.keys(params).length ? { params } : {}),
    ...(draft.targets ? { targets: draft.targets } : {}),
    ...(draft.plan ? { plan: draft.plan } : {}),
  };
}
