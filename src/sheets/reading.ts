/**
 * How a workbook was read, as data: every row of a list's table that is no person with why
 * (a totals row, a legend, a section heading…), and the values nobody told the reader the
 * meaning of. The "Đã đọc như sau" table (read-report.ts) and the issues are made from it.
 */
import type { Rating } from '../domain/types';

/** A code a legend under the table explains ("A1: Hoàn thành xuất sắc nhiệm vụ"). */
export interface LegendEntry {
  code: string;
  rating: Rating;
  text: string;
}

/** A value of a field the reader does not know, once per value, with how many cells hold it. */
export interface UnknownValue {
  field: 'rating' | 'discipline';
  /** The issue it gives: this year's rating, a unit's, a past year's, a discipline. */
  code: string;
  /** The value as first written. */
  value: string;
  count: number;
  sheet: string;
  /** Up to five cells that hold it, the first first. */
  cells: string[];
}

/** Why a row of a list's table was read as no person. */
export const ROW_WHYS = ['section', 'totals', 'summary', 'legend', 'signature', 'header-repeat', 'numbering', 'collective', 'household', 'no-name', 'rating-no-name', 'not-a-name'] as const;
export type RowWhy = (typeof ROW_WHYS)[number];

export interface RowNote {
  /** 1-based, as Excel shows it. */
  row: number;
  why: RowWhy;
  /** The text that decided ("Tổng cộng", "I. VĂN PHÒNG SỞ"), when there is one. */
  text?: string;
}

/** A column as read: the field it gave, how many cells held something, how many of those did not read. */
export interface ColumnRead {
  field: string;
  /** 0-based column. */
  col: number;
  /** The header as written (rows of a multi-row header joined with " / "). */
  header: string;
  filled: number;
  unread: number;
  /** Up to three different values not read. */
  examples: string[];
  fromSettings?: boolean;
}

/** One list sheet's rows, every one accounted for. */
export interface SheetRows {
  sheet: string;
  role: 'staff' | 'units';
  /** First and last row (1-based) of the table as read. */
  first: number;
  last: number;
  /** Rows read as people (or units). */
  records: number;
  notes: RowNote[];
  legend: LegendEntry[];
  /** Each used column, as read. */
  columns: ColumnRead[];
}

export interface Reading {
  rows: SheetRows[];
  unknownValues: UnknownValue[];
}
