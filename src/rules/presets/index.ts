import type { LegalText, ParamDef, ParamValue, RuleSet } from '../types';
import { amendedOn, checkAmendments } from './derive';
import { ALL_TEXTS } from './texts';
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
// Every amendment is applied once on loading: a key naming nothing fails here, not on its date.
for (const p of PRESETS) checkAmendments(p);

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
export const beforeTimeline = (isoDate: string, presets: RuleSet[] = PRESETS): boolean => presets.every((p) => !p.confirmed || isoDate < p.inForce.from);

/** A date brought inside a regime's review dates (a January meeting on last year's review under last year's regime). */
function within(rs: RuleSet, isoDate: string): string {
  if (isoDate < rs.inForce.from) return rs.inForce.from;
  if (rs.inForce.to && isoDate > rs.inForce.to) return rs.inForce.to;
  return isoDate;
}

/**
 * The texts a paper of a review under `rs` cites on its date: those of the regime's basis in
 * force on that date, never a text signed after it; after the regime ended (a meeting of
 * 10/01/2024 on the 2023 review under `vn-2017`), the texts of the timeline in force that day
 * (Luật 2022, NĐ 98/2023, TT 01/2024). So a
 * decision of 20/12/2018 cites TT 08/2017, not TT 12/2019; one of 20/12/2025 cites TT 15/2025,
 * not TT 01/2024 beside it; one of 15/07/2025 cites TT 01/2024, not TT 15/2025. The papers call this.
 */
export function basisOn(rs: RuleSet, isoDate: string): LegalText[] {
  // A meeting after the regime ended (last year's review met in January under last year's
  // criteria): the papers cite the texts in force on their own date, from the whole timeline.
  if (rs.inForce.to && isoDate > rs.inForce.to) return ALL_TEXTS.filter((b) => b.inForce.from <= isoDate && (!b.inForce.to || isoDate <= b.inForce.to));
  const d = within(rs, isoDate);
  return rs.basis.filter((b) => b.inForce.from <= d && (!b.inForce.to || d <= b.inForce.to) && (!b.confirmed || b.date <= isoDate));
}

/** The former name of `basisOn`. */
export const basisAt = basisOn;

/**
 * The rule set as it stood on a date: its amendments in force by then applied (the citation
 * of a reason is the article in force on the review date), its basis the texts in force then.
 */
export function ruleSetOn(rs: RuleSet, isoDate: string): RuleSet {
  const amended = amendedOn(rs, within(rs, isoDate));
  return { ...amended, basis: basisOn(rs, isoDate) };
}

/** One value of a parameter on the legal timeline, with the text that set it. */
export interface DatedValue {
  from: string;
  to?: string;
  value: ParamValue;
  citation: string;
  ruleSet: string;
}

/**
 * A parameter's history over the confirmed regimes and their amendments (OpenFisca style):
 * each value from its date, with its reference. Consecutive dates with the same value and
 * citation are one entry.
 */
export function paramHistory(id: string, presets: RuleSet[] = PRESETS): DatedValue[] {
  const points: (DatedValue & { absent?: boolean; end?: string })[] = [];
  for (const rs of presets.filter((p) => p.confirmed).sort((a, b) => a.inForce.from.localeCompare(b.inForce.from))) {
    const inside = (rs.amendments ?? []).map((a) => a.from).filter((f) => f > rs.inForce.from && (!rs.inForce.to || f <= rs.inForce.to));
    for (const from of [...new Set([rs.inForce.from, ...inside])].sort()) {
      const def = allParams(amendedOn(rs, from)).find((d) => d.id === id);
      points.push({ from, value: def?.default ?? null, citation: def?.citation ?? '', ruleSet: rs.id, absent: !def, end: rs.inForce.to });
    }
  }
  points.forEach((p, i) => {
    const next = points[i + 1];
    const to = next ? previousDay(next.from) : p.end;
    if (to) p.to = to;
  });
  const out: DatedValue[] = [];
  for (const p of points) {
    if (p.absent) continue;
    const last = out[out.length - 1];
    if (last && last.to === previousDay(p.from) && last.value === p.value && last.citation === p.citation) {
      if (p.to) last.to = p.to;
      else delete last.to;
      continue;
    }
    out.push({ from: p.from, ...(p.to ? { to: p.to } : {}), value: p.value, citation: p.citation, ruleSet: p.ruleSet });
  }
  return out;
}

/** The day before an ISO date, by the calendar. */
function previousDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (d > 1) return `${y}-${String(m).padStart(2, '0')}-${String(d - 1).padStart(2, '0')}`;
  const pm = m === 1 ? 12 : m - 1;
  const py = m === 1 ? y - 1 : y;
  const days = pm === 2 ? (py % 4 === 0 && (py % 100 !== 0 || py % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(pm) ? 30 : 31;
  return `${py}-${String(pm).padStart(2, '0')}-${days}`;
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
