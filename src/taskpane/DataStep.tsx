import { Link, MessageBar, MessageBarBody, Select, Subtitle2, Text } from '@fluentui/react-components';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import type { StoredSettings } from '../domain/settings';
import type { SheetGrid } from '../sheets/grid';
import { describeIssue } from '../sheets/issue-text';
import { columnChoices, columnOf, fieldLabel, fieldsFor, withColumn } from './model';

const MAX_ISSUES = 50;

export function DataStep(props: {
  lang: Lang;
  grids: SheetGrid[];
  outcome: ReviewOutcome;
  draft: StoredSettings;
  setDraft: (s: StoredSettings) => void;
  activate: (sheet: string, cell?: string) => void;
}) {
  const { lang, grids, outcome, draft, setDraft, activate } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const recs = outcome.parsed.recognitions;
  const issues = outcome.issues;
  const errors = issues.filter((i) => i.severity === 'error');
  return (
    <section aria-labelledby="step-data" className="bx-step">
      <Subtitle2 as="h2" id="step-data">
        {L('pane.data.sheets')}
      </Subtitle2>
      {!recs.some((r) => r.role === 'staff') && (
        <MessageBar intent="error">
          <MessageBarBody>{L('pane.data.noSheet')}</MessageBarBody>
        </MessageBar>
      )}
      {errors.length > 0 && (
        <MessageBar intent="error">
          <MessageBarBody>{L('pane.data.stopped')}</MessageBarBody>
        </MessageBar>
      )}
      <ul className="bx-list">
        {recs.map((r) => (
          <li key={`${r.role}-${r.sheet}`}>
            <Text>{L('pane.data.sheetLine', { role: L(`pane.data.role.${r.role}`), sheet: r.sheet, row: r.headerBottom + 1 })}</Text>
          </li>
        ))}
      </ul>
      {outcome.result && <Text as="p">{L('pane.data.counts', { people: outcome.parsed.persons.length, units: outcome.parsed.units.length })}</Text>}

      {recs.map((rec) => {
        const grid = grids.find((g) => g.name === rec.sheet);
        if (!grid) return null;
        const choices = columnChoices(grid, rec);
        return (
          <details key={rec.sheet} open={rec.role === 'staff'} className="bx-mapping">
            <summary>
              {L('pane.data.mapping')} – {rec.sheet}
            </summary>
            <table className="bx-table">
              <thead>
                <tr>
                  <th scope="col">{L('pane.data.field')}</th>
                  <th scope="col">{L('pane.data.column')}</th>
                </tr>
              </thead>
              <tbody>
                {fieldsFor(rec).map((field) => {
                  const id = `map-${rec.role}-${field.replace(/[^\w-]/g, '_')}`;
                  return (
                    <tr key={field}>
                      <td>
                        <label htmlFor={id}>{fieldLabel(field, lang)}</label>
                      </td>
                      <td>
                        <Select id={id} size="small" value={columnOf(rec, field)} onChange={(_, d) => setDraft(withColumn(draft, rec, field, d.value))}>
                          <option value="">{L('pane.data.noColumn')}</option>
                          {choices.map((c) => (
                            <option key={c.letter} value={c.letter}>
                              {c.label}
                            </option>
                          ))}
                        </Select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </details>
        );
      })}

      <Subtitle2 as="h2">{L('pane.data.issues', { n: issues.length })}</Subtitle2>
      {issues.length === 0 ? (
        <Text as="p">{L('pane.data.noIssues')}</Text>
      ) : (
        <ul className="bx-issues" aria-label={L('pane.data.issues', { n: issues.length })}>
          {issues.slice(0, MAX_ISSUES).map((iss, i) => (
            <li key={i} className={`bx-issue bx-${iss.severity}`}>
              {iss.sheet && iss.cell ? (
                <Link as="button" onClick={() => activate(iss.sheet!, iss.cell)} aria-label={`${L('pane.data.goto', { cell: iss.cell, sheet: iss.sheet })}: ${describeIssue(iss, lang)}`}>
                  {describeIssue(iss, lang)}
                </Link>
              ) : (
                <Text>{describeIssue(iss, lang)}</Text>
              )}
            </li>
          ))}
          {issues.length > MAX_ISSUES && <li>{L('pane.data.more', { n: issues.length - MAX_ISSUES })}</li>}
        </ul>
      )}
    </section>
  );
}
