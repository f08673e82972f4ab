import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Radio,
  RadioGroup,
  Select,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { DISCIPLINE_ORDER, RATING_ORDER } from '../domain/types';
import type { Lang } from '../i18n/catalogue';
import { paneText, paneWarning } from './text';
import type { AgencySetting } from '../domain/settings';
import { PRESETS } from '../rules/presets';
import type { ParamDef } from '../rules/types';
import { agencyOf, FILL_IN } from '../dossier/letterhead';

import type { Notify } from './notify';
import {
  dateText,
  longDateText,
  paramRows,
  paramValueText,
  parseDateText,
  parseRequired,
  percentText,
  rangeKey,
  ruleSetOf,
  targetRows,
  withDefaultParams,
  withDefaultTargets,
  withParam,
  withTarget,
  type ParamRow,
} from './model';
import { usePaneStyles } from './styles';
import { NumberInput } from './NumberInput';
import { CouncilVotes, AwardMoney } from './VotesAndMoney';
import type { ReviewState } from './useReview';
import { PlanLoader } from './PlanLoader';
import { AgencyPapers } from './AgencyPapers';
import { papersAgencyShown } from '../pipeline/documents';

/** The letterhead fields, in the order the papers print them. */
const LETTERHEAD_FIELDS: (keyof AgencySetting)[] = ['parent', 'name', 'place', 'signerTitle', 'signerName'];
/** A placeholder longer than this would be cut off at 320 px: the hint says it instead. */
const PLACEHOLDER_CHARS = 24;

/** The fields the clerk has typed (not blank): they print over the review's agency. */
function definedOf(a: Partial<Record<keyof AgencySetting, string>> | undefined): Partial<AgencySetting> {
  const out: Partial<AgencySetting> = {};
  // "……" is the papers' blank, not a value.
  for (const k of LETTERHEAD_FIELDS) if (a?.[k]?.trim() && a[k] !== FILL_IN) out[k] = a[k];
  return out;
}

