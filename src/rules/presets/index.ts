import type { LegalText, ParamDef, RuleSet } from '../types';
import { VN_2014 } from './vn-2014';
import { VN_2017 } from './vn-2017';
import { VN_2024 } from './vn-2024';
import { VN_2025 } from './vn-2025';

/**
 * The regimes on the legal timeline, oldest first. A new regime is one more data file (an
 * override of the one before); one whose texts are not confirmed is listed with
 * `confirmed: false`: offered, never picked by a review date.
 */
export const PRESETS: RuleSet[] = [VN_2014, VN_2017, VN_2024, VN_2025];

export function findPreset(id: string): RuleSet | undefined {
  return PRESETS.find((p) => p.id === id);
}

export function getPreset(id: string): RuleSet {
  const p = findPreset(id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return p;
}

/**
 * The rule set in force on a review date: the newest confirmed regime that started on or
 * before it; before the first one, the first one (and `beforeTimeline` says so).
 */
export function presetForDate(isoDate: string, presets: RuleSet[] = PRESETS): RuleSet {
  const confirmed = presets.filter((p) => p.confirmed).sort((a, b) => b.inForce.from.localeCompare(a.inForce.from));
  return confirmed.find((p) => p.inForce.from <= isoDate) ?? confirmed[confirmed.length - 1];
}

/** Whether a review date is earlier than every regime the add-in knows (its texts are older). */
export const beforeTimeline = (isoDate: string, presets: RuleSet[] = PRESETS): boolean =>
  presets.every((p) => !p.confirmed || isoDate < p.inForce.from);

/** The texts of a regime's basis that apply on a review date (TT 08/2017 until 2019, TT 12/2019 after). */
export function basisAt(rs: RuleSet, isoDate: string): LegalText[] {
  return rs.basis.filter((b) => (!b.inForce?.from || b.inForce.from <= isoDate) && (!b.inForce?.to || isoDate <= b.inForce.to));
}

/** The parameters of the rules that hold across titles. */
export function generalParams(rs: RuleSet): ParamDef[] {
  return [rs.general.discipline, rs.general.disciplineRunning, rs.general.memberDiscipline];
}

/** Every parameter of a rule set: the general ones, then each title's in the order the criteria declare them. */
export function allParams(rs: RuleSet): ParamDef[] {
  return [...generalParams(rs), ...rs.titles.flatMap((t) => titleParams(t))];
}

/** A title's parameters. */
export function titleParams(t: RuleSet['titles'][number]): ParamDef[] {
  const out: ParamDef[] = [t.enabled];
  if (t.requiresBase) out.push(t.requiresBase);
  for (const c of t.criteria) {
    out.push(...c.params);
    for (const g of c.anyOf ?? []) for (const x of g) out.push(...x.params);
  }
  if (t.cap) out.push(t.cap.param);
  out.push(t.voteThreshold, t.registration);
  return out;
}
