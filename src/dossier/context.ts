/**
 * What every paper shares: its input (the review and the agency), the wording of titles and
 * counts, the number and date lines, whether it is a draft, the lists of people and units.
 */
import type { PersonTitleId, UnitTitleId } from '../domain/types';
import type { PersonResult, UnitResult } from '../domain/verdict';
import type { Authority, ParamValues, TitleRule } from '../rules/types';
import { anyDraft, resultDrafts } from '../rules/drafts';
import { titleName } from '../rules/titles';
import { votedRules } from '../rules/votes';
import type { DocumentInput } from './letterhead';
import { count, proposedUnits, unitRank, type ListMemo } from './lists';
import { namesOf } from './people';
import { sortByGroupThenName } from '../rules/name-order';
import { vietnameseDate } from '../text/format';
import { paperAgency, type PaperAgency } from './agency';
import type { Plan } from '../domain/plan';
import type { StoredSettings } from '../domain/settings';

export interface PaperContext extends DocumentInput {
  agencyP: PaperAgency;
  values: ParamValues;
  /** Keys of the draft titles (rules/drafts.ts). */
  drafts: Set<string>;
  /** A person's printed name (namesakes told apart by the year of birth, dossier/people.ts), worked out once per dossier. */
  named: (pr: PersonResult) => string;
  /** The titles the council votes on (`votedTitles`), worked out once. */
  voted?: TitleRule[];
  /** Who is proposed per title key (`awardedPersons`, `awardedUnits`), worked out once. */
  awarded: Map<string, PersonResult[] | UnitResult[]>;
  /** The plan the review measured against (only one the clerk loaded). */
  plan?: Plan;
}

/**
 * `plan`: the plan the review measured against, when the clerk loaded one: the papers cite it
 * ("Kế hoạch số …") unless the agency file names another; a plan of another year is not cited.
 */
export function contextOf(input: DocumentInput, plan?: Plan): PaperContext {
  const agencyP = paperAgency(input.agency);
  if (plan && plan.year === input.result.year && !(input.agency as StoredSettings['agency'])?.plan) {
    agencyP.plan = { number: plan.number, date: plan.date, about: (plan.title ?? `thi đua năm ${plan.year}`).replace(/^Kế hoạch\s+/iu, '').replace(/^./u, (ch) => ch.toLocaleLowerCase('vi')) };
    agencyP.missing = agencyP.missing.filter((f) => f !== 'plan');
  }
  return {
    ...input,
    ...(plan ? { plan } : {}),
    agencyP,
    values: Object.fromEntries(input.result.params.map((p) => [p.id, p.value])),
    drafts: resultDrafts(input.ruleSet, input.result),
    named: namesOf(input.result.persons, input.lang),
    awarded: new Map(),
  };
}

/** "Số:        /QĐ-KHCN": the number itself is given by the văn thư when the paper is signed. */
export const numberLine = (c: PaperContext, kind: string): string => `Số:        /${kind}-${c.agencyP.code}`;

/** "Bắc Giang, ngày 20 tháng 12 năm 2014"; with `blankDay`, the day is left for the văn thư ("ngày      tháng 12 năm 2014"). */
export function placeDateLine(c: PaperContext, iso: string, blankDay = false): string {
  if (!blankDay) return `${c.agencyP.place}, ${vietnameseDate(iso)}`;
  const [y, m] = iso.split('-').map(Number);
  return `${c.agencyP.place}, ngày      tháng ${m < 3 ? `0${m}` : m} năm ${y}`;
}

export { count };

/** What the paper does with the title: "công nhận danh hiệu "Lao động tiên tiến"" or "tặng Giấy khen của Giám đốc Sở". */
export function grantPhrase(rule: TitleRule): string {
  return rule.kind === 'title' ? `công nhận danh hiệu "${titleName(rule, 'full')}"` : `tặng ${titleName(rule, 'full')}`;
}

/** The title as a list names it: "Danh hiệu "Lao động tiên tiến"", "Bằng khen của Chủ tịch UBND tỉnh". */
export const titleLabel = (rule: TitleRule): string => (rule.kind === 'title' ? `Danh hiệu "${titleName(rule, 'full')}"` : titleName(rule, 'full'));

/** Who is proposed for a title, found once per dossier (a list of 50 000 is asked for by every paper that counts it). */
function awardedOf(c: PaperContext, rule: TitleRule): PersonResult[] | UnitResult[] {
  const known = c.awarded.get(rule.key);
  if (known) return known;
  let found: PersonResult[] | UnitResult[];
  if (rule.scope === 'person') found = c.result.persons.filter((p) => p.verdicts[rule.id as PersonTitleId]?.status === 'awarded');
  else found = proposedUnits(c.result.units, rule.id as UnitTitleId, c.unitOrder);
  c.awarded.set(rule.key, found);
  return found;
}
export const awardedPersons = (c: PaperContext, rule: TitleRule): PersonResult[] => (rule.scope === 'person' ? (awardedOf(c, rule) as PersonResult[]) : []);
export const awardedUnits = (c: PaperContext, rule: TitleRule): UnitResult[] => (rule.scope === 'unit' ? (awardedOf(c, rule) as UnitResult[]) : []);
export const awardedCount = (c: PaperContext, rule: TitleRule): number => (rule.scope === 'person' ? awardedPersons(c, rule).length : awardedUnits(c, rule).length);

