/**
 * What the pane shows and changes, as plain functions of the pipeline's values: the
 * columns a field can be mapped to, a mapping change as new settings, the parameters and
 * targets as editable rows, a lookup. No React, no Office: tested in milliseconds.
 */
import type { PersonResult, ReviewResult, TargetResult, UnitResult, Verdict } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import type { DataIssue } from '../domain/types';
import { yearFromGrids } from '../pipeline/review';
import type { StoredSettings, TargetSetting } from '../domain/settings';
import { allParams, findPreset, generalParams, presetForDate, titleParams } from '../rules/presets';
import { planTargets } from '../rules/plan';
import { parsePercent } from '../text/percent';
import { percent, shortDate, vietnameseDate } from '../text/format';
import { parseDayText } from '../text/dates';
import type { ParamDef, RuleSet, TargetDef, TitleRule } from '../rules/types';
import { titleName } from '../rules/titles';
import { fieldsOfRole, type ColumnMapping, type SheetRecognition } from '../sheets/fields';
import { columnLetter, parseRange, type SheetGrid } from '../sheets/grid';
import { fold } from '../sheets/reader/fold';
import { carryForward, HISTORY_SHEET } from '../sheets/carry-forward';
import { targetLine, verdictReasons } from '../sheets/layout';

// The clerk's choices (a sheet's role, a field's column, the header row, a value's meaning) go
// through the one module the command line's --map and --map-value use too.
export {
  autoColumns,
  autoRecognition,
  displacedFields,
  SINGLE_ROLES,
  withColumn,
  withHeaderRow,
  withoutMapping,
  withSheetInRole,
  withSheetRole,
  withValueMeaning,
  type PickRole,
} from '../sheets/choices';
import type { PickRole } from '../sheets/choices';

/** A field's name for the clerk: "Xếp loại", "CSTĐCS năm 2013" (one function for the pane and the printed report). */
export { fieldLabel } from '../sheets/read-report';

/**
 * The fields the clerk can map for a role: the role's fields, then every past-year field that
 * recognition found or the clerk mapped. A field that lost its column stays in the list, so
 * the clerk sees it without a column and can give it one back.
 */
export function fieldsFor(rec: SheetRecognition, auto: readonly ColumnMapping[] = [], settings?: StoredSettings): string[] {
  const base: readonly string[] = fieldsOfRole(rec.role);
  const extra = [...auto.map((c) => c.field), ...rec.columns.map((c) => c.field), ...Object.keys(settings?.mapping?.[rec.sheet]?.columns ?? {})].filter((f) => f.includes(':'));
  return [...base.filter((f) => f !== 'index'), ...new Set(extra)];
}

export interface ColumnChoice {
  letter: string;
  /** "G – Kết quả năm 2014 / Xếp loại": every header row. */
  label: string;
  /** "G – Xếp loại": the column's own header, short enough for Excel's narrow pane. */
  short: string;
  /** The merged header over it ("Kết quả năm 2014"), when there is one: columns are grouped under it. */
  group?: string;
}

/** Every column of the sheet's used range, as "H – Xếp loại" from its header rows. */
/** Rows under the header that set the table's width for the column choices. */
const NEAR_ROWS = 200;

export function columnChoices(grid: SheetGrid, rec: SheetRecognition): ColumnChoice[] {
  // The table's width is that of its header and first rows: a stray cell far to the right (a
  // note in XFD) must not give every field 16 384 choices.
  const near = grid.values.slice(0, Math.max(0, rec.headerBottom - grid.top) + 1 + NEAR_ROWS);
  const width = near.reduce((w, r) => Math.max(w, r.length), 0);
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
    const own = texts[texts.length - 1];
    out.push({
      letter,
      label: texts.length ? `${letter} – ${texts.join(' / ')}` : letter,
      short: own ? `${letter} – ${own}` : letter,
      ...(texts.length > 1 ? { group: texts.slice(0, -1).join(' / ') } : {}),
    });
  }
  return out;
}

/** The column letter a field is read from now, or '' when none. */
export function columnOf(rec: SheetRecognition, field: string): string {
  const c = rec.columns.find((x) => x.field === field);
  return c ? columnLetter(c.col) : '';
}

/** The year the review reads the columns for (past-year fields are relative to it). */
export function reviewYear(outcome: ReviewOutcome | null, draft: StoredSettings, grids: SheetGrid[]): number {
  if (outcome?.result) return outcome.result.year;
  const inferred = yearFromGrids(grids);
  return Number((draft.reviewDate ?? (inferred ? String(inferred) : new Date().toISOString())).slice(0, 4));
}

/** Every parameter back to the rule set's default (kept explicitly, so a value saved in the workbook is overridden too). */
export function withDefaultParams(settings: StoredSettings, rs: RuleSet): StoredSettings {
  const params: NonNullable<StoredSettings['params']> = {};
  for (const def of allParams(rs)) params[def.id] = def.default;
  return { ...settings, params };
}

