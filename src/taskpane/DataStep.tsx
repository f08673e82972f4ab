import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Dropdown,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  Subtitle2,
  Text,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import type { DataIssue } from '../domain/types';
import type { Lang } from '../i18n/catalogue';
import { paneText } from './text';
import { columnLetter } from '../sheets/grid';
import type { ColumnMapping, SheetRecognition } from '../sheets/fields';
import { describeIssue } from '../sheets/issue-text';
import type { Notify } from './notify';
import { ConfirmDialog } from './ConfirmDialog';
import { ConfirmedSelect } from './ConfirmedSelect';
import {
  autoColumns,
  autoRecognition,
  columnChoices,
  columnOf,
  displacedFields,
  fieldControlId,
  fieldLabel,
  fieldsFor,
  fixPlace,
  issuesInOrder,
  reviewYear,
  roleControlId,
  withColumn,
  withHeaderRow,
  withoutMapping,
  withSheetInRole,
  withSheetRole,
  SINGLE_ROLES,
  type ColumnChoice,
  type FixPlace,
  type PickRole,
} from './model';
import { usePaneStyles } from './styles';
import type { ReviewState } from './useReview';
import { ReadingTable } from './ReadingTable';
import { ValueMeanings } from './ValueMeanings';

const ROLES: PickRole[] = ['staff', 'units', 'history', 'initiatives'];
const NONE = '\u0000none';
/** Issues shown at first in each group; the rest one click away. */
const FIRST_ISSUES = 20;

