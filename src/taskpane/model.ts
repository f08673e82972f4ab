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
import type { SheetMappingSetting, StoredSettings, TargetSetting } from '../domain/settings';
import { allParams, findPreset, generalParams, presetForDate, titleParams } from '../rules/presets';
import { mappingOf } from '../domain/settings-check';
import { planTargets } from '../rules/plan';
import { parsePercent } from '../text/percent';
import { percent, shortDate, vietnameseDate } from '../text/format';
import type { ParamDef, RuleSet, TargetDef, TitleRule } from '../rules/types';
import { titleName } from '../rules/titles';
import { fieldsOfRole, type ColumnMapping, type SheetRecognition, type SheetRole } from '../sheets/fields';
import { columnLetter, parseRange, type SheetGrid } from '../sheets/grid';
import { recognise } from '../sheets/read-workbook';
import { fold } from '../sheets/reader/fold';
import { carryForward, HISTORY_SHEET } from '../sheets/carry-forward';
import { targetLine, verdictReasons } from '../sheets/layout';

/** A field's name for the clerk: "Xếp loại", "CSTĐCS năm 2013". */
export function fieldLabel(field: string, lang: Lang): string {
  const [kind, a, b] = field.split(':');
  if (kind === 'pastTitle') return t('field.pastTitle', { title: t(`short.${a}`, {}, lang), year: b }, lang);
  if (kind === 'pastRating') return t('field.pastRating', { year: a }, lang);
  return t(`field.${field}`, {}, lang);
}

/**
 * The fields the clerk can map for a role: the role's fields, then every past-year field that
 * recognition found or the clerk mapped. A field that lost its column stays in the list, so
 * the clerk sees it without a column and can give it one back.
 */
