/**
 * "Chốt kết quả năm": this year's final titles and ratings appended to the history sheet
 * (long form: Họ tên, Đơn vị, Ngày sinh/Năm sinh, Năm, Danh hiệu, Xếp loại, Số quyết định)
 * so next year's review reads them. Existing rows are kept as they are; running it twice
 * adds nothing; two people who cannot be told apart are reported, not guessed.
 */
import type { TitleId } from '../domain/types';
import type { ReviewResult } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import { isCellError, type CellSpec, type CellValue, type SheetGrid, type SheetSpec } from './grid';
import { findColumns } from './forms/tally';
import { fold } from './reader/fold';
import { asText, parseBirth, parseNumber, parseTitle, serialToIso } from './reader/values';

export const HISTORY_SHEET = 'Danh hiệu các năm';

type Col = 'name' | 'unit' | 'birth' | 'year' | 'title' | 'rating' | 'decision';
const COLS: Col[] = ['name', 'unit', 'birth', 'year', 'title', 'rating', 'decision'];
const HEADERS: [Col, RegExp][] = [
  ['name', /^(ho va ten|ho ten)$/],
  ['unit', /^don vi/],
  ['birth', /^(ngay sinh|nam sinh)/],
  ['year', /^nam$/],
  ['title', /^danh hieu/],
  ['rating', /^xep loai/],
  ['decision', /^so quyet dinh/],
];
const WIDTHS = [26, 34, 14, 8, 34, 30, 18];

export interface AmbiguousMatch {
  name: string;
  unit: string;
  /** The existing rows (1-based) that could be this person's, as "row 12: Phòng A, 1980". */
  candidates: string[];
}

interface Birth {
  year?: number;
  date?: string;
}
const birthOf = (v: CellValue): Birth => {
  const d = typeof v === 'number' && v > 3000 ? serialToIso(v) : undefined;
  // A date serial (the sheet typed a full date).
  if (d) return { year: Number(d.slice(0, 4)), date: d };
  return parseBirth(v) ?? {};
};
const sameBirth = (a: Birth, b: Birth): boolean => {
  if (a.year === undefined || b.year === undefined) return a.year === b.year;
  if (a.year !== b.year) return false;
  return !a.date || !b.date || a.date === b.date;
};

interface Entry {
  row: number;
  name: string;
  unit: string;
  birth: Birth;
  year: number;
  title: TitleId | '';
}

const cellOf = (v: CellValue): CellSpec => {
  if (v === null) return { v: null };
  if (isCellError(v)) return { v: v.error };
  return { v };
};

/**
 * The whole new history sheet: `historyGrid`'s rows as they were (or a fresh header) and
 * one row per title awarded this year (a row with the rating alone for people without a
 * title), units with an empty name. `added` counts the rows appended.
 */
