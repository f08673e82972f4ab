/**
 * The tally as the counting committee recorded it ("Kiểm phiếu <year>"), for the Biên bản
 * kiểm phiếu: per candidate the votes in favour out of the members voting, and the ballots
 * issued, returned, valid and invalid where the form has them as labelled cells ("Số phiếu
 * phát ra" with the number beside it). Reads the same columns as readTally (tally.ts).
 */
import type { TallyCandidate, TallyReport } from '../../domain/tally';
import type { CellValue, SheetGrid } from '../grid';
import { fold } from '../reader/fold';
import { asText, parseNumber } from '../reader/values';
import { findColumns } from './tally';

type Col = 'name' | 'unit' | 'title' | 'members' | 'yes';
const HEADERS: [Col, RegExp][] = [
  ['name', /^(ho va ten|ho ten|ten tap the)$/],
  ['unit', /^don vi$/],
  ['title', /^danh hieu/],
  ['members', /^so thanh vien/],
  ['yes', /^so phieu dong y/],
];

/** Labels of the ballot counts, folded; the longest first ("không hợp lệ" before "hợp lệ"). */
const LABELS: [keyof Omit<TallyReport, 'sheet' | 'candidates'>, RegExp][] = [
  ['invalid', /^so phieu khong hop le/],
  ['valid', /^so phieu hop le/],
  ['issued', /^so phieu phat ra/],
  ['returned', /^so phieu (thu ve|thu vao)/],
  ['members', /^(tong )?so thanh vien (hoi dong|co mat|du hop)/],
];

const num = (v: CellValue): number | undefined => {
  const n = parseNumber(v);
  return n !== undefined && n >= 0 && Number.isFinite(n) ? n : undefined;
};

export function readTallyReport(grid: SheetGrid): TallyReport | undefined {
  const report: TallyReport = { sheet: grid.name, candidates: [] };
  const found = findColumns(grid.values, HEADERS, ['name', 'yes']);
  grid.values.forEach((row, r) => {
    if (found && r === found.row) return;
    row.forEach((v, col) => {
      if (typeof v !== 'string') return;
      const f = fold(v);
      const hit = LABELS.find(([, re]) => re.test(f));
      if (!hit || report[hit[0]] !== undefined) return;
      const value = row.slice(col + 1).map(num).find((x) => x !== undefined) ?? num(f.replace(/^\D+/, ''));
      if (value !== undefined) report[hit[0]] = value;
    });
  });
  if (found) {
    const get = (r: number, k: Col): CellValue => (found.cols.has(k) ? grid.values[r]?.[found.cols.get(k)!] ?? null : null);
    for (let r = found.row + 1; r < grid.values.length; r++) {
      const name = asText(get(r, 'name')).trim();
      const unit = asText(get(r, 'unit')).trim();
      const yes = num(get(r, 'yes'));
      const of = num(get(r, 'members')) ?? report.members ?? report.valid;
      if ((!name && !unit) || yes === undefined || !of || yes > of) continue;
      const c: TallyCandidate = { title: asText(get(r, 'title')).trim(), name, ...(unit ? { unit } : {}), yes, of, share: yes / of };
      report.candidates.push(c);
    }
  }
  if (!report.candidates.length) return undefined;
  report.members ??= Math.max(...report.candidates.map((c) => c.of));
  return report;
}
