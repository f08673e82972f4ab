/**
 * What the pane shows and changes, as plain functions of the pipeline's values: the
 * columns a field can be mapped to, a mapping change as new settings, the parameters and
 * targets as editable rows, a lookup. No React, no Office: tested in milliseconds.
 */
import type { PersonResult, ReviewResult, UnitResult, Verdict } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import type { StoredSettings, TargetSetting } from '../domain/settings';
import { mappingOf } from '../domain/settings-check';
import { findPreset, generalParams, presetForDate, titleParams } from '../rules/presets';
import { DEFAULT_PLAN, planTargets } from '../rules/plan';
import { parsePercent } from '../text/percent';
import type { ParamDef, RuleSet, TargetDef, TitleRule } from '../rules/types';
import { titleName } from '../rules/titles';
import { HISTORY_FIELDS, STAFF_FIELDS, UNIT_FIELDS, type SheetRecognition } from '../sheets/fields';
import { columnLetter, parseRange, type SheetGrid } from '../sheets/grid';
import { fold } from '../sheets/reader/fold';
import { verdictReasons } from '../sheets/layout';

/** A field's name for the clerk: "Xếp loại", "CSTĐCS năm 2013". */
export function fieldLabel(field: string, lang: Lang): string {
  const [kind, a, b] = field.split(':');
  if (kind === 'pastTitle') return t('field.pastTitle', { title: t(`short.${a}`, {}, lang), year: b }, lang);
  if (kind === 'pastRating') return t('field.pastRating', { year: a }, lang);
  return t(`field.${field}`, {}, lang);
}

/** The fields the clerk can map for a role, the recognised past-year ones included. */
export function fieldsFor(rec: SheetRecognition): string[] {
  const base: readonly string[] = rec.role === 'staff' ? STAFF_FIELDS : rec.role === 'units' ? UNIT_FIELDS : HISTORY_FIELDS;
  const past = rec.columns.map((c) => c.field).filter((f) => f.includes(':'));
  return [...base.filter((f) => f !== 'index'), ...past];
}

export interface ColumnChoice {
  letter: string;
  label: string;
}

/** Every column of the sheet's used range, as "H – Xếp loại" from its header rows. */
export function columnChoices(grid: SheetGrid, rec: SheetRecognition): ColumnChoice[] {
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const merges = grid.merges.map(parseRange);
  // A merged header cell ("Kết quả năm 2014" over five columns) names every column under it.
  const at = (row: number, col: number) => {
    const m = merges.find((a) => row >= a.top && row <= a.bottom && col >= a.left && col <= a.right);
    return grid.values[(m ? m.top : row) - grid.top]?.[(m ? m.left : col) - grid.left];
  };
  const out: ColumnChoice[] = [];
  for (let i = 0; i < width; i++) {
    const texts: string[] = [];
    for (let r = rec.headerTop; r <= rec.headerBottom; r++) {
      const v = at(r, grid.left + i);
      const s = v === null || v === undefined ? '' : String(v).trim();
      if (s && !texts.includes(s)) texts.push(s);
    }
    const letter = columnLetter(grid.left + i);
    out.push({ letter, label: texts.length ? `${letter} – ${texts.join(' / ')}` : letter });
  }
  return out;
}

/** The column letter a field is read from now, or '' when none. */
export function columnOf(rec: SheetRecognition, field: string): string {
  const c = rec.columns.find((x) => x.field === field);
  return c ? columnLetter(c.col) : '';
}

/**
 * The clerk's correction as settings: `field` is read from column `letter` ('' = no column).
 * A field that was read from that column before is left without one, so no column counts twice.
 */
export function withColumn(settings: StoredSettings, rec: SheetRecognition, field: string, letter: string): StoredSettings {
  const current = mappingOf(settings, rec.sheet);
  const columns: Record<string, string> = { ...(current?.columns ?? {}) };
  if (letter) for (const c of rec.columns) if (c.field !== field && columnLetter(c.col) === letter) columns[c.field] = '';
  columns[field] = letter;
  return {
    ...settings,
    mapping: { ...(settings.mapping ?? {}), [rec.sheet]: { role: rec.role, headerRow: rec.headerBottom + 1, columns } },
  };
}

/** The rule set a review would use with these settings. */
export function ruleSetOf(outcome: ReviewOutcome | null, settings: StoredSettings): RuleSet {
  // The rule set the review used (chosen, or the one in force on its date), before any guess.
  return (
    findPreset(settings.preset ?? outcome?.result?.ruleSetId ?? outcome?.settings.preset ?? '') ??
    presetForDate(outcome?.result?.reviewDate ?? settings.reviewDate ?? new Date().toISOString().slice(0, 10))
  );
}

export interface ParamRow {
  def: ParamDef;
  /** The title it belongs to, for grouping ("LĐTT"). */
  group: string;
  value: ParamDef['default'];
  changed: boolean;
}

