/**
 * Small constructors that keep the preset tables short and uniform: every criterion gets
 * its parameters, its explanation key and its citation in one line of data.
 */
import type { Authority, CapRule, Criterion, CriterionKind, ParamDef, ParamType, ParamValue, TitleRule } from '../types';
import type { ReasonCode } from '../../domain/verdict';
import type { PersonTitleId, UnitTitleId } from '../../domain/types';

type ParamSpec = [name: string, type: ParamType, value: ParamValue, nullable?: boolean];

export function criterion(
  title: string,
  id: string,
  kind: CriterionKind,
  reason: ReasonCode,
  citation: string,
  params: ParamSpec[] = [],
  extra: Partial<Pick<Criterion, 'title' | 'anyOf'>> = {},
): Criterion {
  return {
    id,
    kind,
    reason,
    citation,
    explain: `criterion.${kind}`,
    params: params.map(([name, type, value, nullable]) => param(`${title}.${id}.${name}`, type, value, citation, nullable)),
    ...extra,
  };
}

export function param(id: string, type: ParamType, value: ParamValue, citation: string, nullable = false): ParamDef {
  return { id, type, default: value, label: `param.${id.split('.').slice(1).join('.')}`, nullable, citation };
}

/** Registration is the agency's own rule (some provinces require it for CSTĐ and Cờ thi đua). */
export const REGISTRATION_CITATION = 'Quy chế TĐKT của cơ quan (tham số): đăng ký thi đua đầu năm';

export function title(
  id: PersonTitleId | UnitTitleId,
  scope: 'person' | 'unit',
  criteria: Criterion[],
  opts: { kind: 'title' | 'award'; decidedBy: Authority; enabled?: boolean; vote?: number | null; cap?: CapRule; level?: number; citation: string },
): TitleRule {
  // An award given to persons and to units (Bằng khen) has a rule for each: the unit's is keyed apart.
  const key = scope === 'unit' && opts.kind === 'award' ? `${id}_UNIT` : id;
  return {
    id,
    scope,
    key,
    label: `title.${key}`,
    short: `short.${key}`,
    kind: opts.kind,
    decidedBy: opts.decidedBy,
    enabled: param(`${key}.enabled`, 'boolean', opts.enabled ?? true, opts.citation),
    registration: { ...param(`${key}.registration.required`, 'boolean', false, REGISTRATION_CITATION), label: 'param.registration.required' },
    voteThreshold: param(`${key}.vote.minShare`, 'share', opts.vote ?? null, 'NĐ 91/2017/NĐ-CP (2017–2023: 90 % cho CSTĐ tỉnh); quy chế của cơ quan', true),
    criteria: criteria.map((c) => ({
      ...c,
      params: c.params.map((p) => ({ ...p, id: p.id.replace(/^[A-Z_]+\./, `${key}.`) })),
      anyOf: c.anyOf?.map((g) => g.map((x) => ({ ...x, params: x.params.map((p) => ({ ...p, id: p.id.replace(/^[A-Z_]+\./, `${key}.`) })) }))),
    })),
    ...(opts.cap ? { cap: { ...opts.cap, param: { ...opts.cap.param, id: `${key}.cap.share` } } } : {}),
    ...(opts.level !== undefined ? { level: opts.level } : {}),
  };
}
