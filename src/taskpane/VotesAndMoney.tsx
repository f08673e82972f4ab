/**
 * Step 2's council vote and award money, the pane's face of what the command line sets with
 * its options and the workbook keeps in its settings (`staffVotes`, `money`): the council's
 * size when the staff list's vote column is its ballot, the mức lương cơ sở when the tool has
 * none for the date (or the agency's figure), and the fund the agency has. Each field applies
 * a value only when it reads (out of range, it says so and the review keeps the value before);
 * blank takes the setting away.
 */
import { MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { Lang } from '../i18n/catalogue';
import { awardMoney, baseWageOn } from '../rules/money';
import { describeIssue } from '../sheets/issue-text';
import { dongFigures, parseDong } from '../text/number-words';
import { shortDate } from '../text/format';
import { parseCouncil, voteColumn, withMoney, withStaffVotes } from './model';
import { NumberInput } from './NumberInput';
import { usePaneStyles } from './styles';
import { paneText } from './text';
import type { ReviewState } from './useReview';

/** Impossible shares listed under the field before "and N more". */
const SHOWN = 3;

/**
 * The council's size for the staff list's vote column: shown where a list has such a column or
 * the workbook already takes it as the ballot. Blank: the votes are the tally form's only.
 */
export function CouncilVotes(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const { draft, outcome } = review;
  const column = voteColumn(outcome);
  if (!column && !draft.staffVotes) return null;
  const council = draft.staffVotes?.council;
  const impossible = (outcome?.issues ?? []).filter((i) => i.code === 'staff-votes-impossible');
  return (
    <div className={s.section} data-testid="council-votes">
      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.votes.title')}
      </Subtitle2>
      <NumberInput
        id="staff-votes"
        lang={lang}
        label={L('pane.votes.council', { column: column ?? '' })}
        value={council === undefined ? '' : String(council)}
        parse={parseCouncil}
        range={L('pane.votes.range')}
        hint={council === undefined ? L('pane.votes.blank') : L('pane.votes.set', { n: council })}
        onValue={(n) =>
          review.change(withStaffVotes(draft, Number.isNaN(n) ? undefined : n), {
            label: Number.isNaN(n) ? L('pane.change.votes.off') : L('pane.change.votes', { n }),
            typing: 'staff-votes',
          })
        }
      />
      {impossible.length > 0 && (
        <MessageBar intent="error" layout="multiline" data-testid="votes-impossible">
          <MessageBarBody>
            {L('pane.votes.impossible', { n: impossible.length })}
            <ul className={s.plainList}>
              {impossible.slice(0, SHOWN).map((i, k) => (
                <li key={k}>{describeIssue(i, lang)}</li>
              ))}
            </ul>
            {impossible.length > SHOWN && L('pane.votes.more', { n: impossible.length - SHOWN })}
          </MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}

/** The mức lương cơ sở and the fund, in đồng as a clerk types them ("2.340.000"). */
export function AwardMoney(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const { draft, outcome } = review;
  const result = outcome?.result;
  const date = result?.reviewDate ?? draft.reviewDate;
  const level = date ? baseWageOn(date) : undefined;
  const wage = draft.money?.baseWage;
  const fund = draft.money?.fund;
  // What the agency's fund pays by this review, to set the fund against (none while the money cannot be worked out).
  // Once per result, not on each render (a keystroke in a field renders the pane; at 20 000 people this is tens of ms).
  const ruleSet = outcome?.papers?.ruleSet;
  const money = useMemo(() => (result && ruleSet && result.phase === 'year' ? awardMoney(result, ruleSet, result.reviewDate) : undefined), [result, ruleSet]);
  const paid = money && !('problem' in money) ? money.totals.agency : undefined;
  const parse = (x: string) => (x.trim() === '' ? Number.NaN : parseDong(x));
  const wageHint =
    wage !== undefined
      ? L('pane.money.wage.set')
      : level?.amount
        ? L('pane.money.wage.law', { amount: dongFigures(level.amount), by: level.by, from: shortDate(level.from) })
        : L('pane.money.wage.none', { date: date ? shortDate(date) : '……' });
  return (
    <div className={s.section} data-testid="award-money">
      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.money.title')}
      </Subtitle2>
      <NumberInput
        id="money-base-wage"
        lang={lang}
        label={L('pane.money.wage')}
        value={wage === undefined ? '' : dongFigures(wage)}
        parse={parse}
        range={L('pane.money.range')}
        hint={wageHint}
        onValue={(n) =>
          review.change(withMoney(draft, 'baseWage', Number.isNaN(n) ? undefined : n), {
            label: L('pane.change.money', { field: L('pane.money.wage'), value: Number.isNaN(n) ? L('pane.rules.off') : dongFigures(n) }),
            typing: 'money-baseWage',
          })
        }
      />
      <NumberInput
        id="money-fund"
        lang={lang}
        label={L('pane.money.fund')}
        value={fund === undefined ? '' : dongFigures(fund)}
        parse={parse}
        range={L('pane.money.range')}
        hint={paid !== undefined ? L('pane.money.fund.paid', { paid: dongFigures(paid) }) : L('pane.money.fund.blank')}
        onValue={(n) =>
          review.change(withMoney(draft, 'fund', Number.isNaN(n) ? undefined : n), {
            label: L('pane.change.money', { field: L('pane.money.fund'), value: Number.isNaN(n) ? L('pane.rules.off') : dongFigures(n) }),
            typing: 'money-fund',
          })
        }
      />
      {result?.phase === 'mid' && (
        <Text size={200} className={s.hint}>
          {L('pane.money.mid')}
        </Text>
      )}
    </div>
  );
}
