/**
 * The Word papers of the review, offered for download in step 3 (the pane in Excel and the
 * browser preview alike). Made on click, in the page (nothing is uploaded); the Word renderer
 * is loaded only then, so the pane opens as fast as before.
 *
 * Where a task pane can save a file (README, "Word documents in Excel"): Excel on the web (the
 * pane's frame allows downloads) and Excel on Windows with WebView2 take an `a[download]` of a
 * Blob; Excel on Mac and on iPad (WKWebView) ignore it and cannot open a blob: URL in the browser
 * either (`openBrowserWindow` takes web addresses only), so there the pane says how to get the
 * papers: open Bình xét's page in the browser, or use the command line.
 */
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { zipSync } from 'fflate';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import { getPreset } from '../rules/presets';
import { buildDossier } from '../documents/dossier';
import type { Paper } from '../documents/model';
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

export function DocumentsDownload(props: { lang: Lang; outcome: ReviewOutcome }) {
  const { lang, outcome } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const s = usePaneStyles();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const result = outcome.result;
  const dossier = useMemo(
    () =>
      result
        ? buildDossier(
            { result, ruleSet: getPreset(result.ruleSetId), agency: outcome.settings.agency ?? outcome.settings.plan?.agency, unitOrder: outcome.parsed.units.map((u) => u.name), lang },
            outcome.settings.plan,
          )
        : null,
    [result, outcome.settings.agency, outcome.settings.plan, outcome.parsed.units, lang],
  );
  if (!dossier || !dossier.papers.length) return null;
  const support = downloadSupport();
  const run = async (fn: (render: (p: Paper) => Promise<Uint8Array>) => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      const { renderDocx } = await import(/* webpackChunkName: "word" */ '../documents/word/render');
      await fn(renderDocx);
    } catch (e) {
      setError(L('pane.docs.failed', { detail: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  const one = (p: Paper) => run(async (render) => save(await render(p), fileOf(p), DOCX));
  const all = () =>
    run(async (render) => {
      const files: Record<string, Uint8Array> = {};
      for (const p of dossier.papers) files[`${p.fileName}.docx`] = await render(p);
      save(zipSync(files), `van-ban-${dossier.year}.zip`, 'application/zip');
    });
  const drafts = dossier.papers.some((p) => p.draft);
  return (
    <section aria-labelledby="bx-docs-title" data-testid="documents" className={s.section}>
      <Subtitle2 as="h3" id="bx-docs-title" className={s.subheading}>
        {L('pane.docs.title')}
      </Subtitle2>
      {!support.ok ? (
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
      ) : (
        <>
          {drafts && (
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
          <div>
            <Button size="small" disabled={busy} onClick={() => void all()}>
              {busy ? L('pane.docs.making') : L('pane.docs.all')}
            </Button>
          </div>
          {error && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{L('pane.error')}</MessageBarTitle>
                {error}
              </MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
    </section>
  );
}
