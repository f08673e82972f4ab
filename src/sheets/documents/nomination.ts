/**
 * Nomination lists (danh sách đề nghị) in the official form: one sheet per title, people
 * grouped by unit ("I. Văn phòng Sở") in the unit sheet's order, Vietnamese order of given
 * names inside a unit, the count, the place and date, the signer.
 */
import type { PersonTitleId, UnitTitleId } from '../../domain/types';
import type { PersonResult, UnitResult } from '../../domain/verdict';
import { t, type Lang } from '../../i18n/catalogue';
import { compareVietnamese } from '../../text/collate';
import { decimal } from '../../text/format';
import { sortByGroupThenName, type NameOrder } from '../../rules/name-order';
import { indexCell, tc, tm } from '../text-memo';
import type { SheetSpec } from '../grid';
import type { RuleSet, TitleRule } from '../../rules/types';
import { hasOtherScope, ruleOf, titleName } from '../../rules/titles';
import { agencyCodeOf, agencyOf, cell, DocBuilder, draftMark, officialHeader, officialPrint, roman, signatureBlock, type DocumentInput } from './official-form';
import { namesOf } from './people';
import { resultDrafts } from '../../rules/drafts';

export const DOC_SHEET_NAMES = {
  list: (rule: Pick<TitleRule, 'key'>) => `Mẫu DS ${titleName(rule, 'tabDoc')}`,
  /**
   * No longer written (the Tờ trình is a Word paper per authority), still the add-in's own in a
   * workbook an earlier version wrote: taken out at the next write, never read as input.
   */
  proposal: 'Tờ trình khen thưởng',
  ballot: (rule: Pick<TitleRule, 'key'>) => `Phiếu bầu ${titleName(rule, 'tabDoc')}`,
  tally: (year: number) => `Kiểm phiếu ${year}`,
  midYear: 'Báo cáo sơ kết',
  registration: (year: number) => `Đăng ký thi đua ${year}`,
} as const;

/** "… CÔNG NHẬN DANH HIỆU …" for a title, "… TẶNG …" for an award; "CHO CÁ NHÂN / TẬP THỂ" when it goes to both. */
export function listTitle(ruleSet: RuleSet, rule: TitleRule, year: number, lang: Lang): string {
  const name = titleName(rule, 'full', lang).toUpperCase();
  if (rule.kind === 'title') return t('doc.list.title.title', { title: name, year }, lang);
  const who = hasOtherScope(ruleSet, rule) ? t(rule.scope === 'unit' ? 'doc.list.forUnits' : 'doc.list.forPersons', {}, lang) : '';
  return t('doc.list.title.award', { title: name + who, year }, lang);
}

/** Unit order: the unit sheet's, then units it does not name, alphabetically; no unit last. */
export function unitRank(unitOrder: string[]) {
  const pos = new Map(unitOrder.map((u, i) => [u, i]));
  return (a: string, b: string): number => {
    const pa = pos.get(a) ?? (a ? unitOrder.length : unitOrder.length + 1);
    const pb = pos.get(b) ?? (b ? unitOrder.length : unitOrder.length + 1);
    return pa - pb || (a === b ? 0 : compareVietnamese(a, b));
  };
}

/** unitRank's place of a unit as a number: equal numbers are the same unit or units it does not name. */
export function unitPosition(unitOrder: string[]): (unit: string) => number {
  const pos = new Map(unitOrder.map((u, i) => [u, i]));
  return (u) => pos.get(u) ?? (u ? unitOrder.length : unitOrder.length + 1);
}

/** The awarded people of a title, grouped by unit in order, sorted by given name inside. */
export function proposedByUnit(persons: PersonResult[], id: PersonTitleId, unitOrder: string[], names?: NameOrder): { unit: string; people: PersonResult[] }[] {
  const groups = new Map<string, PersonResult[]>();
  for (const pr of persons) {
    if (pr.verdicts[id]?.status !== 'awarded') continue;
    const u = pr.person.unit ?? '';
    const group = groups.get(u);
    if (group) group.push(pr);
    else groups.set(u, [pr]);
  }
  return [...groups.keys()].sort(unitRank(unitOrder)).map((unit) => ({
    unit,
    people: sortByGroupThenName(groups.get(unit)!, () => 0, (pr) => pr.person.name, names),
  }));
}


/**
 * Whether the council votes on a title (a cap to choose within, or a vote threshold): only its
 * list shows the ballot's share. A CSTĐCS share on the LĐTT list is a figure of another ballot.
 */
export function isVotedTitle(rule: TitleRule, params: { id: string; value: unknown }[]): boolean {
  if (rule.cap) return true;
  const id = rule.voteThreshold?.id;
  const use = id ? params.find((p) => p.id === id) : undefined;
  return use !== undefined && use.value !== null && use.value !== undefined && use.value !== false;
}

