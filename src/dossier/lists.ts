/**
 * The list of one title, as both renderers print it: the printed form in the workbook
 * ("Mẫu DS LĐTT", src/sheets/forms/nomination.ts) and the list attached to the Word paper
 * (the Quyết định for what the head of the agency gives, the Tờ trình for the rest,
 * papers/decision.ts and papers/proposal.ts). One builder decides the heading, the "(Kèm
 * theo …)" line, the DỰ THẢO mark and its line, the columns and their headers, the people or
 * collectives and their order (grouped by unit in the unit sheet's order, Vietnamese name
 * order inside), the count line and the signer; a renderer only lays it out. Pure.
 */
import type { PersonTitleId, UnitTitleId } from '../domain/types';
import type { PersonResult, UnitResult } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import { resultDrafts } from '../rules/drafts';
import { sortByGroupThenName, type NameOrder } from '../rules/name-order';
import type { RuleSet, TitleRule } from '../rules/types';
import { hasOtherScope, titleName } from '../rules/titles';
import { compareVietnamese } from '../text/collate';
import { decimal } from '../text/format';
import { foldText } from '../text/fold';
import { paperAgency } from './agency';
import { FILL_IN, placeDate, roman, type DocumentInput } from './letterhead';
import type { Appendix, Column, Row, Signature, Table } from './model';
import { namesOf } from './people';

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
    people: sortByGroupThenName(
      groups.get(unit)!,
      () => 0,
      (pr) => pr.person.name,
      names,
    ),
  }));
}

/** The awarded units of a title in the unit sheet's order. */
export function proposedUnits(units: UnitResult[], id: UnitTitleId, unitOrder: string[]): UnitResult[] {
  const rank = unitRank(unitOrder);
  return units.filter((u) => u.verdicts[id]?.status === 'awarded').sort((a, b) => rank(a.unit.name, b.unit.name));
}