export function DataStep(props: {
  lang: Lang;
  review: ReviewState;
  activate: (sheet: string, cell?: string) => void;
  notify: Notify;
  /** Takes the clerk to the place to fix an issue (a sheet to pick, a field's column). */
  fix: (place: FixPlace) => void;
  /** A sheet whose mapping must be open (a way back points into it). */
  reveal?: { sheet: string; n: number };
}) {
  const { lang, review, activate, notify } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const outcome = review.outcome!;
  const grids = review.grids!;
  const draft = review.draft;
  const recs = outcome.parsed.recognitions;
  const year = reviewYear(outcome, draft, grids);
  // Worked out beside the review where it runs in a worker (a pass over each whole sheet: not on the pane's thread).
  const found = outcome.choices?.year === year ? outcome.choices : undefined;
  // What recognition finds in each sheet on its own: the clerk's choices are told against it.
  const autos = useMemo(() => new Map(found ? Object.entries(found.roles) : grids.map((g) => [g.name, autoRecognition(g, year)?.role])), [found, grids, year]);
  // Each sheet's columns as recognised in its role: once per review, not on every render (recognition reads the whole sheet).
  const autoCols = useMemo(
    () =>
      found
        ? new Map(Object.entries(found.columns))
        : new Map(
            recs.map((rec) => {
              const g = grids.find((x) => x.name === rec.sheet);
              return [rec.sheet, g ? autoColumns(g, rec, draft, year) : []];
            }),
          ),
    [found, recs, grids, year, draft.mapping], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const staff = recs.find((r) => r.role === 'staff');
  const [open, setOpen] = useState<string[]>(staff ? [staff.sheet] : []);
  /** Sheets whose every field is listed (at first: those with a column, and the key ones). */
  const [showAll, setShowAll] = useState<string[]>([]);
  const reveal = props.reveal;
  useEffect(() => {
    // Only a new request opens a sheet; the clerk's own closing stays.
    if (reveal) setOpen((o) => (o.includes(reveal.sheet) ? o : [...o, reveal.sheet]));
  }, [reveal]);

  const toggleRole = (role: PickRole, sheet: string, on: boolean) => {
    const roleName = L(`pane.data.role.${role}`);
    review.change(
      withSheetInRole(draft, role, sheet, on, (n) => autos.get(n)),
      {
        label: on ? L('pane.change.role', { role: roleName, sheet }) : L('pane.change.notRole', { role: roleName, sheet }),
      },
    );
    if (on) setOpen((o) => (o.includes(sheet) ? o : [...o, sheet]));
  };
  const pickRole = (role: PickRole, sheet: string) => {
    const next = withSheetRole(draft, role, sheet, recs, (n) => autos.get(n));
    const roleName = L(`pane.data.role.${role}`);
    review.change(next, { label: sheet ? L('pane.change.role', { role: roleName, sheet }) : L('pane.change.noRole', { role: roleName }) });
    if (sheet) setOpen((o) => (o.includes(sheet) ? o : [...o, sheet]));
  };

  /** A column the clerk picked that another field reads: waits for her answer. */
  const [ask, setAsk] = useState<{ rec: SheetRecognition; auto: ColumnMapping[]; field: string; letter: string; other: string; from: string } | null>(null);
  /** A column moved to with the keys on a closed list, not yet confirmed. */
  const [pendingField, setPendingField] = useState<{ key: string; letter: string } | null>(null);
  const setColumn = (rec: SheetRecognition, auto: ColumnMapping[], field: string, letter: string) => {
    const col = letter || L('pane.data.noColumn');
    review.change(withColumn(draft, rec, auto, field, letter), { label: L('pane.change.column', { field: fieldLabel(field, lang), col }) });
  };

  const groups = issuesInOrder(outcome.issues);
  return (
    <section aria-labelledby="step-data" className={s.step}>
      <Subtitle2 as="h2" id="step-data" tabIndex={-1} className={s.heading}>
        {L('pane.data.title')}
      </Subtitle2>

      <div id="data-issues" tabIndex={-1} className={s.section}>
        {(['error', 'warning', 'info'] as const).map((sev) =>
          groups[sev].length ? <IssueGroup key={sev} severity={sev} issues={groups[sev]} lang={lang} activate={activate} fix={props.fix} /> : null,
        )}
        {outcome.issues.length === 0 && (
          <Text as="p" block>
            {L('pane.data.noIssues')}
          </Text>
        )}
      </div>

      <ReadingTable outcome={outcome} lang={lang} />

      <div className={s.section}>
        <Subtitle2 as="h3" className={s.subheading}>
          {L('pane.data.sheets')}
        </Subtitle2>
        {ROLES.map((role) => {
          const label = L(`pane.data.role.${role}`);
          const single = SINGLE_ROLES.includes(role);
          const playing = recs.filter((r) => r.role === role);
          const missing = role === 'staff' && !playing.length;
          const none = L('pane.data.noSheetChosen');
          return (
            <Field
              key={role}
              label={label}
              validationState={missing ? 'error' : 'none'}
              validationMessage={missing ? L('pane.data.noSheet') : undefined}
              hint={
                playing.length === 1
                  ? L('pane.data.headerAt', { row: playing[0].headerBottom + 1 })
                  : playing.length > 1
                    ? L('pane.data.sheetsRead', { n: playing.length })
                    : role === 'staff'
                      ? undefined
                      : L('pane.data.noneFound')
              }
            >
              <Dropdown
                id={roleControlId(role)}
                className={s.fill}
                multiselect={!single}
                value={playing.length ? playing.map((r) => r.sheet).join(', ') : none}
                selectedOptions={single ? [playing[0]?.sheet ?? NONE] : playing.map((r) => r.sheet)}
                onOptionSelect={(_, d) => {
                  if (d.optionValue === undefined) return;
                  if (single) pickRole(role, d.optionValue === NONE ? '' : d.optionValue);
                  else toggleRole(role, d.optionValue, d.selectedOptions.includes(d.optionValue));
                }}
                positioning={{ autoSize: 'width' }}
              >
                {single && <Option value={NONE}>{none}</Option>}
                {grids.map((g) => (
                  <Option key={g.name} value={g.name} text={g.name}>
                    {g.visibility === 'visible' ? g.name : L('pane.data.hiddenSheet', { sheet: g.name })}
                  </Option>
                ))}
              </Dropdown>
            </Field>
          );
        })}
        {outcome.result && (
          <Text as="p" block>
            {L('pane.data.counts', { people: outcome.parsed.persons.length, units: outcome.parsed.units.length })}
          </Text>
        )}
        <Text size={200} className={s.hint} as="p" block>
          {L('pane.data.reloadHint')}
        </Text>
      </div>

      <div className={s.section}>
        <Subtitle2 as="h3" className={s.subheading}>
          {L('pane.data.mapping')}
        </Subtitle2>
        <Accordion multiple collapsible openItems={open} onToggle={(_, d) => setOpen(d.openItems as string[])}>
          {recs.map((rec) => {
            const grid = grids.find((g) => g.name === rec.sheet);
            if (!grid) return null;
            const auto = autoCols.get(rec.sheet) ?? [];
            const choices = columnChoices(grid, rec);
            const displaced = new Map(displacedFields(rec, auto).map((d) => [d.field, d]));
            const autoLetter = new Map(auto.map((c) => [c.field, columnLetter(c.col)]));
            const headerRow = rec.headerBottom + 1;
            return (
              <AccordionItem key={rec.sheet} value={rec.sheet}>
                <AccordionHeader as="h4">{L('pane.data.mappingOf', { role: L(`pane.data.role.${rec.role}`), sheet: rec.sheet })}</AccordionHeader>
                <AccordionPanel className={s.accordionPanel}>
                  <Field label={L('pane.data.headerRow')} hint={L('pane.data.headerRow.hint')}>
                    <Input
                      type="number"
                      min={1}
                      value={String(headerRow)}
                      onChange={(_, d) => {
                        const n = Number(d.value);
                        if (Number.isInteger(n) && n >= 1 && n <= grid.top + grid.values.length)
                          review.change(withHeaderRow(draft, rec, n), { label: L('pane.change.headerRow', { sheet: rec.sheet, row: n }), typing: `header-${rec.sheet}` });
                      }}
                    />
                  </Field>
                  {fieldsFor(rec, auto, draft)
                    .filter((field) => showAll.includes(rec.sheet) || shownAtFirst(rec, field, auto, displaced))
                    .map((field) => {
                      const name = fieldLabel(field, lang);
                      const now = columnOf(rec, field);
                      const lost = displaced.get(field);
                      const was = autoLetter.get(field);
                      return (
                        <Field
                          key={field}
                          label={name}
                          validationState={lost ? 'warning' : 'none'}
                          validationMessage={
                            lost ? (lost.by ? L('pane.data.displaced', { col: lost.letter, by: fieldLabel(lost.by, lang) }) : L('pane.data.removed', { col: lost.letter })) : undefined
                          }
                          hint={
                            pendingField?.key === `${rec.sheet}|${field}`
                              ? L('pane.data.pendingColumn', { col: pendingField.letter || L('pane.data.noColumn') })
                              : !lost && was && was !== now
                                ? L('pane.data.autoWas', { col: was })
                                : undefined
                          }
                        >
                          <ConfirmedSelect
                            id={fieldControlId(rec.role, field)}
                            className={s.fill}
                            value={now}
                            title={choices.find((c) => c.letter === now)?.label}
                            onPending={(v) => setPendingField(v === null ? null : { key: `${rec.sheet}|${field}`, letter: v })}
                            onPick={(letter) => {
                              const holder = letter ? rec.columns.find((c) => c.field !== field && columnLetter(c.col) === letter) : undefined;
                              // A column another field reads is a question: which of the two keeps it.
                              if (holder) setAsk({ rec, auto, field, letter, other: holder.field, from: fieldControlId(rec.role, field) });
                              else setColumn(rec, auto, field, letter);
                            }}
                          >
                            <option value="">{L('pane.data.noColumn')}</option>
                            {groupChoices(choices).map((g) =>
                              g.group ? (
                                <optgroup key={g.choices[0].letter} label={g.group}>
                                  {g.choices.map((c) => (
                                    <option key={c.letter} value={c.letter}>
                                      {c.short}
                                    </option>
                                  ))}
                                </optgroup>
                              ) : (
                                g.choices.map((c) => (
                                  <option key={c.letter} value={c.letter}>
                                    {c.short}
                                  </option>
                                ))
                              ),
                            )}
                          </ConfirmedSelect>
                        </Field>
                      );
                    })}
                  <ValueMeanings rec={rec} unknown={outcome.parsed.reading?.unknownValues ?? []} draft={draft} change={review.change} lang={lang} />
                  {!showAll.includes(rec.sheet) && fieldsFor(rec, auto, draft).some((f) => !shownAtFirst(rec, f, auto, displaced)) && (
                    <Button appearance="secondary" onClick={() => setShowAll([...showAll, rec.sheet])}>
                      {L('pane.data.moreFields', { n: fieldsFor(rec, auto, draft).filter((f) => !shownAtFirst(rec, f, auto, displaced)).length })}
                    </Button>
                  )}
                </AccordionPanel>
              </AccordionItem>
            );
          })}
        </Accordion>
        <div className={s.actions}>
          <Button
            disabled={!draft.mapping || Object.keys(draft.mapping).length === 0}
            onClick={() => {
              review.change(withoutMapping(draft), { label: L('pane.reset.mapping') });
              notify(L('pane.reset.mapping.done'), { undo: true, intent: 'info' });
            }}
          >
            {L('pane.reset.mapping')}
          </Button>
        </div>
      </div>
      <ConfirmDialog
        open={ask !== null}
        lang={lang}
        returnFocus={ask?.from}
        title={ask ? L('pane.take.title', { col: ask.letter, other: fieldLabel(ask.other, lang) }) : ''}
        text={ask ? L('pane.take.ask', { col: ask.letter, field: fieldLabel(ask.field, lang), other: fieldLabel(ask.other, lang) }) : ''}
        confirm={ask ? L('pane.take.move', { col: ask.letter, field: fieldLabel(ask.field, lang) }) : ''}
        cancel={ask ? L('pane.take.keep', { other: fieldLabel(ask.other, lang) }) : undefined}
        onConfirm={() => {
          const a = ask;
          setAsk(null);
          if (!a) return;
          setColumn(a.rec, a.auto, a.field, a.letter);
          notify(L('pane.change.taken', { field: fieldLabel(a.field, lang), col: a.letter, other: fieldLabel(a.other, lang) }), { undo: true, intent: 'info' });
        }}
        onCancel={() => setAsk(null)}
      />
    </section>
  );
}

/** The fields a role cannot do without: always listed, with or without a column. */
const KEY_FIELDS: Record<PickRole, readonly string[]> = {
  staff: ['name', 'unit', 'rating'],
  units: ['unitName', 'unitRating'],
  history: ['name', 'year', 'title'],
  initiatives: ['author', 'initiativeTitle', 'year'],
};

/** Listed at first: a field with a column, one that lost it, a key field. The rest are one click away. */
function shownAtFirst(rec: SheetRecognition, field: string, auto: readonly ColumnMapping[], displaced: Map<string, unknown>): boolean {
  return rec.columns.some((c) => c.field === field) || auto.some((c) => c.field === field) || displaced.has(field) || KEY_FIELDS[rec.role].includes(field);
}

/** Neighbouring columns under one merged header ("Kết quả năm 2014") as one group of the list. */
function groupChoices(choices: ColumnChoice[]): { group?: string; choices: ColumnChoice[] }[] {
  const out: { group?: string; choices: ColumnChoice[] }[] = [];
  for (const c of choices) {
    const last = out[out.length - 1];
    if (last && c.group && last.group === c.group) last.choices.push(c);
    else out.push({ group: c.group, choices: [c] });
  }
  return out;
}

/** One severity's issues: errors stop the review, warnings leave rows out or flag them, information only tells. */
function IssueGroup(props: { severity: DataIssue['severity']; issues: DataIssue[]; lang: Lang; activate: (sheet: string, cell?: string) => void; fix: (place: FixPlace) => void }) {
  const { severity, issues, lang, activate, fix } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => paneText(k, a, lang);
  const s = usePaneStyles();
  const [shown, setShown] = useState(FIRST_ISSUES);
  const intent = severity === 'info' ? 'info' : severity;
  return (
    <MessageBar intent={intent} layout="multiline" data-severity={severity}>
      <MessageBarBody>
        <MessageBarTitle>{L(`pane.data.issues.${severity}`, { n: issues.length })}</MessageBarTitle>
        <Text as="p" block size={200}>
          {L(`pane.data.issues.${severity}.means`)}
        </Text>
        <ul className={s.issueList} aria-label={L(`pane.data.issues.${severity}`, { n: issues.length })}>
          {issues.slice(0, shown).map((iss, i) => {
            const text = describeIssue(iss, lang);
            const place = fixPlace(iss);
            return (
              <li key={i}>
                {iss.sheet && iss.cell ? (
                  <Link as="button" className={s.issueLink} onClick={() => activate(iss.sheet!, iss.cell)} aria-label={`${L('pane.data.goto', { cell: iss.cell, sheet: iss.sheet })}: ${text}`}>
                    {text}
                  </Link>
                ) : place.kind === 'role' || place.kind === 'field' ? (
                  <Link as="button" className={s.issueLink} onClick={() => fix(place)}>
                    {text}
                  </Link>
                ) : (
                  <Text>{text}</Text>
                )}
              </li>
            );
          })}
        </ul>
        {issues.length > shown && (
          <Button size="small" appearance="transparent" onClick={() => setShown(shown + FIRST_ISSUES * 5)}>
            {L('pane.data.more', { n: issues.length - shown })}
          </Button>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
