/**
 * Ballots for the council: one sheet per title decided by vote, the candidates (proposed
 * and over the cap) with "Đồng ý / Không đồng ý" boxes, one copy per council member.
 */
import type { PersonTitleId, UnitTitleId } from '../../domain/types';
import type { PersonResult, UnitResult } from '../../domain/verdict';
import { t } from '../../i18n/catalogue';
import type { SheetSpec } from '../grid';
import { compareVietnamese } from '../../text/collate';
import { indexCell } from '../text-memo';
import { sortByGroupThenName } from '../../rules/name-order';
import { DOC_SHEET_NAMES } from './nomination';
import { titlesInOrder, unitPosition, unitRank } from '../../dossier/lists';
import { ruleOf, titleName } from '../../rules/titles';
import { cell, DocBuilder, officialHeader, officialPrint } from './official-form';
import { agencyOf, councilOf, type DocumentInput } from '../../dossier/letterhead';
import { namesOf } from './people';
import type { TitleRule } from '../../rules/types';
import { percent } from '../../text/format';

export interface VotedTitle {
  id: PersonTitleId | UnitTitleId;
  scope: 'person' | 'unit';
}

const isCandidate = (s: string | undefined) => s === 'awarded' || s === 'over-cap';

/**
 * The titles the council votes on: those with a cap or a vote threshold in force, and
 * those with candidates over the cap. The caller may pass its own list instead.
 */
export function votedTitles(input: DocumentInput): VotedTitle[] {
  const value = new Map(input.result.params.map((p) => [p.id, p.value]));
  const out: VotedTitle[] = [];
  for (const rule of titlesInOrder(input.ruleSet)) {
    const { id, scope } = rule;
    const on = (pid: string | undefined) => pid !== undefined && (value.has(pid) ? value.get(pid) : null) !== null && value.get(pid) !== undefined;
    const verdicts = scope === 'person' ? input.result.persons.map((p) => p.verdicts[id as PersonTitleId]) : input.result.units.map((u) => u.verdicts[id as UnitTitleId]);
    if (!verdicts.some((v) => isCandidate(v?.status))) continue;
    const capped = rule.cap && on(rule.cap.param.id);
    const threshold = on(rule.voteThreshold.id);
    const overCap = verdicts.some((v) => v?.status === 'over-cap');
    if (capped || threshold || overCap) out.push({ id, scope });
  }
  return out;
}

/** Candidates of a title, by unit then given name. */
export function ballotCandidates(input: DocumentInput, v: VotedTitle): { persons: PersonResult[]; units: UnitResult[] } {
  const rank = unitRank(input.unitOrder);
  if (v.scope === 'unit') {
    return { persons: [], units: input.result.units.filter((u) => isCandidate(u.verdicts[v.id as UnitTitleId]?.status)).sort((a, b) => rank(a.unit.name, b.unit.name)) };
  }
  const position = unitPosition(input.unitOrder);
  const persons = sortByGroupThenName(
    input.result.persons.filter((p) => isCandidate(p.verdicts[v.id as PersonTitleId]?.status)),
    (p) => position(p.person.unit ?? ''),
    (p) => p.person.name,
    input.names,
    (a, b) => {
      const ua = a.person.unit ?? '';
      const ub = b.person.unit ?? '';
      return ua === ub ? 0 : compareVietnamese(ua, ub);
    },
  );
  return { persons, units: [] };
}

/** STT · Họ và tên · Chức vụ · Đơn vị · Đồng ý · Không đồng ý: one page wide in portrait (the motto fits over C:F). */
const WIDTHS = [5, 24, 17, 31, 8, 9];
const BOX = '☐';

/** How many the cap allows, for the line under the title: the awarded count when a cap cut in. */
function capCount(input: DocumentInput, v: VotedTitle): number | undefined {
  const verdicts = v.scope === 'person' ? input.result.persons.map((p) => p.verdicts[v.id as PersonTitleId]) : input.result.units.map((u) => u.verdicts[v.id as UnitTitleId]);
  const over = verdicts.find((x) => x?.status === 'over-cap');
  const limit = over?.reasons.find((r) => r.code === 'cap')?.args.limit;
  return typeof limit === 'number' ? limit : undefined;
}

