/**
 * Step 2's "Văn bản: cơ quan, Hội đồng": what the Word papers need beyond the letterhead,
 * editable in the pane as the command line's agency file sets it (the agency's code, its name
 * in a sentence, the recipient, the board, the minister, the drafter, the meeting place, the
 * council, the counting committee, the basis). Each field shows greyed what the papers print
 * when it is left empty; every change goes through `review.change` (undone by "Hoàn tác",
 * saved by "Ghi kết quả vào sổ"), typing waits for a pause like the other fields. Above it,
 * what the papers still lack (`paperAgency(...).missing`, as the command line lists it); and a
 * file field loads the agency file itself, read and checked by the command line's parser.
 */
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  Textarea,
  makeStyles,
  mergeClasses,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { parseAgencyFile } from '../domain/agency-file';
import type { MemberSetting } from '../domain/settings';
import { COUNCIL_ROLES, COUNTING_ROLES, paperAgency } from '../dossier/agency';
import { documentInput, papersMissing } from '../pipeline/documents';
import { fieldDefault, inPaneOrder, membersShown, PAPER_FIELDS, withAgency, withBasis, withMember, withMemberAdded, withMemberRemoved, type MemberList } from './agency-model';
import { usePaneStyles } from './styles';
import { JsonFileField } from './JsonFileField';
import type { ReviewState } from './useReview';

/** A placeholder longer than this would be cut off at 320 px: the hint says it instead. */
const PLACEHOLDER_CHARS = 24;

type Say = (k: string, a?: Record<string, string | number>) => string;

/** The fields the papers lack, by the review the pane shows (the command line's list), or by the settings while it stops. */
export function missingFields(review: ReviewState): string[] {
  const outcome = review.outcome;
  const input = outcome ? documentInput(outcome) : undefined;
  // The command line's list (`papersMissing`, printed before the papers and in the JSON), in the pane's order.
  return inPaneOrder(input && outcome ? papersMissing(outcome).map((m) => m.field) : paperAgency(review.draft.agency).missing);
}

export function AgencyPapers(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const L: Say = (k, a = {}) => t(k, a, lang);
  const s = usePaneStyles();
  const draft = review.draft;
  // Worked out once per review, not on each keystroke (it lays out the papers' context: at 20 000 people, not free).
  const missing = useMemo(() => missingFields(review), [review.outcome, review.draft.agency]); // eslint-disable-line react-hooks/exhaustive-deps
  return (
    <>
      {missing.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="papers-missing">
          <MessageBarBody>
            <MessageBarTitle>{L('pane.papers.missing.title')}</MessageBarTitle>
            {L('pane.papers.missing', { fields: missing.map((f) => L(`pane.agency.${f}`)).join(', ') })}
          </MessageBarBody>
        </MessageBar>
      )}
      <Accordion collapsible>
        <AccordionItem value="papers">
          <AccordionHeader as="h4" id="papers-agency">
            {L('pane.papers.title')}
          </AccordionHeader>
          <AccordionPanel className={s.accordionPanel}>
            <Text as="p" block size={200} className={s.hint}>
              {L('pane.papers.hint')}
            </Text>
            <AgencyFileLoader lang={lang} review={review} />
            {PAPER_FIELDS.map((k) => {
              // What prints when the field is empty, in the hint (it wraps); greyed in the field too when it fits there.
              const printed = fieldDefault(draft.agency, k);
              const where = ['code', 'drafter'].includes(k) ? `${L(`pane.agency.${k}.hint`)}. ` : '';
              return (
                <Field key={k} label={L(`pane.agency.${k}`)} hint={`${where}${L('pane.agency.default', { value: printed })}`}>
                  <LineInput
                    value={draft.agency?.[k] ?? ''}
                    placeholder={printed.length <= PLACEHOLDER_CHARS ? printed : undefined}
                    onText={(v) => review.change(withAgency(draft, { [k]: v }), { label: L(`pane.agency.${k}`), typing: `agency-${k}` })}
                  />
                </Field>
              );
            })}
            <Members lang={lang} review={review} list="council" roles={COUNCIL_ROLES} />
            <Members lang={lang} review={review} list="counting" roles={COUNTING_ROLES} />
            <BasisInput lang={lang} review={review} />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
    </>
  );
}

