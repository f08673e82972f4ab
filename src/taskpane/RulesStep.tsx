import { Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { DISCIPLINE_ORDER, RATING_ORDER } from '../domain/types';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import type { AgencySetting, StoredSettings } from '../domain/settings';
import { PRESETS } from '../rules/presets';
import type { ParamDef } from '../rules/types';
import { DEFAULT_AGENCY } from '../sheets/documents/official-form';
import { warningText } from '../sheets/layout';
import { PlanLoader } from './PlanLoader';
import { paramRows, paramValueText, parseRequired, ruleSetOf, targetRows, withParam, withTarget, type ParamRow } from './model';

export function RulesStep(props: { lang: Lang; outcome: ReviewOutcome; draft: StoredSettings; setDraft: (s: StoredSettings) => void }) {
  const { lang, outcome, draft, setDraft } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const rs = ruleSetOf(outcome, draft);
  const rows = paramRows(rs, draft.preset === rs.id || !draft.preset ? draft.params : {}, lang);
  const groups = [...new Set(rows.map((r) => r.group))];
  const result = outcome.result;
  return (
    <section aria-labelledby="step-rules" className="bx-step">
      <Subtitle2 as="h2" id="step-rules">
        {L('pane.step.rules')}
      </Subtitle2>
      {result?.warnings.map((w, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{warningText(w, lang)}</MessageBarBody>
        </MessageBar>
      ))}
      <div className="bx-row">
        <Field label={L('pane.rules.preset')}>
          <Select value={rs.id} onChange={(_, d) => setDraft({ ...draft, preset: d.value, params: {} })}>
            {PRESETS.map((p) => (
              <option key={p.id} value={p.id}>
                {p.id} – {L(p.label)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={L('pane.rules.date')}>
          <Input type="date" value={result?.reviewDate ?? draft.reviewDate ?? ''} onChange={(_, d) => d.value && setDraft({ ...draft, reviewDate: d.value })} />
        </Field>
        <Field label={L('pane.rules.phase')}>
          <Select value={outcome.result?.phase ?? outcome.settings.phase ?? 'year'} onChange={(_, d) => setDraft({ ...draft, phase: d.value as 'mid' | 'year' })}>
            <option value="year">{L('pane.rules.phase.year')}</option>
            <option value="mid">{L('pane.rules.phase.mid')}</option>
          </Select>
        </Field>
      </div>

      <Subtitle2 as="h3">{L('pane.rules.targets')}</Subtitle2>
      <PlanLoader lang={lang} draft={draft} setDraft={setDraft} />
      <table className="bx-table">
        <thead>
          <tr>
            <th scope="col">{L('col.target')}</th>
            <th scope="col">{L('pane.rules.target.required')}</th>
            <th scope="col">{L('pane.rules.target.enabled')}</th>
          </tr>
        </thead>
        <tbody>
          {targetRows(draft).map(({ def, setting }) => (
            <tr key={def.id}>
              <td>
                <label htmlFor={`target-${def.id}`}>{L(def.label)}</label>
              </td>
              <td>
                {def.measure === 'recorded' ? (
                  <Checkbox
                    id={`target-${def.id}`}
                    label={L('pane.rules.target.recorded')}
                    checked={setting.recorded ?? false}
                    onChange={(_, d) => setDraft(withTarget(draft, { ...setting, recorded: d.checked === true }))}
                  />
                ) : (
                  <NumberInput
                    id={`target-${def.id}`}
                    lang={lang}
                    value={def.measure === 'share' ? `${Math.round(setting.required * 1000) / 10} %` : String(setting.required)}
                    parse={(s) => parseRequired(s, def.measure)}
                    onValue={(n) => setDraft(withTarget(draft, { ...setting, required: n }))}
                  />
                )}
              </td>
              <td>
                <Checkbox aria-label={`${L('pane.rules.target.enabled')}: ${L(def.label)}`} checked={setting.enabled} onChange={(_, d) => setDraft(withTarget(draft, { ...setting, enabled: d.checked === true }))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <Subtitle2 as="h3">{L('pane.rules.params')}</Subtitle2>
      {groups.map((g) => (
        <details key={g} className="bx-params">
          <summary>
            {g}
            {rows.some((r) => r.group === g && r.changed) ? ` (${L('pane.rules.changed')})` : ''}
          </summary>
          {rows
            .filter((r) => r.group === g)
            .map((r) => (
              <ParamField key={r.def.id} row={r} lang={lang} onValue={(v) => setDraft(withParam({ ...draft, preset: rs.id }, r.def, v))} />
            ))}
        </details>
      ))}

      <Subtitle2 as="h3">{L('pane.rules.agency')}</Subtitle2>
      {(Object.keys(DEFAULT_AGENCY) as (keyof AgencySetting)[]).map((k) => (
        <Field key={k} label={L(`pane.agency.${k}`)}>
          <Input value={draft.agency?.[k] ?? DEFAULT_AGENCY[k]} onChange={(_, d) => setDraft({ ...draft, agency: { ...(draft.agency ?? {}), [k]: d.value } })} />
        </Field>
      ))}
    </section>
  );
}

/** A text field that accepts a value only when it parses; says so otherwise. */
function NumberInput(props: { id: string; lang: Lang; value: string; parse: (s: string) => number | undefined; onValue: (n: number) => void; label?: string }) {
  const [text, setText] = useState<string | null>(null);
  const bad = text !== null && props.parse(text) === undefined;
  return (
    <Field validationMessage={bad ? t('pane.rules.badNumber', {}, props.lang) : undefined} validationState={bad ? 'error' : 'none'} label={props.label}>
      <Input
        id={props.id}
        size="small"
        value={text ?? props.value}
        onChange={(_, d) => {
          setText(d.value);
          const n = props.parse(d.value);
          if (n !== undefined) props.onValue(n);
        }}
        onBlur={() => !bad && setText(null)}
      />
    </Field>
  );
}

function ParamField(props: { row: ParamRow; lang: Lang; onValue: (v: ParamDef['default']) => void }) {
  const { row, lang, onValue } = props;
  const { def, value } = row;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const id = `param-${def.id.replace(/[^\w-]/g, '_')}`;
  const label = L(def.label);
  const hint = `${L('pane.rules.default', { value: paramValueText(def, def.default, lang) })} · ${def.citation}`;
  let control;
  if (def.type === 'boolean') {
    control = <Checkbox id={id} checked={value === true} onChange={(_, d) => onValue(d.checked === true)} label={label} />;
  } else if (def.type === 'rating' || def.type === 'discipline') {
    const options = def.type === 'rating' ? RATING_ORDER : DISCIPLINE_ORDER;
    control = (
      <Select id={id} size="small" value={value === null ? '' : String(value)} onChange={(_, d) => onValue(d.value === '' ? null : d.value)}>
        {def.nullable && <option value="">{L('pane.rules.off')}</option>}
        {options.map((o) => (
          <option key={o} value={o}>
            {L(`${def.type}.${o}`)}
          </option>
        ))}
      </Select>
    );
  } else {
    const share = def.type === 'share';
    control = (
      <NumberInput
        id={id}
        lang={lang}
        value={value === null ? '' : share ? `${Math.round(Number(value) * 1000) / 10} %` : String(value)}
        parse={(s) => (s.trim() === '' && def.nullable ? Number.NaN : parseRequired(s, share ? 'share' : 'count'))}
        onValue={(n) => onValue(Number.isNaN(n) ? null : n)}
      />
    );
  }
  return (
    <div className="bx-param">
      {def.type !== 'boolean' && (
        <label htmlFor={id} className="bx-param-label">
          {label}
          {row.changed ? ` (${L('pane.rules.changed')})` : ''}
        </label>
      )}
      {control}
      <Text size={200} className="bx-hint">
        {hint}
      </Text>
    </div>
  );
}
