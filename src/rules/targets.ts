/**
 * The plan's targets (Kế hoạch 05/KH-KHCN, section I by default) against the results,
 * and the targets a rule set makes impossible, said before anyone counts on them.
 */
import type { PersonResult, TargetResult, UnitResult } from '../domain/verdict';
import type { TargetSetting } from '../domain/settings';
import type { ParamValues, RuleSet, TargetDef } from './types';

const PLAN = 'Kế hoạch 05/KH-KHCN ngày 24/01/2014, mục I';

export const PLAN_2014_TARGETS: TargetDef[] = [
  { id: 'cstdcs-share', label: 'target.cstdcs-share', measure: 'share', counts: { scope: 'person', title: 'CSTDCS' }, default: 0.2, source: PLAN },
  { id: 'ldtt-share', label: 'target.ldtt-share', measure: 'share', counts: { scope: 'person', title: 'LDTT' }, default: 0.8, source: PLAN },
  { id: 'ttldxs-count', label: 'target.ttldxs-count', measure: 'count', counts: { scope: 'unit', title: 'TTLDXS', exact: true }, default: 4, source: PLAN },
  { id: 'ttldtt-count', label: 'target.ttldtt-count', measure: 'count', counts: { scope: 'unit', title: 'TTLDTT', exact: true }, default: 6, source: PLAN },
  { id: 'bk-units-count', label: 'target.bk-units-count', measure: 'count', counts: { scope: 'unit', title: 'BK_TINH' }, default: 4, source: PLAN },
  { id: 'bk-persons-count', label: 'target.bk-persons-count', measure: 'count', counts: { scope: 'person', title: 'BK_TINH' }, default: 6, source: PLAN },
  { id: 'co-thi-dua', label: 'target.co-thi-dua', measure: 'recorded', default: 1, source: PLAN },
  { id: 'chi-bo', label: 'target.chi-bo', measure: 'recorded', default: 1, source: PLAN },
  { id: 'doan-the', label: 'target.doan-the', measure: 'recorded', default: 1, source: PLAN },
];

/** Bằng khen counts both the province's and the ministry's (the plan says "Bộ trưởng, Chủ tịch UBND tỉnh"). */
const ALSO_COUNTS: Record<string, string[]> = { BK_TINH: ['BK_TINH', 'BK_BO'] };

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
      const titles = ALSO_COUNTS[def.counts.title] ?? [def.counts.title];
      const count =
        def.counts.scope === 'person'
          ? persons.filter((p) => titles.some((t) => p.verdicts[t as 'LDTT']?.status === 'awarded')).length
          : units.filter((u) =>
              def.counts!.exact
                ? u.collectiveTitle === def.counts!.title
                : titles.some((t) => u.verdicts[t as 'BK_TINH']?.status === 'awarded'),
            ).length;
      if (def.measure === 'share') {
        const needed = Math.ceil(Math.round(required * staff * 1e9) / 1e9);
        const actual = staff ? count / staff : 0;
        return { id: def.id, label: def.label, measure: 'share', required, actual, count, base: staff, met: staff > 0 && count >= needed, gap: Math.max(0, needed - count) };
      }
      return { id: def.id, label: def.label, measure: 'count', required, actual: count, count, base: units.length, met: count >= required, gap: Math.max(0, required - count) };
    });
}

export interface PlanConflict {
  code: string;
  args: Record<string, string | number>;
}

const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;

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
  const collective = ['ttldxs-count', 'ttldtt-count'].map((id) => byId.get(id)).filter((c) => c !== undefined);
  const wanted = collective.reduce((s, c) => s + c.required, 0);
  if (unitCount > 0 && wanted > unitCount) {
    out.push({ code: 'target-more-units-than-exist', args: { wanted, units: unitCount } });
  }
  return out;
}
