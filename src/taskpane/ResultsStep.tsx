import { Badge, Button, Field, Link, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, SearchBox, Subtitle2, Text } from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import type { Lang } from '../i18n/catalogue';
import { paneText, paneWarning } from './text';
import { HISTORY_SHEET } from '../sheets/carry-forward';
import { describeIssue } from '../sheets/issue-text';

import type { Notify } from './notify';
import { ConfirmDialog } from './ConfirmDialog';
import { closePreview, fixPlace, lookup, lookupTotal, ruleSetOf, targetText, titleTotals, type FixPlace } from './model';
import { usePaneStyles } from './styles';
import type { ReviewState } from './useReview';
import { titleName } from '../rules/titles';
import { DocumentsDownload } from './DocumentsDownload';
import { ShortfallSection } from './ShortfallSection';

export function ResultsStep(props: { lang: Lang; review: ReviewState; activate: (sheet: string, cell?: string) => void; notify: Notify; fix: (place: FixPlace) => void }) {
  const { lang, review, notify } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const [query, setQuery] = useState('');
  const [askClose, setAskClose] = useState(false);
  const outcome = review.outcome!;
  const { progress, report, closed } = review;
  const result = outcome.result;
  const rs = ruleSetOf(outcome, review.draft);
  // Once per review, not on every render (the write's progress renders this step many times):
  // at 20 000 people each count is a pass over everyone.
  const totals = useMemo(() => (result ? titleTotals(result, rs) : []), [result, rs]);
  const mid = result?.phase === 'mid';
  // What closing the year would add is worked out when the clerk asks, not on every render.
  const willClose = useMemo(() => (askClose && result && !mid && review.written ? closePreview(review.grids!, result) : null), [askClose, result, mid, review.written, review.grids]);
  if (!result) {
    // The review stopped: say why, and take the clerk to where she can fix it.
    const errors = outcome.issues.filter((i) => i.severity === 'error');
    return (
      <section aria-labelledby="step-results" className={s.step}>
        <Subtitle2 as="h2" id="step-results" tabIndex={-1} className={s.heading}>
          {L('pane.results.title')}
        </Subtitle2>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.results.stopped')}</MessageBarTitle>
            {L('pane.results.stopped.why')}
          </MessageBarBody>
        </MessageBar>
        <ul className={s.plainList} data-testid="stop-reasons">
          {errors.map((iss, i) => (
            <li key={i} className={s.card}>
              <Text>{describeIssue(iss, lang)}</Text>
              <div className={s.actions}>
                <Button appearance="primary" onClick={() => props.fix(fixPlace(iss))}>
                  {L(`pane.results.fix.${fixPlace(iss).kind}`)}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      </section>
    );
  }
  const hits = lookup(result, query, lang);
  const more = hits.length ? lookupTotal(result, query) - hits.length : 0;

  const write = async () => {
    const r = await review.write();
    if (r) notify(r.removed.length ? L('pane.results.written.replaced', { n: r.written.length, old: r.removed.length }) : L('pane.results.written', { n: r.written.length }));
  };
  const close = async () => {
    setAskClose(false);
    const r = await review.close();
    if (r?.ok) notify(L('pane.results.closed', { year: r.outcome.result!.year, n: r.added, sheet: HISTORY_SHEET }));
  };

  return (
    <section aria-labelledby="step-results" className={s.step}>
      <Subtitle2 as="h2" id="step-results" tabIndex={-1} className={s.heading}>
        {L(mid ? 'pane.results.totals.mid' : 'pane.results.totals')}
      </Subtitle2>
      {result.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.warning')}</MessageBarTitle>
            {paneWarning(w, lang)}
          </MessageBarBody>
        </MessageBar>
      ))}
      <table className={s.totals} data-testid="totals">
        <tbody>
          {totals.map((x) => (
            <tr key={`${x.scope}-${x.id}`}>
              <th scope="row" className={s.totalsName}>
                <span data-short>{titleName(x.rule, 'short', lang)}</span>
                {x.overCap > 0 && (
                  <Text as="p" block size={200} className={s.hint}>
                    {L('pane.results.overCap', { n: x.overCap })}
                  </Text>
                )}
              </th>
              <td className={s.totalsNum}>{x.awarded}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.results.targets')}
      </Subtitle2>
      <ul className={s.plainList} data-testid="targets">
        {result.targets.map((tr) => {
          const line = targetText(tr, lang);
          return (
            <li key={tr.id} className={s.card}>
              <Text weight="semibold">{L(tr.label)}</Text>
              <Text size={200}>{L('pane.results.targetLine', { required: line.required, actual: line.actual })}</Text>
              <div className={s.cardLine}>
                <Badge appearance="tint" color={tr.met ? 'success' : 'danger'}>
                  {tr.met ? L('target.met') : L('target.notMet')}
                </Badge>
                {line.gap && <Text size={200}>{line.gap}</Text>}
              </div>
            </li>
          );
        })}
      </ul>
      <ShortfallSection lang={lang} result={result} ruleSet={rs} />

      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.results.lookup')}
      </Subtitle2>
      <Field label={L('pane.results.lookup.label')}>
        <SearchBox className={s.fill} value={query} placeholder={L('pane.results.lookup.placeholder')} onChange={(_, d) => setQuery(d.value)} />
      </Field>
      {query.trim() !== '' && hits.length === 0 && (
        <Text as="p" block>
          {L('pane.results.lookup.none', { q: query })}
        </Text>
      )}
      <div aria-live="polite">
        {hits.map((h) => (
          <div key={`${h.kind}-${h.name}-${h.unit ?? ''}`} className={s.hit} data-testid="hit">
            <Text weight="semibold">
              {h.name} {h.kind === 'unit' ? `(${L('pane.results.collective')})` : h.unit ? `– ${h.unit}` : ''}
            </Text>
            <ul className={s.list}>
              {h.verdicts.map((v) => (
                <li key={v.title}>
                  <strong>{L(`short.${v.title}`)}</strong>: {L(v.status === 'awarded' && mid ? 'status.awarded.mid' : `status.${v.status}`)}
                  {v.reasons.length ? ` – ${v.reasons.join('; ')}` : ''}
                </li>
              ))}
            </ul>
          </div>
        ))}
        {more > 0 && (
          <Text as="p" block size={200} className={s.hint} data-testid="more-hits">
            {L('pane.results.lookup.more', { n: more })}
          </Text>
        )}
      </div>

      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.results.workbook')}
      </Subtitle2>
      <Text size={200} className={s.hint} as="p" block>
        {L(review.written ? 'pane.results.upToDate' : review.saved.lastRun ? 'pane.results.stale' : 'pane.results.notWritten')}
      </Text>
      <div className={s.actions}>
        <Button appearance="primary" onClick={() => void write()} disabled={progress !== null}>
          {L('pane.results.write')}
        </Button>
        {!mid && (
          <Button id="close-year" onClick={() => setAskClose(true)} disabled={progress !== null || !review.written} aria-describedby={!review.written ? 'close-hint' : undefined}>
            {L('pane.results.close')}
          </Button>
        )}
      </div>
      {!mid && !review.written && (
        <Text id="close-hint" size={200} className={s.hint} as="p" block>
          {L(review.dirty && review.saved.lastRun ? 'pane.results.closeAfterWrite' : 'pane.results.closeNeedsWrite')}
        </Text>
      )}
      {progress && (
        <Field
          validationMessage={L(progress.preparing ? 'pane.results.preparing' : 'pane.results.writing', { done: progress.done, total: progress.total, sheet: progress.sheet })}
          validationState="none"
        >
          {/* One bar for the whole write: making the sheets is most of it, writing them the rest. */}
          <ProgressBar data-testid="write-progress" value={(progress.preparing ? 0 : 0.8) + (progress.preparing ? 0.8 : 0.2) * (progress.total ? progress.done / progress.total : 0)} />
        </Field>
      )}
      {report && (
        <div role="status" className={s.section}>
          <Text as="p" block>
            {L(report.removed.length ? 'pane.results.written.replaced' : 'pane.results.written', { n: report.written.length, old: report.removed.length })}
          </Text>
          <Text as="p" block>
            {L('pane.results.open')}
          </Text>
          <ul className={s.list} data-testid="written">
            {report.written.map((name) => (
              <li key={name}>
                <Link as="button" className={s.issueLink} onClick={() => props.activate(name)}>
                  {name}
                </Link>
              </li>
            ))}
          </ul>
          {report.notes.length > 0 && (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{L('pane.results.notes')}</MessageBarTitle>
                {report.notes.map((n) => L(`note.${n.code}`, { sheet: n.sheet ?? '' })).join(' ')}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      {closed && (
        <div role="status" className={s.section}>
          {closed.ok ? (
            <>
              <Text as="p" block>
                {L('pane.results.closed', { year: closed.outcome.result!.year, n: closed.added, sheet: HISTORY_SHEET })}
              </Text>
              {closed.ambiguous.map((a) => (
                <MessageBar key={`${a.name}-${a.unit}`} intent="warning" layout="multiline">
                  <MessageBarBody>
                    <MessageBarTitle>{L('pane.warning')}</MessageBarTitle>
                    {L('pane.results.closeAmbiguous', { name: a.name, unit: a.unit, rows: a.candidates.join('; ') })}
                  </MessageBarBody>
                </MessageBar>
              ))}
            </>
          ) : (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                <MessageBarTitle>{L('pane.error')}</MessageBarTitle>
                {L(`cli.close.${closed.reason}`, { sheet: HISTORY_SHEET })}
              </MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <ConfirmDialog
        open={askClose && willClose !== null}
        lang={lang}
        returnFocus="close-year"
        title={L(willClose?.closed ? 'pane.results.close.already.title' : 'pane.results.close.ask.title', { year: result.year })}
        text={
          willClose?.closed ? (
            <Text as="p" block>
              {L('pane.results.close.already', { year: result.year, sheet: HISTORY_SHEET })}
            </Text>
          ) : (
            <>
              <Text as="p" block>
                {L(willClose?.exists ? 'pane.results.close.askRows' : 'pane.results.close.askNewRows', {
                  sheet: HISTORY_SHEET,
                  rows: L('pane.results.close.rowsFor', { n: willClose?.added ?? 0, people: willClose?.people ?? 0, units: willClose?.units ?? 0, year: result.year }),
                })}
              </Text>
              {willClose && willClose.ambiguous > 0 && (
                <Text as="p" block>
                  {L('pane.results.close.askAmbiguous', { n: willClose.ambiguous })}
                </Text>
              )}
              <Text as="p" block>
                {L('pane.results.close.askOnce')}
              </Text>
            </>
          )
        }
        confirm={willClose?.closed ? undefined : L('pane.results.close.confirm', { year: result.year })}
        cancel={willClose?.closed ? L('pane.close') : undefined}
        onConfirm={() => void close()}
        onCancel={() => setAskClose(false)}
      />
      <DocumentsDownload lang={lang} outcome={outcome} />
    </section>
  );
}