/** The council's minimum share for the title, when a threshold is in force. */
function threshold(input: DocumentInput, rule: TitleRule): number | undefined {
  const v = input.result.params.find((p) => p.id === rule.voteThreshold.id)?.value;
  return typeof v === 'number' && v > 0 ? v : undefined;
}

/**
 * A ballot as the council member gets it: the agency and the council, the title voted on,
 * how many may be chosen and when a ballot is void, how to mark it, then the candidates with
 * their position and unit and two boxes. A blank ballot is a form, not a draft of anything:
 * it never carries "DỰ THẢO".
 */
export function ballotSheet(input: DocumentInput, v: VotedTitle, order = 40): SheetSpec {
  const { lang, result } = input;
  const b = new DocBuilder(WIDTHS.length);
  const rule = ruleOf(input.ruleSet, v.id, v.scope)!;
  officialHeader(b, councilOf(agencyOf(input.agency), lang), lang, 2);
  b.line(t('doc.ballot.kind', {}, lang), 'docTitle');
  b.line(t(rule.kind === 'title' ? 'doc.ballot.about' : 'doc.ballot.aboutAward', { title: titleName(rule, 'full', lang), year: result.year }, lang), 'docTitle');
  b.blank();
  const cap = capCount(input, v);
  const unit = v.scope === 'unit' ? t('word.units', {}, lang) : t('word.people', {}, lang);
  if (cap !== undefined) b.line(t('doc.ballot.cap', { n: cap, unit }, lang), 'subtitle');
  const min = threshold(input, rule);
  if (min !== undefined) b.line(t('doc.ballot.threshold', { pct: percent(min, 0, lang) }, lang), 'subtitle');
  b.line(t('doc.ballot.howTo', {}, lang), 'subtitle');
  if (cap !== undefined) b.line(t('doc.ballot.invalid', { n: cap, unit }, lang), 'subtitle');
  b.blank();
  const unitBallot = v.scope === 'unit';
  const header = b.push(
    [
      t('col.index', {}, lang),
      unitBallot ? t('doc.col.unitName', {}, lang) : t('doc.col.name', {}, lang),
      unitBallot ? '' : t('col.position', {}, lang),
      unitBallot ? t('doc.col.members', {}, lang) : t('doc.col.unit', {}, lang),
      t('doc.ballot.agree', {}, lang),
      t('doc.ballot.disagree', {}, lang),
    ].map((h) => cell(h, 'header')),
  );
  if (unitBallot) b.merges.push(`B${header}:C${header}`);
  const { persons, units } = ballotCandidates(input, v);
  const box = cell(BOX, 'checkbox');
  const named = namesOf(input.result.persons, lang);
  persons.forEach((pr, i) => b.push([indexCell(i + 1, 'cellCenter'), cell(named(pr), 'cell'), cell(pr.person.position ?? '', 'cell'), cell(pr.person.unit ?? '', 'cell'), box, box]));
  units.forEach((ur, i) => {
    const r = b.push([cell(i + 1, 'cellCenter'), cell(ur.unit.name, 'cell'), cell('', 'cell'), cell(ur.members, 'number'), box, box]);
    b.merges.push(`B${r}:C${r}`);
  });
  // One sheet of paper per council member.
  return { name: DOC_SHEET_NAMES.ballot(rule), rows: b.rows, widths: WIDTHS, merges: b.merges, print: { ...officialPrint('portrait', header), onePage: true }, order };
}

/** A ballot per voted title; `titles` defaults to votedTitles(input). */
export function ballotSheets(input: DocumentInput, titles: VotedTitle[] = votedTitles(input), firstOrder = 40): SheetSpec[] {
  return titles.map((v, i) => ballotSheet(input, v, firstOrder + i));
}