/** The plan's targets as the plan sets them. */
export function withDefaultTargets(settings: StoredSettings): StoredSettings {
  return { ...settings, targets: targetsOf(settings).map((def) => ({ id: def.id, required: def.default, enabled: true })) };
}

/** Data issues as the clerk should meet them: errors first, then warnings, then information. */
export function issuesInOrder(issues: readonly DataIssue[]): Record<DataIssue['severity'], DataIssue[]> {
  return {
    error: issues.filter((i) => i.severity === 'error'),
    warning: issues.filter((i) => i.severity === 'warning'),
    info: issues.filter((i) => i.severity === 'info'),
  };
}

/** Where the clerk fixes what stopped the review: a sheet to pick, a field's column, or a cell. */
export type FixPlace = { kind: 'role'; role: PickRole } | { kind: 'field'; sheet: string; field: string } | { kind: 'cell'; sheet: string; cell: string } | { kind: 'issues' };

export function fixPlace(issue: DataIssue): FixPlace {
  if (issue.code === 'no-staff-sheet' || issue.code === 'staff-only-in-guide') return { kind: 'role', role: 'staff' };
  if ((issue.code === 'no-name-column' || issue.code === 'no-name-column-chosen') && issue.sheet) return { kind: 'field', sheet: issue.sheet, field: 'name' };
  if (issue.code === 'no-rating-column' && issue.sheet) return { kind: 'field', sheet: issue.sheet, field: 'rating' };
  if (issue.sheet && issue.cell) return { kind: 'cell', sheet: issue.sheet, cell: issue.cell };
  return { kind: 'issues' };
}

/** The id of a field's column control in step 1 (a way back points at it). */
export const fieldControlId = (role: string, field: string): string => `map-${role}-${field.replace(/[^\w-]/g, '_')}`;
export const roleControlId = (role: PickRole): string => `pick-${role}`;

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
  const groups: [string, ParamDef[]][] = [
    [t('preset.general', {}, lang), generalParams(rs)],
    ...rs.titles.map((title) => [titleName(title, 'short', lang), titleParams(title)] as [string, ParamDef[]]),
  ];
  for (const [group, defs] of groups) {
    for (const def of defs) {
      const has = params !== undefined && def.id in params;
      const value = has ? params![def.id]! : def.default;
      rows.push({ def, group, value: has ? (params![def.id] ?? null) : def.default, changed: has && value !== def.default });
    }
  }
  return rows;
}

/** A parameter's value as the clerk reads it: 80 %, 40, Có, "Hoàn thành tốt nhiệm vụ". */
export function paramValueText(def: ParamDef, value: ParamDef['default'], lang: Lang): string {
  if (value === null) return t('pane.rules.off', {}, lang);
  if (typeof value === 'boolean') return t(value ? 'pane.rules.yes' : 'pane.rules.no', {}, lang);
  if (def.type === 'share' && typeof value === 'number') return percentText(value, lang);
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

/** The targets of the plan in use: the one the clerk loaded (or the workbook's settings hold); none without a plan, as the review. */
const targetsOf = (settings: StoredSettings): TargetDef[] => (settings.plan ? planTargets(settings.plan) : []);

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

/**
 * "80", "80 %", "0,8" → 0.8 and "1 %" → 0.01 for a share (the one percentage parser); "4" → 4
 * for a count; undefined when not a number in the range (`rangeKey` says which): 150 % is no
 * share, -5 and 4,5 no count. Nothing is rounded or clipped into the range.
 */
export function parseRequired(text: string, measure: TargetDef['measure']): number | undefined {
  if (measure === 'share') return parsePercent(text);
  const s = text.normalize('NFC').replace(/\s+/g, '');
  if (!/^\+?\d+$/.test(s)) return undefined;
  return Number(s);
}

/** The catalogue key of what a number field accepts ("từ 0 đến 100 %"), said when the text is refused. */
export const rangeKey = (measure: 'share' | 'count'): string => (measure === 'share' ? 'pane.rules.range.share' : 'pane.rules.range.count');

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

/** How many people and units match the query in all (the lookup shows the first few). */
export function lookupTotal(result: ReviewResult, query: string): number {
  const q = fold(query);
  if (!q) return 0;
  return result.units.filter((u) => fold(u.unit.name).includes(q)).length + result.persons.filter((p) => fold(p.person.name).includes(q)).length;
}

/** A share as the clerk reads it: "11,4 %" (decimal comma in Vietnamese), "11.4 %" in English. */
export const percentText = (share: number, lang: Lang): string => percent(share, 1, lang);

/** A target's line in the pane: shares with the clerk's decimal comma. */
export function targetText(tr: TargetResult, lang: Lang): { required: string; actual: string; gap: string } {
  const line = targetLine(tr, lang);
  if (tr.measure !== 'share') return line;
  return { ...line, required: percentText(tr.required, lang), actual: `${percentText(tr.actual, lang)} (${tr.count}/${tr.base})` };
}

/** "2014-12-20" → "20/12/2014", the order a Vietnamese clerk writes a date in ('' when none). */
export const dateText = (iso: string | undefined): string => (iso ? shortDate(iso) : '');

/** "20/12/2014", "20-12-2014", "20.12.2014", "2/1/2015", "ngày 20 tháng 12 năm 2014" → ISO; undefined when no such day. */
export function parseDateText(text: string): string | undefined {
  // A day that exists (text/dates, which reads "20/12/14" as 2014), a review from 1990 on.
  const iso = parseDayText(text);
  const y = iso ? Number(iso.slice(0, 4)) : 0;
  return y >= 1990 && y <= 2100 ? iso : undefined;
}

/** "ngày 20 tháng 12 năm 2014" (the official form), "20 December 2014". */
export const longDateText = (iso: string, lang: Lang): string => vietnameseDate(iso, lang);

/** JSON with keys in order: two settings are the same when this is. */
function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
}

