import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3, webLightTheme } from '@fluentui/react-components';
import { useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { DataStep } from './DataStep';
import { ResultsStep } from './ResultsStep';
import { RulesStep } from './RulesStep';
import { useReview, type PaneHost } from './useReview';

type Step = 'data' | 'rules' | 'results';
const STEPS: Step[] = ['data', 'rules', 'results'];

/** The task pane: three steps over one review of the open workbook. */
export function App(props: { host: PaneHost; lang: Lang }) {
  const { host, lang } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const review = useReview(host, lang);
  const [step, setStep] = useState<Step>('data');
  const activate = (sheet: string, cell?: string) => {
    host.activate(sheet, cell).catch(() => undefined);
  };
  return (
    <FluentProvider theme={webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en'} className="bx-pane">
      <header className="bx-header">
        <Title3 as="h1">{L('pane.title')}</Title3>
        <Button size="small" appearance="subtle" onClick={() => void review.reload()}>
          {L('pane.reload')}
        </Button>
      </header>
      <TabList size="small" selectedValue={step} onTabSelect={(_, d) => setStep(d.value as Step)} aria-label={L('pane.steps')}>
        {STEPS.map((s) => (
          <Tab key={s} value={s} id={`tab-${s}`}>
            {L(`pane.step.${s}`)}
          </Tab>
        ))}
      </TabList>
      {review.error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{review.error}</MessageBarBody>
        </MessageBar>
      )}
      <main role="tabpanel" aria-labelledby={`tab-${step}`}>
        {!review.outcome || !review.grids ? (
          !review.error && <Spinner label={L('pane.loading')} />
        ) : step === 'data' ? (
          <DataStep lang={lang} grids={review.grids} outcome={review.outcome} draft={review.draft} setDraft={review.setDraft} activate={activate} />
        ) : step === 'rules' ? (
          <RulesStep lang={lang} outcome={review.outcome} draft={review.draft} setDraft={review.setDraft} />
        ) : (
          <ResultsStep
            lang={lang}
            outcome={review.outcome}
            draft={review.draft}
            progress={review.progress}
            report={review.report}
            closed={review.closed}
            dirty={review.dirty}
            write={() => void review.write()}
            close={() => void review.close()}
            activate={activate}
          />
        )}
        {review.outcome && step !== 'results' && (
          <div className="bx-actions">
            <Button appearance="primary" onClick={() => setStep(STEPS[STEPS.indexOf(step) + 1])}>
              {L('pane.next')}
            </Button>
          </div>
        )}
      </main>
    </FluentProvider>
  );
}

/** Styles of the pane, shared by Excel and the preview (kept small: no CSS framework). */
export const PANE_CSS = `
.bx-pane{padding:8px 12px;font-size:14px;min-height:100vh;box-sizing:border-box}
.bx-header{display:flex;justify-content:space-between;align-items:center;gap:8px}
.bx-step{display:flex;flex-direction:column;gap:8px;padding:8px 0}
.bx-row{display:flex;flex-wrap:wrap;gap:8px}
.bx-table{border-collapse:collapse;width:100%}
.bx-table th,.bx-table td{border-bottom:1px solid #e0e0e0;padding:4px;text-align:left;vertical-align:top}
.bx-num{text-align:right;font-variant-numeric:tabular-nums}
.bx-list,.bx-issues,.bx-links{margin:0;padding-left:18px}
.bx-issue.bx-error{color:#a4262c}
.bx-param{display:flex;flex-direction:column;gap:2px;padding:6px 0;border-bottom:1px solid #f0f0f0}
.bx-param-label{font-weight:600}
.bx-hint{color:#616161}
.bx-actions{display:flex;gap:8px;padding:12px 0}
.bx-hit{padding:6px 0;border-bottom:1px solid #e0e0e0}
details>summary{cursor:pointer;padding:4px 0;font-weight:600}
`;
