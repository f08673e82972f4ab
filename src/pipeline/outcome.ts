/**
 * What a review takes besides the grids and what it gives back: the shapes the pane, the
 * command line and the preview share. Apart from the pipeline (review.ts) so that neither
 * file imports the other.
 */
import type { DataIssue, Phase, TitleId } from '../domain/types';
import type { AgencySetting } from '../domain/agency';
import type { NameOrder } from '../rules/name-order';
import type { RuleSet } from '../rules/types';
import type { TallyForm } from '../sheets/forms/tally';
import type { ReviewResult } from '../domain/verdict';
import type { SheetSpec } from '../sheets/grid';
import type { ColumnMapping, MapOverride, ParsedWorkbook, SheetRecognition, SheetRole } from '../sheets/fields';
import type { ReadReport } from '../sheets/read-report';
import type { StoredSettings, TargetSetting } from '../domain/settings';
import type { Plan } from '../domain/plan';
import type { Lang } from '../i18n/types';

/** What the caller changes for this run on top of the workbook's settings. */
export interface ReviewOverrides {
  preset?: string;
  reviewDate?: string;
  /** The year under review, when it is not the one the meeting date implies (`--year`, the pane). */
  reviewYear?: number;
  /** The award money's figures (`--base-wage`, `--fund`): saved in the settings. */
  money?: { baseWage?: number; fund?: number };
  phase?: Phase;
  params?: Record<string, number | boolean | string | null>;
  targets?: TargetSetting[];
  /** A plan loaded for this run (`--plan plan.json`): saved in the workbook's settings. */
  plan?: Plan;
  lang?: Lang;
  /** The staff list's vote column is the council's ballot, of this many members (`--staff-votes 9`). */
  staffVotes?: { council: number };
  /** The agency and what its papers need (a JSON file on the command line), over the saved one. */
  agency?: StoredSettings['agency'];
  /** Who sets these overrides, for the basis sheet ("command-line", "pane"). */
  source?: 'command-line' | 'pane';
  /** The command line's `--map` choices: merged into the settings' mapping and saved with it. */
  map?: MapOverride[];
  /** The command line's `--map-value` choices: what a value means, saved in the settings' value map. */
  mapValue?: { field: 'rating' | 'discipline'; value: string; meaning: string }[];
}

export interface ReviewOutcome {
  parsed: ParsedWorkbook;
  /** Absent when a data error stopped the review. */
  result?: ReviewResult;
  /** Every issue: data issues from reading, then plan/rule conflicts. */
  issues: DataIssue[];
  /**
   * Result sheets to write (empty when the review stopped): made on first read by the
   * documents stage (src/pipeline/documents.ts), never by the review itself.
   */
  readonly sheets: SheetSpec[];
  /** What the documents stage needs beside the result (absent when the review stopped). */
  papers?: PaperContext;
  /** The settings as they should be saved with the results. */
  settings: StoredSettings;
  lang: Lang;
  /**
   * What recognition finds in each sheet on its own, for the pane's step 1 (the clerk's choices
   * are told against it): worked out beside the review where it runs off the pane's thread.
   */
  choices?: AutoChoices;
}

/** Each sheet's role as recognition alone finds it, and each recognised sheet's columns in its role. */
export interface AutoChoices {
  /** The year recognition ran for (past-year columns are named by it). */
  year: number;
  roles: Record<string, SheetRole | undefined>;
  columns: Record<string, ColumnMapping[]>;
}

/** What the review keeps for this stage beside its result. */
export interface PaperContext {
  ruleSet: RuleSet;
  /** Every issue of the review (the "Vấn đề dữ liệu" sheet). */
  issues: DataIssue[];
  recognitions: SheetRecognition[];
  /** Unit names in the unit sheet's order. */
  unitOrder: string[];
  lang: Lang;
  agency?: Partial<AgencySetting>;
  names?: NameOrder;
  /** Titles registered per person and unit, when a registration sheet was read. */
  registered?: Map<string, TitleId[]>;
  /** Names of the sheets read (the clerk's): a form already there is never made again. */
  inputNames: string[];
  /** This year's tally as the clerk filled it in (for the minutes of the count), when there is one. */
  tally?: TallyForm;
  /** How the workbook was read ("Đã đọc như sau"). */
  reading?: ReadReport;
}
