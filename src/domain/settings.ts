/**
 * What the clerk set, as data: the shape both adapters store in the workbook and every
 * layer reads. Storage (the cells of the settings sheet) lives in workbook/settings-store.ts.
 */
import type { Phase } from './types';
import type { Plan } from './plan';
import type { AgencySetting } from './agency';

/** Which column of a sheet holds which field; overrides what recognition found. */
export interface SheetMappingSetting {
  /** What the sheet is; 'ignore' keeps it out of the review even when it looks like a list. */
  role: 'staff' | 'units' | 'history' | 'initiatives' | 'ignore';
  /** 1-based row of the (last) header row, when the clerk fixed it. */
  headerRow?: number;
  /** field id → column letter ("B"); an empty string means "no column for this field". */
  columns: Record<string, string>;
}

/**
 * Values the reader did not know, given their meaning by the clerk: field → value as written →
 * a value of the field's scale ('excellent', 'good', 'complete', 'incomplete' for a rating; a
 * discipline id). Matched without case, accents or spacing ("a1" is "A1").
 */
export type ValueMapSetting = Partial<Record<'rating' | 'discipline', Record<string, string>>>;

export interface TargetSetting {
  id: string;
  /** Share (0..1) or count, as the target's measure says. */
  required: number;
  enabled: boolean;
  /** For targets the clerk records by hand (Cờ thi đua, chi bộ…): met or not. */
  recorded?: boolean;
}

export type { AgencySetting } from './agency';

/** A member of the council or of its counting committee, as the minutes name them. */
export interface MemberSetting {
  name: string;
  /** "Giám đốc Sở", "Chánh Văn phòng"… */
  position: string;
  /** "Chủ tịch Hội đồng", "Phó Chủ tịch Hội đồng", "Ủy viên", "Thư ký"; "Trưởng ban", "Ủy viên" in the counting committee. */
  role: string;
}

/**
 * What the papers need beyond the letterhead (dossier/agency.ts has the sample's defaults):
 * kept with the agency in the settings, set from a JSON file on the command line.
 */
export interface AgencyPapersSetting {
  /** The agency's name inside a sentence, with its capitals ("Sở Khoa học và Công nghệ"). */
  nameInText?: string;
  /** Abbreviation in "Số: …/TTr-KHCN". */
  code?: string;
  /** Abbreviation of the drafting unit in "Lưu: VT, VP.". */
  drafter?: string;
  /** Who decides what the agency proposes: "Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang". */
  recipient?: string;
  /** The provincial emulation board the proposal goes through: "Ban Thi đua - Khen thưởng tỉnh Bắc Giang". */
  board?: string;
  /** The minister, for a ministry's Bằng khen: "Bộ trưởng Bộ Khoa học và Công nghệ". */
  minister?: string;
  /** "Phòng họp Sở Khoa học và Công nghệ". */
  meetingPlace?: string;
  /** The council (the chair first) and the counting committee (its head first). */
  council?: MemberSetting[];
  counting?: MemberSetting[];
  /** The agency's own basis, printed after the laws ("Quyết định số …/QĐ-UBND … quy định chức năng, nhiệm vụ …"). */
  basis?: string[];
  /** The year's emulation plan the reports refer to. */
  plan?: { number: string; date: string; about: string };
}

/**
 * Everything the clerk set, kept inside the workbook (very hidden sheet), read and
 * written by the command line and the add-in alike. Versioned: readers accept older
 * versions and ignore unknown fields.
 */
export interface StoredSettings {
  version: 1;
  mapping?: Record<string, SheetMappingSetting>;
  /** What the clerk says an unknown value means (the "Khá" of a rating column). */
  valueMap?: ValueMapSetting;
  preset?: string;
  /** Parameter changes over the preset: param id → value. */
  params?: Record<string, number | boolean | string | null>;
  targets?: TargetSetting[];
  /** The plan the targets come from, when the clerk loaded one (no targets otherwise; the sample workbook holds its own). */
  plan?: Plan;
  agency?: Partial<AgencySetting> & AgencyPapersSetting;
  /**
   * The clerk's word that the staff list's vote column holds the council's secret ballot, with
   * the council's size (members entitled to vote). Without it the tally form alone is the vote.
   */
  staffVotes?: { council: number };
  /** The meeting date (ngày họp bình xét). */
  reviewDate?: string;
  /** The year under review, when the clerk set it apart from the meeting date (a January meeting on last year). */
  reviewYear?: number;
  /** The award money's figures the clerk set (đồng): the mức lương cơ sở, the fund available. */
  money?: { baseWage?: number; fund?: number };
  phase?: Phase;
  lang?: 'vi' | 'en';
  /** Names of the sheets the add-in wrote last time: the only ones it may replace. */
  ownedSheets: string[];
  /** The history sheet "Chốt kết quả năm" created: the add-in may rewrite it (keeping every row). */
  historySheet?: string;
  lastRun?: { at: string; by: 'cli' | 'addin' | 'preview' };
}

export const SETTINGS_VERSION = 1;

/** Name of the very hidden sheet that holds the settings (the add-in's, never an input). */
export const SETTINGS_SHEET = 'BinhXet_CaiDat';
export const emptySettings = (): StoredSettings => ({ version: 1, ownedSheets: [] });
