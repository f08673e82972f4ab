/**
 * How deep a JSON text nests its arrays and objects, counted without parsing it (strings
 * skipped, escapes included), and without recursion. JSON.parse itself takes any depth, but
 * everything after it that walks the value (String(), JSON.stringify, a copy) runs out of
 * stack on a value nested 200 000 deep: the files a clerk hands over (agency, plan) and
 * the settings kept in the workbook are refused above a depth no real one reaches.
 */
export const MAX_JSON_DEPTH = 64;

export function jsonTooDeep(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
