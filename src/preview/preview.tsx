/**
 * The browser preview: the same pane as in Excel over a workbook held in memory (the .xlsx
 * adapter, which reads and edits packages itself). It opens the bundled sample, or a workbook
 * the user picks or drops, and offers the result for download. Nothing leaves the browser.
 *
 *   /            the workbook's sheets beside the pane (Excel's layout);
 *   /?pane       the pane alone, filling the window, as Excel shows it at 320–350 px;
 *   ?lang=en     English; ?theme=dark  Office's dark theme.
 */
import { Button, FluentProvider, makeStyles, shorthands, Text, tokens, webDarkTheme, webLightTheme, type Theme } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { t, type Lang } from '../i18n/catalogue';
import type { SheetGrid } from '../sheets/grid';
import { XlsxWorkbook } from '../workbook/xlsx';
import { looksLikeCsv, readCsv } from '../workbook/csv';
import { looksLikeZip } from '../workbook/zip-read';
import { describePackageError, isPackageError } from '../workbook/package-error';
import { App } from '../taskpane/App';
import type { PaneHost } from '../taskpane/useReview';
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

function Preview({ lang, paneOnly, theme }: { lang: Lang; paneOnly: boolean; theme: Theme }) {
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const s = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [grids, setGrids] = useState<SheetGrid[]>([]);
  const [active, setActive] = useState<{ sheet: string; cell?: string; n: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const clicks = useRef(0);

  const refresh = useCallback(async (wb: XlsxWorkbook) => {
    const names = (await wb.sheets()).filter((x) => x.visibility === 'visible').map((x) => x.name);
    setGrids(await wb.read(names));
  }, []);

  const open = useCallback(
    async (file: string, bytes: ArrayBuffer) => {
      try {
        const data = new Uint8Array(bytes);
        // A CSV (or Excel's "Unicode Text") is read as text, as on the command line: no cell becomes a formula.
        const wb = !looksLikeZip(data) && looksLikeCsv(data) ? await XlsxWorkbook.fromGrids([readCsv(data, file).grid]) : await XlsxWorkbook.open(data);
        setOpened((o) => ({ id: (o?.id ?? 0) + 1, file, wb }));
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
    if (f) void f.arrayBuffer().then((b) => open(f.name, b));
  };

  const download = async () => {
    if (!opened) return;
    const bytes = await opened.wb.save();
    const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = opened.file.replace(/\.(xlsx|csv|txt)$/i, '') + '-ket-qua.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  const host: PaneHost | null = opened && {
    port: opened.wb,
    by: 'preview',
    // Every click counts, the same cell twice included (Excel selects it again).
    activate: async (sheet, cell) => setActive({ sheet, cell, n: ++clicks.current }),
    describeError: (e) => (e instanceof Error ? e.message : String(e)),
    changed: () => void refresh(opened.wb),
  };

  const fileControls = (
    <>
      <Button size="small" onClick={() => input.current?.click()}>
        {L('preview.open')}
      </Button>
      <input ref={input} className={s.hiddenInput} type="file" accept=".xlsx,.csv,.txt" data-testid="file" aria-label={L('preview.open')} tabIndex={-1} onChange={(e) => pick(e.target.files)} />
      <Button size="small" onClick={() => void download()} disabled={!opened}>
        {L('preview.download')}
      </Button>
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
      <aside className={`pv-pane ${s.pane}`}>{host && opened && <App key={opened.id} host={host} lang={lang} theme={theme} />}</aside>
    </div>
  );
}

function start(): void {
  const q = new URLSearchParams(location.search);
  // Vietnamese unless asked otherwise (?lang=en): the clerk's language, whatever the browser's.
  const lang: Lang = q.get('lang') === 'en' ? 'en' : 'vi';
  const dark = q.get('theme') === 'dark';
  document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  document.body.style.margin = '0';
  document.body.style.fontFamily = '"Segoe UI", system-ui, sans-serif';
  const theme = dark ? webDarkTheme : webLightTheme;
  const root = (
    <FluentProvider theme={theme}>
      <Preview lang={lang} paneOnly={q.has('pane')} theme={theme} />
    </FluentProvider>
  );
  createRoot(document.getElementById('root')!).render(root);
}

start();
