/**
 * The review pipeline, pure: grids + settings in, records, verdicts, targets and the
 * sheets to write out. The pane, the command line and the preview all call this.
 */
import type { DataIssue, Phase } from '../domain/types';
import type { ReviewResult } from '../domain/verdict';
import type { SheetGrid, SheetSpec } from '../sheets/grid';
import type { MapOverride, ParsedWorkbook } from '../sheets/fields';
import type { StoredSettings, TargetSetting } from '../domain/settings';
import type { Plan } from '../domain/plan';
import type { Lang } from '../i18n/catalogue';

/** What the caller changes for this run on top of the workbook's settings. */
export interface ReviewOverrides {
  preset?: string;
  reviewDate?: string;
  phase?: Phase;
  params?: Record<string, number | boolean | string | null>;
  targets?: TargetSetting[];
  /** A plan loaded for this run (`--plan plan.json`): saved in the workbook's settings. */
  plan?: Plan;
  lang?: Lang;
  /** Who sets these overrides, for the basis sheet ("command-line", "pane"). */
  source?: 'command-line' | 'pane';
  /** The command line's `--map` choices: merged into the settings' mapping and saved with it. */
  map?: MapOverride[];
}

export interface ReviewOutcome {
  parsed: ParsedWorkbook;
  /** Absent when a data error stopped the review. */
  result?: ReviewResult;
  /** Every issue: data issues from reading, then plan/rule conflicts. */
  issues: DataIssue[];
  /** Result sheets to write (empty when the review stopped). */
  sheets: SheetSpec[];
  /** The settings as they should be saved with the results. */
  settings: StoredSettings;
  lang: Lang;
}

export { runReview } from './review';
export type { SheetGrid };
