import type { Person, PersonTitleId, Phase, Unit, UnitTitleId, TitleId } from './types';
import type { CapTie, TallyReport } from './tally';

/** awarded = proposed; over-cap = meets every criterion but a cap left it out. */
export type Status = 'awarded' | 'over-cap' | 'not-eligible';

/** Stable reason codes (issue 2 lists the minimum set). */
export type ReasonCode =
  | 'rating'
  | 'no-rating'
  | 'new-recruit'
  | 'leave-days'
  | 'discipline'
  | 'discipline-running'
  | 'discipline-ended'
  | 'no-initiative'
  | 'not-ldtt'
  | 'not-cstdcs'
  | 'not-consecutive'
  | 'no-provincial-initiative'
  | 'members-ldtt-share'
  | 'members-incomplete'
  | 'no-cstdcs-member'
  | 'member-discipline'
  | 'unit-rating'
  | 'no-members'
  | 'votes'
  | 'cap'
  | 'excluded'
  | 'higher-title'
  | 'not-registered'
  | 'unit-not-title'
  | 'cluster-not-selected';

export interface Reason {
  code: ReasonCode;
  /** The criterion that failed (ids of the rule set), for the basis sheet and the pane. */
  criterion: string;
  /** Legal citation of that criterion. */
  citation: string;
  /** Values the catalogue's template fills in: the found value and the limit. */
  args: Record<string, string | number>;
}

export interface Verdict {
  title: TitleId;
  status: Status;
  reasons: Reason[];
  /** Rank among the eligible when a cap applied (1 = first). */
  rank?: number;
}

export interface PersonResult {
  person: Person;
  verdicts: Partial<Record<PersonTitleId, Verdict>>;
}

export interface UnitResult {
  unit: Unit;
  /** People of the staff list in this unit (counted ones only). */
  members: number;
  memberLdtt: number;
  memberCstdcs: number;
  verdicts: Partial<Record<UnitTitleId, Verdict>>;
  /** The one collective title the unit gets (the highest awarded), if any. */
  collectiveTitle?: UnitTitleId;
}

export interface TargetResult {
  id: string;
  label: string;
  /** 'share': actual and required are fractions; 'count': whole numbers. */
  measure: 'share' | 'count' | 'recorded';
  required: number;
  actual: number;
  /** The count behind a share (e.g. 83 people), and its base (105 staff). */
  count: number;
  base: number;
  met: boolean;
  /** How many more people or units are needed; 0 when met. */
  gap: number;
  /** What the target counts (people with a title, units with one), for the candidates who could close a gap. */
  counts?: { scope: 'person' | 'unit'; title: TitleId; also?: TitleId[]; exact?: boolean };
  /** Set when the rule set makes the target impossible to reach (with the why). */
  impossible?: { code: string; args: Record<string, string | number> };
}

export interface ParamUse {
  id: string;
  value: number | boolean | string | null;
  /** Where the value came from. */
  source: 'preset' | 'workbook' | 'command-line' | 'pane';
  citation: string;
}

export interface ReviewResult {
  ruleSetId: string;
  reviewDate: string;
  year: number;
  phase: Phase;
  params: ParamUse[];
  persons: PersonResult[];
  units: UnitResult[];
  targets: TargetResult[];
  /** Conflicts between the plan and the rule set, shown before the numbers. */
  warnings: { code: string; args: Record<string, string | number> }[];
  /**
   * Keys of the titles the council must still vote on: a cap cuts in or a vote threshold is
   * in force, and no candidate has a vote share yet. Their lists, and the papers that depend
   * on them, are drafts ("DỰ THẢO"): the engine's ranking is only a proposal until the tally
   * is entered.
   */
  pendingVote: string[];
  /** The tally as read from this year's "Kiểm phiếu" sheet, when it holds votes. */
  tally?: TallyReport;
  /**
   * Ties at a cap after the vote (src/pipeline/ties.ts): an unsettled one keeps its title in
   * `pendingVote` (a draft) until the clerk records the council's choice in the tally form.
   */
  ties?: CapTie[];
  /** What the clerk set for the award money: the mức lương cơ sở where the tool has none, the agency's fund available. */
  money?: MoneySettings;
}

/** The clerk's figures for the award money (đồng). */
export interface MoneySettings {
  /** The mức lương cơ sở, where the timeline has no amount (NĐ 161/2026 from 01/7/2026) or the clerk corrects it. */
  baseWage?: number;
  /** The agency's emulation fund available: a total above it is a warning. */
  fund?: number;
}