export function carryForward(historyGrid: SheetGrid | null, result: ReviewResult, lang: Lang = 'vi'): { spec: SheetSpec; added: number; ambiguous: AmbiguousMatch[] } {
  const rows: CellSpec[][] = [];
  let cols = new Map<Col, number>(COLS.map((c, i) => [c, i]));
  let width = COLS.length;
  const entries: Entry[] = [];
  let widths = WIDTHS;
  let headerRow = 1;
  // The used range may start below or right of A1: the sheet is rewritten from A1.
  const grid: SheetGrid | null = historyGrid && {
    ...historyGrid,
    values: [...Array.from({ length: historyGrid.top }, () => [] as CellValue[]), ...historyGrid.values.map((r) => [...Array.from({ length: historyGrid.left }, () => null), ...r])],
    top: 0,
    left: 0,
  };
  const found = grid ? findColumns(grid.values, HEADERS, ['name', 'year']) : null;
  if (grid && found) {
    cols = found.cols;
    headerRow = found.row + 1;
    // Columns the sheet lacks (Số quyết định…) are added at the right, under a header of their own.
    width = Math.max(...grid.values.map((r) => r.length), 0);
    for (const c of COLS) if (!cols.has(c)) cols.set(c, width++);
    grid.values.forEach((r, i) => {
      const out = r.map(cellOf);
      if (i === found.row) for (const c of COLS) if (out[cols.get(c)!] === undefined || out[cols.get(c)!].v === null) out[cols.get(c)!] = { v: t(`doc.history.col.${c}`, {}, lang), s: 'header' };
      rows.push(out);
      if (i <= found.row) return;
      const get = (c: Col) => r[cols.get(c)!] ?? null;
      const year = parseNumber(get('year'));
      if (year === undefined) return;
      const titleText = asText(get('title')).trim();
      entries.push({ row: i + 1, name: asText(get('name')).trim(), unit: asText(get('unit')).trim(), birth: birthOf(get('birth')), year, title: titleText ? (parseTitle(titleText) ?? '') : '' });
    });
    widths = Array.from({ length: width }, (_, i) => WIDTHS[COLS.findIndex((c) => cols.get(c) === i)] ?? 14);
  } else {
    if (grid) grid.values.forEach((r) => rows.push(r.map(cellOf)));
    headerRow = rows.length + 1;
    rows.push(COLS.map((c) => ({ v: t(`doc.history.col.${c}`, {}, lang), s: 'header' })));
  }

  const year = result.year;
  const ambiguous: AmbiguousMatch[] = [];
  let added = 0;
  const fresh: { name: string; unit: string; birth: Birth; birthCell: CellSpec; title: TitleId | ''; rating: string }[] = [];
  for (const pr of result.persons) {
    const p = pr.person;
    if (p.excluded) continue;
    const titles = (Object.entries(pr.verdicts) as [TitleId, { status: string }][]).filter(([, v]) => v?.status === 'awarded').map(([id]) => id);
    const birth: Birth = p.birthDate ? { year: Number(p.birthDate.slice(0, 4)), date: p.birthDate } : { year: p.birthYear };
    const birthCell: CellSpec = p.birthDate ? { v: p.birthDate.split('-').reverse().join('/'), s: 'cellCenter' } : { v: p.birthYear ?? '', s: 'cellCenter' };
    const rating = p.rating ? t(`rating.${p.rating}`, {}, lang) : '';
    if (!titles.length && !rating) continue;
    for (const title of titles.length ? titles : ['' as const]) fresh.push({ name: p.name, unit: p.unit ?? '', birth, birthCell, title, rating });
  }
  for (const ur of result.units) {
    const titles: TitleId[] = [
      ...(ur.collectiveTitle ? [ur.collectiveTitle] : []),
      // Awards beside it (a lower collective title is not awarded once a higher one is).
      ...(Object.entries(ur.verdicts) as [TitleId, { status: string }][]).filter(([id, v]) => v?.status === 'awarded' && id !== ur.collectiveTitle).map(([id]) => id),
    ];
    const rating = ur.unit.rating ? t(`rating.${ur.unit.rating}`, {}, lang) : '';
    if (!titles.length && !rating) continue;
    for (const title of titles.length ? titles : ['' as const]) fresh.push({ name: '', unit: ur.unit.name, birth: {}, birthCell: { v: '', s: 'cellCenter' }, title, rating });
  }

  // People of this result who share a folded name and birth: only the unit tells them apart.
  const twins = new Map<string, string[]>();
  const twinKey = (name: string, b: Birth) => `${fold(name)}|${b.date ?? b.year ?? ''}`;
  for (const pr of result.persons) {
    const k = twinKey(pr.person.name, pr.person.birthDate ? { date: pr.person.birthDate } : { year: pr.person.birthYear });
    twins.set(k, [...(twins.get(k) ?? []), fold(pr.person.unit ?? '')]);
  }
  const reported = new Set<string>();
  for (const f of fresh) {
    const same = entries.filter((e) => e.year === year && e.title === f.title && fold(e.name) === fold(f.name) && sameBirth(e.birth, f.birth) && (f.name || fold(e.unit) === fold(f.unit)));
    if (same.length) {
      const unit = fold(f.unit);
      const namesakes = f.name ? (twins.get(twinKey(f.name, f.birth)) ?? [unit]) : [unit];
      const sameUnitTwins = namesakes.filter((u) => u === unit).length > 1;
      const rowUnits = new Set(same.map((e) => fold(e.unit)));
      let verdict: 'present' | 'missing' | 'ambiguous';
      const inUnit = same.filter((e) => fold(e.unit) === unit).length;
      if (sameUnitTwins) verdict = inUnit >= namesakes.filter((u) => u === unit).length ? 'present' : 'ambiguous';
      else if (rowUnits.has(unit)) verdict = 'present';
      else if ([...rowUnits].every((u) => namesakes.includes(u))) verdict = namesakes.length > 1 ? 'missing' : 'present';
      else verdict = rowUnits.size > 1 || namesakes.length > 1 ? 'ambiguous' : 'present'; // one row, another unit: moved or renamed
      if (verdict === 'present') continue;
      if (verdict === 'ambiguous') {
        const k = `${fold(f.name)}|${unit}`;
        if (!reported.has(k)) {
          reported.add(k);
          ambiguous.push({ name: f.name, unit: f.unit, candidates: same.map((e) => `${e.row}: ${[e.unit, e.birth.date ?? e.birth.year ?? ''].filter(Boolean).join(', ')}`) });
        }
        continue;
      }
    }
    const out: CellSpec[] = Array.from({ length: width }, () => ({ v: null }));
    const put = (c: Col, v: CellSpec) => (out[cols.get(c)!] = v);
    put('name', { v: f.name, s: 'cell' });
    put('unit', { v: f.unit, s: 'cell' });
    put('birth', f.birthCell);
    put('year', { v: year, s: 'cellCenter' });
    put('title', { v: f.title ? t(`title.${f.title}`, {}, lang) : '', s: 'cell' });
    put('rating', { v: f.rating, s: 'cell' });
    put('decision', { v: '', s: 'cell' });
    rows.push(out);
    added++;
  }
  return {
    spec: {
      name: historyGrid?.name ?? HISTORY_SHEET,
      rows,
      widths,
      merges: historyGrid?.merges.slice() ?? [],
      freeze: { rows: headerRow },
      print: { orientation: 'landscape', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [headerRow, headerRow], fitToWidth: true, pageNumbers: true },
    },
    added,
    ambiguous,
  };
}
