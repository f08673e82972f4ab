import { Badge, Button, Field, Input, Link, MessageBar, MessageBarBody, ProgressBar, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import type { StoredSettings } from '../domain/settings';
import { HISTORY_SHEET } from '../sheets/carry-forward';
import { targetLine, warningText } from '../sheets/layout';
import type { WriteReport } from '../workbook/port';
import type { CloseYearResult } from '../workbook/session';
import { lookup, ruleSetOf, titleTotals } from './model';
import { titleName } from '../rules/titles';
import type { Progress } from './useReview';
import { DocumentsDownload } from './DocumentsDownload';

export function ResultsStep(props: {
  lang: Lang;
  outcome: ReviewOutcome;
  draft: StoredSettings;
  progress: Progress | null;
  report: WriteReport | null;
  closed: CloseYearResult | null;
  dirty: boolean;
  write: () => void;
  close: () => void;
  activate: (sheet: string, cell?: string) => void;
}) {
  const { lang, outcome, progress, report, closed } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const [query, setQuery] = useState('');
  const result = outcome.result;
  if (!result) {
    return (
      <MessageBar intent="error">
        <MessageBarBody>{L('pane.data.stopped')}</MessageBarBody>
      </MessageBar>
    );
  }
  const mid = result.phase === 'mid';
  const rs = ruleSetOf(outcome, props.draft);
  const hits = lookup(result, query, lang);
  return (
    <section aria-labelledby="step-results" className="bx-step">
      {result.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{warningText(w, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      <Subtitle2 as="h2" id="step-results">
        {L(mid ? 'pane.results.totals.mid' : 'pane.results.totals')}
      </Subtitle2>
      <table className="bx-table" data-testid="totals">
        <tbody>
          {titleTotals(result, rs).map((x) => (
            <tr key={`${x.scope}-${x.id}`}>
              <th scope="row">
                {titleName(x.rule, 'short', lang)}
              </th>
              <td className="bx-num">{x.awarded}</td>
              <td>{x.overCap ? L('pane.results.overCap', { n: x.overCap }) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Subtitle2 as="h2">{L('pane.results.targets')}</Subtitle2>
      <table className="bx-table" data-testid="targets">
        <thead>
          <tr>
            <th scope="col">{L('col.target')}</th>
            <th scope="col">{L('col.required')}</th>
            <th scope="col">{L('col.actual')}</th>
            <th scope="col">{L('col.met')}</th>
          </tr>
        </thead>
        <tbody>
          {result.targets.map((tr) => {
            const line = targetLine(tr, lang);
            return (
              <tr key={tr.id}>
                <td>{L(tr.label)}</td>
                <td>{line.required}</td>
                <td>{line.actual}</td>
                <td>
                  <Badge appearance="tint" color={tr.met ? 'success' : 'danger'}>
                    {tr.met ? L('target.met') : L('target.notMet')}
                  </Badge>{' '}
                  {line.gap}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <Subtitle2 as="h2">{L('pane.results.lookup')}</Subtitle2>
      <Field label={L('pane.results.lookup')}>
        <Input type="search" value={query} placeholder={L('pane.results.lookup.placeholder')} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {query.trim() !== '' && hits.length === 0 && <Text as="p">{L('pane.results.lookup.none', { q: query })}</Text>}
      <div aria-live="polite">
        {hits.map((h) => (
          <div key={`${h.kind}-${h.name}-${h.unit ?? ''}`} className="bx-hit">
            <Text weight="semibold">
              {h.name} {h.kind === 'unit' ? `(${L('pane.results.collective')})` : h.unit ? `– ${h.unit}` : ''}
            </Text>
            <ul>
              {h.verdicts.map((v) => (
                <li key={v.title}>
                  <strong>{L(`short.${v.title}`)}</strong>: {L(v.status === 'awarded' && mid ? 'status.awarded.mid' : `status.${v.status}`)}
                  {v.reasons.length ? ` – ${v.reasons.join('; ')}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>

      <div className="bx-actions">
        <Button appearance="primary" onClick={props.write} disabled={progress !== null}>
          {L('pane.results.write')}
        </Button>
        {!mid && (
          <Button onClick={props.close} disabled={progress !== null || props.dirty} aria-describedby={props.dirty ? 'close-hint' : undefined}>
            {L('pane.results.close')}
          </Button>
        )}
      </div>
      {!mid && props.dirty && (
        <Text id="close-hint" size={200} className="bx-hint">
          {L('pane.results.closeAfterWrite')}
        </Text>
      )}
      {progress && (
        <Field validationMessage={L('pane.results.writing', progress)} validationState="none">
          <ProgressBar value={progress.total ? progress.done / progress.total : 0} />
        </Field>
      )}
      {report && (
        <div role="status">
          <Text as="p">{L('pane.results.written', { n: report.written.length })}</Text>
          <ul className="bx-links">
            {report.written.map((name) => (
              <li key={name}>
                <Link as="button" onClick={() => props.activate(name)}>
                  {name}
                </Link>
              </li>
            ))}
          </ul>
          {report.notes.length > 0 && (
            <MessageBar intent="info">
              <MessageBarBody>
                {L('pane.results.notes')}: {report.notes.map((n) => L(`note.${n.code}`, { sheet: n.sheet ?? '' })).join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {closed && (
        <div role="status">
          {closed.ok ? (
            <>
              <Text as="p">{L('pane.results.closed', { year: closed.outcome.result!.year, n: closed.added, sheet: HISTORY_SHEET })}</Text>
              {closed.ambiguous.map((a) => (
                <MessageBar key={`${a.name}-${a.unit}`} intent="warning">
                  <MessageBarBody>{L('pane.results.closeAmbiguous', { name: a.name, unit: a.unit, rows: a.candidates.join('; ') })}</MessageBarBody>
                </MessageBar>
              ))}
            </>
          ) : (
            <MessageBar intent="error">
              <MessageBarBody>{L(`cli.close.${closed.reason}`, { sheet: HISTORY_SHEET })}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <DocumentsDownload lang={lang} outcome={outcome} />
    </section>
  );
}
