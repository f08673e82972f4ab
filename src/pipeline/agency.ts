/**
 * The agency the papers print, from what the review knows: the clerk's (the workbook's
 * settings or this run's agency file) wins whole once it names the agency; otherwise the
 * letterhead the sheets' own title rows name, with the plan's agency when the plan is that
 * agency's, and the clerk's other fields (council, code…) over it. Nothing else: a workbook
 * naming no agency prints "……" and the papers list what is missing.
 */
import type { AgencySetting } from '../domain/agency';
import type { StoredSettings } from '../domain/settings';
import type { AgencyFromSheets } from '../sheets/reader/agency-title';
import { fold } from '../sheets/reader/fold';

type Agency = NonNullable<StoredSettings['agency']>;

/** The fields set (text not blank): a blank field of the settings never wipes one found elsewhere. */
function given<T extends object>(a: T | undefined): Partial<T> {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(a ?? {})) if (v !== undefined && v !== null && !(typeof v === 'string' && !v.trim())) (out as Record<string, unknown>)[k] = v;
  return out;
}

export function papersAgency(set: StoredSettings['agency'], planAgency: Partial<AgencySetting> | undefined, sheets: AgencyFromSheets | undefined): StoredSettings['agency'] {
  if (set?.name?.trim()) return set;
  const fromSheets: Partial<AgencySetting> | undefined = sheets ? { name: sheets.name, ...(sheets.parent ? { parent: sheets.parent } : {}) } : undefined;
  // A plan of another agency (the sample's plan loaded for this workbook) lends it nothing.
  const planOwn = planAgency?.name?.trim() && (!sheets || fold(planAgency.name) === fold(sheets.name));
  const base = { ...given(fromSheets), ...(planOwn ? given(planAgency) : {}) };
  const merged = { ...base, ...given(set) } as Agency;
  return Object.keys(merged).length ? merged : undefined;
}
