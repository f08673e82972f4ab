import type { ParamDef, RuleSet } from '../types';
import { VN_2014 } from './vn-2014';
import { VN_2024 } from './vn-2024';

export const PRESETS: RuleSet[] = [VN_2014, VN_2024];

export function findPreset(id: string): RuleSet | undefined {
  return PRESETS.find((p) => p.id === id);
}

export function getPreset(id: string): RuleSet {
  const p = findPreset(id);
  if (!p) throw new Error(`unknown preset ${id}`);
  return p;
}

/** The rule set in force on a review date: the newest whose regime started on or before it. */
export function presetForDate(isoDate: string): RuleSet {
  const sorted = [...PRESETS].sort((a, b) => b.inForce.from.localeCompare(a.inForce.from));
  return sorted.find((p) => p.inForce.from <= isoDate) ?? VN_2014;
}

/** Every parameter of a rule set, in the order the titles and criteria declare them. */
export function allParams(rs: RuleSet): ParamDef[] {
  const out: ParamDef[] = [];
  for (const t of rs.titles) {
    out.push(t.enabled);
    for (const c of t.criteria) {
      out.push(...c.params);
      for (const g of c.anyOf ?? []) for (const x of g) out.push(...x.params);
    }
    if (t.cap) out.push(t.cap.param);
    out.push(t.voteThreshold, t.registration);
  }
  return out;
}
