/**
 * The browser preview: the same pane as in Excel over a workbook held in memory (the .xlsx
 * adapter, which reads and edits packages itself). It opens the bundled sample, or a workbook
 * the user picks or drops, and offers the result for download. Nothing leaves the browser.
 *
 * `paneOnly` is the pane alone, as Excel shows it at 320–350 px; otherwise the workbook's
 * sheets sit beside it (Excel's layout).
 */
import { Button, makeStyles, shorthands, Text, tokens, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Lang } from '../i18n/catalogue';
import { paneText } from '../taskpane/text';
import type { SheetGrid } from '../sheets/grid';
import { XlsxWorkbook } from '../workbook/xlsx';
import { looksLikeCsv, readCsv } from '../workbook/csv';
import { looksLikeZip, yieldingInflate } from '../ooxml/zip-read';
import { describePackageError, isPackageError } from '../ooxml/package-error';
import { App } from '../taskpane/App';
import { ConfirmDialog } from '../taskpane/ConfirmDialog';
import type { PaneHost } from '../taskpane/useReview';
import type { WorkerLike } from '../taskpane/review-client';
import { SheetView, ViewBoundary } from './SheetView';

const SAMPLE = 'mau-so-khcn-bac-giang-2014.xlsx';

const useStyles = makeStyles({
  root: { display: 'flex', height: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  paneOnly: { display: 'flex', flexDirection: 'column', minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  book: { flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', padding: tokens.spacingHorizontalS, gap: tokens.spacingVerticalXS, overflow: 'hidden' },
  bar: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  paneBar: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalM,
    paddingRight: tokens.spacingHorizontalM,
    backgroundColor: tokens.colorNeutralBackground3,
    overflowWrap: 'anywhere',
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  hiddenInput: { display: 'none' },
  pane: { width: '350px', flexShrink: 0, overflowY: 'auto', overflowX: 'hidden', ...shorthands.borderLeft(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2) },
  error: { color: tokens.colorPaletteRedForeground1 },
});

interface Opened {
  id: number;
  file: string;
  wb: XlsxWorkbook;
}

/** The next task of the event loop: the page answers the clerk between two sheets. */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export function Preview({ lang, paneOnly, theme, worker }: { lang: Lang; paneOnly: boolean; theme: Theme; worker?: () => WorkerLike }) {
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [grids, setGrids] = useState<SheetGrid[]>([]);
  const [active, setActive] = useState<{ sheet: string; cell?: string; n: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const clicks = useRef(0);
  /** Results written into the open workbook since it was opened or last downloaded: they live only in this tab. */
  const [unsaved, setUnsaved] = useState(false);
  /** Results have been written into the open workbook at all (the download then holds them). */
  const [hasResults, setHasResults] = useState(false);
  /** A workbook the clerk asked to open while results were not downloaded: waits for her answer. */
  const [asked, setAsked] = useState<{ file: string; bytes: ArrayBuffer } | null>(null);
  const openButton = useRef<HTMLButtonElement>(null);

  // A sheet at a time, the thread handed back between them: after a write at 20 000 people the
  // result sheets read back at once were one long task.
  // The pane alone shows no sheet: nothing to read back (at 20 000 people, the written sheets' grids).
  const refresh = useCallback(
    async (wb: XlsxWorkbook) => {
      if (paneOnly) return;
      const names = (await wb.sheets()).filter((x) => x.visibility === 'visible').map((x) => x.name);
      const read: SheetGrid[] = [];
      for (const name of names) {
        read.push(...(await wb.read([name])));
        await nextTask();
      }
      setGrids(read);
    },
    [paneOnly],
  );

  const open = useCallback(
    async (file: string, bytes: ArrayBuffer) => {
      try {
        const data = new Uint8Array(bytes);
        // A CSV (or Excel's "Unicode Text") is read as text, as on the command line: no cell becomes a formula.
        const wb =
          !looksLikeZip(data) && looksLikeCsv(data)
            ? await XlsxWorkbook.fromGrids([readCsv(data, file).grid], { native: yieldingInflate() })
            : await XlsxWorkbook.open(data, { native: yieldingInflate() });
        setOpened((o) => ({ id: (o?.id ?? 0) + 1, file, wb }));
        setUnsaved(false);
        setHasResults(false);
        setActive(null);
        setError(null);
        await refresh(wb);
      } catch (e) {
        // A package that cannot be read says why (a part too large, a broken zip…), naming the file.
        setError(isPackageError(e) && e.code !== 'not-zip' ? describePackageError(e, lang, file) : L('preview.badFile', { file }));
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [refresh],
  );

  useEffect(() => {
    void fetch(SAMPLE)
      .then((r) => r.arrayBuffer())
      .then((b) => open(SAMPLE, b));
  }, [open]);

  const pick = (files: FileList | null) => {
    const f = files?.[0];
    if (input.current) input.current.value = '';
    if (!f) return;
    // Results written and not downloaded would be lost: ask first.
    void f.arrayBuffer().then((b) => (unsaved ? setAsked({ file: f.name, bytes: b }) : open(f.name, b)));
  };

  // Closing the tab or leaving the page with results only here: the browser asks.
  useEffect(() => {
    if (!unsaved) return undefined;
    const stop = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', stop);
    return () => window.removeEventListener('beforeunload', stop);
  }, [unsaved]);

  const download = async () => {
    if (!opened) return;
    setUnsaved(false);
    const bytes = await opened.wb.save();
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = opened.file.replace(/\.(xlsx|csv|txt)$/i, '') + '-ket-qua.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  // One host per opened workbook, built once: a host rebuilt on every render would be a new
  // workbook to the pane, which then read it again and lost the clerk's draft and undo history.
  const host = useMemo<PaneHost | null>(
    () =>
      opened && {
        port: opened.wb,
        by: 'preview',
        // Every click counts, the same cell twice included (Excel selects it again).
        activate: async (sheet, cell) => setActive({ sheet, cell, n: ++clicks.current }),
        describeError: (e) => (e instanceof Error ? e.message : String(e)),
        ...(worker ? { worker } : {}),
        changed: () => {
          setUnsaved(true);
          setHasResults(true);
          void refresh(opened.wb);
        },
      },
    [opened, refresh, worker],
  );

  const fileControls = (
    <>
      <Button size="small" ref={openButton} onClick={() => input.current?.click()}>
        {L('preview.open')}
      </Button>
      <input ref={input} className={s.hiddenInput} type="file" accept=".xlsx,.csv,.txt" data-testid="file" aria-label={L('preview.open')} tabIndex={-1} onChange={(e) => pick(e.target.files)} />
      {/* Before a write the workbook holds no results: the button says it gives the original. */}
      <Button size="small" onClick={() => void download()} disabled={!opened} data-testid="download">
        {L(hasResults ? 'preview.download' : 'preview.downloadOriginal')}
      </Button>
      <ConfirmDialog
        open={asked !== null}
        lang={lang}
        title={L('preview.leave.title')}
        text={L('preview.leave.ask', { file: opened?.file ?? '' })}
        confirm={L('preview.leave.download')}
        other={L('preview.leave.open', { file: asked?.file ?? '' })}
        onConfirm={() => {
          setAsked(null);
          void download();
          openButton.current?.focus();
        }}
        onOther={() => {
          const a = asked;
          setAsked(null);
          if (a) void open(a.file, a.bytes);
        }}
        onCancel={() => {
          setAsked(null);
          openButton.current?.focus();
        }}
      />
    </>
  );
  const drop = {
    onDragOver: (e: React.DragEvent) => e.preventDefault(),
    onDrop: (e: React.DragEvent) => {
      e.preventDefault();
      pick(e.dataTransfer.files);
    },
  };
  const errorLine = error && (
    <p role="alert" className={s.error}>
      {error}
    </p>
  );

  if (paneOnly) {
    // Excel's task pane: the pane fills the window; the workbook is the one opened here.
    return (
      <div className={s.paneOnly} {...drop}>
        <div className={s.paneBar} role="region" aria-label={L('preview.title')}>
          {fileControls}
          <Text size={200}>{opened ? L('preview.opened', { file: opened.file }) : ''}</Text>
          <Text size={200} data-testid="selected" data-clicks={active?.n ?? 0} aria-live="polite">
            {active ? L('preview.selected', { where: active.cell ? `${active.sheet}!${active.cell}` : active.sheet }) : ''}
          </Text>
          {errorLine}
        </div>
        {host && opened && <App key={opened.id} host={host} lang={lang} theme={theme} />}
      </div>
    );
  }

  return (
    <div className={s.root}>
      <div className={s.book} {...drop}>
        <div className={s.bar}>
          <Text weight="semibold">{L('preview.title')}</Text>
          {fileControls}
          <Text size={200}>{L('preview.drop')}</Text>
        </div>
        <Text size={200} as="p" block>
          {opened ? L('preview.opened', { file: opened.file }) : ''} {L('preview.intro')}
        </Text>
        {errorLine}
        <ViewBoundary message={L('preview.viewFailed')} resetKey={active}>
          <SheetView grids={grids} active={active} onSelect={(sheet) => setActive({ sheet, n: ++clicks.current })} lang={lang} />
        </ViewBoundary>
      </div>
      {/* Not an aside: the pane holds the page's main landmark. */}
      <div className={`pv-pane ${s.pane}`}>{host && opened && <App key={opened.id} host={host} lang={lang} theme={theme} />}</div>
    </div>
  );
}
