import type { Discipline, ExemptLeave, PersonTitleId, Rating, UnitTitleId } from '../domain/types';
import type { ReasonCode } from '../domain/verdict';

/** A value a parameter may take. `null` switches a limit off (e.g. no cap). */
export type ParamValue = number | boolean | string | null;

export type ParamType =
  | 'integer' // whole number (days, months, years)
  | 'share' // fraction 0..1 shown as a percentage
  | 'boolean'
  | 'rating' // one of Rating
  | 'discipline'; // one of Discipline

/** What a number of a parameter counts, for its label and its check ("40 ngày", "10 tháng"). */
export type ParamUnit = 'day' | 'month' | 'year' | 'count' | 'share';

export interface ParamDef {
  /** Globally unique: "<title>.<criterion>.<name>", e.g. "LDTT.leave.maxDays". */
  id: string;
  type: ParamType;
  /** What the value counts, where it is a number (the criterion kind declares it). */
  unit?: ParamUnit;
  default: ParamValue;
  /** Catalogue key of the parameter's label. */
  label: string;
  /** Whether null (switched off) is allowed. */
  nullable?: boolean;
  citation: string;
}

/** The kinds of criterion the one evaluator knows how to apply (see rules/criteria.ts). */
export type CriterionKind =
  | 'min-rating'
  | 'min-months-worked'
  | 'max-leave-days'
  | 'max-discipline'
  | 'requires-title'
  | 'achievement' // initiatives / research / excellent rating, as parameters say
  | 'consecutive-titles'
  | 'consecutive-ratings'
  | 'provincial-initiative'
  | 'unit-rating'
  | 'unit-consecutive-ratings'
  | 'members-ldtt-share'
  | 'members-min-rating'
  | 'members-cstdcs'
  | 'members-max-discipline'
  | 'has-members'
  | 'cluster-selection' // the emulation cluster's choice, recorded by the clerk (Cờ thi đua)
  | 'any-of';

/**
 * Rules that hold across titles (rules.md, "Rules that hold across titles"), applied by the
 * evaluator once for every title instead of being repeated in each title's criteria. Each
 * carries its parameter (with the regime's default and citation) or its citation.
 */
export interface GeneralRules {
  /** The lightest discipline in the review year that excludes a person from every title and award; null: none. */
  discipline: ParamDef;
  /** Whether a discipline still running on the review date excludes too (NĐ 152/2025 from 01/07/2025). */
  disciplineRunning: ParamDef;
  /** The lightest discipline of a member that bars a unit from every unit title and award; null: the regime has no such clause. */
  memberDiscipline: ParamDef;
  /** Leave that counts as time worked, taken off the leave days before any leave rule. */
  exemptLeave: { kinds: ExemptLeave['kind'][]; citation: string };
  /** The "new recruit" rule is about recruitment: a transferred person is reviewed on the whole year by the new agency. */
  transfer: { citation: string };
  /** Why a higher title or an award needs this year's base title (LĐTT), per title a parameter (`TitleRule.requiresBase`). */
  baseCitation: string;
}

export interface Criterion {
  /** Unique within the title, e.g. "leave". */
  id: string;
  kind: CriterionKind;
  /** The reason code given when the criterion is not met. */
  reason: ReasonCode;
  /** Catalogue key of the Vietnamese/English explanation of the criterion. */
  explain: string;
  citation: string;
  /** Parameter definitions; the evaluator reads their values by the short name after the last dot. */
  params: ParamDef[];
  /** The title a 'requires-title' (a person's or a unit's this year) or 'consecutive-titles' criterion is about, or whose holders a 'members-cstdcs' one counts (structure, not a parameter). */
  title?: PersonTitleId | UnitTitleId;
  /** Alternatives: the criterion is met when every criterion of any one group is met. */
  anyOf?: Criterion[][];
}

export interface CapRule {
  /** Cap as a share of the count of another title's awardees, or of all counted staff. */
  of: 'title' | 'staff' | 'units';
  title?: PersonTitleId;
  param: ParamDef;
  rounding: 'down' | 'nearest' | 'up';
  citation: string;
}

/**
 * Who decides a title or award. The agency's head recognises and gives what is his to give
 * (Quyết định); everything above is proposed to the one who decides (Tờ trình).
 */
export type Authority = 'agency-head' | 'province-chair' | 'minister';

/**
 * What a title is, said once on its rule and asked by every layer (lists, papers, pane,
 * command line). A layer that tests an id to learn one of these is a second place.
 */
