import { Text } from '@fluentui/react-components';
import type { Lang } from '../i18n/catalogue';
import { paneText } from './text';
import { DEFAULT_PLAN, parsePlan, planName } from '../rules/plan';
import { JsonFileField } from './JsonFileField';
import type { ReviewState } from './useReview';

/**
 * The plan the targets come from, and a file field to load the agency's own (the same JSON as
 * `--plan`): read and checked by the one plan parser; saved with the workbook's settings, and
 * undone like any other change.
 */
export function PlanLoader(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const draft = review.draft;
  const plan = draft.plan ?? DEFAULT_PLAN;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  return (
    <>
      <Text as="p" block>{L(draft.plan ? 'plan.pane.loaded' : 'plan.pane.default', { plan: planName(plan, lang), agency: plan.agency?.name ?? '' })}</Text>
      <JsonFileField
        lang={lang}
        label={L('plan.pane.file')}
        hint={L('plan.pane.hint')}
        choose={L('plan.pane.choose')}
        read={(text) => {
          const read = parsePlan(text, lang);
          if (read.plan) review.change({ ...draft, plan: read.plan, targets: undefined }, { label: L('plan.pane.changed', { plan: planName(read.plan, lang) }) });
          return read.errors;
        }}
      />
    </>
  );
}