/** The facts the council checks, in a short line (HTXSNV; 1 sáng kiến; phiếu bầu 79 %); the share only on a voted title's list. */
export function personAchievement(pr: PersonResult, lang: Lang, withVotes = true): string {
  const p = pr.person;
  const parts = [p.rating ? tc(`doc.ratingShort.${p.rating}`, lang) : ''];
  if (p.initiatives) parts.push(tm('doc.ach.initiatives', { n: p.initiatives }, lang));
  if (p.researchProjects) parts.push(tm('doc.ach.research', { n: p.researchProjects }, lang));
  if (withVotes && p.voteShare !== undefined) parts.push(tm('doc.ach.votes', { pct: decimal(p.voteShare * 100, 1, lang) }, lang));
  return parts.filter(Boolean).join('; ');
}

export function unitAchievement(ur: UnitResult, lang: Lang): string {
  const rating = ur.unit.rating ? t(`doc.ratingShort.${ur.unit.rating}`, {}, lang) : '';
  return t('achievement.unit', { rating, ldtt: ur.memberLdtt, members: ur.members, cstdcs: ur.memberCstdcs }, lang);
}

/** The title as the table's column shows it: full for titles, the short form of an award. */
export const titleCell = (id: PersonTitleId | UnitTitleId, lang: Lang): string => t(`doc.titleCell.${id}`, {}, lang);

/**
 * Column widths (Excel character units) of the lists: one page wide in landscape at full
 * size (127 units); longer text wraps, and the row grows to hold it.
 */
const PERSON_WIDTHS = [6, 24, 34, 20, 30, 12];
const UNIT_WIDTHS = [6, 32, 9, 22, 42, 14];

/**
 * Whether a title's list is a draft, and what it says: the engine's ranking is a proposal
 * until the council has voted (its vote pending, or a title it rests on still pending).
 */
export function draftOf(input: DocumentInput, rule: TitleRule): { draft: boolean; line?: string } {
  const drafts = resultDrafts(input.ruleSet, input.result);
  if (!drafts.has(rule.key)) return { draft: false };
  const { lang } = input;
  if (input.result.pendingVote.includes(rule.key)) {
    const verdicts = rule.scope === 'person' ? input.result.persons.map((p) => p.verdicts[rule.id as PersonTitleId]) : input.result.units.map((u) => u.verdicts[rule.id as UnitTitleId]);
    const awarded = verdicts.filter((v) => v?.status === 'awarded').length;
    const eligible = awarded + verdicts.filter((v) => v?.status === 'over-cap').length;
    return { draft: true, line: t('doc.draft.ranked', { n: awarded, of: eligible, unit: t(rule.scope === 'unit' ? 'word.units' : 'word.people', {}, lang) }, lang) };
  }
  const waiting = input.ruleSet.titles.filter((r) => input.result.pendingVote.includes(r.key)).map((r) => titleName(r, 'full', lang));
  return { draft: true, line: t('doc.draft.dependsOn', { titles: waiting.join(', ') }, lang) };
}

function listFrame(b: DocBuilder, input: DocumentInput, rule: TitleRule): { draft: boolean } {
  const agency = agencyOf(input.agency);
  officialHeader(b, agency, input.lang, 3);
  const draft = draftOf(input, rule);
  if (draft.draft) draftMark(b, input.lang);
  b.line(listTitle(input.ruleSet, rule, input.result.year, input.lang), 'docTitle');
  // What the head decides is listed with his Quyết định; the rest goes with the Tờ trình to the one who decides.
  const date = input.result.reviewDate;
  const month = Number(date.slice(5, 7));
  b.line(
    t(rule.decidedBy === 'agency-head' ? 'doc.attachedTo.decision' : 'doc.attachedTo.proposal', { code: agencyCodeOf(input.agency), m: month < 3 ? `0${month}` : month, y: date.slice(0, 4) }, input.lang),
    'docSubtitle',
  );
  if (draft.line) b.line(draft.line, 'docSubtitle');
  b.blank();
  return draft;
}

function listEnd(b: DocBuilder, input: DocumentInput, count: string): void {
  b.blank();
  b.span([{ from: 0, to: 3, v: count, s: 'subtitle' }]);
  b.blank();
  signatureBlock(b, agencyOf(input.agency), input.result.reviewDate, input.lang, 3);
}

