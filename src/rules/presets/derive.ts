/**
 * A later regime as a small override of an earlier one: only what the law changed (new
 * texts, a parameter's default, a citation, a title whose criteria changed shape) is written;
 * everything else carries over. Every key of an override must name something of the earlier
 * regime, or building the rule set fails (a test loads every preset).
 */
import type { Amendment, Authority, Criterion, LegalText, ParamDef, ParamValue, RuleSet, TitleRule } from '../types';
import { ruleSet } from './build';

export interface RegimeChange {
  id: string;
  label: string;
  inForce: { from: string; to?: string };
  confirmed: boolean;
  texts: string;
  basis: LegalText[];
  /** New defaults: parameter id → value. */
  defaults?: Record<string, ParamValue>;
  /**
   * New citations, by what they cite: a title key ("BK_TINH"), a criterion ("LDTT.leave"), a
   * cap ("CSTDCS.cap"), a vote threshold ("CSTD_TINH.vote"), a general rule ("general.discipline",
   * "general.disciplineRunning", "general.memberDiscipline", "general.exemptLeave", "general.transfer", "general.base").
   */
  citations?: Record<string, string>;
  /** Titles rewritten as a whole, same key: where the law changed a title's criteria. */
  titles?: TitleRule[];
  /** A changed authority: title key → who decides. */
  decidedBy?: Record<string, Authority>;
  /** RuleSet.transition. */
  transition?: string;
  /** Changes inside the new regime from their own dates (RuleSet.amendments). */
  amendments?: Amendment[];
}

function findCriterion(criteria: Criterion[], id: string): Criterion | undefined {
  for (const c of criteria) {
    if (c.id === id) return c;
    for (const g of c.anyOf ?? []) {
      const found = findCriterion(g, id);
      if (found) return found;
    }
  }
  return undefined;
}

function paramsOf(rs: RuleSet): ParamDef[] {
  const out: ParamDef[] = [rs.general.discipline, rs.general.disciplineRunning, rs.general.memberDiscipline];
  const walk = (cs: Criterion[]) => {
    for (const c of cs) {
      out.push(...c.params);
      for (const g of c.anyOf ?? []) walk(g);
    }
  };
  for (const t of rs.titles) {
    out.push(t.enabled, t.voteThreshold, t.registration);
    if (t.requiresBase) out.push(t.requiresBase);
    if (t.cap) out.push(t.cap.param);
    walk(t.criteria);
  }
  return out;
}

/** Rule sets are plain data: a JSON copy is a deep copy (structuredClone is missing in older Office webviews). */
const copy = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

export function derive(base: RuleSet, change: RegimeChange): RuleSet {
  const fail = (what: string): never => {
    throw new Error(`${change.id}: ${what} is not in ${base.id}`);
  };
  const rs: RuleSet = copy(base);
  rs.id = change.id;
  rs.label = change.label;
  rs.inForce = change.inForce;
  rs.confirmed = change.confirmed;
  rs.extends = base.id;
  rs.texts = change.texts;
  rs.basis = change.basis;
  if (change.transition) rs.transition = change.transition;
  else delete rs.transition;

  for (const t of change.titles ?? []) {
    const i = rs.titles.findIndex((x) => x.key === t.key);
    if (i < 0) fail(`title ${t.key}`);
    rs.titles[i] = copy(t);
  }
  for (const [key, who] of Object.entries(change.decidedBy ?? {})) {
    (rs.titles.find((x) => x.key === key) ?? fail(`title ${key}`)).decidedBy = who;
  }

  applyChanges(rs, change, fail);
  rs.amendments = change.amendments;
  // The base requirement of each title cites the regime's general rule again.
  return ruleSet(rs);
}

/**
 * New citations and defaults written into a rule set (a copy): a later regime's override, or
 * an amendment inside a regime from its date. A key naming nothing of the rule set fails.
 */
export function applyChanges(rs: RuleSet, change: { id?: string; citations?: Record<string, string>; defaults?: Record<string, ParamValue> }, fail: (what: string) => never): void {
  const general: Record<string, (c: string) => void> = {
    'general.discipline': (c) => (rs.general.discipline.citation = c),
    'general.disciplineRunning': (c) => (rs.general.disciplineRunning.citation = c),
    'general.memberDiscipline': (c) => (rs.general.memberDiscipline.citation = c),
    'general.exemptLeave': (c) => (rs.general.exemptLeave.citation = c),
    'general.transfer': (c) => (rs.general.transfer.citation = c),
    'general.base': (c) => (rs.general.baseCitation = c),
  };
  for (const [what, citation] of Object.entries(change.citations ?? {})) {
    if (general[what]) {
      general[what](citation);
      continue;
    }
    const [key, part] = what.split('.');
    const title = rs.titles.find((x) => x.key === key) ?? fail(`title ${key}`);
    if (part === undefined) {
      title.enabled.citation = citation;
    } else if (part === 'cap') {
      const cap = title.cap ?? fail(`the cap of ${key}`);
      cap.citation = citation;
      cap.param.citation = citation;
    } else if (part === 'vote') {
      title.voteThreshold.citation = citation;
    } else {
      const c = findCriterion(title.criteria, part) ?? fail(`criterion ${what}`);
      c.citation = citation;
      for (const p of c.params) p.citation = citation;
    }
  }

  const byId = new Map(paramsOf(rs).map((p) => [p.id, p]));
  for (const [id, value] of Object.entries(change.defaults ?? {})) {
    const p = byId.get(id) ?? fail(`parameter ${id}`);
    if (value === null && !p.nullable) throw new Error(`${change.id ?? rs.id}: parameter ${id} cannot be switched off`);
    p.default = value;
  }
}

/** The same rule set as it stood on a date: every amendment in force by then applied, in date order. */
export function amendedOn(rs: RuleSet, isoDate: string): RuleSet {
  const due = (rs.amendments ?? []).filter((a) => a.from <= isoDate).sort((a, b) => a.from.localeCompare(b.from));
  if (!due.length) return rs;
  const out: RuleSet = copy(rs);
  for (const a of due) {
    applyChanges(out, { id: `${rs.id} (${a.by}, ${a.from})`, citations: a.citations, defaults: a.defaults }, (what) => {
      throw new Error(`${rs.id}: amendment of ${a.from} (${a.by}): ${what} is not in ${rs.id}`);
    });
  }
  return ruleSet(out);
}

/**
 * Every amendment of a rule set names what the rule set has and a text of its basis: applied
 * once when the rule set is built, so a misspelt key fails there, not on the day it applies.
 */
export function checkAmendments(rs: RuleSet): void {
  for (const a of rs.amendments ?? []) {
    if (!rs.basis.some((b) => b.number === a.by)) throw new Error(`${rs.id}: amendment of ${a.from}: ${a.by} is not a text of its basis`);
  }
  const last = rs.amendments
    ?.map((a) => a.from)
    .sort()
    .pop();
  if (last) amendedOn(rs, last);
}
