/**
 * Small constructors that keep the preset tables short and uniform: every criterion gets
 * its parameters, its explanation key and its citation in one line of data.
 */
import type { Authority, CapRule, Criterion, CriterionKind, GeneralRules, ParamDef, ParamType, ParamValue, RuleSet, TitleRule } from '../types';
import type { ReasonCode } from '../../domain/verdict';
import type { Discipline, ExemptLeave, PersonTitleId, UnitTitleId } from '../../domain/types';
import { CRITERION_PARAMS, paramProblems } from '../criterion-params';

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
  // The kind declares what it reads: a misspelt or missing parameter fails here, when the rule set is built.
  const problems = paramProblems(
    kind,
    params.map(([name, type]) => ({ name, type })),
  );
  if (problems.length) throw new Error(`${title}.${id}: ${problems.join('; ')}`);
  return {
    id,
    kind,
    reason,
    citation,
    explain: `criterion.${kind}`,
    params: params.map(([name, type, value, nullable]) => {
      const unit = CRITERION_PARAMS[kind].find((s) => s.name === name)?.unit;
      return { ...param(`${title}.${id}.${name}`, type, value, citation, nullable), ...(unit ? { unit } : {}) };
    }),
    ...extra,
  };
}

export function param(id: string, type: ParamType, value: ParamValue, citation: string, nullable = false): ParamDef {
  return { id, type, default: value, label: `param.${id.split('.').slice(1).join('.')}`, nullable, citation };
}

/** Registration is the agency's own rule (some provinces require it for CSTĐ and Cờ thi đua). */
export const REGISTRATION_CITATION = 'Quy chế TĐKT của cơ quan (tham số): đăng ký thi đua đầu năm';

/**
 * The council's vote threshold is the agency's own rule. NĐ 91/2017/NĐ-CP Điều 45 khoản 8 asks
 * 90 % of the provincial (ministerial) council for CSTĐ tỉnh: that is the province's vote on the
 * agency's proposal, not the agency council's, so it is no default here.
 */
export const VOTE_CITATION = 'Quy chế TĐKT của cơ quan (tham số): tỷ lệ phiếu đồng ý tối thiểu của Hội đồng TĐKT cơ quan';

/** Whether a higher title or an award needs this year's LĐTT: the agency may decide otherwise per title. */
export const BASE_PARAM_NOTE = 'tham số theo từng danh hiệu, mặc định có';

export function general(opts: {
  discipline: [Discipline | null, string];
  disciplineRunning: [boolean, string];
  memberDiscipline: [Discipline | null, string];
  exemptLeave: { kinds: ExemptLeave['kind'][]; citation: string };
  transfer: string;
  base: string;
}): GeneralRules {
  return {
    discipline: param('general.discipline.from', 'discipline', opts.discipline[0], opts.discipline[1], true),
    disciplineRunning: param('general.discipline.running', 'boolean', opts.disciplineRunning[0], opts.disciplineRunning[1]),
    memberDiscipline: param('general.members.discipline.from', 'discipline', opts.memberDiscipline[0], opts.memberDiscipline[1], true),
    exemptLeave: opts.exemptLeave,
    transfer: { citation: opts.transfer },
    baseCitation: opts.base,
  };
}

export function title(
  id: PersonTitleId | UnitTitleId,
  scope: 'person' | 'unit',
  criteria: Criterion[],
  opts: {
    kind: 'title' | 'award';
    decidedBy: Authority;
    enabled?: boolean;
    vote?: number | null;
    cap?: CapRule;
    level?: number;
    citation: string;
    /** Person titles: whether this year's LĐTT is required (a parameter); false on LĐTT itself and where the law says it. */
    requiresBase?: boolean;
    /** An award only ever given to units (Cờ thi đua) needs no unit key apart: it is keyed by its id. */
    unitOnly?: boolean;
  },
): TitleRule {
  // An award given to persons and to units (Bằng khen) has a rule for each: the unit's is keyed apart.
  const key = scope === 'unit' && opts.kind === 'award' && !opts.unitOnly ? `${id}_UNIT` : id;
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
    voteThreshold: param(`${key}.vote.minShare`, 'share', opts.vote ?? null, VOTE_CITATION, true),
    ...(scope === 'person' && (opts.requiresBase ?? true)
      ? { requiresBase: param(`${key}.ldtt.required`, 'boolean', true, '') } // citation: the rule set's (ruleSet())
      : {}),
    criteria: criteria.map((c) => ({
      ...c,
      params: c.params.map((p) => ({ ...p, id: p.id.replace(/^[A-Z_]+\./, `${key}.`) })),
      anyOf: c.anyOf?.map((g) => g.map((x) => ({ ...x, params: x.params.map((p) => ({ ...p, id: p.id.replace(/^[A-Z_]+\./, `${key}.`) })) }))),
    })),
    ...(opts.cap ? { cap: { ...opts.cap, param: { ...opts.cap.param, id: `${key}.cap.share` } } } : {}),
    ...(opts.level !== undefined ? { level: opts.level } : {}),
  };
}

/** A rule set: the base requirement of each title cites the regime's general rule. */
export function ruleSet(rs: Omit<RuleSet, 'titles'> & { titles: TitleRule[] }): RuleSet {
  const citation = `${rs.general.baseCitation} (${BASE_PARAM_NOTE})`;
  return { ...rs, titles: rs.titles.map((t) => (t.requiresBase ? { ...t, requiresBase: { ...t.requiresBase, citation } } : t)) };
}
