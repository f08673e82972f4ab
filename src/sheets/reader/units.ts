/**
 * Matching a unit name as typed in the staff list to the unit sheet's spelling: case,
 * spacing, diacritics and the common abbreviations ("P. QLKH", "Phòng QLKH" = "Phòng
 * Quản lý Khoa học"; "TT" = "Trung tâm"; "VP" = "Văn phòng").
 */
import { fold } from './fold';

const PREFIXES = [['phong'], ['p'], ['trung', 'tam'], ['tt'], ['van', 'phong'], ['vp'], ['chi', 'cuc'], ['cc']];
const EXPAND: Record<string, string> = { p: 'phong', tt: 'trung tam', vp: 'van phong', cc: 'chi cuc', kh: 'khoa hoc', cn: 'cong nghe' };

function stripPrefix(words: string[]): { prefix: string; rest: string[] } {
  for (const p of PREFIXES) {
    if (p.every((w, i) => words[i] === w) && words.length > p.length) {
      const key = p.join(' ');
      return { prefix: EXPAND[key] ?? key, rest: words.slice(p.length) };
    }
  }
  return { prefix: '', rest: words };
}

/** Keys under which a unit name can be found: its folded form and its acronym form. */
export function unitKeys(name: string): string[] {
  const f = fold(name).replace(/\bkh ?cn\b/g, 'khoa hoc cong nghe');
  const words = f.split(' ').filter(Boolean);
  const expanded = words.map((w) => EXPAND[w] ?? w).join(' ');
  const { prefix, rest } = stripPrefix(words);
  const acronym = rest.length === 1 ? rest[0] : rest.map((w) => w[0]).join('');
  return [...new Set([f, expanded, `${prefix}|${acronym}`])];
}

export class UnitIndex {
  /** key → unit name, or null when two units share the key (an ambiguous abbreviation matches neither). */
  private readonly byKey = new Map<string, string | null>();
  constructor(names: string[]) {
    for (const n of names) {
      for (const k of unitKeys(n)) {
        const had = this.byKey.get(k);
        this.byKey.set(k, had === undefined || had === n ? n : null);
      }
    }
  }
  private readonly found = new Map<string, string | undefined>();
  find(typed: string): string | undefined {
    if (this.found.has(typed)) return this.found.get(typed);
    let out: string | undefined;
    for (const k of unitKeys(typed)) {
      const hit = this.byKey.get(k);
      if (hit) {
        out = hit;
        break;
      }
    }
    this.found.set(typed, out);
    return out;
  }
}