/** The nomination list of a person title, or null when nobody is proposed. */
export function personNominationSheet(input: DocumentInput, id: PersonTitleId, order = 20): SheetSpec | null {
  const { result, lang } = input;
  const groups = proposedByUnit(result.persons, id, input.unitOrder, input.names);
  if (!groups.length) return null;
  const b = new DocBuilder(PERSON_WIDTHS.length);
  const rule = ruleOf(input.ruleSet, id, 'person')!;
  const { draft } = listFrame(b, input, rule);
  const named = namesOf(result.persons, lang);
  const voted = isVotedTitle(rule, result.params);
  const header = b.push(
    ['col.index', 'col.name', 'doc.col.positionUnit', 'doc.col.titleProposed', 'doc.col.achievement', 'doc.col.note'].map((k) => cell(t(k, {}, lang), 'header')),
  );
  let n = 0;
  const title = cell(titleCell(id, lang), 'cell');
  const noNote = cell('', 'cell');
  // "Chuyên viên, Phòng số 1": one cell per position and unit.
  const positionUnitCells = new Map<string, Map<string, ReturnType<typeof cell>>>();
  const positionUnitCell = (position: string, unit: string) => {
    let byUnit = positionUnitCells.get(position);
    if (!byUnit) positionUnitCells.set(position, (byUnit = new Map()));
    let c = byUnit.get(unit);
    if (!c) byUnit.set(unit, (c = cell(position ? (unit ? `${position}, ${unit}` : position) : unit, 'cell')));
    return c;
  };
  groups.forEach((g, gi) => {
    b.span([{ from: 0, to: b.cols - 1, v: `${roman(gi + 1)}. ${g.unit || '…'}`, s: 'groupRow' }]);
    for (const pr of g.people) {
      const p = pr.person;
      const rank = draft ? pr.verdicts[id]?.rank : undefined;
      const note = [rank ? t('doc.draft.rank', { rank }, lang) : '', p.note ?? ''].filter(Boolean).join('; ');
      b.push([
        indexCell(++n, 'cellCenter'),
        cell(named(pr), 'cell'),
        positionUnitCell(p.position || '', p.unit || ''),
        title,
        cell(personAchievement(pr, lang, voted), 'cell'),
        note ? cell(note, 'cell') : noNote,
      ]);
    }
  });
  listEnd(b, input, t(draft ? 'doc.list.count.persons.draft' : 'doc.list.count.persons', { n }, lang));
  return {
    name: DOC_SHEET_NAMES.list(rule),
    rows: b.rows,
    widths: PERSON_WIDTHS,
    merges: b.merges,
    print: officialPrint('landscape', header),
    order,
  };
}

/** The nomination list of a unit title, or null when no unit is proposed. */
export function unitNominationSheet(input: DocumentInput, id: UnitTitleId, order = 30): SheetSpec | null {
  const { result, lang } = input;
  const rank = unitRank(input.unitOrder);
  const proposed = result.units.filter((u) => u.verdicts[id]?.status === 'awarded').sort((a, b) => rank(a.unit.name, b.unit.name));
  if (!proposed.length) return null;
  const b = new DocBuilder(UNIT_WIDTHS.length);
  const rule = ruleOf(input.ruleSet, id, 'unit')!;
  const { draft } = listFrame(b, input, rule);
  const header = b.push(
    ['col.index', 'doc.col.unitName', 'doc.col.members', 'doc.col.titleProposed', 'doc.col.achievement', 'doc.col.note'].map((k) => cell(t(k, {}, lang), 'header')),
  );
  proposed.forEach((ur, i) =>
    b.push([
      cell(i + 1, 'cellCenter'),
      cell(ur.unit.name, 'cell'),
      cell(ur.members, 'number'),
      cell(titleCell(id, lang), 'cell'),
      cell(unitAchievement(ur, lang), 'cell'),
      cell(ur.unit.note ?? '', 'cell'),
    ]),
  );
  listEnd(b, input, t(draft ? 'doc.list.count.units.draft' : 'doc.list.count.units', { n: proposed.length }, lang));
  return {
    name: DOC_SHEET_NAMES.list(rule),
    rows: b.rows,
    widths: UNIT_WIDTHS,
    merges: b.merges,
    print: officialPrint('landscape', header),
    order,
  };
}

/** The titles of the rule set in order, person titles first. */
export function titlesInOrder(input: DocumentInput): TitleRule[] {
  return [...input.ruleSet.titles.filter((r) => r.scope === 'person'), ...input.ruleSet.titles.filter((r) => r.scope === 'unit')];
}

/** How many are proposed per title, with the name of the title's list: the same filter as the lists, so the numbers agree. */
export interface ProposalLine {
  id: PersonTitleId | UnitTitleId;
  scope: 'person' | 'unit';
  count: number;
  /** Name of the list's sheet ("Mẫu DS LĐTT"). */
  list: string;
  rule: TitleRule;
}

export function proposalLines(input: DocumentInput): ProposalLine[] {
  const out: ProposalLine[] = [];
  for (const rule of titlesInOrder(input)) {
    const { id, scope } = rule;
    const count =
      scope === 'person'
        ? input.result.persons.filter((p) => p.verdicts[id as PersonTitleId]?.status === 'awarded').length
        : input.result.units.filter((u) => u.verdicts[id as UnitTitleId]?.status === 'awarded').length;
    if (count) out.push({ id, scope, count, list: DOC_SHEET_NAMES.list(rule), rule });
  }
  return out;
}

/** Every nomination list with someone proposed, in the rule set's order. */
export function nominationSheets(input: DocumentInput, firstOrder = 20): SheetSpec[] {
  const out: SheetSpec[] = [];
  let order = firstOrder;
  for (const { id, scope } of titlesInOrder(input)) {
    const s = scope === 'person' ? personNominationSheet(input, id as PersonTitleId, order) : unitNominationSheet(input, id as UnitTitleId, order);
    order++;
    if (s) out.push(s);
  }
  return out;
}
