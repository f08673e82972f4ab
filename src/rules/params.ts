import type { ParamUse } from '../domain/verdict';
import type { ParamDef, ParamValue, ParamValues, RuleSet } from './types';
import { allParams } from './presets';
import { DISCIPLINE_ORDER, RATING_ORDER } from '../domain/types';

export interface ParamLayer {
  source: ParamUse['source'];
  values: Record<string, ParamValue> | undefined;
}

/** A value the parameter's type accepts, or undefined. */
export function coerceParam(def: ParamDef, v: unknown): ParamValue | undefined {
  if (v === null) return def.nullable ? null : undefined;
  switch (def.type) {
    case 'integer': {
      const n = typeof v === 'string' ? Number(v.replace(',', '.')) : v;
      return typeof n === 'number' && Number.isFinite(n) && n >= 0 ? Math.round(n) : undefined;
    }
    case 'share': {
      const raw = typeof v === 'string' ? Number(v.replace('%', '').replace(',', '.')) : v;
      if (typeof raw !== 'number' || !Number.isFinite(raw)) return undefined;
      let n: number = raw;
      if (n > 1) n = n / 100; // "15" means 15 %
      return n >= 0 && n <= 1 ? n : undefined;
    }
    case 'boolean':
      if (typeof v === 'boolean') return v;
      if (v === 'true' || v === '1' || v === 'yes') return true;
      if (v === 'false' || v === '0' || v === 'no') return false;
      return undefined;
    case 'rating':
      return typeof v === 'string' && (RATING_ORDER as readonly string[]).includes(v) ? v : undefined;
    case 'discipline':
      return typeof v === 'string' && (DISCIPLINE_ORDER as readonly string[]).includes(v) ? v : undefined;
  }
}

/**
 * The value of every parameter: the preset's default, then each layer in order (the
 * workbook's settings, then the command line or the pane). Unknown ids and values of the
 * wrong type are returned as rejected, for the caller to report.
 */
export function resolveParams(
  rs: RuleSet,
  layers: ParamLayer[],
): { values: ParamValues; uses: ParamUse[]; rejected: { id: string; value: string; source: string }[] } {
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
    for (const [id, raw] of Object.entries(layer.values ?? {})) {
      const def = byId.get(id);
      const v = def ? coerceParam(def, raw) : undefined;
      if (!def || v === undefined) {
        rejected.push({ id, value: String(raw), source: layer.source });
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
