import type { DataIssue, Person, TitleId, Unit } from '../domain/types';

/**
 * Field ids a column can be mapped to. What each one means, the header texts it is found
 * under, how its cells are read and what an unreadable cell becomes are declared once, in
 * `reader/field-table.ts`; these lists are the ids in the order the pane shows them.
 *
 * Past-year columns use composite ids: `pastTitle:CSTDCS:2013` (a mark "x" means the title
 * was received that year), `pastRating:2013`, `pastInitiative:2013`, `pastResearch:2013`
 * and `pastText:2013` (titles written out, "CSTĐCS" or "LĐTT, HTXSNV").
 */
export const STAFF_FIELDS = [
  'index',
  'name',
  'honorific',
  'kind',
  'birth',
  'birthMale',
  'birthFemale',
  'gender',
  'position',
  'positionUnit',
  'unit',
  'hireDate',
  'joinDate',
  'arrival',
  'monthsWorked',
  'rating',
  'leaveDays',
  'maternityLeave',
  'trainingLeave',
  'injuryLeave',
  'dutyInjuryLeave',
  'discipline',
  'disciplineYear',
  'disciplineUntil',
  'initiative',
  'initiativeScope',
  'provincialInitiative',
  'researchProject',
  'historyText',
  'registered',
  'voteShare',
  'note',
] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

export const UNIT_FIELDS = ['index', 'unitName', 'members', 'unitRating', 'registered', 'clusterChoice', 'note'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export const HISTORY_FIELDS = ['name', 'unit', 'birth', 'year', 'title', 'rating', 'decision'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

/** A list of recognised initiatives or research projects, one row each, joined to people by the author's name. */
export const INITIATIVE_FIELDS = ['index', 'author', 'initiativeTitle', 'initiativeKind', 'decision', 'scope', 'year', 'unit', 'birth'] as const;
export type InitiativeField = (typeof INITIATIVE_FIELDS)[number];

export type SheetRole = 'staff' | 'units' | 'history' | 'initiatives';
export const SHEET_ROLES: readonly SheetRole[] = ['staff', 'units', 'history', 'initiatives'];

/** The fields the clerk can map for a role (past-year fields come from the recognised header). */
export function fieldsOfRole(role: SheetRole): readonly string[] {
  return { staff: STAFF_FIELDS, units: UNIT_FIELDS, history: HISTORY_FIELDS, initiatives: INITIATIVE_FIELDS }[role];
}

export interface ColumnMapping {
  /** A field id of the role, or a composite past-year id. */
  field: string;
  /** 0-based absolute column. */
  col: number;
  /** The header text as found (the rows of a multi-row header joined with " / "). */
  header: string;
  /** Set when the clerk chose this column in the settings rather than recognition. */
  fromSettings?: boolean;
}

/** A header column no field took: listed to the clerk as "not used". */
export interface UnusedColumn {
  col: number;
  header: string;
}

export interface SheetRecognition {
  sheet: string;
  role: SheetRole;
  /** 0-based absolute rows of the header (one to three rows; a "(1) (2)…" or "1 2 3" row is not part of it). */
  headerTop: number;
  headerBottom: number;
  /** 0-based absolute row where the data starts. */
  dataStart: number;
  columns: ColumnMapping[];
  /** Header columns that no field uses. */
  unused?: UnusedColumn[];
  /** 0..1: how sure recognition is (share of the role's key fields found). */
  confidence: number;
  /** Set when the clerk chose this sheet's role in the settings. */
  fromSettings?: boolean;
  /** Fields the clerk said this sheet has no column for (a column '' in the settings). */
  noColumn?: string[];
}

export const pastTitleField = (title: TitleId, year: number): string => `pastTitle:${title}:${year}`;
export const pastRatingField = (year: number): string => `pastRating:${year}`;

/** Records read from the workbook, before any rule is applied. */
export interface ParsedWorkbook {
  recognitions: SheetRecognition[];
  persons: Person[];
  units: Unit[];
  issues: DataIssue[];
  /** Every row of each list accounted for, and the values not understood (absent when the review stopped). */
  reading?: import('./reading').Reading;
  /** True when an error stops the review (no staff sheet, no name or rating column). */
  fatal: boolean;
}

/**
 * A choice made on the command line (`--map`): a sheet's role (`staff=Sheet`), a field's
 * column (`rating=Sheet!H`, an empty column meaning "none"), or the header row (`header=Sheet!7`).
 * It is saved in the workbook's settings exactly as the pane saves a mapping.
 */
export interface MapOverride {
  sheet: string;
  role?: SheetRole | 'ignore';
  field?: string;
  column?: string;
  headerRow?: number;
}

/** Sheets of several files reviewed as one agency are named "file › sheet". */
export const SOURCE_SEPARATOR = ' › ';
