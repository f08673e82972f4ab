/**
 * The browser preview's entry: the page's language and theme from its address, then the
 * preview (Preview.tsx) mounted.
 *
 *   /            the workbook's sheets beside the pane (Excel's layout);
 *   /?pane       the pane alone, filling the window, as Excel shows it at 320–350 px;
 *   ?lang=en     English; ?theme=dark  Office's dark theme.
 */
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import type { Lang } from '../i18n/catalogue';
import { Preview } from './PreviewApp';
import type { WorkerLike } from '../taskpane/review-client';

/** The review worker, served beside the page (its own chunk); none where the browser has no Worker. */
const startWorker =
  typeof Worker === 'undefined' ? undefined : () => new Worker(/* webpackChunkName: "review-worker" */ new URL('../taskpane/review.worker.ts', import.meta.url)) as unknown as WorkerLike;

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
      <Preview lang={lang} paneOnly={q.has('pane')} theme={theme} worker={startWorker} />
    </FluentProvider>
  );
  createRoot(document.getElementById('root')!).render(root);
}

start();