/** The clerk's choices, compared: an empty mapping is no mapping. */
export function sameSettings(a: StoredSettings, b: StoredSettings): boolean {
  const norm = (s: StoredSettings) => ({ ...s, mapping: s.mapping && Object.keys(s.mapping).length ? s.mapping : undefined, lastRun: undefined });
  return stable(norm(a)) === stable(norm(b));
}

/**
 * What "Chốt kết quả năm" would add to the history sheet now: rows, and the people and units
 * they are for (one row per title, so rows outnumber people), people it cannot tell apart,
 * and whether the year is closed already (the sheet holds every row it would add).
 */
export function closePreview(grids: readonly SheetGrid[], result: ReviewResult): { added: number; people: number; units: number; ambiguous: number; exists: boolean; closed: boolean } {
  const grid = grids.find((g) => g.name === HISTORY_SHEET) ?? null;
  const { spec, added, ambiguous } = carryForward(grid, result, 'vi');
  const byName = new Map<string, string[]>();
  for (const p of result.persons) byName.set(p.person.name, [...(byName.get(p.person.name) ?? []), p.person.unit ?? '']);
  const unitNames = new Set(result.units.map((u) => u.unit.name));
  const people = new Set<string>();
  const units = new Set<string>();
  for (const row of spec.rows.slice(spec.rows.length - added)) {
    const texts = row.map((c) => c?.v).filter((v): v is string => typeof v === 'string' && v !== '');
    const name = texts.find((v) => byName.has(v));
    if (name) people.add(`${name}|${texts.find((v) => byName.get(name)!.includes(v)) ?? ''}`);
    else {
      const unit = texts.find((v) => unitNames.has(v));
      if (unit) units.add(unit);
    }
  }
  // Closed already: nothing left to add, and the sheet holds rows of the year.
  const closed = grid !== null && added === 0 && grid.values.some((r) => r.some((v) => v === result.year || v === String(result.year)));
  return { added, people: people.size, units: units.size, ambiguous: ambiguous.length, exists: grid !== null, closed };
}

/** The draft with the award money's `field` set (a number) or cleared (undefined); no empty `money` left behind. */
export function withMoney(draft: StoredSettings, field: 'baseWage' | 'fund', value: number | undefined): StoredSettings {
  const { [field]: _old, ...rest } = draft.money ?? {};
  const money = value === undefined ? rest : { ...rest, [field]: value };
  const { money: _money, ...others } = draft;
  return Object.keys(money).length ? { ...others, money } : others;
}

/** The draft with the staff list's vote column taken as the ballot of a council of `council` members, or not (undefined). */
export function withStaffVotes(draft: StoredSettings, council: number | undefined): StoredSettings {
  const { staffVotes: _old, ...others } = draft;
  return council === undefined ? others : { ...others, staffVotes: { council } };
}

/** A council's size as typed: a whole number from 1 to 999; blank is NaN (the column not used). */
export function parseCouncil(text: string): number | undefined {
  if (text.trim() === '') return Number.NaN;
  return /^\s*\d{1,3}\s*$/.test(text) && Number(text) > 0 ? Number(text) : undefined;
}

/** The staff list's column read as vote shares ("Tỷ lệ phiếu bầu (%)"), by its header; none when no list has one. */
export function voteColumn(outcome: ReviewOutcome | null): string | undefined {
  for (const r of outcome?.parsed.recognitions ?? []) {
    const c = r.columns.find((m) => m.field === 'voteShare');
    if (c) return c.header.replace(/\s+/g, ' ').trim();
  }
  return undefined;
}