export interface TitleRule {
  id: PersonTitleId | UnitTitleId;
  scope: 'person' | 'unit';
  /**
   * Unique in the rule set: the id, or `<id>_UNIT` for the unit variant of an award given
   * to persons and units alike (a unit's Bằng khen). Names the title's parameters and texts.
   */
  key: string;
  /** Catalogue key of the title's full name (`title.<key>`). */
  label: string;
  /** Catalogue key of the short name (`short.<key>`: "LĐTT", "BK tỉnh (tập thể)"). */
  short: string;
  /** A title is recognised ("công nhận danh hiệu"); an award is given ("tặng Bằng khen, Giấy khen"). */
  kind: 'title' | 'award';
  /** Who decides it. */
  decidedBy: Authority;
  /** Whether the title is reviewed at all in this rule set (a parameter). */
  enabled: ParamDef;
  criteria: Criterion[];
  cap?: CapRule;
  /** The council's minimum vote share; null = no threshold. */
  voteThreshold: ParamDef;
  /** Whether only those who registered for the title at the start of the year may be proposed. */
  registration: ParamDef;
  /**
   * Person titles above the base one (LĐTT): whether this year's base title is required
   * (rules.md; the clerk can turn it off per title). Absent on the base title itself.
   */
  requiresBase?: ParamDef;
  /**
   * Collective titles proper (TTLĐXS, TTLĐTT): a unit gets one, the highest awarded level.
   * Absent on awards, which a unit may receive beside its collective title.
   */
  level?: number;
}

export interface RuleSet {
  id: string;
  /** Catalogue key of the rule set's name. */
  label: string;
  /** ISO dates: the review dates for which the rule set is the one in force. */
  inForce: { from: string; to?: string };
  /**
   * False while the texts are not confirmed against published copies (a reported amendment):
   * offered, marked "chưa đối chiếu", never picked by a review date.
   */
  confirmed: boolean;
  /** The earlier regime this one changes (a later regime is an override of an earlier one). */
  extends?: string;
  /** The transition clause that says what the regime applies to from its first day (quoted in docs/regimes.md). */
  transition?: string;
  /**
   * Changes inside the regime, each from its own date (a circular replaced mid-regime): a
   * parameter's value or a citation is then a history of dated values, each with the text
   * that set it. `ruleSetOn(rs, date)` gives the rule set as it stood on a date.
   */
  amendments?: Amendment[];
  /** The legal texts, as one line for the basis sheet. */
  texts: string;
  /**
   * The legal basis as a paper prints it, one text per "Căn cứ …;" line, in the order of
   * the legal hierarchy (laws, decrees, circulars): full names and dates, no abbreviation.
   */
  basis: LegalText[];
  /** Titles in the order they are evaluated (prerequisites first). */
  titles: TitleRule[];
  /** Rules that hold across titles, applied once by the evaluator. */
  general: GeneralRules;
  /**
   * The titles the cross-title rules speak of: `base` is the one every higher title needs
   * (LĐTT), `grassroots` the person title counted for a unit (CSTĐCS).
   */
  roles: { base: PersonTitleId; grassroots: PersonTitleId };
}

/**
 * A change inside a regime from a date: the same vocabulary as a later regime's override
 * (`RegimeChange`): new defaults by parameter id, new citations by what they cite. Every key
 * must name something of the regime, or building it fails.
 */
export interface Amendment {
  /** ISO date from which the change applies (the date of effect of the text that makes it). */
  from: string;
  /** The text that makes it ("12/2019/TT-BNV"): one of the regime's basis. */
  by: string;
  defaults?: Record<string, ParamValue>;
  citations?: Record<string, string>;
}

/** A legal text of a regime's basis, on the legal timeline. */
export interface LegalText {
  kind: 'law' | 'decree' | 'circular' | 'decision';
  /** Số hiệu, when the text has one: "65/2014/NĐ-CP". */
  number?: string;
  /** ISO date of signature. */
  date: string;
  /**
   * What follows "Căn cứ " on a paper: "Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của
   * Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua,
   * Khen thưởng năm 2013". Made by `legalText()` from the parts: the date of signature only when
   * confirmed (an unconfirmed date is never printed).
   */
  printed: string;
  /** False until the name and date were checked against a published copy (search). */
  confirmed: boolean;
  /** Where it was checked (a public page quoting it), when confirmed. */
  source?: string;
  /**
   * When the text is in force, on the legal timeline: from its date of effect (or, where that
   * was not found, its signature: `effectConfirmed` false) to the day before the text that
   * replaced it took effect. A paper cites a text only on a date inside this interval.
   */
  inForce: { from: string; to?: string };
  /** Whether `inForce.from` is the date of effect as published (docs/regimes.md says where). */
  effectConfirmed?: boolean;
}

/** Parameter values resolved for a run: param id → value. */
export type ParamValues = Record<string, ParamValue>;

export type { Rating, Discipline };

/** A target of the agency's plan (Kế hoạch 05/KH-KHCN by default), as the review uses it. */
export interface TargetDef {
  id: string;
  /** Catalogue key of the label ("20 % CBCCVC đạt CSTĐCS"), or the plan's own words. */
  label: string;
  /** share of staff, count of people/units, or recorded by the clerk (Cờ thi đua…). */
  measure: 'share' | 'count' | 'recorded';
  /**
   * What is counted: people awarded this title (or any of `also`), units whose collective
   * title is this (`exact`) or that were awarded it.
   */
  counts?: { scope: 'person' | 'unit'; title: PersonTitleId | UnitTitleId; also?: (PersonTitleId | UnitTitleId)[]; exact?: boolean };
  /** Default requirement (0.2 for 20 %, 4 for four units). */
  default: number;
  /** Where the default comes from. */
  source: string;
}
