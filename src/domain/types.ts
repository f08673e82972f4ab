/**
 * The glossary of rules.md as types. Everything downstream (rules, sheets, layout,
 * adapters, pane) speaks these names; nothing here knows about Excel or Node.
 */

/** Title ids exactly as rules.md's glossary spells them. */
export type PersonTitleId = 'LDTT' | 'CSTDCS' | 'CSTD_TINH' | 'BK_TINH' | 'BK_BO' | 'GIAY_KHEN';
export type UnitTitleId = 'TTLDTT' | 'TTLDXS' | 'BK_TINH' | 'BK_BO' | 'CO_TINH';
export type TitleId = PersonTitleId | UnitTitleId;

/** Yearly rating, best first. */
export type Rating = 'excellent' | 'good' | 'complete' | 'incomplete';
export const RATING_ORDER: readonly Rating[] = ['excellent', 'good', 'complete', 'incomplete'];
/** 0 = excellent … 3 = incomplete: lower is better. */
export const ratingRank = (r: Rating): number => RATING_ORDER.indexOf(r);
export const atLeast = (r: Rating | undefined, min: Rating): boolean => r !== undefined && ratingRank(r) <= ratingRank(min);

/** Discipline, lightest first; 'none' when the person was not disciplined. */
export type Discipline = 'none' | 'reprimand' | 'warning' | 'salary-downgrade' | 'demotion' | 'dismissal' | 'forced-resignation';
export const DISCIPLINE_ORDER: readonly Discipline[] = ['none', 'reprimand', 'warning', 'salary-downgrade', 'demotion', 'dismissal', 'forced-resignation'];
export const disciplineAtLeast = (d: Discipline, min: Discipline): boolean => DISCIPLINE_ORDER.indexOf(d) >= DISCIPLINE_ORDER.indexOf(min);

export type Gender = 'male' | 'female';

/** Where a record came from: 1-based worksheet row. */
export interface SourceRef {
  sheet: string;
  row: number;
}

/** One past year of a person or unit: the titles received, the rating, what was achieved. */
export interface YearRecord {
  titles: TitleId[];
  rating?: Rating;
  /** Initiatives recognised that year (from year columns, free text or an initiatives sheet). */
  initiatives?: number;
  /** Research projects accepted that year. */
  researchProjects?: number;
  /** Whether an initiative of that year was recognised at provincial scope. */
  provincialInitiative?: boolean;
}

/**
 * Leave a regime may count as time worked (rules.md, "Rules that hold across titles"; NĐ
 * 65/2014 Đ5 k2–k4 and successors): maternity, approved training, treatment of an injury got
 * in combat or rescuing people or property (`duty-injury`), and a work accident of any other
 * kind (`work-injury`, "tai nạn lao động": exempt only where the regime's text says so).
 * Taken off the leave count before any leave rule, kind by kind as the regime lists them.
 */
export interface ExemptLeave {
  kind: 'maternity' | 'work-injury' | 'duty-injury' | 'training';
  /** Working days; undefined when the sheet only marks it ("x"): then the whole leave is of this kind. */
  days?: number;
}

/** How the person came to the agency: the "new recruit" rule is about recruitment only. */
export type Arrival = 'recruited' | 'transferred';

export interface Person {
  /** Stable within one review: "sheet!row". */
  id: string;
  source: SourceRef;
  name: string;
  birthYear?: number;
  /** ISO date (yyyy-mm-dd) when the sheet gives a full date. */
  birthDate?: string;
  gender?: Gender;
  position?: string;
  /** Canonical unit name (the unit sheet's spelling when it matched). */
  unit?: string;
  /**
   * ISO date of recruitment (ngày tuyển dụng, ngày bắt đầu công tác at the first job): the
   * only date the "new recruit" rule looks at. A month/year or year-only value counts from the 1st.
   */
  hireDate?: string;
  /** ISO date of joining this agency (ngày về cơ quan, ngày chuyển đến), when the sheet tells it apart. */
  joinDate?: string;
  /** Recruited, or transferred from another agency (chuyển đến, điều động, luân chuyển); undefined when unknown. */
  arrival?: Arrival;
  /** Months worked in the period, when the sheet gives it instead of a date. */
  monthsWorked?: number;
  rating?: Rating;
  /** Working days of leave in the period as the sheet gives them (exempt leave is taken off by the rules). */
  leaveDays?: number;
  /** Leave that counts as time worked (maternity, work injury, approved training). */
  exemptLeave: ExemptLeave[];
  /** Discipline decided in the review year (or still running, see disciplineUntil); 'none' otherwise. */
  discipline: Discipline;
  /** Year the discipline was decided, when the sheet says. */
  disciplineYear?: number;
  /** ISO date the discipline ends (thời hạn thi hành kỷ luật), when known: vn-2025 blocks while it runs. */
  disciplineUntil?: string;
  /** Recognised initiatives this year (sáng kiến được công nhận). */
  initiatives: number;
  /** Whether an initiative was recognised at provincial scope (for CSTĐ tỉnh). */
  provincialInitiative: boolean;
  /** Accepted research projects this year. */
  researchProjects: number;
  /** The council's vote share, 0..1, when voted. */
  voteShare?: number;
  /** Titles registered for at the start of the year; undefined when no registration sheet was read. */
  registered?: TitleId[];
  /** Past years, by year. */
  history: Record<number, YearRecord>;
  note?: string;
  /** Set when the row is kept for display but left out of the counts (unknown rating, duplicate…). */
  excluded?: boolean;
}

export interface Unit {
  id: string;
  source?: SourceRef;
  name: string;
  /** Headcount as the unit sheet states it (checked against the staff list). */
  declaredMembers?: number;
  rating?: Rating;
  /** Titles registered for at the start of the year; undefined when no registration sheet was read. */
  registered?: TitleId[];
  /**
   * The emulation cluster's choice for the provincial emulation flag (Cờ thi đua), as the clerk
   * recorded it on the unit sheet, and the column it was read from; undefined when no column records it.
   */
  clusterChoice?: { selected: boolean; column: string };
  history: Record<number, YearRecord>;
  note?: string;
}

export type Severity = 'error' | 'warning' | 'info';

/** A data problem, always tied to a place in the workbook when there is one. */
export interface DataIssue {
  severity: Severity;
  /** Stable code, e.g. 'unknown-rating'; the catalogue turns it into text. */
  code: string;
  sheet?: string;
  /** A1 address, e.g. "E12". */
  cell?: string;
  /** The value found, as text. */
  value?: string;
  /** Extra values the message template uses. */
  args?: Record<string, string | number>;
}

export type Phase = 'mid' | 'year';
