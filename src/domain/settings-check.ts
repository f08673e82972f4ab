/**
 * Settings as read from a workbook are input like any cell: a hand-edited or damaged
 * settings sheet, or one written by another version, must not stop a review with a
 * TypeError. `checkSettings` keeps every part of the shape that is well formed, drops each
 * part that is not, and says which (an issue the clerk sees); unknown fields are kept as
 * they are, for a newer version to read back.
 */
import { SETTINGS_SHEET, SETTINGS_VERSION, type StoredSettings } from './settings';
import { DISCIPLINE_ORDER, RATING_ORDER, type DataIssue } from './types';
import { checkAgency } from './agency-file';

/** Settings as the storage read them: `unreadable` holds the text when it was not JSON at all. */
export interface ReadSettings extends StoredSettings {
  unreadable?: string;
}

const ROLES = new Set(['staff', 'units', 'history', 'initiatives', 'ignore']);
/** The scales a value can be mapped onto (src/domain/types.ts). */
const SCALES: Record<string, readonly string[]> = { rating: RATING_ORDER, discipline: DISCIPLINE_ORDER };
const PHASES = new Set(['mid', 'year']);
const LANGS = new Set(['vi', 'en']);
const RUN_BY = new Set(['cli', 'addin', 'preview']);
/** A column letter up to XFD, Excel's last. */
const COLUMN = /^(?:[A-Z]{1,2}|[A-W][A-Z]{2}|X[A-E][A-Z]|XF[A-D])$/;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An object without a prototype: a sheet named "constructor" or "__proto__" is only a key. */
const table = <T>(): Record<string, T> => Object.create(null) as Record<string, T>;
const shown = (v: unknown): string => {
  let s: string;
  try {
    s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/** The well-formed part of `raw`, and an issue for each part left out. */
export function checkSettings(raw: ReadSettings | StoredSettings): { settings: StoredSettings; issues: DataIssue[] } {
  const issues: DataIssue[] = [];
  const drop = (field: string, value: unknown) => issues.push({ severity: 'warning', code: 'settings-unreadable', value: shown(value), args: { field, settingsSheet: SETTINGS_SHEET } });

  if ('unreadable' in raw && raw.unreadable !== undefined) {
    drop('*', raw.unreadable);
    return { settings: { version: 1, ownedSheets: [] }, issues };
  }
  const { unreadable: _u, ...rest } = raw as ReadSettings;
  const out: StoredSettings & Record<string, unknown> = { ...rest, version: 1, ownedSheets: [] };
  if (typeof raw.version === 'number' && raw.version > SETTINGS_VERSION) {
    issues.push({ severity: 'info', code: 'settings-newer', value: String(raw.version), args: { settingsSheet: SETTINGS_SHEET } });
  }

  const owned: unknown = raw.ownedSheets;
  if (Array.isArray(owned)) {
    for (const n of owned)
      if (typeof n === 'string') out.ownedSheets.push(n);
      else drop('ownedSheets', n);
  } else if (owned !== undefined) drop('ownedSheets', owned);

  const mapping: unknown = raw.mapping;
  delete out.mapping;
  if (isRecord(mapping)) {
    const m = table<NonNullable<StoredSettings['mapping']>[string]>();
    for (const sheet of Object.keys(mapping)) {
      const e = mapping[sheet];
      const columns = isRecord(e) ? e.columns : undefined;
      const ok =
        isRecord(e) &&
        typeof e.role === 'string' &&
        ROLES.has(e.role) &&
        (e.headerRow === undefined || (Number.isInteger(e.headerRow) && (e.headerRow as number) >= 1 && (e.headerRow as number) <= 1_048_576)) &&
        isRecord(columns) &&
        Object.values(columns).every((c) => c === '' || (typeof c === 'string' && COLUMN.test(c)));
      if (!ok) {
        issues.push({ severity: 'warning', code: 'settings-bad-mapping', value: shown(e), args: { sheetName: sheet, settingsSheet: SETTINGS_SHEET } });
        continue;
      }
      const cols = table<string>();
      for (const [field, letter] of Object.entries(columns as Record<string, string>)) cols[field] = letter;
      m[sheet] = { role: e.role as 'staff' | 'units' | 'history' | 'initiatives' | 'ignore', ...(e.headerRow !== undefined ? { headerRow: e.headerRow as number } : {}), columns: cols };
    }
    out.mapping = m;
  } else if (mapping !== undefined) drop('mapping', mapping);

  // What values mean: each entry kept when its field and meaning are known, each other one said.
  const valueMap: unknown = raw.valueMap;
  delete out.valueMap;
  if (isRecord(valueMap)) {
    const vm: NonNullable<StoredSettings['valueMap']> = {};
    for (const [field, entries] of Object.entries(valueMap)) {
      const scale = Object.prototype.hasOwnProperty.call(SCALES, field) ? SCALES[field] : undefined;
      if (!scale || !isRecord(entries)) {
        drop(`valueMap.${field}`, entries);
        continue;
      }
      const kept = table<string>();
      for (const [value, meaning] of Object.entries(entries)) {
        if (typeof meaning === 'string' && scale.includes(meaning)) kept[value] = meaning;
        else drop(`valueMap.${field}`, { [value]: meaning });
      }
      vm[field as 'rating' | 'discipline'] = kept;
    }
    out.valueMap = vm;
  } else if (valueMap !== undefined) drop('valueMap', valueMap);

  const params: unknown = raw.params;
  delete out.params;
  if (isRecord(params)) {
    const p = table<number | boolean | string | null>();
    for (const [id, v] of Object.entries(params)) {
      if (v === null || typeof v === 'boolean' || typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v))) p[id] = v;
      else drop(`params.${id}`, v);
    }
    out.params = p;
  } else if (params !== undefined) drop('params', params);

  const targets: unknown = raw.targets;
  delete out.targets;
  if (Array.isArray(targets)) {
    out.targets = targets.filter((x) => {
      const ok =
        isRecord(x) &&
        typeof x.id === 'string' &&
        typeof x.required === 'number' &&
        Number.isFinite(x.required) &&
        typeof x.enabled === 'boolean' &&
        (x.recorded === undefined || typeof x.recorded === 'boolean');
      if (!ok) drop('targets', x);
      return ok;
    });
  } else if (targets !== undefined) drop('targets', targets);

  const agency: unknown = raw.agency;
  delete out.agency;
  // The council, the counting committee and the basis are lists: kept when well formed.
  if (isRecord(agency)) out.agency = checkAgency(agency, drop);
  else if (agency !== undefined) drop('agency', agency);

  const scalar = (field: 'preset' | 'reviewDate' | 'historySheet' | 'phase' | 'lang', allowed?: Set<string>) => {
    const v: unknown = raw[field];
    delete out[field];
    if (v === undefined) return;
    if (typeof v === 'string' && (!allowed || allowed.has(v))) (out as Record<string, unknown>)[field] = v;
    else drop(field, v);
  };
  scalar('preset');
  scalar('reviewDate');
  scalar('historySheet');
  scalar('phase', PHASES);
  scalar('lang', LANGS);
  const money: unknown = raw.money;
  delete out.money;
  if (isRecord(money)) {
    const kept: { baseWage?: number; fund?: number } = {};
    for (const k of ['baseWage', 'fund'] as const) {
      const v = money[k];
      if (typeof v === 'number' && Number.isInteger(v) && v > 0) kept[k] = v;
      else if (v !== undefined) drop(`money.${k}`, v);
    }
    if (Object.keys(kept).length) out.money = kept;
  } else if (money !== undefined) drop('money', money);
  const reviewYear: unknown = raw.reviewYear;
  delete out.reviewYear;
  if (typeof reviewYear === 'number' && Number.isInteger(reviewYear) && reviewYear >= 1990 && reviewYear <= 2100) out.reviewYear = reviewYear;
  else if (reviewYear !== undefined) drop('reviewYear', reviewYear);

  const staffVotes: unknown = raw.staffVotes;
  delete out.staffVotes;
  if (isRecord(staffVotes) && typeof staffVotes.council === 'number' && Number.isInteger(staffVotes.council) && staffVotes.council > 0 && staffVotes.council < 1000)
    out.staffVotes = { council: staffVotes.council };
  else if (staffVotes !== undefined) drop('staffVotes', staffVotes);

  const lastRun: unknown = raw.lastRun;
  delete out.lastRun;
  if (isRecord(lastRun) && typeof lastRun.at === 'string' && typeof lastRun.by === 'string' && RUN_BY.has(lastRun.by)) out.lastRun = { at: lastRun.at, by: lastRun.by as 'cli' | 'addin' | 'preview' };
  else if (lastRun !== undefined) drop('lastRun', lastRun);

  return { settings: out, issues };
}

/** The clerk's mapping of one sheet, looked up as an own key only. */
export function mappingOf(settings: Pick<StoredSettings, 'mapping'>, sheet: string): NonNullable<StoredSettings['mapping']>[string] | undefined {
  const m = settings.mapping;
  return m && Object.prototype.hasOwnProperty.call(m, sheet) ? m[sheet] : undefined;
}
