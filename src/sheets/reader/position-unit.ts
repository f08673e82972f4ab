/**
 * A combined "Chức vụ, đơn vị" cell ("Trưởng phòng, Phòng Hành chính tư pháp", "Chuyên viên
 * Phòng Tài chính", "Trưởng phòng Kế hoạch - Tài chính") split into position and unit: against
 * the unit list when there is one (the longest unit name found in the text), otherwise at the
 * first comma, or before the word that starts a unit's name ("Phòng", "Văn phòng", "Trung tâm"…).
 */
import { fold } from './fold';

/** Words a unit's name starts with, longest first. */
const UNIT_WORDS = ['van phong', 'thanh tra', 'trung tam', 'chi cuc', 'ban', 'phong', 'to', 'khoa', 'bo phan', 'doi', 'tram', 'truong', 'vien', 'so', 'xi nghiep', 'cong ty'].sort(
  (a, b) => b.length - a.length,
);
/** Leading words of a position that a unit word may follow and belong to ("Trưởng phòng"). */
const HEAD_WORDS = new Set(['truong', 'pho', 'pho truong', 'chanh', 'pho chanh', 'giam doc', 'pho giam doc', 'to truong', 'to pho', 'chi cuc truong', 'chi cuc pho']);

export interface Split {
  position?: string;
  unit?: string;
  /** How the unit was found: in the unit list, or by the text's shape. */
  by: 'list' | 'comma' | 'word' | 'none';
}

interface Word {
  text: string;
  folded: string;
}

function words(s: string): Word[] {
  return s
    .split(/\s+/)
    .filter(Boolean)
    .map((text) => ({ text, folded: fold(text) }))
    .filter((w) => w.folded || /[,;–-]/.test(w.text));
}

const trimPunct = (s: string): string => s.replace(/^[\s,;:–-]+|[\s,;:–-]+$/g, '').trim();
const capitalise = (s: string): string => s.charAt(0).toLocaleUpperCase('vi') + s.slice(1);

/**
 * `units`: the unit list's names (canonical spelling), when there is one. A unit found in
 * the list is returned in the list's spelling.
 */
export function splitPositionUnit(text: string, units: readonly string[]): Split {
  const t = text.trim();
  if (!t) return { by: 'none' };
  const ws = words(t);
  const folded = ws.map((w) => w.folded).filter(Boolean);
  // 1. The longest unit of the list whose folded name occurs in the text, on word boundaries.
  let best: { unit: string; at: number; len: number } | undefined;
  for (const u of units) {
    const uw = fold(u).split(' ').filter(Boolean);
    if (!uw.length) continue;
    for (let i = 0; i + uw.length <= folded.length; i++) {
      if (uw.every((w, k) => folded[i + k] === w) && (!best || uw.length > best.len)) best = { unit: u, at: i, len: uw.length };
    }
    // "Trưởng phòng Kế hoạch" for "Phòng Kế hoạch": the unit word is shared with the position.
  }
  if (best) return { ...positionBefore(ws, best.at), unit: best.unit, by: 'list' };
  // 1b. "Chánh Văn phòng", "Chánh Thanh tra": the unit word ends the text and one unit of the list starts with it.
  if (units.length) {
    for (const uw of UNIT_WORDS) {
      const parts = uw.split(' ');
      const at = folded.length - parts.length;
      if (at < 1 || !parts.every((p, k) => folded[at + k] === p)) continue;
      const starting = units.filter((u) => fold(u).startsWith(`${uw} `));
      if (starting.length === 1) return { position: t, unit: starting[0], by: 'list' };
      break;
    }
  }
  // 2. "Position, Unit".
  const comma = t.indexOf(',');
  if (comma > 0) {
    const position = trimPunct(t.slice(0, comma));
    const unit = trimPunct(t.slice(comma + 1));
    if (position && unit) return { position, unit: capitalise(unit), by: 'comma' };
  }
  // 3. Before the word a unit's name starts with.
  const fw = ws.filter((w) => w.folded);
  for (let i = 1; i < fw.length; i++) {
    for (const uw of UNIT_WORDS) {
      const parts = uw.split(' ');
      if (!parts.every((p, k) => fw[i + k]?.folded === p)) continue;
      if (i + parts.length >= fw.length) continue; // "Trưởng phòng" alone names no unit
      const { position } = positionBefore(fw, i);
      const unitWords = fw.slice(i).map((w) => w.text);
      return { position, unit: capitalise(unitWords.join(' ')), by: 'word' };
    }
  }
  return { position: t, by: 'none' };
}

/** The position written before a unit starting at word `at`; "Trưởng" + "phòng …" keeps the unit word ("Trưởng phòng"). */
function positionBefore(ws: Word[], at: number): { position?: string } {
  const fw = ws.filter((w) => w.folded);
  const before = fw.slice(0, at);
  if (!before.length) return {};
  const lastTwo = before
    .slice(-2)
    .map((w) => w.folded)
    .join(' ');
  const lastOne = before[before.length - 1].folded;
  const head = HEAD_WORDS.has(lastTwo) || HEAD_WORDS.has(lastOne);
  const unitWord = UNIT_WORDS.find((u) => u.split(' ').every((p, k) => fw[at + k]?.folded === p));
  const text = trimPunct(before.map((w) => w.text).join(' '));
  if (head && unitWord) {
    const extra = fw
      .slice(at, at + unitWord.split(' ').length)
      .map((w) => w.text.toLocaleLowerCase('vi'))
      .join(' ');
    return { position: `${text} ${extra}` };
  }
  return text ? { position: text } : {};
}
