import type { ParamUse } from '../domain/verdict';
import type { ParamDef, ParamValue, ParamValues, RuleSet } from './types';
import { allParams, PRESETS } from './presets';
import { DISCIPLINE_ORDER, RATING_ORDER } from '../domain/types';
import { parsePercent } from '../text/percent';

export interface ParamLayer {
  source: ParamUse['source'];
  values: Record<string, ParamValue> | undefined;
}

/** Words a clerk types for "switched off" (a limit that does not apply). */
const OFF = new Set(['off', 'null', 'tat', 'tắt', 'khong ap dung', 'không áp dụng', 'none']);
const YES = new Set(['true', '1', 'yes', 'co', 'có', 'x']);
const NO = new Set(['false', '0', 'no', 'khong', 'không']);

/**
 * Parameters that moved when a rule became one that holds across titles (issue 9): a value
 * saved under the old id still applies.
 */
export const MOVED_PARAMS: Record<string, string> = {
  'LDTT.discipline.from': 'general.discipline.from',
  'TTLDXS.discipline.from': 'general.members.discipline.from',
  'TTLDTT.discipline.from': 'general.members.discipline.from',
};

/** A value the parameter's type accepts, or undefined. Text is read as a clerk types it. */
export function coerceParam(def: ParamDef, v: unknown): ParamValue | undefined {
  if (typeof v === 'string' && OFF.has(v.normalize('NFC').trim().toLowerCase())) v = null;
  if (v === null) return def.nullable ? null : undefined;
  switch (def.type) {
    case 'integer': {
      const n = typeof v === 'string' && /^\s*\d+([.,]\d+)?\s*$/.test(v) ? Number(v.trim().replace(',', '.')) : v;
      return typeof n === 'number' && Number.isFinite(n) && n >= 0 && Number.isInteger(n) ? n : undefined;
    }
    case 'share':
      return parsePercent(v);
    case 'boolean': {
      if (typeof v === 'boolean') return v;
      const s = typeof v === 'string' ? v.normalize('NFC').trim().toLowerCase() : typeof v === 'number' ? String(v) : '';
      return YES.has(s) ? true : NO.has(s) ? false : undefined;
    }
    case 'rating':
      return typeof v === 'string' && (RATING_ORDER as readonly string[]).includes(v) ? v : undefined;
    case 'discipline':
      return typeof v === 'string' && (DISCIPLINE_ORDER as readonly string[]).includes(v) && v !== 'none' ? v : undefined;
  }
}

/** The values a parameter accepts, in words, for a usage error or a hint ("a whole number ≥ 0, or off"). */
export function acceptedValues(def: ParamDef, lang: 'vi' | 'en' = 'vi'): string {
  const off = def.nullable ? (lang === 'vi' ? ', hoặc off (không áp dụng)' : ', or off (does not apply)') : '';
  switch (def.type) {
    case 'integer':
      return (lang === 'vi' ? 'số nguyên từ 0' : 'a whole number from 0') + off;
    case 'share':
      return (lang === 'vi' ? 'tỷ lệ phần trăm: 15, 15 % hoặc 0,15' : 'a percentage: 15, 15 % or 0.15') + off;
    case 'boolean':
      return 'true | false';
    case 'rating':
      return RATING_ORDER.join(' | ') + off;
    case 'discipline':
      return DISCIPLINE_ORDER.filter((d) => d !== 'none').join(' | ') + off;
  }
}

export type ParamArgCheck =
  | { ok: true; id: string; value: ParamValue }
  | { ok: false; problem: 'unknown-id'; id: string; suggestions: string[] }
  | { ok: false; problem: 'bad-value'; id: string; value: string; accepted: string };

/**
 * A parameter given on the command line, checked against every rule set before the review
 * runs (the rule set in use depends on the workbook): an id no rule set has, or a value its
 * type does not take, is a usage error that names what is accepted.
 */
export function checkParamArg(id: string, raw: string, lang: 'vi' | 'en' = 'vi', presets: RuleSet[] = PRESETS): ParamArgCheck {
  const target = MOVED_PARAMS[id] ?? id;
  const defs = presets.flatMap((rs) => allParams(rs).filter((d) => d.id === target));
  if (!defs.length) {
    const all = [...new Set(presets.flatMap((rs) => allParams(rs).map((d) => d.id)))];
    const [head, ...rest] = id.split('.');
    const tail = rest.join('.');
    const suggestions = all.filter((x) => x.startsWith(`${head}.`) || (tail && x.endsWith(`.${tail}`))).slice(0, 8);
    return { ok: false, problem: 'unknown-id', id, suggestions };
  }
  const value = coerceParam(defs[0], raw);
  if (value === undefined) return { ok: false, problem: 'bad-value', id, value: raw, accepted: acceptedValues(defs[0], lang) };
  return { ok: true, id: target, value };
}

/**
 * The value of every parameter: the preset's default, then each layer in order (the
 * workbook's settings, then the command line or the pane). Unknown ids and values of the
 * wrong type are returned as rejected, for the caller to report.
 */
export function resolveParams(rs: RuleSet, layers: ParamLayer[]): { values: ParamValues; uses: ParamUse[]; rejected: { id: string; value: string; source: string }[] } {
  const defs = allParams(rs);
  const byId = new Map(defs.map((d) => [d.id, d]));
  const values: ParamValues = {};
  const source = new Map<string, ParamUse['source']>();
  for (const d of defs) {
    values[d.id] = d.default;
    source.set(d.id, 'preset');
  }
  const rejected: { id: string; value: string; source: string }[] = [];
  for (const layer of layers) {
    for (const [given, raw] of Object.entries(layer.values ?? {})) {
      const id = MOVED_PARAMS[given] && !(MOVED_PARAMS[given] in (layer.values ?? {})) ? MOVED_PARAMS[given] : given;
      const def = byId.get(id);
      const v = def ? coerceParam(def, raw) : undefined;
      if (!def || v === undefined) {
        rejected.push({ id: given, value: String(raw), source: layer.source });
        continue;
      }
      values[id] = v;
      source.set(id, layer.source);
    }
  }
  const uses = defs.map((d) => ({ id: d.id, value: values[d.id], source: source.get(d.id)!, citation: d.citation }));
  return { values, uses, rejected };
}

/** The changes a set of values makes over the preset: what the settings keep. */
export function diffOverPreset(rs: RuleSet, values: ParamValues): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const d of allParams(rs)) if (d.id in values && values[d.id] !== d.default) out[d.id] = values[d.id];
  return out;
}
