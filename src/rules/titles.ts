/**
 * Questions about a title, answered from its rule (rules/types.ts `TitleRule`): every layer
 * asks here instead of testing ids.
 */
import { t, type Lang } from '../i18n/catalogue';
import type { PersonTitleId, UnitTitleId } from '../domain/types';
import type { RuleSet, TitleRule } from './types';

/** A unit's collective title proper (TTLĐXS, TTLĐTT): one per unit, the highest level. */
export const isCollectiveTitle = (rule: TitleRule): boolean => rule.level !== undefined;

/** The rule of a title for persons or for units (a Bằng khen has one of each). */
export function ruleOf(ruleSet: RuleSet, id: PersonTitleId | UnitTitleId, scope: 'person' | 'unit'): TitleRule | undefined {
  return ruleSet.titles.find((r) => r.id === id && r.scope === scope);
}

export function ruleByKey(ruleSet: RuleSet, key: string): TitleRule | undefined {
  return ruleSet.titles.find((r) => r.key === key);
}

/**
 * A title's name: `full` ("Bằng khen của Chủ tịch UBND tỉnh"), `short` ("BK tỉnh (tập thể)"),
 * `tab` / `tabDoc` (the part of a sheet tab naming it: working list, official form).
 */
export function titleName(rule: Pick<TitleRule, 'key'>, form: 'full' | 'short' | 'tab' | 'tabDoc', lang: Lang = 'vi'): string {
  const prefix = { full: 'title', short: 'short', tab: 'tab', tabDoc: 'tabDoc' }[form];
  return t(`${prefix}.${rule.key}`, {}, lang);
}

/** Whether the same title or award also goes to the other scope (a Bằng khen to persons and to units). */
export function hasOtherScope(ruleSet: RuleSet, rule: TitleRule): boolean {
  return ruleSet.titles.some((r) => r.id === rule.id && r.scope !== rule.scope);
}