/** The titles of the rule set in order, person titles first. */
export function titlesInOrder(ruleSet: RuleSet): TitleRule[] {
  return [...ruleSet.titles.filter((r) => r.scope === 'person'), ...ruleSet.titles.filter((r) => r.scope === 'unit')];
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

/** "… CÔNG NHẬN DANH HIỆU …" for a title, "… TẶNG …" for an award; "CHO CÁ NHÂN / TẬP THỂ" when it goes to both (the working lists' title). */
export function listTitle(ruleSet: RuleSet, rule: TitleRule, year: number, lang: Lang): string {
  const name = titleName(rule, 'full', lang).toUpperCase();
  if (rule.kind === 'title') return t('doc.list.title.title', { title: name, year }, lang);
  const who = hasOtherScope(ruleSet, rule) ? t(rule.scope === 'unit' ? 'doc.list.forUnits' : 'doc.list.forPersons', {}, lang) : '';
  return t('doc.list.title.award', { title: name + who, year }, lang);
}

/**
 * Whether a title's list is a draft, and what it says: the engine's ranking is a proposal
 * until the council has voted (its vote pending, or a title it rests on still pending).
 */
export function draftOf(input: Pick<DocumentInput, 'ruleSet' | 'result' | 'lang'>, rule: TitleRule, drafts = resultDrafts(input.ruleSet, input.result)): { draft: boolean; line?: string } {
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

/** Counts as clerks write them: "04 cá nhân", "12 cá nhân". */
export const count = (n: number): string => (n > 0 && n < 10 ? `0${n}` : String(n));

/** The paper a title's list goes with: the head's Quyết định for what is his to give, a Tờ trình to the one who decides the rest. */
export const listGoesWith = (rule: TitleRule): 'decision' | 'proposal' => (rule.decidedBy === 'agency-head' ? 'decision' : 'proposal');

/**
 * "(Kèm theo Quyết định số        /QĐ-KHCN ngày      tháng 12 năm 2014 của Giám đốc Sở …)":
 * the number and the day left for the văn thư, the month and year of the meeting (a review of
 * 2014 held on 10/01/2015 is attached to a paper of January 2015).
 */
export function attachedLine(input: DocumentInput, rule: TitleRule, by: { decision: string; proposal: string }): string {
  const date = input.result.reviewDate;
  const month = Number(date.slice(5, 7));
  const paper = listGoesWith(rule);
  const code = input.agency?.code?.trim() || FILL_IN;
  return t(`doc.attachedTo.${paper}`, { code, m: month < 3 ? `0${month}` : month, y: date.slice(0, 4), by: by[paper] }, input.lang);
}

/** The catalogue's text, each key and arguments filled once per list (the same "năm 2014: Hoàn thành tốt nhiệm vụ" comes back on thousands of rows). */
export type Texts = (key: string, args?: Record<string, string | number>) => string;
export function textsOf(lang: Lang): Texts {
  const filled = new Map<string, string>();
  return (key, args = {}) => {
    const k = `${key}\u0001${Object.values(args).join('\u0001')}`;
    let v = filled.get(k);
    if (v === undefined) filled.set(k, (v = t(key, args, lang)));
    return v;
  };
}

/** What a list says of a person's record: the ratings of the last two years, initiatives, research; the ballot's share on a voted title's list only. */
export function personAchievement(pr: PersonResult, year: number, lang: Lang, withVotes: boolean, tx: Texts = textsOf(lang)): string {
  const p = pr.person;
  const before = p.history[year - 1];
  const ratings = [
    before?.rating ? tx('doc.ach.yearRating', { year: year - 1, rating: tx(`rating.${before.rating}`) }) : '',
    p.rating ? tx('doc.ach.yearRating', { year, rating: tx(`rating.${p.rating}`) }) : '',
  ].filter(Boolean);
  const parts = [ratings.join('; ')];
  const initiatives = (before?.initiatives ?? 0) + p.initiatives;
  if (initiatives) parts.push(tx('doc.ach.initiatives', { n: count(initiatives) }));
  if (p.researchProjects) parts.push(tx('doc.ach.research', { n: count(p.researchProjects) }));
  if (withVotes && p.voteShare !== undefined) parts.push(t('doc.ach.votes', { pct: decimal(p.voteShare * 100, 1, lang) }, lang));
  return parts.filter(Boolean).join('; ');
}

/** A collective's record: the ratings of the last two years, how many of its members are LĐTT, CSTĐCS. */
export function unitAchievement(u: UnitResult, year: number, lang: Lang): string {
  const before = u.unit.history[year - 1];
  const ratings = [
    before?.rating ? t('doc.ach.yearRating', { year: year - 1, rating: t(`rating.${before.rating}`, {}, lang) }, lang) : '',
    u.unit.rating ? t('doc.ach.yearRating', { year, rating: t(`rating.${u.unit.rating}`, {}, lang) }, lang) : '',
  ].filter(Boolean);
  return [ratings.join('; '), t('doc.ach.unitLdtt', { n: count(u.memberLdtt), of: count(u.members) }, lang), u.memberCstdcs ? t('doc.ach.unitCstdcs', { n: count(u.memberCstdcs) }, lang) : '']
    .filter(Boolean)
    .join('; ');
}

/** Column widths in Excel character units (one landscape A4 page is about 127); the Word renderer takes them as shares. */
const PERSON_COLUMNS: [string, number, Column['align']?, Column['figure']?][] = [
  ['col.index', 6, 'center'],
  ['col.name', 24],
  ['col.position', 20],
  ['doc.col.unit', 24],
  ['doc.col.achievement', 39],
  ['doc.col.note', 14],
];
const UNIT_COLUMNS: [string, number, Column['align']?, Column['figure']?][] = [
  ['col.index', 6, 'center'],
  ['doc.col.unitName', 40],
  ['doc.col.members', 9, 'center', 'count'],
  ['doc.col.achievement', 56],
  ['doc.col.note', 16],
];

/** The list of one title: everything both renderers print. */
export interface TitleList {
  rule: TitleRule;
  /** What the list is, in a sentence ("Danh sách cá nhân được công nhận danh hiệu "Lao động tiên tiến" năm 2014"). */
  name: string;
  /** A short name for the list's own file ("ds-ldtt"). */
  slug: string;
  /** The heading, bold capitals, one line each. */
  title: string[];
  /** "(Kèm theo Quyết định số …)". */
  attachedTo: string;
  /** "DỰ THẢO": the list waits for the council's vote; `draftLine` says which. */
  draft: boolean;
  draftLine?: string;
  /** Columns, then the rows: a group row per unit ("I. Văn phòng Sở") and one row per person, or one per collective. */
  table: Table;
  /** The people, or the collectives, in the order of the rows (for checks and the count). */
  members: string[];
  /** "Danh sách có 04 cá nhân./." */
  count: string;
  /** Place and date, signer: printed under the list when it is printed on its own (the workbook's form). */
  placeDate: string;
  signature: Signature;
}

/** Optional caches of a dossier that makes many lists from one review. */
export interface ListMemo {
  drafts?: Set<string>;
  named?: (pr: PersonResult) => string;
  /** The agency's name in a sentence and the head's title in a sentence, for "(Kèm theo … của …)". */
  by?: { decision: string; proposal: string };
}

/** The list of a title, or null when nobody is proposed for it. */
export function titleList(input: DocumentInput, rule: TitleRule, memo: ListMemo = {}): TitleList | null {
  const { result, lang } = input;
  const year = result.year;
  const draft = draftOf(input, rule, memo.drafts);
  const person = rule.scope === 'person';
  const rows: Row[] = [];
  const members: string[] = [];
  if (person) {
    const groups = proposedByUnit(result.persons, rule.id as PersonTitleId, input.unitOrder, input.names);
    if (!groups.length) return null;
    const named = memo.named ?? namesOf(result.persons, lang);
    const voted = isVotedTitle(rule, result.params);
    const tx = textsOf(lang);
    let n = 0;
    groups.forEach((g, gi) => {
      rows.push({ kind: 'group', cells: [`${roman(gi + 1)}. ${g.unit || t('doc.list.noUnit', {}, lang)}`] });
      for (const pr of g.people) {
        const p = pr.person;
        const rank = draft.draft ? pr.verdicts[rule.id as PersonTitleId]?.rank : undefined;
        const note = [rank ? tx('doc.draft.rank', { rank }) : '', p.note ?? ''].filter(Boolean).join('; ');
        const name = named(pr);
        members.push(name);
        rows.push({ cells: [String(++n), name, p.position ?? '', p.unit ?? '', personAchievement(pr, year, lang, voted, tx), note], values: [n] });
      }
    });
  } else {
    const units = proposedUnits(result.units, rule.id as UnitTitleId, input.unitOrder);
    if (!units.length) return null;
    units.forEach((u, i) => {
      members.push(u.unit.name);
      rows.push({ cells: [String(i + 1), u.unit.name, String(u.members), unitAchievement(u, year, lang), u.unit.note ?? ''], values: [i + 1, undefined, u.members] });
    });
  }
  const columns = (person ? PERSON_COLUMNS : UNIT_COLUMNS).map(([key, width, align, figure]): Column => ({
    header: t(key, {}, lang),
    width,
    ...(align ? { align } : {}),
    ...(figure ? { figure } : {}),
  }));
  const who = t(person ? 'doc.list.persons' : 'doc.list.units', {}, lang);
  const full = titleName(rule, 'full', lang);
  const heading = t(`doc.list.heading.${listGoesWith(rule)}.${rule.kind}`, { who, title: full }, lang);
  const agency = paperAgency(input.agency);
  return {
    rule,
    name: t('doc.list.name', { heading, year }, lang),
    slug: `ds-${foldText(titleName(rule, 'short'))
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')}`,
    title: [heading.toLocaleUpperCase(lang), t('doc.list.year', { year }, lang)],
    attachedTo: attachedLine(input, rule, memo.by ?? { decision: agency.headInText, proposal: agency.nameInText }),
    draft: draft.draft,
    ...(draft.line ? { draftLine: draft.line } : {}),
    table: { kind: 'table', columns, rows, compact: true },
    members,
    count: t(draft.draft ? 'doc.list.count.draft' : 'doc.list.count', { n: count(members.length), who }, lang),
    placeDate: placeDate(agency.place, result.reviewDate, lang),
    signature: { title: agency.signerTitle.toLocaleUpperCase(lang), name: agency.signerName },
  };
}

/** Every title's list with someone proposed, persons first, in the rule set's order. */
export function titleLists(input: DocumentInput, memo: ListMemo = {}): TitleList[] {
  const m: ListMemo = { drafts: memo.drafts ?? resultDrafts(input.ruleSet, input.result), named: memo.named ?? namesOf(input.result.persons, input.lang), ...(memo.by ? { by: memo.by } : {}) };
  return titlesInOrder(input.ruleSet)
    .map((r) => titleList(input, r, m))
    .filter((l): l is TitleList => l !== null);
}

/** A title's list as a Word appendix: on pages of its own, under the paper's letterhead, landscape. */
export function listAppendix(list: TitleList): Appendix {
  return {
    name: list.name,
    slug: list.slug,
    orientation: 'landscape',
    letterhead: true,
    title: list.title,
    subtitle: list.attachedTo,
    ...(list.draftLine ? { note: list.draftLine } : {}),
    body: [list.table, { kind: 'paragraph', role: 'body', runs: [{ text: list.count, italic: true }], align: 'left' }],
  };
}
