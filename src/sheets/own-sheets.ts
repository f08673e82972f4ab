/**
 * Which sheets are the add-in's own. The settings list the sheets it wrote last time (the
 * only ones it may replace, and never read as input); a list that names a sheet the add-in
 * never writes (hand-edited settings, settings copied from another workbook) would make it
 * skip the clerk's sheet as input and delete it on the next write. So a listed name counts
 * only when it is a name the add-in gives its result sheets, from the names themselves
 * (SHEET_NAMES, DOC_SHEET_NAMES) for every rule set and both languages, with the " (2)" a
 * clash adds. Forms handed over to the clerk (tally, registration, history) are never the
 * add-in's to replace, whatever the settings say.
 */
import { SETTINGS_SHEET } from '../domain/settings';
import { PRESETS } from '../rules/presets';
import { titleName } from '../rules/titles';
import { DOC_SHEET_NAMES } from './forms';
import { SHEET_NAMES } from './layout';
import { t } from '../i18n/catalogue';

let names: Set<string> | undefined;

/** Every name a result sheet can be given (before a clash adds " (2)"), lower-cased as Excel compares. */
function resultSheetNames(): Set<string> {
  if (names) return names;
  const out = new Set<string>();
  const add = (n: string) => out.add(n.toLowerCase());
  for (const n of [
    SHEET_NAMES.persons,
    SHEET_NAMES.units,
    SHEET_NAMES.targets,
    SHEET_NAMES.midYear,
    SHEET_NAMES.basis,
    SHEET_NAMES.issues,
    SHEET_NAMES.reading,
    SHEET_NAMES.money,
    DOC_SHEET_NAMES.proposal,
    DOC_SHEET_NAMES.midYear,
  ])
    add(n);
  // "Còn thiếu" and "Biểu đồ" (sheets/shortfall.ts, sheets/charts.ts), in either language.
  for (const lang of ['vi', 'en'] as const) for (const key of ['sheet.shortfall.name', 'chart.sheet']) add(t(key, {}, lang));
  for (const preset of PRESETS) {
    for (const rule of preset.titles) {
      for (const lang of ['vi', 'en'] as const) add(SHEET_NAMES.list(titleName(rule, 'tab', lang)));
      add(DOC_SHEET_NAMES.list(rule));
      add(DOC_SHEET_NAMES.ballot(rule));
    }
  }
  return (names = out);
}

/** A name the add-in gives a result sheet, as is or with the " (2)" of a clash (cut to 31 characters). */
export function isResultSheetName(name: string): boolean {
  const all = resultSheetNames();
  const lower = name.toLowerCase();
  if (all.has(lower)) return true;
  const m = /^(.*) \((\d+)\)$/.exec(lower);
  if (!m || Number(m[2]) < 2) return false;
  // uniqueSheetName cuts the base so that the name stays within 31 characters.
  const base = m[1];
  for (const n of all) if (n === base || (name.length === 31 && n.startsWith(base))) return true;
  return false;
}

/**
 * The settings' list of the add-in's sheets, split: those that can be its own, and those
 * named by the settings that never are (kept as the clerk's, read as input, and reported).
 */
export function splitOwned(listed: readonly unknown[] | undefined): { owned: string[]; foreign: string[] } {
  const owned: string[] = [];
  const foreign: string[] = [];
  for (const n of listed ?? []) {
    if (typeof n !== 'string' || n === SETTINGS_SHEET) continue;
    (isResultSheetName(n) ? owned : foreign).push(n);
  }
  return { owned, foreign };
}

/** The sheets a review reads: every sheet but the settings and the add-in's own results. */
export function inputSheetNames(all: readonly string[], listed: readonly unknown[] | undefined): string[] {
  const own = new Set(splitOwned(listed).owned);
  return all.filter((n) => n !== SETTINGS_SHEET && !own.has(n));
}