/** Titles with someone proposed that `authority` decides, persons first, in the rule set's order. */
export function titlesDecidedBy(c: PaperContext, authority: Authority): TitleRule[] {
  const rules = [...c.ruleSet.titles.filter((r) => r.scope === 'person'), ...c.ruleSet.titles.filter((r) => r.scope === 'unit')];
  return rules.filter((r) => r.decidedBy === authority && awardedCount(c, r) > 0);
}

/** A paper listing these titles is a draft while one of them is (rules/drafts.ts: the sheets' rule too). */
export const isDraft = (c: PaperContext, rules: TitleRule[]): boolean => anyDraft(rules, c.drafts);

/** The titles the council votes on (a cap cuts in or a threshold is in force). */
export const votedTitles = (c: PaperContext): TitleRule[] => (c.voted ??= votedRules(c.ruleSet, c.values, c.result.persons, c.result.units));

/** Candidates of a voted title: proposed or over the cap, by unit then name. */
export function candidatesOf(c: PaperContext, rule: TitleRule): { persons: PersonResult[]; units: UnitResult[] } {
  const isCandidate = (s?: string) => s === 'awarded' || s === 'over-cap';
  if (rule.scope === 'unit') {
    const rank = unitRank(c.unitOrder);
    return { persons: [], units: c.result.units.filter((u) => isCandidate(u.verdicts[rule.id as UnitTitleId]?.status)).sort((a, b) => rank(a.unit.name, b.unit.name)) };
  }
  const pos = new Map(c.unitOrder.map((u, i) => [u, i]));
  const persons = sortByGroupThenName(
    c.result.persons.filter((p) => isCandidate(p.verdicts[rule.id as PersonTitleId]?.status)),
    (p) => pos.get(p.person.unit ?? '') ?? c.unitOrder.length,
    (p) => p.person.name,
    c.names,
  );
  return { persons, units: [] };
}

/**
 * A person's name as a list prints it: with the birth year when someone else of the same
 * name is in the same unit ("Dương Văn Dũng (sinh năm 1975)"), so the two can be told apart.
 */
export function personName(c: PaperContext, pr: PersonResult): string {
  return c.named(pr);
}

/** Distinct people and units across titles: totals count people, not titles. */
export function distinctTotals(c: PaperContext, rules: TitleRule[]): { persons: number; units: number } {
  const persons = new Set<PersonResult>();
  const units = new Set<UnitResult>();
  for (const r of rules) {
    if (r.scope === 'person') awardedPersons(c, r).forEach((p) => persons.add(p));
    else awardedUnits(c, r).forEach((u) => units.add(u));
  }
  return { persons: persons.size, units: units.size };
}

/** "04 cá nhân và 02 tập thể", "81 cá nhân". */
export function whoCount(persons: number, units: number): string {
  return [persons ? `${count(persons)} cá nhân` : '', units ? `${count(units)} tập thể` : ''].filter(Boolean).join(' và ');
}

/** "Giám đốc" from "GIÁM ĐỐC". */
export const sentence = (s: string): string => {
  const l = s.toLocaleLowerCase('vi');
  return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
};

/** The authority's name in a sentence. */
export function authorityName(c: PaperContext, a: Authority): string {
  return a === 'agency-head' ? c.agencyP.headInText : a === 'province-chair' ? c.agencyP.recipient : c.agencyP.minister;
}

/** "Lãnh đạo Sở" for a department, "Lãnh đạo cơ quan" otherwise (a line of nơi nhận). */
export const leadersOf = (c: PaperContext): string => (/^Sở\s/u.test(c.agencyP.nameInText) ? 'Lãnh đạo Sở' : 'Lãnh đạo cơ quan');

/** Titles grouped by what is given (a Bằng khen to persons and to units is one line): counts per scope. */
export function byGrant(c: PaperContext, rules: TitleRule[]): { rule: TitleRule; rules: TitleRule[]; persons: number; units: number }[] {
  const out: { rule: TitleRule; rules: TitleRule[]; persons: number; units: number }[] = [];
  for (const r of rules) {
    const g = out.find((x) => x.rule.id === r.id && x.rule.kind === r.kind) ?? (out.push({ rule: r, rules: [], persons: 0, units: 0 }), out[out.length - 1]);
    g.rules.push(r);
    if (r.scope === 'person') g.persons += awardedCount(c, r);
    else g.units += awardedCount(c, r);
  }
  return out;
}

/** "Tặng Bằng khen … cho 04 tập thể và 04 cá nhân": the grant with its counts, capitalised. */
export function grantLine(g: { rule: TitleRule; persons: number; units: number }): string {
  const phrase = grantPhrase(g.rule);
  const who = [g.units ? `${count(g.units)} tập thể` : '', g.persons ? `${count(g.persons)} cá nhân` : ''].filter(Boolean).join(' và ');
  return `${phrase.charAt(0).toLocaleUpperCase('vi') + phrase.slice(1)} cho ${who}`;
}

/** What the lists of a dossier share (drafts, names, the "của …" of the attached line), from the context. */
export const listMemo = (c: PaperContext): ListMemo => ({ drafts: c.drafts, named: c.named, by: { decision: c.agencyP.headInText, proposal: c.agencyP.nameInText } });
