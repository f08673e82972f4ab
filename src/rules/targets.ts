/**
 * The plan's targets (Kế hoạch 05/KH-KHCN, section I by default: rules/plan.ts) against the results,
 * and the targets a rule set makes impossible, said before anyone counts on them.
 */
import type { PersonResult, TargetResult, UnitResult } from '../domain/verdict';
import type { TargetSetting } from '../domain/settings';
import type { ParamValues, RuleSet, TargetDef } from './types';
import { DEFAULT_PLAN, planTargets } from './plan';
import { isCollectiveTitle, ruleOf } from './titles';
import { percent } from '../text/format';

/** The 2014 plan's targets (the bundled sample's default), from its plan file. */
export const PLAN_2014_TARGETS: TargetDef[] = planTargets(DEFAULT_PLAN);

export interface TargetConfig {
  def: TargetDef;
  required: number;
  enabled: boolean;
  recorded?: boolean;
}

export function targetConfigs(settings: TargetSetting[] | undefined, defs = PLAN_2014_TARGETS): TargetConfig[] {
  return defs.map((def) => {
    const s = settings?.find((x) => x.id === def.id);
    return { def, required: s?.required ?? def.default, enabled: s?.enabled ?? true, ...(s?.recorded !== undefined ? { recorded: s.recorded } : {}) };
  });
}

export function attainment(configs: TargetConfig[], persons: PersonResult[], units: UnitResult[]): TargetResult[] {
  const staff = persons.filter((p) => !p.person.excluded).length;
  return configs
    .filter((c) => c.enabled)
    .map(({ def, required, recorded }) => {
      if (def.measure === 'recorded' || !def.counts) {
        const met = recorded === true;
        return { id: def.id, label: def.label, measure: 'recorded', required: 1, actual: met ? 1 : 0, count: met ? 1 : 0, base: 1, met, gap: 0 };
      }
      const titles = [def.counts.title, ...(def.counts.also ?? [])];
      const count =
        def.counts.scope === 'person'
          ? persons.filter((p) => titles.some((t) => p.verdicts[t as keyof PersonResult['verdicts']]?.status === 'awarded')).length
          : units.filter((u) => (def.counts!.exact ? u.collectiveTitle === def.counts!.title : titles.some((t) => u.verdicts[t as keyof UnitResult['verdicts']]?.status === 'awarded'))).length;
      if (def.measure === 'share') {
        const needed = Math.ceil(Math.round(required * staff * 1e9) / 1e9);
        const actual = staff ? count / staff : 0;
        return { id: def.id, label: def.label, measure: 'share', required, actual, count, base: staff, met: staff > 0 && count >= needed, gap: Math.max(0, needed - count), counts: def.counts };
      }
      return { id: def.id, label: def.label, measure: 'count', required, actual: count, count, base: units.length, met: count >= required, gap: Math.max(0, required - count), counts: def.counts };
    });
}

export interface PlanConflict {
  code: string;
  args: Record<string, string | number>;
}

const pct = (x: number) => percent(x, 1, 'vi');

/**
 * Targets the rule set makes unreachable whatever the data: a share target on a capped
 * title above what the cap allows. Under vn-2014, 20 % CSTĐCS with a cap of 15 % of the
 * LĐTT is at most 15 % of staff, and 12 % when LĐTT is at the plan's 80 %.
 */
export function planConflicts(configs: TargetConfig[], rs: RuleSet, params: ParamValues, unitCount: number): PlanConflict[] {
  const out: PlanConflict[] = [];
  const byId = new Map(configs.filter((c) => c.enabled).map((c) => [c.def.id, c]));
  for (const c of byId.values()) {
    if (c.def.measure !== 'share' || !c.def.counts) continue;
    const rule = rs.titles.find((r) => r.scope === 'person' && r.id === c.def.counts!.title);
    const share = rule?.cap ? (params[rule.cap.param.id] as number | null) : null;
    if (!rule?.cap || share === null || share === undefined) continue;
    const baseTitle = rule.cap.of === 'title' ? rule.cap.title : undefined;
    const baseTarget = [...byId.values()].find((x) => x.def.measure === 'share' && x.def.counts?.title === baseTitle);
    const max = share; // even if every staff member had the base title
    const atPlan = baseTarget ? share * baseTarget.required : share;
    if (c.required > max + 1e-9) {
      out.push({
        code: 'target-impossible',
        args: {
          target: c.def.label,
          required: pct(c.required),
          cap: pct(share),
          capOf: baseTitle ?? '',
          max: pct(max),
          atPlan: pct(atPlan),
          basePlan: baseTarget ? pct(baseTarget.required) : '',
          citation: rule.cap.citation,
        },
      });
    } else if (baseTarget && c.required > atPlan + 1e-9) {
      out.push({
        code: 'target-needs-more-base',
        args: { target: c.def.label, required: pct(c.required), cap: pct(share), capOf: baseTitle ?? '', atPlan: pct(atPlan), basePlan: pct(baseTarget.required), citation: rule.cap.citation },
      });
    }
  }
  // Targets on units' collective titles (one per unit): together at most the number of units.
  const collective = [...byId.values()].filter((c) => {
    const counts = c.def.counts;
    const rule = counts?.scope === 'unit' && counts.exact ? ruleOf(rs, counts.title, 'unit') : undefined;
    return c.def.measure === 'count' && rule !== undefined && isCollectiveTitle(rule);
  });
  const wanted = collective.reduce((s, c) => s + c.required, 0);
  if (unitCount > 0 && wanted > unitCount) {
    out.push({ code: 'target-more-units-than-exist', args: { wanted, units: unitCount } });
  }
  return out;
}
