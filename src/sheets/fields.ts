import type { DataIssue, Person, TitleId, Unit } from '../domain/types';

/**
 * Field ids a column can be mapped to. Past-year columns use composite ids:
 * `pastTitle:CSTDCS:2013` (a mark "x" means the title was received that year) and
 * `pastRating:2013`.
 */
export const STAFF_FIELDS = [
  'index',
  'name',
  'birth',
  'birthMale',
  'birthFemale',
  'gender',
  'position',
  'unit',
  'hireDate',
  'monthsWorked',
  'rating',
  'leaveDays',
  'maternityLeave',
  'discipline',
  'initiative',
  'provincialInitiative',
  'researchProject',
  'voteShare',
  'note',
] as const;
export type StaffField = (typeof STAFF_FIELDS)[number];

export const UNIT_FIELDS = ['index', 'unitName', 'members', 'unitRating', 'note'] as const;
export type UnitField = (typeof UNIT_FIELDS)[number];

export const HISTORY_FIELDS = ['name', 'unit', 'birth', 'year', 'title', 'rating'] as const;
export type HistoryField = (typeof HISTORY_FIELDS)[number];

export type SheetRole = 'staff' | 'units' | 'history';

export interface ColumnMapping {
  /** A field id of the role, or a composite past-year id. */
  field: string;
  /** 0-based absolute column. */
  col: number;
  /** The header text as found (both rows of a two-row header joined with " / "). */
  header: string;
  /** Set when the clerk chose this column in the settings rather than recognition. */
  fromSettings?: boolean;
}

export interface SheetRecognition {
  sheet: string;
  role: SheetRole;
  /** 0-based absolute rows of the header (one or two rows; a "(1) (2)…" row is not part of it). */
  headerTop: number;
  headerBottom: number;
  /** 0-based absolute row where the data starts. */
  dataStart: number;
  columns: ColumnMapping[];
  /** 0..1: how sure recognition is (share of the role's key fields found). */
  confidence: number;
}

export const pastTitleField = (title: TitleId, year: number): string => `pastTitle:${title}:${year}`;
export const pastRatingField = (year: number): string => `pastRating:${year}`;

/** Records read from the workbook, before any rule is applied. */
export interface ParsedWorkbook {
  recognitions: SheetRecognition[];
  persons: Person[];
  units: Unit[];
  issues: DataIssue[];
  /** True when an error stops the review (no staff sheet, no name or rating column). */
  fatal: boolean;
}

/** Sheets of several files reviewed as one agency are named "file › sheet". */
export const SOURCE_SEPARATOR = ' › ';
