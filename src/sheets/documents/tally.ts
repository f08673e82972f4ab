/**
 * The tally ("Kiểm phiếu"): the clerk types, per candidate, the council's size and the
 * votes in favour; the next review reads it back as each person's vote share. The add-in
 * writes no formula: the share column is left for the review to compute.
 */
import type { DataIssue } from '../../domain/types';
import { t } from '../../i18n/catalogue';
import { cellAddress, isCellError, type CellValue, type SheetGrid, type SheetSpec } from '../grid';
import { fold } from '../reader/fold';
import { asText, parseNumber, parseShare } from '../reader/values';
import { indexCell } from '../text-memo';
import { ballotCandidates, votedTitles, type VotedTitle } from './ballots';
import { DOC_SHEET_NAMES } from './nomination';
import { ruleOf, titleName } from '../../rules/titles';
import { agencyOf, cell, DocBuilder, fitWidths, officialHeader, officialPrint, type DocumentInput } from './official-form';

/** `${folded name}|${folded unit}`: how the tally, the registration and the history match people. */
export const personKey = (name: string, unit: string | undefined): string => `${fold(name)}|${fold(unit ?? '')}`;

const WIDTHS = [6, 22, 30, 12, 24, 17, 11];

export function tallySheet(input: DocumentInput, titles: VotedTitle[] = votedTitles(input), order = 49): SheetSpec {
  const { lang, result } = input;
  const b = new DocBuilder(WIDTHS.length);
  officialHeader(b, agencyOf(input.agency), lang, 3);
  b.line(t('doc.tally.title', { year: result.year }, lang), 'docTitle');
  b.line(t('doc.tally.howTo', {}, lang), 'docSubtitle');
  b.blank();
  const header = b.push(
    ['col.index', 'doc.col.name', 'doc.col.unit', 'doc.col.title', 'doc.col.councilSize', 'doc.col.votesYes', 'doc.col.voteShare'].map((k) => cell(t(k, {}, lang), 'header')),
  );
  let n = 0;
  for (const v of titles) {
    const { persons, units } = ballotCandidates(input, v);
    const title = titleName(ruleOf(input.ruleSet, v.id, v.scope)!, 'short', lang);
    const titleCell = cell(title, 'cell');
    const blank = cell(null, 'number');
    for (const pr of persons) b.push([indexCell(++n, 'cellCenter'), cell(pr.person.name, 'cell'), cell(pr.person.unit ?? '', 'cell'), titleCell, blank, blank, blank]);
    for (const ur of units) b.push([cell(++n, 'cellCenter'), cell('', 'cell'), cell(ur.unit.name, 'cell'), cell(title, 'cell'), cell(null, 'number'), cell(null, 'number'), cell(null, 'number')]);
  }
  return {
    name: DOC_SHEET_NAMES.tally(result.year),
    rows: b.rows,
    widths: fitWidths(b, header, WIDTHS),
    merges: b.merges,
    freeze: { rows: header },
    print: officialPrint('landscape', header),
    order,
  };
}

type Col = 'name' | 'unit' | 'title' | 'members' | 'yes' | 'share';
const HEADERS: [Col, RegExp][] = [
  ['name', /^(ho va ten|ho ten)$/],
  ['unit', /^don vi$/],
  ['title', /^danh hieu/],
  ['members', /^so thanh vien/],
  ['yes', /^so phieu dong y/],
  ['share', /^ty le/],
];

/** The header row (0-based in values) and its columns, or null. */
export function findColumns<K extends string>(values: CellValue[][], headers: [K, RegExp][], required: K[], maxRows = 40): { row: number; cols: Map<K, number> } | null {
  for (let r = 0; r < Math.min(values.length, maxRows); r++) {
    const cols = new Map<K, number>();
    values[r].forEach((v, c) => {
      if (typeof v !== 'string') return;
      const f = fold(v);
      for (const [k, re] of headers) if (re.test(f) && !cols.has(k)) cols.set(k, c);
    });
    if (required.every((k) => cols.has(k))) return { row: r, cols };
  }
  return null;
}

/**
 * The tally back: vote share (0..1) per `${folded name}|${folded unit}`. Rows with neither
 * count are skipped (not voted yet); a typed share is used when the counts are missing.
 */
export function readTally(grid: SheetGrid): { votes: Map<string, number>; issues: DataIssue[] } {
  const votes = new Map<string, number>();
  const issues: DataIssue[] = [];
  const found = findColumns(grid.values, HEADERS, ['name', 'yes']);
  if (!found) return { votes, issues: [{ severity: 'warning', code: 'tally-no-header', sheet: grid.name }] };
  const { row: headerRow, cols } = found;
  const at = (r: number, c: number) => cellAddress(grid.top + r, grid.left + c);
  const get = (r: number, k: Col): CellValue => (cols.has(k) ? grid.values[r]?.[cols.get(k)!] ?? null : null);
  const blank = (v: CellValue) => v === null || (typeof v === 'string' && !v.trim());
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const name = asText(get(r, 'name')).trim();
    if (!name) continue;
    const num = (k: Col): number | undefined | 'bad' => {
      const v = get(r, k);
      if (blank(v)) return undefined;
      const n = isCellError(v) ? undefined : parseNumber(v);
      if (n === undefined || n < 0) {
        issues.push({ severity: 'warning', code: 'tally-bad-number', sheet: grid.name, cell: at(r, cols.get(k)!), value: asText(v) });
        return 'bad';
      }
      return n;
    };
    const members = num('members');
    const yes = num('yes');
    if (members === 'bad' || yes === 'bad') continue;
    let share: number | undefined;
    if (members !== undefined && yes !== undefined && members > 0) {
      if (yes > members) {
        issues.push({ severity: 'warning', code: 'tally-over', sheet: grid.name, cell: at(r, cols.get('yes')!), value: String(yes), args: { members } });
        continue;
      }
      share = yes / members;
    } else if (!blank(get(r, 'share'))) {
      share = parseShare(get(r, 'share'));
      if (share === undefined) {
        issues.push({ severity: 'warning', code: 'tally-bad-number', sheet: grid.name, cell: at(r, cols.get('share')!), value: asText(get(r, 'share')) });
        continue;
      }
    }
    if (share === undefined) continue;
    const key = personKey(name, asText(get(r, 'unit')));
    if (votes.has(key)) {
      // One person on two ballots (CSTĐCS and Bằng khen): the review keeps one share per person.
      issues.push({ severity: 'info', code: 'tally-duplicate', sheet: grid.name, cell: at(r, cols.get('name')!), value: name });
      share = Math.max(share, votes.get(key)!);
    }
    votes.set(key, share);
  }
  return { votes, issues };
}

