/**
 * Vietnamese order (interim version; the full one with its tests is being written).
 * Names sort by given name (last word), then middle names, then family name.
 */
const collator = new Intl.Collator('vi', { sensitivity: 'base' });
const tieBreak = new Intl.Collator('vi', { sensitivity: 'variant' });

export function compareVietnamese(a: string, b: string): number {
  return collator.compare(a, b) || tieBreak.compare(a, b);
}

/** A name as the order reads it: [given name, middle names, family name]. */
export const nameKey = (full: string): string[] => {
  const words = full.trim().split(/\s+/);
  return [words[words.length - 1] ?? '', words.slice(1, -1).join(' '), words.length > 1 ? words[0] : ''];
};

/** compareNames on keys made once (for sorting many names). */
export function compareNameKeys(ka: string[], kb: string[]): number {
  for (let i = 0; i < 3; i++) {
    const c = compareVietnamese(ka[i], kb[i]);
    if (c) return c;
  }
  return 0;
}

export function compareNames(a: string, b: string): number {
  return compareNameKeys(nameKey(a), nameKey(b));
}
