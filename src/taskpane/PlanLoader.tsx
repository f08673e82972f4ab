import { Field, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { StoredSettings } from '../domain/settings';
import { t, type Lang } from '../i18n/catalogue';
import { DEFAULT_PLAN, parsePlan, planName } from '../rules/plan';

/**
 * The plan the targets come from, and a file field to load the agency's own (the same JSON as
 * `--plan`): read and checked by the one plan parser; saved with the workbook's settings.
 */
export function PlanLoader(props: { lang: Lang; draft: StoredSettings; setDraft: (s: StoredSettings) => void }) {
  const { lang, draft, setDraft } = props;
  const [errors, setErrors] = useState<string[]>([]);
  const plan = draft.plan ?? DEFAULT_PLAN;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  return (
    <>
      <Text as="p">{L(draft.plan ? 'plan.pane.loaded' : 'plan.pane.default', { plan: planName(plan, lang), agency: plan.agency?.name ?? '' })}</Text>
      <Field label={L('plan.pane.file')} hint={L('plan.pane.hint')}>
        <input
          type="file"
          aria-label={L('plan.pane.file')}
          accept=".json,application/json"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            const read = parsePlan((await file.text()).replace(/^\uFEFF/, ''), lang);
            setErrors(read.errors);
            if (read.plan) setDraft({ ...draft, plan: read.plan, targets: undefined });
          }}
        />
      </Field>
      {errors.map((m, i) => (
        <MessageBar key={i} intent="error">
          <MessageBarBody>{m}</MessageBarBody>
        </MessageBar>
      ))}
    </>
  );
}
