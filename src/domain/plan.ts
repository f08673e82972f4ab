/**
 * The agency's emulation plan (kế hoạch thi đua) as data: what the review measures the
 * results against. The bundled sample's is Kế hoạch 05/KH-KHCN of 2014; an agency loads its
 * own (`--plan plan.json`, the pane) and the workbook keeps it in its settings.
 */
import type { AgencySetting } from './agency';
import type { Phase, TitleId } from './types';

export interface PlanTarget {
  /** Stable within the plan ("ldtt-share"): the clerk's changes to it are kept by this id. */
  id: string;
  /** The plan's words ("80% cán bộ, công chức, viên chức đạt danh hiệu Lao động tiên tiến"), or a catalogue key. */
  label: string;
  /** A share of the staff, a number of people or units, or a result the clerk records (Cờ thi đua…). */
  measure: 'share' | 'count' | 'recorded';
  /** What is counted; absent for a recorded target. `also`: titles counted with it (the minister's Bằng khen with the province's). */
  counts?: { scope: 'person' | 'unit'; title: TitleId; also?: TitleId[]; exact?: boolean };
  /** 0.8 for 80 %, 4 for four units, 1 for a recorded target. */
  required: number;
}

export interface PlanPhase {
  id: Phase;
  /** ISO dates of the phase (đợt thi đua). */
  from: string;
  to: string;
}

export interface Plan {
  /** Số hiệu: "05/KH-KHCN". */
  number: string;
  /** ISO date of signature. */
  date: string;
  /** The year the plan is for. */
  year: number;
  /** "Kế hoạch phát động thi đua năm 2014". */
  title?: string;
  /** The agency whose plan it is, as its papers print it. */
  agency?: Partial<AgencySetting>;
  phases: PlanPhase[];
  targets: PlanTarget[];
}