/** Every parameter of the rule set with its default, current value and citation, grouped by title. */
export function paramRows(rs: RuleSet, params: StoredSettings['params'], lang: Lang): ParamRow[] {
  const rows: ParamRow[] = [];
  // The rules that hold across titles first (discipline, members' discipline), then each title's.
  const groups: [string, ParamDef[]][] = [[t('preset.general', {}, lang), generalParams(rs)], ...rs.titles.map((title) => [titleName(title, 'short', lang), titleParams(title)] as [string, ParamDef[]])];
  for (const [group, defs] of groups) {
    for (const def of defs) {
      const has = params !== undefined && def.id in params;
      const value = has ? params![def.id]! : def.default;
      rows.push({ def, group, value: has ? params![def.id] ?? null : def.default, changed: has && value !== def.default });
    }
  }
  return rows;
}

/** A parameter's value as the clerk reads it: 80 %, 40, Có, "Hoàn thành tốt nhiệm vụ". */
export function paramValueText(def: ParamDef, value: ParamDef['default'], lang: Lang): string {
  if (value === null) return t('pane.rules.off', {}, lang);
  if (typeof value === 'boolean') return t(value ? 'pane.rules.yes' : 'pane.rules.no', {}, lang);
  if (def.type === 'share' && typeof value === 'number') return `${Math.round(value * 1000) / 10} %`;
  if (def.type === 'rating') return t(`rating.${value}`, {}, lang);
  if (def.type === 'discipline') return t(`discipline.${value}`, {}, lang);
  return String(value);
}

/**
 * Settings with one parameter set. A value equal to the default is kept explicitly, so a
 * reset overrides what the workbook had saved; the saved settings drop defaults again.
 */
export function withParam(settings: StoredSettings, def: ParamDef, value: ParamDef['default']): StoredSettings {
  return { ...settings, params: { ...(settings.params ?? {}), [def.id]: value } };
}

export interface TargetRow {
  def: TargetDef;
  setting: TargetSetting;
}

/** The targets of the plan in use: the one the clerk loaded, or the bundled 2014 plan. */
const targetsOf = (settings: StoredSettings): TargetDef[] => planTargets(settings.plan ?? DEFAULT_PLAN);

export function targetRows(settings: StoredSettings): TargetRow[] {
  return targetsOf(settings).map((def) => ({
    def,
    setting: settings.targets?.find((x) => x.id === def.id) ?? { id: def.id, required: def.default, enabled: true },
  }));
}

export function withTarget(settings: StoredSettings, setting: TargetSetting): StoredSettings {
  const others = (settings.targets ?? []).filter((x) => x.id !== setting.id);
  const order = targetsOf(settings).map((d) => d.id);
  return { ...settings, targets: [...others, setting].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id)) };
}

/** "80", "80 %", "0,8" → 0.8 and "1 %" → 0.01 for a share (the one percentage parser); "4" → 4 for a count; undefined when not a number. */
export function parseRequired(text: string, measure: TargetDef['measure']): number | undefined {
  if (measure === 'share') return parsePercent(text);
  const s = text.replace(',', '.').trim();
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  return Math.round(Number(s));
}

export interface TitleTotal {
  rule: TitleRule;
  id: string;
  scope: 'person' | 'unit';
  awarded: number;
  overCap: number;
}

/** Per title: how many are proposed and how many a cap left out. */
export function titleTotals(result: ReviewResult, rs: RuleSet): TitleTotal[] {
  const out: TitleTotal[] = [];
  for (const title of rs.titles) {
    const verdicts: (Verdict | undefined)[] =
      title.scope === 'person'
        ? result.persons.map((p: PersonResult) => p.verdicts[title.id as keyof PersonResult['verdicts']])
        : result.units.map((u: UnitResult) => u.verdicts[title.id as keyof UnitResult['verdicts']]);
    if (!verdicts.some(Boolean)) continue;
    out.push({
      rule: title,
      id: title.id,
      scope: title.scope,
      awarded: verdicts.filter((v) => v?.status === 'awarded').length,
      overCap: verdicts.filter((v) => v?.status === 'over-cap').length,
    });
  }
  return out;
}

export interface LookupHit {
  kind: 'person' | 'unit';
  name: string;
  unit?: string;
  verdicts: { title: string; status: Verdict['status']; reasons: string[] }[];
}

/** People and units whose name contains the query, diacritics and case ignored; at most `limit`. */
export function lookup(result: ReviewResult, query: string, lang: Lang, limit = 8): LookupHit[] {
  const q = fold(query);
  if (!q) return [];
  const hits: LookupHit[] = [];
  const verdictsOf = (vs: Partial<Record<string, Verdict>>) =>
    Object.values(vs)
      .filter((v): v is Verdict => !!v)
      .map((v) => ({ title: v.title, status: v.status, reasons: verdictReasons(v, lang) }));
  for (const u of result.units) if (fold(u.unit.name).includes(q)) hits.push({ kind: 'unit', name: u.unit.name, verdicts: verdictsOf(u.verdicts) });
  for (const p of result.persons) {
    if (hits.length >= limit) break;
    if (fold(p.person.name).includes(q)) hits.push({ kind: 'person', name: p.person.name, unit: p.person.unit, verdicts: verdictsOf(p.verdicts) });
  }
  return hits.slice(0, limit);
}
