/**
 * The browser preview: the same pane as in Excel beside a plain view of a workbook held in
 * memory (the .xlsx adapter). It opens the bundled sample, or a workbook the
 * user picks or drops, and offers the result for download. Nothing leaves the browser.
 */
import { Button, FluentProvider, Text, webLightTheme } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { t, type Lang } from '../i18n/catalogue';
import type { SheetGrid } from '../sheets/grid';
import { XlsxWorkbook } from '../workbook/xlsx';
import { describePackageError, isPackageError } from '../workbook/package-error';
import { App, PANE_CSS } from '../taskpane/App';
import type { PaneHost } from '../taskpane/useReview';
import { SheetView } from './SheetView';

const SAMPLE = 'mau-so-khcn-bac-giang-2014.xlsx';

interface Opened {
  id: number;
  file: string;
  wb: XlsxWorkbook;
}

function Preview({ lang }: { lang: Lang }) {
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const [opened, setOpened] = useState<Opened | null>(null);
  const [grids, setGrids] = useState<SheetGrid[]>([]);
  const [active, setActive] = useState<{ sheet: string; cell?: string } | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async (wb: XlsxWorkbook) => {
    const names = (await wb.sheets()).filter((s) => s.visibility === 'visible').map((s) => s.name);
    setGrids(await wb.read(names));
  }, []);

  const open = useCallback(
    async (file: string, bytes: ArrayBuffer) => {
      try {
        const wb = await XlsxWorkbook.open(new Uint8Array(bytes));
        setOpened((o) => ({ id: (o?.id ?? 0) + 1, file, wb }));
        setActive(null);
        setError(null);
        await refresh(wb);
      } catch (e) {
        // A package that cannot be read says why (a part too large, a broken zip…), naming the file.
        setError(isPackageError(e) && e.code !== 'not-zip' ? describePackageError(e, lang, file) : L('preview.badFile', { file }));
      }
    },
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
    a.download = opened.file.replace(/\.xlsx$/i, '') + '-ket-qua.xlsx';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  };

  const host: PaneHost | null = opened && {
    port: opened.wb,
    by: 'preview',
    activate: async (sheet, cell) => setActive({ sheet, cell }),
    describeError: (e) => (e instanceof Error ? e.message : String(e)),
    changed: () => void refresh(opened.wb),
  };

  return (
    <FluentProvider theme={webLightTheme} className="pv-root">
      <div
        className="pv-book"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          pick(e.dataTransfer.files);
        }}
      >
        <div className="pv-bar">
          <Text weight="semibold">{L('preview.title')}</Text>
          <label className="pv-open">
            {L('preview.open')}
            <input type="file" accept=".xlsx" data-testid="file" onChange={(e) => pick(e.target.files)} />
          </label>
          <Text size={200}>{L('preview.drop')}</Text>
          <Button size="small" onClick={() => void download()} disabled={!opened}>
            {L('preview.download')}
          </Button>
        </div>
        <Text size={200} as="p">
          {opened ? L('preview.opened', { file: opened.file }) : ''} {L('preview.intro')}
        </Text>
        {error && (
          <p role="alert" className="pv-error">
            {error}
          </p>
        )}
        <SheetView grids={grids} active={active} onSelect={(sheet) => setActive({ sheet })} lang={lang} />
      </div>
      <aside className="pv-pane">{host && opened && <App key={opened.id} host={host} lang={lang} />}</aside>
    </FluentProvider>
  );
}

const CSS = `
body{margin:0;font-family:"Segoe UI",system-ui,sans-serif}
.pv-root{display:flex;height:100vh}
.pv-book{flex:1;min-width:0;display:flex;flex-direction:column;padding:8px;gap:4px;overflow:hidden}
.pv-bar{display:flex;gap:12px;align-items:center;flex-wrap:wrap}
.pv-open{border:1px solid #8a8886;border-radius:4px;padding:2px 8px;cursor:pointer}
.pv-open input{position:absolute;opacity:0;width:1px;height:1px}
.pv-pane{width:400px;border-left:1px solid #e0e0e0;overflow:auto}
.pv-error{color:#a4262c}
.pv-tabs{display:flex;gap:2px;flex-wrap:wrap;border-bottom:1px solid #c8c6c4}
.pv-tabs button{border:1px solid #c8c6c4;border-bottom:none;background:#f3f2f1;padding:2px 8px;cursor:pointer;font:inherit;font-size:12px}
.pv-tabs button[aria-selected=true]{background:#fff;font-weight:600;color:#0f6cbd}
.pv-grid{overflow:auto;flex:1}
.pv-grid table{border-collapse:collapse;font-size:12px}
.pv-grid td,.pv-grid th{border:1px solid #e1dfdd;padding:1px 4px;white-space:nowrap;max-width:320px;overflow:hidden;text-overflow:ellipsis}
.pv-grid th{background:#f3f2f1;font-weight:normal;color:#605e5c}
.pv-grid td.pv-active{outline:2px solid #0f6cbd;background:#deecf9}
`;

function start(): void {
  const style = document.createElement('style');
  style.textContent = PANE_CSS + CSS;
  document.head.appendChild(style);
  const q = new URLSearchParams(location.search).get('lang');
  // Vietnamese unless asked otherwise (?lang=en): the clerk's language, whatever the browser's.
  const lang: Lang = q === 'en' ? 'en' : 'vi';
  createRoot(document.getElementById('root')!).render(<Preview lang={lang} />);
}

start();
