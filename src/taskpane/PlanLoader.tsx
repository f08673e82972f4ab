import { Button, Field, MessageBar, MessageBarBody, MessageBarTitle, Text } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { DEFAULT_PLAN, parsePlan, planName } from '../rules/plan';
import { usePaneStyles } from './styles';
import type { ReviewState } from './useReview';

/**
 * The plan the targets come from, and a file field to load the agency's own (the same JSON as
 * `--plan`): read and checked by the one plan parser; saved with the workbook's settings, and
 * undone like any other change.
 */
export function PlanLoader(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const s = usePaneStyles();
  const draft = review.draft;
  const [errors, setErrors] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const plan = draft.plan ?? DEFAULT_PLAN;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  return (
    <>
      <Text as="p" block>{L(draft.plan ? 'plan.pane.loaded' : 'plan.pane.default', { plan: planName(plan, lang), agency: plan.agency?.name ?? '' })}</Text>
      <Field label={L('plan.pane.file')} hint={L('plan.pane.hint')}>
        <div className={s.row}>
          <Button size="small" onClick={() => input.current?.click()}>
            {L('plan.pane.choose')}
          </Button>
          <input
            ref={input}
            className={s.hiddenInput}
            type="file"
            aria-label={L('plan.pane.file')}
            accept=".json,application/json"
            onChange={async (e) => {
              const file = e.target.files?.[0];
              if (!file) return;
              const read = parsePlan((await file.text()).replace(/^\uFEFF/, ''), lang);
              setErrors(read.errors);
              if (read.plan) review.change({ ...draft, plan: read.plan, targets: undefined }, { label: L('plan.pane.changed', { plan: planName(read.plan, lang) }) });
              e.target.value = '';
            }}
          />
        </div>
      </Field>
      {errors.map((m, i) => (
        <MessageBar key={i} intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.error')}</MessageBarTitle>
            {m}
          </MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