export function fieldsFor(rec: SheetRecognition, auto: readonly ColumnMapping[] = [], settings?: StoredSettings): string[] {
  const base: readonly string[] = fieldsOfRole(rec.role);
  const extra = [...auto.map((c) => c.field), ...rec.columns.map((c) => c.field), ...Object.keys(settings?.mapping?.[rec.sheet]?.columns ?? {})].filter(
    (f) => f.includes(':'),
  );
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

/**
 * What recognition finds in one sheet on its own, with no column chosen by the clerk: with
 * no role, the role it would give the sheet; with a role (and a header row), the columns it
 * reads for that role. The reader starts from these when the clerk changes a column (the
 * columns she did not touch stay as recognised), so the pane compares against them.
 */
export function autoRecognition(grid: SheetGrid, year: number, role?: SheetRole, headerRow?: number): SheetRecognition | undefined {
  const mapping = role ? { [grid.name]: { role, columns: {}, ...(headerRow ? { headerRow } : {}) } } : undefined;
  return recognise([grid], { year, ...(mapping ? { mapping } : {}) }).recognitions[0];
}

/** The columns recognition reads for `rec`'s sheet in its role, before any the clerk chose. */
export function autoColumns(grid: SheetGrid, rec: SheetRecognition, settings: StoredSettings, year: number): ColumnMapping[] {
  return autoRecognition(grid, year, rec.role, mappingOf(settings, rec.sheet)?.headerRow)?.columns ?? [];
}

/** The year the review reads the columns for (past-year fields are relative to it). */
export function reviewYear(outcome: ReviewOutcome | null, draft: StoredSettings, grids: SheetGrid[]): number {
  if (outcome?.result) return outcome.result.year;
  const inferred = yearFromGrids(grids);
  return Number((draft.reviewDate ?? (inferred ? String(inferred) : new Date().toISOString())).slice(0, 4));
}

/**
 * The clerk's own choices among a sheet's saved columns. An empty column saved for a field
 * whose recognised column another choice now holds is not a choice: it only records that the
 * column was taken, and goes when the column is given back.
 */
function clerkChoices(columns: Record<string, string>, autoLetter: Map<string, string>): Record<string, string> {
  const taken = new Set(Object.values(columns).filter(Boolean));
  const out: Record<string, string> = {};
  for (const [f, l] of Object.entries(columns)) {
    if (l) out[f] = l;
    else if (!taken.has(autoLetter.get(f) ?? '')) out[f] = '';
  }
  return out;
}

/**
 * The clerk's correction as settings: `field` is read from column `letter` ('' = no column).
 * A field whose column it takes is left without one, so no column counts twice, and gets
 * its column back when the clerk moves `field` elsewhere: a slip undone by choosing again
 * loses nothing. Choosing the recognised column again is no longer a choice at all.
 * `auto` is the sheet's columns as recognised on their own (`autoColumns`).
 */
export function withColumn(settings: StoredSettings, rec: SheetRecognition, auto: readonly ColumnMapping[], field: string, letter: string): StoredSettings {
  const current = mappingOf(settings, rec.sheet);
  const autoLetter = new Map(auto.map((c) => [c.field, columnLetter(c.col)]));
  const chosen = clerkChoices(current?.columns ?? {}, autoLetter);
  // Another field the clerk had moved to this column goes back to what recognition found.
  if (letter) for (const [f, l] of Object.entries(chosen)) if (f !== field && l === letter) delete chosen[f];
  if (letter === (autoLetter.get(field) ?? '')) delete chosen[field];
  else chosen[field] = letter;
  const taken = new Set(Object.values(chosen).filter(Boolean));
  const columns: Record<string, string> = { ...chosen };
  for (const [f, l] of autoLetter) if (!(f in chosen) && taken.has(l)) columns[f] = '';
  // Every column back as recognised: the entry goes, unless it also keeps a header row or a
  // sheet the clerk picked for its role (an entry without columns to begin with).
  const picked = current !== undefined && Object.keys(current.columns).length === 0;
  if (!Object.keys(columns).length && !current?.headerRow && !picked && auto.length > 0) return withSheetMapping(settings, rec.sheet, undefined);
  return withSheetMapping(settings, rec.sheet, { role: current?.role ?? rec.role, ...(current?.headerRow ? { headerRow: current.headerRow } : {}), columns });
}

/** Settings with one sheet's mapping set; an entry that says nothing recognition would not is dropped. */
function withSheetMapping(settings: StoredSettings, sheet: string, m: SheetMappingSetting | undefined): StoredSettings {
  const mapping = { ...(settings.mapping ?? {}) };
  if (m) mapping[sheet] = m;
  else delete mapping[sheet];
  return { ...settings, mapping };
}

/** Columns the clerk's choices left without their recognised column, with the column they had. */
export function displacedFields(rec: SheetRecognition, auto: readonly ColumnMapping[]): { field: string; letter: string; by?: string }[] {
  const out: { field: string; letter: string; by?: string }[] = [];
  for (const a of auto) {
    if (rec.columns.some((c) => c.field === a.field)) continue;
    out.push({ field: a.field, letter: columnLetter(a.col), by: rec.columns.find((c) => c.col === a.col)?.field });
  }
  return out;
}

/** The roles a sheet can be given: one staff list, one unit list, any number of history and initiative sheets. */
export type PickRole = SheetRole;
export const SINGLE_ROLES: readonly PickRole[] = ['staff', 'units'];

/**
 * The clerk picks the sheet that plays `role` ('' = none). The sheet that played it before
 * stops: it is ignored when recognition would make it play that role again, otherwise it
 * goes back to what recognition finds in it. `autoRole` is recognition's role for a sheet.
 */
export function withSheetRole(
  settings: StoredSettings,
  role: PickRole,
  sheet: string,
  recs: readonly SheetRecognition[],
  autoRole: (sheet: string) => PickRole | undefined,
): StoredSettings {
  const before = recs.find((r) => r.role === role)?.sheet;
  if (before === sheet) return settings;
  let next = settings;
  if (before) next = withSheetMapping(next, before, autoRole(before) === role ? { role: 'ignore', columns: {} } : undefined);
  if (sheet) {
    const m = next.mapping?.[sheet];
    next = withSheetMapping(next, sheet, m && m.role === role ? m : { role, columns: {} });
  }
  return next;
}

/**
 * A sheet added to or taken from a role any number of sheets can play (history, initiatives).
 * Taken away, it is ignored when recognition would give it that role again.
 */
export function withSheetInRole(settings: StoredSettings, role: PickRole, sheet: string, on: boolean, autoRole: (sheet: string) => PickRole | undefined): StoredSettings {
  const m = mappingOf(settings, sheet);
  if (on) return withSheetMapping(settings, sheet, m && m.role === role ? m : { role, columns: {} });
  return withSheetMapping(settings, sheet, autoRole(sheet) === role ? { role: 'ignore', columns: {} } : undefined);
}

/** The header row (1-based) the clerk gives a sheet; the columns are then read under it. */
export function withHeaderRow(settings: StoredSettings, rec: SheetRecognition, row: number): StoredSettings {
  const current = mappingOf(settings, rec.sheet);
  return withSheetMapping(settings, rec.sheet, { role: current?.role ?? rec.role, columns: current?.columns ?? {}, headerRow: row });
}

/** Every sheet as recognition and the clerk's choices leave it: back to recognition alone. */
export function withoutMapping(settings: StoredSettings): StoredSettings {
  const { mapping: _m, ...rest } = settings;
  return { ...rest, mapping: {} };
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

/** The targets of the plan the clerk loaded (none without one: the sample workbook's settings hold its own). */
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

/** "20/12/2014", "20-12-2014", "20.12.2014", "2/1/2015" → ISO; undefined when no such day. */
export function parseDateText(text: string): string | undefined {
  const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(text);
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1990 || y > 2100) return undefined;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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

/** What "Chốt kết quả năm" would add to the history sheet now: rows and people it cannot tell apart. */
export function closePreview(grids: readonly SheetGrid[], result: ReviewResult): { added: number; ambiguous: number; exists: boolean } {
  const grid = grids.find((g) => g.name === HISTORY_SHEET) ?? null;
  const { added, ambiguous } = carryForward(grid, result, 'vi');
  return { added, ambiguous: ambiguous.length, exists: grid !== null };
}