/** A list of members, a row each (name, position, role stacked: the pane is 320 px wide), with add and remove. */
function Members(props: { lang: Lang; review: ReviewState; list: MemberList; roles: string[] }) {
  const { lang, review, list, roles } = props;
  const L: Say = (k, a = {}) => t(k, a, lang);
  const s = usePaneStyles();
  const draft = review.draft;
  const { members, sample } = membersShown(draft.agency, list);
  const title = L(`pane.agency.${list}`);
  const rolesId = `roles-${list}`;
  const edit = (i: number, m: MemberSetting, field: keyof MemberSetting) =>
    review.change(withMember(draft, list, i, m), { label: L('pane.change.member', { list: title, n: i + 1 }), typing: `${list}-${i}-${field}` });
  return (
    <div className={s.section} role="group" aria-labelledby={`${list}-title`} data-testid={`members-${list}`}>
      <Text as="h5" id={`${list}-title`} weight="semibold" className={s.title}>
        {title}
      </Text>
      {sample && (
        <Text as="p" block size={200} className={s.hint}>
          {L('pane.members.sample')}
        </Text>
      )}
      {!members.length && (
        <Text as="p" block>
          {L('pane.members.none')}
        </Text>
      )}
      <datalist id={rolesId}>
        {roles.map((r) => (
          <option key={r} value={r} />
        ))}
      </datalist>
      <ol className={s.plainList}>
        {members.map((m, i) => (
          <li key={i}>
            {/* A list item keeps its role; the row's fields are a group named after the member. */}
            <div className={s.card} role="group" aria-label={L('pane.member', { list: title, n: i + 1 })}>
              <Field label={L('pane.member.name')}>
                <LineInput value={m.name} onText={(v) => edit(i, { ...m, name: v }, 'name')} />
              </Field>
              <Field label={L('pane.member.position')}>
                <LineInput value={m.position} onText={(v) => edit(i, { ...m, position: v }, 'position')} />
              </Field>
              <Field label={L('pane.member.role')}>
                <Input className={s.fill} list={rolesId} value={m.role} onChange={(_, d) => edit(i, { ...m, role: d.value }, 'role')} />
              </Field>
              <div className={s.row}>
                <Button
                  size="small"
                  aria-label={L('pane.member.removeLabel', { n: i + 1, name: m.name || '…' })}
                  onClick={() => review.change(withMemberRemoved(draft, list, i), { label: L('pane.change.member.remove', { list: title, name: m.name || String(i + 1) }) })}
                >
                  {L('pane.member.remove')}
                </Button>
              </div>
            </div>
          </li>
        ))}
      </ol>
      <div className={s.row}>
        <Button size="small" aria-label={`${L('pane.member.add')}: ${title}`} onClick={() => review.change(withMemberAdded(draft, list), { label: L('pane.change.member.add', { list: title }) })}>
          {L('pane.member.add')}
        </Button>
      </div>
    </div>
  );
}

/** A one-line field as high as an Input (Fluent's Textarea is at least two lines high). */
const useLineStyles = makeStyles({ line: { minHeight: '32px' } });

/** Characters of a line in a field at 320 px (Segoe UI 14 px, about 7 px a character, 270 px wide), counted low. */
const LINE_CHARS = 32;

/**
 * One line of text that wraps instead of scrolling inside its field: a position ("Chi cục
 * trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng") or a recipient is longer than the pane is
 * wide, and the clerk must see all of it. As many rows as the text needs; Enter adds no line.
 */
function LineInput(props: { value: string; placeholder?: string; onText: (v: string) => void }) {
  const s = usePaneStyles();
  const line = useLineStyles();
  return (
    <Textarea
      className={mergeClasses(s.fill, line.line)}
      textarea={{ className: line.line }}
      resize="none"
      rows={Math.max(1, Math.ceil(props.value.length / LINE_CHARS))}
      value={props.value}
      placeholder={props.placeholder}
      onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
      onChange={(_, d) => props.onText(d.value.replace(/\s*[\r\n]+\s*/g, ' '))}
    />
  );
}

/** The agency's own basis, one "Căn cứ" per line; the text typed is kept while the field has focus (blank lines included). */
function BasisInput(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const L: Say = (k, a = {}) => t(k, a, lang);
  const s = usePaneStyles();
  const [text, setText] = useState<string | null>(null);
  const draft = review.draft;
  return (
    <Field label={L('pane.agency.basis')} hint={L('pane.agency.basis.hint')}>
      <Textarea
        className={s.fill}
        resize="vertical"
        rows={3}
        placeholder={L('pane.agency.basis.placeholder')}
        value={text ?? (draft.agency?.basis ?? []).join('\n')}
        onChange={(_, d) => {
          setText(d.value);
          review.change(withBasis(draft, d.value), { label: L('pane.agency.basis'), typing: 'agency-basis' });
        }}
        onBlur={() => setText(null)}
      />
    </Field>
  );
}

/** The agency file (the command line's `--agency`), read and checked by the same parser, merged over what is set. */
function AgencyFileLoader(props: { lang: Lang; review: ReviewState }) {
  const { lang, review } = props;
  const L: Say = (k, a = {}) => t(k, a, lang);
  return (
    <JsonFileField
      lang={lang}
      label={L('pane.papers.file')}
      hint={L('pane.papers.file.hint')}
      choose={L('pane.papers.file.choose')}
      read={(text, file) => {
        const read = parseAgencyFile(text, lang);
        if (read.agency) review.change(withAgency(review.draft, read.agency), { label: L('pane.papers.file.changed', { file }) });
        return read.errors.map((detail) => L('pane.papers.file.bad', { file, detail }));
      }}
    />
  );
}
