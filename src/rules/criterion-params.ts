/**
 * What each criterion kind reads: the parameters its check asks for by name, with their type
 * and unit. A rule set that gives a criterion a parameter its kind does not read (a misspelt
 * name, a wrong type), or leaves out one it needs, fails when it is built (`criterion()`);
 * the evaluator asks only for declared names. One table beside the checks (criteria.ts).
 */
import type { CriterionKind, ParamType, ParamUnit } from './types';

export interface ParamSpec {
  name: string;
  type: ParamType;
  unit?: ParamUnit;
  /** Absent means the check's own default ("this year only", "one initiative"). */
  optional?: boolean;
}

const p = (name: string, type: ParamType, unit?: ParamUnit, optional = false): ParamSpec => ({ name, type, ...(unit ? { unit } : {}), ...(optional ? { optional } : {}) });

export const CRITERION_PARAMS: Record<CriterionKind, ParamSpec[]> = {
  'min-rating': [p('min', 'rating')],
  'min-months-worked': [p('minMonths', 'integer', 'month')],
  'max-leave-days': [p('fromDays', 'integer', 'day')],
  'max-discipline': [p('from', 'discipline')],
  'requires-title': [],
  achievement: [
    p('initiative', 'boolean'),
    p('research', 'boolean'),
    p('excellentRating', 'boolean'),
    p('minCount', 'integer', 'count', true),
    p('years', 'integer', 'year', true),
    p('combine', 'boolean', undefined, true),
  ],
  'consecutive-titles': [p('years', 'integer', 'year')],
  'consecutive-ratings': [p('years', 'integer', 'year'), p('min', 'rating')],
  'provincial-initiative': [p('required', 'boolean')],
  'unit-rating': [p('min', 'rating')],
  'unit-consecutive-ratings': [p('years', 'integer', 'year'), p('min', 'rating')],
  'members-ldtt-share': [p('minShare', 'share', 'share'), p('strict', 'boolean')],
  'members-min-rating': [p('min', 'rating')],
  'members-cstdcs': [p('min', 'integer', 'count')],
  'members-max-discipline': [p('from', 'discipline')],
  'has-members': [],
  'cluster-selection': [],
  'any-of': [],
};

/**
 * The problems of a criterion's parameters against its kind's declaration, in words for the
 * developer who wrote the rule set (an empty list: the criterion reads what it is given).
 */
export function paramProblems(kind: CriterionKind, given: { name: string; type: ParamType }[]): string[] {
  const specs = CRITERION_PARAMS[kind];
  const out: string[] = [];
  for (const g of given) {
    const s = specs.find((x) => x.name === g.name);
    if (!s) out.push(`parameter "${g.name}" is not one a ${kind} criterion reads (${specs.map((x) => x.name).join(', ') || 'none'})`);
    else if (s.type !== g.type) out.push(`parameter "${g.name}" is ${g.type}, a ${kind} criterion reads it as ${s.type}`);
  }
  for (const s of specs) if (!s.optional && !given.some((g) => g.name === s.name)) out.push(`a ${kind} criterion needs the parameter "${s.name}"`);
  return out;
}
