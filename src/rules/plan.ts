/**
 * The plan as data: the bundled sample's Kế hoạch 05/KH-KHCN (Sở KH&CN Bắc Giang, 24/01/2014)
 * is a plan file like any agency's (`--plan plan.json`); the workbook keeps the one loaded.
 * A workbook of another year or agency measured against a plan that is not its own says so.
 */
import { jsonTooDeep, MAX_JSON_DEPTH } from '../text/json-depth';
import type { Plan, PlanTarget } from '../domain/plan';
import type { TitleId } from '../domain/types';
import { t, type Lang } from '../i18n/catalogue';
import { jsonErrorText } from '../text/json-error';
import { shortDate } from '../text/format';
import { isIsoDate } from '../text/dates';
import { parsePercent } from '../text/percent';
import { PRESETS } from './presets';
import type { TargetDef } from './types';
import PLAN_2014 from './plans/ke-hoach-05-KH-KHCN-2014.json';

/** The plan the bundled sample was built from: the default when the clerk loaded none. */
export const DEFAULT_PLAN: Plan = PLAN_2014 as Plan;

/** "Kế hoạch 05/KH-KHCN ngày 24/01/2014". */
export function planName(plan: Plan, lang: Lang = 'vi'): string {
  return t('plan.name', { number: plan.number, date: shortDate(plan.date) }, lang);
}

/** The plan's targets as the review measures them. */
export function planTargets(plan: Plan): TargetDef[] {
  const source = `${planName(plan)}, ${t('plan.section', {}, 'vi')}`;
  return plan.targets.map((x) => ({
    id: x.id,
    label: x.label,
    measure: x.measure,
    ...(x.counts ? { counts: x.counts as TargetDef['counts'] } : {}),
    default: x.required,
    source,
  }));
}

/** Title ids any rule set knows, per scope: a plan may only count those. */
function knownTitles(scope: 'person' | 'unit'): Set<string> {
  return new Set(PRESETS.flatMap((rs) => rs.titles.filter((r) => r.scope === scope).map((r) => r.id)));
}

/**
 * A plan file read and checked: every problem named (which target, which field, what is
 * accepted), in the clerk's language. Shares may be written as 0.8, 80 or "80 %".
 */
export function parsePlan(text: string, lang: Lang = 'vi'): { plan: Plan; errors: [] } | { plan?: undefined; errors: string[] } {
  let raw: unknown;
  if (jsonTooDeep(text)) return { errors: [t('plan.error.tooDeep', { max: MAX_JSON_DEPTH }, lang)] };
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { errors: [t('plan.error.json', { detail: jsonErrorText(e, text, lang) }, lang)] };
  }
  const errors: string[] = [];
  const err = (key: string, args: Record<string, string | number> = {}) => errors.push(t(`plan.error.${key}`, args, lang));
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { errors: [t('plan.error.notObject', {}, lang)] };
  const o = raw as Record<string, unknown>;
  const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  const number = str(o.number);
  if (!number) err('field', { field: 'number', expected: '"05/KH-KHCN"' });
  const date = str(o.date);
  if (!isIsoDate(date)) err('field', { field: 'date', expected: 'YYYY-MM-DD' });
  const year = typeof o.year === 'number' && Number.isInteger(o.year) ? o.year : isIsoDate(date) ? Number(date.slice(0, 4)) : undefined;
  if (year === undefined || year < 1990 || year > 2100) err('field', { field: 'year', expected: '2014' });

  const phases: Plan['phases'] = [];
  for (const [i, p] of (Array.isArray(o.phases) ? o.phases : []).entries()) {
    const ph = p as Record<string, unknown>;
    if ((ph.id !== 'mid' && ph.id !== 'year') || !isIsoDate(ph.from) || !isIsoDate(ph.to)) err('phase', { n: i + 1 });
    else phases.push({ id: ph.id, from: String(ph.from), to: String(ph.to) });
  }
  if (o.phases !== undefined && !Array.isArray(o.phases)) err('field', { field: 'phases', expected: '[{ "id": "mid", "from": "…", "to": "…" }]' });

  if (!Array.isArray(o.targets)) err('field', { field: 'targets', expected: '[{ "id": …, "label": …, "measure": …, "required": … }]' });
  const targets: PlanTarget[] = [];
  const ids = new Set<string>();
  for (const [i, x] of (Array.isArray(o.targets) ? o.targets : []).entries()) {
    const tg = x as Record<string, unknown>;
    const id = str(tg.id) ?? `${i + 1}`;
    const where = { n: i + 1, id };
    if (!str(tg.id) || ids.has(id)) err('targetId', where);
    ids.add(id);
    const label = str(tg.label);
    if (!label) err('target', { ...where, field: 'label', expected: t('plan.expected.text', {}, lang) });
    const measure = tg.measure;
    if (measure !== 'share' && measure !== 'count' && measure !== 'recorded') {
      err('target', { ...where, field: 'measure', expected: 'share | count | recorded' });
      continue;
    }
    let counts: PlanTarget['counts'];
    if (measure !== 'recorded') {
      const c = (tg.counts ?? {}) as Record<string, unknown>;
      const scope = c.scope;
      if (scope !== 'person' && scope !== 'unit') {
        err('target', { ...where, field: 'counts.scope', expected: 'person | unit' });
        continue;
      }
      const known = knownTitles(scope);
      const titles = [c.title, ...(Array.isArray(c.also) ? c.also : [])];
      const bad = titles.filter((x) => typeof x !== 'string' || !known.has(x));
      if (bad.length) {
        err('target', { ...where, field: 'counts.title', expected: [...known].join(' | ') });
        continue;
      }
      counts = { scope, title: c.title as TitleId, ...(Array.isArray(c.also) && c.also.length ? { also: c.also as TitleId[] } : {}), ...(c.exact === true ? { exact: true } : {}) };
    }
    let required: number | undefined;
    if (measure === 'share') required = parsePercent(tg.required);
    else if (measure === 'count') required = typeof tg.required === 'number' && Number.isInteger(tg.required) && tg.required >= 0 ? tg.required : undefined;
    else required = 1;
    if (required === undefined) {
      err('target', { ...where, field: 'required', expected: measure === 'share' ? t('plan.expected.share', {}, lang) : t('plan.expected.count', {}, lang) });
      continue;
    }
    if (label) targets.push({ id, label, measure, ...(counts ? { counts } : {}), required });
  }
  if (errors.length) return { errors };
  const agency = typeof o.agency === 'object' && o.agency !== null ? (o.agency as Plan['agency']) : undefined;
  return {
    plan: { number: number!, date: date!, year: year!, ...(str(o.title) ? { title: str(o.title) } : {}), ...(agency ? { agency } : {}), phases, targets },
    errors: [],
  };
}

/**
 * Whether the plan is this workbook's: a plan of another year, or of an agency the workbook
 * does not name, is said before anyone reads the targets.
 */
export function planWarnings(plan: Plan, context: { year: number; agencyNamed: boolean | undefined }): { code: string; args: Record<string, string | number> }[] {
  const out: { code: string; args: Record<string, string | number> }[] = [];
  if (!plan.targets.length) return out;
  if (plan.year !== context.year) out.push({ code: 'plan-other-year', args: { plan: planName(plan), planYear: plan.year, year: context.year } });
  if (context.agencyNamed === false && plan.agency?.name) out.push({ code: 'plan-other-agency', args: { plan: planName(plan), agency: plan.agency.name } });
  return out;
}
