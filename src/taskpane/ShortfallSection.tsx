/**
 * "Còn thiếu gì" in step 3: for each target short of the plan, the closest candidates and
 * how many could close the gap; then how many are one condition short, by title. The same
 * report as the "Còn thiếu" sheet (rules/shortfall.ts, sheets/shortfall.ts); nothing computed here.
 */
import { Badge, Subtitle2, Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewResult } from '../domain/verdict';
import type { RuleSet } from '../rules/types';
import { isOneStep, shortfallReport } from '../rules/shortfall';
import { ruleByKey, titleName } from '../rules/titles';
import { shortfallText, targetHeadline } from '../sheets/shortfall';
import { usePaneStyles } from './styles';

/** Candidates shown per target in the pane; the sheet has them all. */
const SHOWN = 5;

export function ShortfallSection(props: { lang: Lang; result: ReviewResult; ruleSet: RuleSet }) {
  const { lang, result, ruleSet } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const s = usePaneStyles();
  const report = useMemo(() => shortfallReport(ruleSet, result), [ruleSet, result]);
  // Once per review: the write's progress renders this many times, and at 20 000 people this is a pass over thousands.
  const near = useMemo(() => {
    const m = new Map<string, number>();
    for (const x of report.shortfalls) if (isOneStep(x)) m.set(x.key, (m.get(x.key) ?? 0) + 1);
    return m;
  }, [report]);
  return (
    <>
      <Subtitle2 as="h3" className={s.subheading}>
        {L('pane.shortfall.title')}
      </Subtitle2>
      {report.targets.length === 0 && <Text as="p">{L('pane.shortfall.none')}</Text>}
      <ul className={s.plainList} data-testid="shortfall">
        {report.targets.map((tc) => (
          <li key={tc.target.id} className={s.card}>
            <Text size={200}>{targetHeadline(tc, lang)}</Text>
            <ul className={s.list}>
              {tc.candidates.slice(0, SHOWN).map((c) => (
                <li key={`${c.id}-${c.key}`}>
                  <Text size={200}>
                    <Text weight="semibold" size={200}>
                      {c.name}
                    </Text>
                    {c.unit ? ` (${c.unit})` : ''}: {shortfallText(c, lang)}
                  </Text>
                </li>
              ))}
            </ul>
            {tc.candidates.length + tc.more > SHOWN && <Text size={200}>{L('pane.shortfall.more', { n: tc.candidates.length + tc.more - SHOWN, sheet: L('sheet.shortfall.name') })}</Text>}
          </li>
        ))}
      </ul>
      {near.size > 0 && (
        <div className={s.cardLine} data-testid="shortfall-near">
          <Text size={200}>{L('pane.shortfall.near')}</Text>
          {[...near].map(([key, n]) => {
            const rule = ruleByKey(ruleSet, key);
            return (
              <Badge key={key} appearance="tint" color="warning">
                {`${rule ? titleName(rule, 'short', lang) : key}: ${n}`}
              </Badge>
            );
          })}
        </div>
      )}
    </>
  );
}
