import { Text } from '@fluentui/react-components';
import type { Lang } from '../i18n/catalogue';
import { paneText } from './text';
import { parsePlan, planName } from '../rules/plan';
import { JsonFileField } from './JsonFileField';
import type { ReviewState } from './useReview';

/**
 * The plan the targets come from, and a file field to load the agency's own (the same JSON as
 * the command line's plan file): read and checked by the one plan parser; saved with the
 * workbook's settings, and undone like any other change.
 */
export function PlanLoader(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const draft = review.draft;
  const plan = draft.plan;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  return (
    <>
      {/* The plan the review uses: the workbook's or the one loaded; none is none (no sample plan stands in). */}
      <Text as="p" block data-testid="plan-line">
        {plan ? L('plan.pane.loaded', { plan: planName(plan, lang), agency: plan.agency?.name ?? '' }) : L('plan.pane.none')}
      </Text>
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
