/**
 * The pane's one piece of state: the workbook's grids (read once), the settings the clerk
 * is editing, and the review of those settings (the pure pipeline, rerun on each change).
 * Writing goes through the same session functions as the command line.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Lang } from '../i18n/catalogue';
import { runReview, type ReviewOutcome, type ReviewOverrides } from '../pipeline/run';
import { emptySettings, type StoredSettings } from '../domain/settings';
import type { SheetGrid } from '../sheets/grid';
import type { WorkbookPort, WriteReport } from '../workbook/port';
import { inputSheetNames } from '../sheets/own-sheets';
import { closeYear, writeOutcome, type CloseYearResult } from '../workbook/session';

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
}

export type Progress = { done: number; total: number; sheet: string };

export function useReview(host: PaneHost, lang: Lang) {
  const [grids, setGrids] = useState<SheetGrid[] | null>(null);
  const [saved, setSaved] = useState<StoredSettings>(emptySettings());
  const [draft, setDraft] = useState<StoredSettings>(emptySettings());
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [report, setReport] = useState<WriteReport | null>(null);
  const [closed, setClosed] = useState<CloseYearResult | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      const settings = (await host.port.getSettings()) ?? emptySettings();
      const names = inputSheetNames((await host.port.sheets()).map((s) => s.name), settings.ownedSheets);
      const read = await host.port.read(names);
      setSaved(settings);
      setDraft(settings);
      setGrids(read);
    } catch (e) {
      setError(host.describeError(e, lang));
    }
  }, [host, lang]);

  useEffect(() => {
    void load();
  }, [load]);

  // Mapping and agency belong to the stored layer (the reader takes them from there); the
  // rest of the clerk's changes are overrides, recorded as coming from the pane.
  const outcome: ReviewOutcome | null = useMemo(
    () => (grids ? runReview(grids, { ...saved, mapping: draft.mapping, agency: draft.agency }, { ...overridesOf(saved, draft), lang, source: 'pane' }) : null),
    [grids, saved, draft, lang],
  );

  const write = useCallback(async () => {
    const o = outcome;
    if (!o?.result) return;
    setError(null);
    setReport(null);
    setProgress({ done: 0, total: o.sheets.length, sheet: '' });
    try {
      const r = await writeOutcome(host.port, o, host.by, (done, total, sheet) => setProgress({ done, total, sheet }));
      setReport(r);
      host.changed?.();
      await load();
    } catch (e) {
      setError(host.describeError(e, lang));
    } finally {
      setProgress(null);
    }
  }, [outcome, host, lang, load]);

  const close = useCallback(async () => {
    setError(null);
    try {
      const r = await closeYear(host.port, { ...overridesOf(saved, draft), lang, source: 'pane' });
      setClosed(r);
      host.changed?.();
      await load();
    } catch (e) {
      setError(host.describeError(e, lang));
    }
  }, [host, saved, draft, lang, load]);

  return { grids, draft, setDraft, outcome: outcome, error, progress, report, closed, write, close, reload: load, dirty: draft !== saved };
}

/** The clerk's changes as the pipeline's overrides (recorded as coming from the pane). */
function overridesOf(saved: StoredSettings, draft: StoredSettings): ReviewOverrides {
  const params: NonNullable<ReviewOverrides['params']> = {};
  for (const [id, v] of Object.entries(draft.params ?? {})) if (saved.params?.[id] !== v) params[id] = v;
  return {
    ...(draft.preset ? { preset: draft.preset } : {}),
    ...(draft.reviewDate ? { reviewDate: draft.reviewDate } : {}),
    ...(draft.phase ? { phase: draft.phase } : {}),
    ...(Object.keys(params).length ? { params } : {}),
    ...(draft.targets ? { targets: draft.targets } : {}),
    ...(draft.plan ? { plan: draft.plan } : {}),
  };
}
