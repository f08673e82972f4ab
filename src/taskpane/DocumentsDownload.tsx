/**
 * The Word papers of the review, offered for download in step 3 (the pane in Excel and the
 * browser preview alike). Nothing is made until the clerk asks: the review reruns on every
 * change in step 3, and a dossier of a big agency takes a moment to lay out and much longer to
 * render. "Tải tất cả (.zip)" lays out the dossier and renders every paper, showing how far it
 * is; "Chọn từng văn bản" lays out the dossier only and lists the papers, each rendered on its
 * own click. A new review (the clerk changed something) drops what was made. Made in the page
 * (nothing is uploaded), from the documents stage's input (`documentInput`); the Word renderer
 * is loaded on the first click, so the pane opens as fast as before.
 *
 * Where a task pane can save a file (README, "Word documents in Excel"): Excel on the web (the
 * pane's frame allows downloads) and Excel on Windows with WebView2 take an `a[download]` of a
 * Blob; Excel on Mac and on iPad (WKWebView) ignore it and cannot open a blob: URL in the browser
 * either (`openBrowserWindow` takes web addresses only), so there the pane says how to get the
 * papers: open Bình xét's page in the browser, or use the command line.
 */
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { Lang } from '../i18n/catalogue';
import { paneText } from './text';
import type { ReviewOutcome } from '../pipeline/run';
import { documentInput } from '../pipeline/documents';
import { buildDossier } from '../dossier/dossier';
import type { Dossier, Paper } from '../dossier/model';
import { usePaneStyles } from './styles';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Whether this host lets the pane save a file; the platform's name when it does not. */
export function downloadSupport(): { ok: true } | { ok: false; platform: string; canOpenBrowser: boolean } {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const platform = office?.context?.diagnostics?.platform as string | undefined;
  const canOpenBrowser = !!office?.context?.requirements?.isSetSupported?.('OpenBrowserWindowApi', '1.1');
  if (platform === 'Mac') return { ok: false, platform: 'Mac', canOpenBrowser };
  if (platform === 'iOS') return { ok: false, platform: 'iPad', canOpenBrowser };
  // The old EdgeHTML webview of Office 2016/2019 on Windows has no downloads either.
  if (platform === 'PC' && / Edge\/\d/.test(globalThis.navigator?.userAgent ?? '')) return { ok: false, platform: 'Windows (EdgeHTML)', canOpenBrowser };
  return { ok: true };
}

function save(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

const fileOf = (p: Paper) => `${p.fileName.split('/').pop()}.docx`;

/** Lets the page paint (the progress) before the next piece of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** What is being made: the dossier laid out, or paper `done` of `total` rendered. */
type Progress = { step: 'layout' } | { step: 'render'; done: number; total: number };

export function DocumentsDownload(props: { lang: Lang; outcome: ReviewOutcome }) {
  const { lang, outcome } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  // The dossier made for this review; another review (the clerk changed something) drops it.
  const [made, setMade] = useState<{ outcome: ReviewOutcome; dossier: Dossier } | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<string | null>(null);
  const input = documentInput(outcome);
  if (!input) return null;
  const dossier = made?.outcome === outcome ? made.dossier : null;
  const busy = progress !== null;
  const support = downloadSupport();

  const layout = async (): Promise<Dossier> => {
    if (dossier) return dossier;
    setProgress({ step: 'layout' });
    await nextFrame();
    const d = buildDossier(input, outcome.settings.plan);
    setMade({ outcome, dossier: d });
    return d;
  };
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(L('pane.docs.failed', { detail: (e as Error).message }));
    } finally {
      setProgress(null);
    }
  };
  const renderer = async () => (await import(/* webpackChunkName: "word" */ '../documents/word/render')).renderDocx;
  const one = (p: Paper) =>
    run(async () => {
      setProgress({ step: 'render', done: 0, total: 1 });
      const render = await renderer();
      save(await render(p), fileOf(p), DOCX);
    });
  const all = () =>
    run(async () => {
      const d = await layout();
      const render = await renderer();
      const files = new Map<string, Uint8Array>();
      for (const [i, p] of d.papers.entries()) {
        setProgress({ step: 'render', done: i, total: d.papers.length });
        await nextFrame();
        files.set(`${p.fileName}.docx`, await render(p));
      }
      setProgress({ step: 'render', done: d.papers.length, total: d.papers.length });
      await nextFrame();
      // The .docx parts are deflated already: stored as they are, by the project's one zip (loaded with the renderer).
      const { storedZip } = await import(/* webpackChunkName: "word" */ '../ooxml/zip');
      save(await storedZip(files), `van-ban-${d.year}.zip`, 'application/zip');
    });
  const choose = () => run(async () => void (await layout()));

  if (!support.ok) {
    return (
      <section aria-labelledby="bx-docs-title" data-testid="documents" className={s.section}>
        <Subtitle2 as="h3" id="bx-docs-title" className={s.subheading}>
          {L('pane.docs.title')}
        </Subtitle2>
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.docs.title')}</MessageBarTitle>
            {L('pane.docs.noDownload', { platform: support.platform })}
            {support.canOpenBrowser && (
              <div>
                <Button size="small" onClick={() => Office.context.ui.openBrowserWindow(new URL('index.html', location.href).href)}>
                  {L('pane.docs.openBrowser')}
                </Button>
              </div>
            )}
          </MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  const status =
    progress?.step === 'layout'
      ? L('pane.docs.layingOut')
      : progress?.step === 'render'
        ? progress.total > 1
          ? L('pane.docs.progress', { done: progress.done, total: progress.total })
          : L('pane.docs.making')
        : '';
  return (
    <section aria-labelledby="bx-docs-title" data-testid="documents" className={s.section}>
      <Subtitle2 as="h3" id="bx-docs-title" className={s.subheading}>
        {L('pane.docs.title')}
      </Subtitle2>
      {!dossier && (
        <Text as="p" block className={s.hint}>
          {L('pane.docs.intro')}
        </Text>
      )}
      <div className={s.cardLine}>
        <Button size="small" disabled={busy} onClick={() => void all()}>
          {L('pane.docs.all')}
        </Button>{' '}
        {!dossier && (
          <Button size="small" appearance="subtle" disabled={busy} onClick={() => void choose()}>
            {L('pane.docs.choose')}
          </Button>
        )}
      </div>
      <div role="status" aria-live="polite">
        {progress && (
          <>
            <Text size={200}>{status}</Text>
            <ProgressBar aria-label={status} thickness="large" value={progress.step === 'render' && progress.total > 1 ? progress.done / progress.total : undefined} />
          </>
        )}
      </div>
      {dossier && (
        <>
          {dossier.papers.some((p) => p.draft) && (
            <Text size={200} block className={s.hint}>
              {L('pane.docs.drafts')}
            </Text>
          )}
          <ul className={s.issueList}>
            {dossier.papers.map((p) => (
              <li key={p.id} className={s.cardLine}>
                <Button appearance="subtle" size="small" className={s.wrapButton} disabled={busy} onClick={() => void one(p)}>
                  {p.label}
                </Button>
                {p.draft && (
                  <Badge appearance="outline" color="warning">
                    {L('pane.docs.draft')}
                  </Badge>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.error')}</MessageBarTitle>
            {error}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