export function RulesStep(props: { lang: Lang; review: ReviewState; notify: Notify }) {
  const { lang, review, notify } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const outcome = review.outcome!;
  const draft = review.draft;
  // What the papers print (the review's agency: the clerk's, else the sheets' title rows' or the
  // loaded plan's), with what the clerk has typed since over it; while the review stops, the draft's.
  const shown = useMemo(() => papersAgencyShown(outcome), [outcome]);
  const printed = agencyOf({ ...(shown ? definedOf(shown) : {}), ...definedOf(draft.agency) });
  const rs = ruleSetOf(outcome, draft);
  const rows = paramRows(rs, draft.preset === rs.id || !draft.preset ? draft.params : {}, lang);
  const groups = [...new Set(rows.map((r) => r.group))];
  const result = outcome.result;
  const date = draft.reviewDate ?? result?.reviewDate;
  return (
    <section aria-labelledby="step-rules" className={s.step}>
      <Subtitle2 as="h2" id="step-rules" tabIndex={-1} className={s.heading}>
        {L('pane.rules.title')}
      </Subtitle2>
      {result?.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.warning')}</MessageBarTitle>
            {paneWarning(w, lang)}
          </MessageBarBody>
        </MessageBar>
      ))}
      <div className={s.section}>
        <Field label={L('pane.rules.preset')} hint={L('pane.rules.preset.hint')}>
          <RadioGroup value={rs.id} onChange={(_, d) => review.change({ ...draft, preset: d.value, params: {} }, { label: L('pane.change.preset', { preset: L(`preset.${d.value}`) }) })}>
            {PRESETS.map((p) => (
              <Radio key={p.id} value={p.id} label={L(p.label)} />
            ))}
          </RadioGroup>
        </Field>
        <DateInput lang={lang} iso={date} onDate={(iso) => review.change({ ...draft, reviewDate: iso }, { label: L('pane.change.date', { date: dateText(iso) }), typing: 'reviewDate' })} />
        {/* The year under review apart from the meeting date (a January meeting reviews the year before). */}
        <NumberInput
          id="review-year"
          lang={lang}
          label={L('pane.rules.year')}
          value={String(draft.reviewYear ?? result?.year ?? '')}
          parse={(x) => (/^\s*\d{4}\s*$/.test(x) && Number(x) >= 1990 && Number(x) <= 2100 ? Number(x) : undefined)}
          range={L('pane.rules.range.year')}
          onValue={(n) => review.change({ ...draft, reviewYear: n }, { label: L('pane.change.year', { year: n }), typing: 'reviewYear' })}
        />
        <Field label={L('pane.rules.phase')}>
          <Select
            className={s.fill}
            value={result?.phase ?? outcome.settings.phase ?? 'year'}
            onChange={(_, d) => review.change({ ...draft, phase: d.value as 'mid' | 'year' }, { label: L('pane.change.phase', { phase: L(`pane.rules.phase.${d.value}`) }) })}
          >
            <option value="year">{L('pane.rules.phase.year')}</option>
            <option value="mid">{L('pane.rules.phase.mid')}</option>
          </Select>
        </Field>
      </div>

      <div className={s.section}>
        <Subtitle2 as="h3" className={s.subheading}>
          {L('pane.rules.targets')}
        </Subtitle2>
        <PlanLoader lang={lang} review={review} />
        <ul className={s.plainList}>
          {targetRows(draft).map(({ def, setting }) => {
            const label = L(def.label);
            return (
              <li key={def.id} className={s.card}>
                {def.measure === 'recorded' ? (
                  <>
                    <Text weight="semibold">{label}</Text>
                    <Checkbox
                      label={L('pane.rules.target.recorded')}
                      checked={setting.recorded ?? false}
                      onChange={(_, d) => review.change(withTarget(draft, { ...setting, recorded: d.checked === true }), { label: L('pane.change.target', { target: label }) })}
                    />
                  </>
                ) : (
                  <NumberInput
                    id={`target-${def.id}`}
                    lang={lang}
                    label={label}
                    value={def.measure === 'share' ? percentText(setting.required, lang) : String(setting.required)}
                    parse={(x) => parseRequired(x, def.measure)}
                    range={L(rangeKey(def.measure === 'share' ? 'share' : 'count'))}
                    onValue={(n) => review.change(withTarget(draft, { ...setting, required: n }), { label: L('pane.change.target', { target: label }), typing: `target-${def.id}` })}
                  />
                )}
                <Checkbox
                  label={L('pane.rules.target.enabled')}
                  aria-label={`${L('pane.rules.target.enabled')}: ${label}`}
                  checked={setting.enabled}
                  onChange={(_, d) => review.change(withTarget(draft, { ...setting, enabled: d.checked === true }), { label: L('pane.change.target', { target: label }) })}
                />
              </li>
            );
          })}
        </ul>
        <div className={s.actions}>
          <Button
            onClick={() => {
              review.change(withDefaultTargets(draft), { label: L('pane.reset.targets') });
              notify(L('pane.reset.targets.done'), { undo: true, intent: 'info' });
            }}
          >
            {L('pane.reset.targets')}
          </Button>
        </div>
      </div>

      <div className={s.section}>
        <Subtitle2 as="h3" className={s.subheading}>
          {L('pane.rules.params')}
        </Subtitle2>
        <Accordion multiple collapsible>
          {groups.map((g) => {
            const changed = rows.some((r) => r.group === g && r.changed);
            return (
              <AccordionItem key={g} value={g}>
                <AccordionHeader as="h4">{changed ? `${g} (${L('pane.rules.changed')})` : g}</AccordionHeader>
                <AccordionPanel>
                  {rows
                    .filter((r) => r.group === g)
                    .map((r) => (
                      <ParamField
                        key={r.def.id}
                        row={r}
                        lang={lang}
                        onValue={(v, typing) =>
                          review.change(withParam({ ...draft, preset: rs.id }, r.def, v), {
                            label: L('pane.change.param', { param: L(r.def.label), value: paramValueText(r.def, v, lang) }),
                            ...(typing ? { typing: r.def.id } : {}),
                          })
                        }
                      />
                    ))}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
        <div className={s.actions}>
          <Button
            disabled={!rows.some((r) => r.changed)}
            onClick={() => {
              review.change(withDefaultParams({ ...draft, preset: rs.id }, rs), { label: L('pane.reset.params') });
              notify(L('pane.reset.params.done', { preset: L(rs.label) }), { undo: true, intent: 'info' });
            }}
          >
            {L('pane.reset.params')}
          </Button>
        </div>
      </div>

      <CouncilVotes lang={lang} review={review} />
      <AwardMoney lang={lang} review={review} />

      <div className={s.section}>
        <Subtitle2 as="h3" className={s.subheading}>
          {L('pane.rules.agency')}
        </Subtitle2>
        {LETTERHEAD_FIELDS.map((k) => (
          <Field
            key={k}
            label={L(`pane.agency.${k}`)}
            hint={!draft.agency?.[k]?.trim() && printed[k] !== FILL_IN && printed[k].length > PLACEHOLDER_CHARS ? L('pane.agency.default', { value: printed[k] }) : undefined}
          >
            <Input
              className={s.fill}
              // The workbook's own value, or empty with what the papers print greyed (derived,
              // the sheets' title rows, a loaded plan's agency): never another agency's as a value.
              value={draft.agency?.[k] ?? ''}
              placeholder={printed[k] === FILL_IN || printed[k].length > PLACEHOLDER_CHARS ? undefined : printed[k]}
              data-printed={printed[k]}
              onChange={(_, d) => review.change({ ...draft, agency: { ...(draft.agency ?? {}), [k]: d.value } }, { label: L(`pane.agency.${k}`), typing: `agency-${k}` })}
            />
          </Field>
        ))}
        <AgencyPapers lang={lang} review={review} />
      </div>
    </section>
  );
}

/**
 * The review date typed the Vietnamese way, day first ("20/12/2014"), read back in words. A
 * text that is no date puts back the date confirmed before the typing began, and says so.
 */
function DateInput(props: { lang: Lang; iso: string | undefined; onDate: (iso: string) => void }) {
  const { lang } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const [text, setText] = useState<string | null>(null);
  const start = useRef<string | undefined | null>(null);
  const typed = text === null ? undefined : parseDateText(text);
  const bad = text !== null && typed === undefined;
  const shown = typed ?? props.iso;
  const kept = start.current === null ? props.iso : start.current;
  return (
    <Field
      label={L('pane.rules.date')}
      validationState={bad ? 'error' : 'none'}
      validationMessage={bad ? `${L('pane.rules.badDate')}. ${kept ? L('pane.rules.keptDate', { value: dateText(kept) }) : ''}`.trim() : undefined}
      hint={!bad && shown ? longDateText(shown, lang) : L('pane.rules.dateFormat')}
    >
      <Input
        className={s.fill}
        inputMode="numeric"
        placeholder={L('pane.rules.dateFormat')}
        value={text ?? dateText(props.iso)}
        onFocus={() => {
          if (text === null) start.current = props.iso;
        }}
        onChange={(_, d) => {
          if (start.current === null) start.current = props.iso;
          setText(d.value);
          const iso = parseDateText(d.value);
          if (iso) props.onDate(iso);
          else if (start.current && props.iso !== start.current) props.onDate(start.current);
        }}
        onBlur={() => {
          if (bad) return;
          setText(null);
          start.current = null;
        }}
      />
    </Field>
  );
}

function ParamField(props: { row: ParamRow; lang: Lang; onValue: (v: ParamDef['default'], typing?: boolean) => void }) {
  const { row, lang, onValue } = props;
  const { def, value } = row;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const id = `param-${def.id.replace(/[^\w-]/g, '_')}`;
  const label = `${L(def.label)}${row.changed ? ` (${L('pane.rules.changed')})` : ''}`;
  const hint = `${L('pane.rules.default', { value: paramValueText(def, def.default, lang) })} · ${def.citation}`;
  let control;
  if (def.type === 'boolean') {
    control = <Checkbox id={id} checked={value === true} onChange={(_, d) => onValue(d.checked === true)} label={label} />;
  } else if (def.type === 'rating' || def.type === 'discipline') {
    const options = def.type === 'rating' ? RATING_ORDER : DISCIPLINE_ORDER;
    control = (
      <Field label={label}>
        <Select id={id} className={s.fill} value={value === null ? '' : String(value)} onChange={(_, d) => onValue(d.value === '' ? null : d.value)}>
          {def.nullable && <option value="">{L('pane.rules.off')}</option>}
          {options.map((o) => (
            <option key={o} value={o}>
              {L(`${def.type}.${o}`)}
            </option>
          ))}
        </Select>
      </Field>
    );
  } else {
    const share = def.type === 'share';
    control = (
      <NumberInput
        id={id}
        lang={lang}
        label={label}
        value={value === null ? '' : share ? percentText(Number(value), lang) : String(value)}
        parse={(x) => (x.trim() === '' && def.nullable ? Number.NaN : parseRequired(x, share ? 'share' : 'count'))}
        range={L(rangeKey(share ? 'share' : 'count'))}
        onValue={(n) => onValue(Number.isNaN(n) ? null : n, true)}
      />
    );
  }
  return (
    <div className={s.card}>
      {control}
      <Text size={200} className={s.hint}>
        {hint}
      </Text>
    </div>
  );
}
