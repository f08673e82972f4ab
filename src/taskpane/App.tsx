import {
  Button,
  FluentProvider,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Tab,
  TabList,
  Text,
  Title3,
  Toast,
  ToastTitle,
  Toaster,
  ToastTrigger,
  useId,
  useToastController,
  webLightTheme,
  type Theme,
} from '@fluentui/react-components';
import { ArrowSyncRegular, ArrowUndoRegular } from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { paneText } from './text';
import { ConfirmDialog } from './ConfirmDialog';
import type { Notify } from './notify';
import { DataStep } from './DataStep';
import { fieldControlId, roleControlId, type FixPlace } from './model';
import { ResultsStep } from './ResultsStep';
import { RulesStep } from './RulesStep';
import { usePaneStyles } from './styles';
import { useReview, type PaneHost } from './useReview';

type Step = 'data' | 'rules' | 'results';
const STEPS: Step[] = ['data', 'rules', 'results'];

/** The task pane: three steps over one review of the open workbook. */
export function App(props: { host: PaneHost; lang: Lang; theme?: Theme }) {
  const { host, lang } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const review = useReview(host, lang);
  const [step, setStep] = useState<Step>('data');
  const [askReload, setAskReload] = useState(false);
  /** Where to take the clerk once the step is on screen (a way back from a stop). */
  const [focusTarget, setFocusTarget] = useState<{ id: string; focus: boolean } | null>(null);
  const panel = useRef<HTMLDivElement>(null);
  const toasterId = useId('toaster');
  const { dispatchToast, dismissAllToasts } = useToastController(toasterId);

  const undo = review.undo;
  const notify: Notify = useCallback(
    (text, options = {}) => {
      // The newest message replaces the one on screen.
      dismissAllToasts();
      dispatchToast(
        <Toast>
          <ToastTitle
            action={
              options.undo ? (
                <ToastTrigger>
                  <Link onClick={() => undo()}>{t('pane.undo', {}, lang)}</Link>
                </ToastTrigger>
              ) : undefined
            }
          >
            {text}
          </ToastTitle>
        </Toast>,
        { intent: options.intent ?? 'success', timeout: 5000 },
      );
    },
    [dispatchToast, dismissAllToasts, undo, lang],
  );

  const activate = (sheet: string, cell?: string) => {
    host.activate(sheet, cell).catch(() => undefined);
  };

  /** To another step: at its top, its heading focused, or the control `target` names (a way back). */
  const go = (next: Step, target?: string, focus = true) => {
    review.flush();
    setStep(next);
    setFocusTarget({ id: target ?? `step-${next}`, focus });
  };

  useEffect(() => {
    if (!focusTarget) return undefined;
    let tries = 0;
    let frame = 0;
    const attempt = () => {
      const el = document.getElementById(focusTarget.id);
      // The step may still be opening the part that holds it (an accordion): try again next frame.
      if (!el) {
        if (++tries < 10) frame = requestAnimationFrame(attempt);
        return;
      }
      // A heading goes to the top of the pane, a control to fix to its middle; a tab only brings its step into view.
      el.scrollIntoView({ block: !focusTarget.focus ? 'nearest' : focusTarget.id.startsWith('step-') ? 'start' : 'center' });
      if (focusTarget.focus) el.focus({ preventScroll: true });
      setFocusTarget(null);
    };
    attempt();
    return () => cancelAnimationFrame(frame);
  }, [focusTarget, step, review.outcome]);

  /** A sheet whose mapping step 1 must open: a way back points at one of its fields. */
  const [reveal, setReveal] = useState<{ sheet: string; n: number } | undefined>();
  const fix = (place: FixPlace) => {
    if (place.kind === 'cell') activate(place.sheet, place.cell);
    const rec = place.kind === 'field' ? review.outcome?.parsed.recognitions.find((r) => r.sheet === place.sheet) : undefined;
    if (rec) setReveal((r) => ({ sheet: rec.sheet, n: (r?.n ?? 0) + 1 }));
    const target = place.kind === 'role' ? roleControlId(place.role) : place.kind === 'field' && rec ? fieldControlId(rec.role, place.field) : 'data-issues';
    go('data', target);
  };

  const reload = async (keep: boolean) => {
    setAskReload(false);
    if (await review.reload(keep)) notify(L(keep ? 'pane.reload.doneKept' : 'pane.reload.done'), { intent: 'info' });
  };

  const doUndo = () => {
    const label = review.undo();
    if (label) notify(L('pane.undone', { what: label }), { intent: 'info' });
  };

  const o = review.outcome;
  return (
    <FluentProvider theme={props.theme ?? webLightTheme} lang={lang === 'vi' ? 'vi-VN' : 'en'}>
      {/* The layout lives on an element of its own: a provider's class name also goes to its portals (lists, dialogs, toasts).
          The pane is the page's main content (Excel's task pane, or the preview's pane alone). */}
      <main className={s.root}>
        {/* One message at a time: at 320 px a pile of them would hide the pane. Their timer runs
            while the clerk works in the sheet (no pause on blur), so none stays behind. At the
            top: the primary buttons ("Tiếp", "Ghi kết quả vào sổ") end each step, at the bottom
            of the window when the clerk reaches them, and a message there covered them. */}
        <Toaster toasterId={toasterId} position="top" limit={1} pauseOnHover />
        <header className={s.header}>
          <Title3 as="h1" className={s.title}>
            {L('pane.title')}
          </Title3>
          <div className={s.toolbar}>
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowUndoRegular />}
              // Focusable when there is nothing left to undo: the last undo leaves focus where it was.
              disabledFocusable={!review.lastChange}
              onClick={doUndo}
              aria-label={review.lastChange ? L('pane.undoWhat', { what: review.lastChange }) : L('pane.undo')}
              title={review.lastChange ? L('pane.undoWhat', { what: review.lastChange }) : undefined}
            >
              {L('pane.undo')}
            </Button>
            <Button size="small" appearance="subtle" icon={<ArrowSyncRegular />} onClick={() => (review.dirty ? setAskReload(true) : void reload(false))}>
              {L('pane.reload')}
            </Button>
          </div>
        </header>
        {review.edited && (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{L('pane.edited.title')}</MessageBarTitle>
              {L('pane.edited')}
            </MessageBarBody>
            <MessageBarActions>
              <Button size="small" onClick={() => (review.dirty ? setAskReload(true) : void reload(false))}>
                {L('pane.reload')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        )}
        <TabList className={s.tabs} size="small" selectedValue={step} onTabSelect={(_, d) => go(d.value as Step, `step-${d.value as Step}`, false)} aria-label={L('pane.steps')}>
          {STEPS.map((x) => (
            <Tab key={x} value={x} id={`tab-${x}`} className={s.tab} aria-controls="step-panel">
              {L(`pane.step.${x}`)}
            </Tab>
          ))}
        </TabList>
        <Text size={200} className={s.pending} aria-live="polite" as="p" block>
          {review.pending ? L('pane.pending') : ''}
        </Text>
        {review.error && (
          <MessageBar intent="error" layout="multiline" role="alert">
            <MessageBarBody>
              <MessageBarTitle>{L('pane.error')}</MessageBarTitle>
              {review.error}
            </MessageBarBody>
          </MessageBar>
        )}
        <div role="tabpanel" id="step-panel" aria-labelledby={`tab-${step}`} ref={panel}>
          {!o || !review.grids ? (
            !review.error && <Spinner label={L('pane.loading')} />
          ) : step === 'data' ? (
            <DataStep lang={lang} review={review} activate={activate} notify={notify} fix={fix} reveal={reveal} />
          ) : step === 'rules' ? (
            <RulesStep lang={lang} review={review} notify={notify} />
          ) : (
            <ResultsStep lang={lang} review={review} activate={activate} notify={notify} fix={fix} />
          )}
          {o && step !== 'results' && (
            <div className={s.actions}>
              <Button appearance="primary" onClick={() => go(STEPS[STEPS.indexOf(step) + 1])}>
                {L('pane.next', { step: L(`pane.step.${STEPS[STEPS.indexOf(step) + 1]}`) })}
              </Button>
            </div>
          )}
        </div>
        <ConfirmDialog
          open={askReload}
          lang={lang}
          title={L('pane.reload.ask.title')}
          text={L('pane.reload.ask')}
          confirm={L('pane.reload.keep')}
          other={L('pane.reload.discard')}
          onConfirm={() => void reload(true)}
          onOther={() => void reload(false)}
          onCancel={() => setAskReload(false)}
        />
      </main>
    </FluentProvider>
  );
}
