/**
 * What a write does, worked out once for every adapter (Excel, .xlsx, memory), which only
 * apply it: the add-in's earlier sheets to take out, each new sheet's name (made safe and
 * unique among the sheets that stay), the settings to save with the new list of the
 * add-in's own sheets, each sheet's footer in its language, and how each named style looks
 * (every adapter formats from the same resolved table). Pure: no office.js, no ExcelJS.
 */
import { SETTINGS_SHEET, type StoredSettings } from '../domain/settings';
import { t, type Lang } from '../i18n/catalogue';
import type { SheetSpec, StyleId } from '../sheets/grid';
import { FONT, STYLES } from '../sheets/styles';
import { settingsToCells } from './settings-store';
import { uniqueSheetName } from './sheet-names';

export interface WritePlan {
  /** Sheets of the workbook to take out: the add-in's earlier results that are there. */
  remove: string[];
  /** The sheets to write, in order, each under its final name (`spec.name`), footers filled in. */
  sheets: SheetSpec[];
  /** The settings sheet (very hidden, written last, replacing the one there). */
  settings: { name: string; cells: string[][] };
  /** The names written, in order (`sheets.map(s => s.name)`), for the report. */
  written: string[];
}

/**
 * `existing`: the workbook's sheets now (any order); `replace`: the add-in's own sheets
 * from its settings (only these may be taken out; the settings sheet is always replaced).
 * A new sheet never takes the name of a sheet that stays: the clerk's "KQ cá nhân" stays,
 * the result becomes "KQ cá nhân (2)".
 */
export function planWrite(existing: readonly string[], specs: readonly SheetSpec[], settings: StoredSettings, replace: readonly string[]): WritePlan {
  const replaced = new Set(replace.filter((n) => n !== SETTINGS_SHEET));
  const remove = existing.filter((n) => replaced.has(n));
  const taken = new Set(existing.filter((n) => !replaced.has(n)).map((n) => n.toLowerCase()));
  taken.add(SETTINGS_SHEET.toLowerCase());
  const lang: Lang = settings.lang ?? 'vi';
  const sheets = specs.map((spec): SheetSpec => {
    const name = uniqueSheetName(spec.name, taken);
    const print = spec.print?.pageNumbers ? { ...spec.print, footer: t('print.footer', {}, spec.lang ?? lang) } : spec.print;
    return { ...spec, name, ...(print ? { print } : {}) };
  });
  const written = sheets.map((s) => s.name);
  // The add-in's own sheets after the write: those it had and kept, and those it wrote now but forms handed over.
  const kept = settings.ownedSheets.filter((n) => !replace.includes(n));
  const mine = written.filter((_, i) => !specs[i].handOver);
  const cells = settingsToCells({ ...settings, ownedSheets: [...new Set([...kept, ...mine])] });
  return { remove, sheets, settings: { name: SETTINGS_SHEET, cells }, written };
}

/** A named style with nothing left to the adapter: what every cell of that style looks like. */
export interface ResolvedStyle {
  font: { name: string; size: number; bold: boolean; italic: boolean; underline: boolean; /** "#RRGGBB" */ color: string };
  /** Solid background, "#RRGGBB". */
  fill?: string;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center' | 'bottom';
  wrap: boolean;
  /** A thin border on all four sides of every cell (between the rows and columns of a range too). */
  border: boolean;
  /** Excel's number format code; "General" when the style sets none. */
  numberFormat: string;
}

/** Black: Excel's automatic font colour, written out. */
export const DEFAULT_COLOR = '#000000';

function resolve(id: StyleId): ResolvedStyle {
  const s = STYLES[id];
  const f = s.font ?? {};
  return {
    font: { name: f.name ?? FONT, size: f.size ?? 12, bold: !!f.bold, italic: !!f.italic, underline: !!f.underline, color: (f.color ?? DEFAULT_COLOR).toUpperCase() },
    ...(s.fill ? { fill: s.fill.toUpperCase() } : {}),
    ...(s.align ? { horizontal: s.align } : {}),
    ...(s.valign ? { vertical: s.valign === 'middle' ? ('center' as const) : s.valign } : {}),
    wrap: !!s.wrap,
    border: !!s.border,
    numberFormat: s.numberFormat ?? 'General',
  };
}

/** Every named style resolved, once: the one mapping the Excel and .xlsx adapters format from. */
export const RESOLVED_STYLES: Readonly<Record<StyleId, ResolvedStyle>> = Object.freeze(
  Object.fromEntries((Object.keys(STYLES) as StyleId[]).map((id) => [id, resolve(id)])) as Record<StyleId, ResolvedStyle>,
);
