/**
 * A later regime as a small override of an earlier one: only what the law changed (new
 * texts, a parameter's default, a citation, a title whose criteria changed shape) is written;
 * everything else carries over. Every key of an override must name something of the earlier
 * regime, or building the rule set fails (a test loads every preset).
 */
import type { Authority, Criterion, LegalText, ParamDef, ParamValue, RuleSet, TitleRule } from '../types';
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

  for (const t of change.titles ?? []) {
    const i = rs.titles.findIndex((x) => x.key === t.key);
    if (i < 0) fail(`title ${t.key}`);
    rs.titles[i] = copy(t);
  }
  for (const [key, who] of Object.entries(change.decidedBy ?? {})) {
    (rs.titles.find((x) => x.key === key) ?? fail(`title ${key}`)).decidedBy = who;
  }

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
    if (value === null && !p.nullable) throw new Error(`${change.id}: parameter ${id} cannot be switched off`);
    p.default = value;
  }
  // The base requirement of each title cites the regime's general rule again.
  return ruleSet(rs);
}
