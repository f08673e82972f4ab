/**
 * The pane inside Excel: office.js (from Microsoft's CDN, loaded by taskpane.html) gives the
 * workbook; the Office adapter is the port. When office.js cannot load, or the page is not
 * inside Excel, Office.onReady may never fire: after a few seconds the pane says so.
 */
import { createRoot } from 'react-dom/client';
import { t, type Lang } from '../i18n/catalogue';
import { activateInExcel, watchEdits } from '../workbook/office-navigation';
import { excelRun, OfficeWorkbook, type ExcelRun } from '../workbook/office';
import { officeErrorMessage } from '../workbook/office-errors';
import { App } from './App';
import type { WorkerLike } from './review-client';
import { isDark, paneTheme, type OfficeThemeLike } from './theme';

const READY_TIMEOUT_MS = 6000;

function langOf(display: string | undefined): Lang {
  return !display || display.toLowerCase().startsWith('vi') ? 'vi' : 'en';
}

function showText(key: string, lang: Lang): void {
  const root = document.getElementById('root')!;
  root.textContent = '';
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.className = 'bx-fallback';
  p.textContent = t(key, {}, lang);
  root.appendChild(p);
}

function start(): void {
  const guess = langOf(navigator.language);
  if (typeof Office === 'undefined') {
    showText('pane.noOffice', guess);
    return;
  }
  const timer = setTimeout(() => showText('pane.noOffice', guess), READY_TIMEOUT_MS);
  void Office.onReady((info) => {
    clearTimeout(timer);
    const lang = langOf(Office.context?.displayLanguage);
    if (info.host !== Office.HostType.Excel) {
      showText('pane.notExcel', lang);
      return;
    }
    const supports = (set: string, version: string) => Office.context.requirements.isSetSupported(set, version);
    // A write while the clerk is typing in a cell waits instead of failing, where Excel can.
    const run: ExcelRun = excelRun(supports);
    const port = new OfficeWorkbook(run, { supports, maxRequestBytes: Office.context.platform === Office.PlatformType.OfficeOnline ? 4_000_000 : 1_000_000 });
    // Office's theme (dark included) where the host gives it.
    const officeTheme = (Office.context as { officeTheme?: OfficeThemeLike }).officeTheme;
    document.documentElement.style.colorScheme = isDark(officeTheme) ? 'dark' : 'light';
    createRoot(document.getElementById('root')!).render(
      <App
        lang={lang}
        theme={paneTheme(officeTheme)}
        host={{
          port,
          by: 'addin',
          activate: (sheet, cell) => activateInExcel(run, sheet, cell),
          describeError: (e, l) => officeErrorMessage(e, l).text,
          watch: (onEdit) => watchEdits(run, supports, onEdit),
          // The review and the result sheets off the pane's thread (its own file, beside the pane).
          ...(typeof Worker === 'undefined' ? {} : { worker: () => new Worker(/* webpackChunkName: "review-worker" */ new URL('./review.worker.ts', import.meta.url)) as unknown as WorkerLike }),
        }}
      />,
    );
  });
}

start();
