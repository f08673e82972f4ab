/** A sheet name as Excel accepts it: no []:*?/\ , no leading or trailing apostrophe, at most 31 characters, not blank. */
export function safeSheetName(name: string): string {
  // "_x0041_" would be read back by Excel as an escaped character: its underscore becomes "-".
  const cleaned = name
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '-')
    .replace(/^'+|'+$/g, '')
    .trim()
    .slice(0, 31)
    .trim();
  return cleaned || 'Sheet';
}

/** A safe name not in `taken` (lower-cased names): "KQ cá nhân (2)" when the clerk has a "KQ cá nhân". Adds it to `taken`. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = safeSheetName(wanted);
  let name = base;
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base.slice(0, 31 - ` (${k})`.length)} (${k})`;
  taken.add(name.toLowerCase());
  return name;
}
