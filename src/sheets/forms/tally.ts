/**
 * The tally ("Kiểm phiếu 2014"): a form the counting committee fills in after the council's
 * vote: when and where, who counted, the ballots of each title (issued, returned, valid,
 * invalid) and the votes in favour of each candidate. The next review reads it back: each
 * candidate's share of the council's votes ranks the capped titles and meets the threshold,
 * and the minutes of the count (Biên bản kiểm phiếu) are made from it. The add-in writes no
 * formula: the share column is left for the review to compute.
 */
import type { DataIssue } from '../../domain/types';
import type { TallyCandidate, TallyReport } from '../../domain/tally';
import { t } from '../../i18n/catalogue';
import { cellAddress, isCellError, type CellValue, type SheetGrid, type SheetSpec } from '../grid';
import { fold } from '../reader/fold';
import { asText, parseNumber, parseShare } from '../reader/values';
import { indexCell } from '../text-memo';
import { ballotCandidates, votedTitles, type VotedTitle } from './ballots';
import { DOC_SHEET_NAMES } from './nomination';
import { ruleOf, titleName } from '../../rules/titles';
import { cell, DocBuilder, officialHeader, officialPrint, signatureBlock } from './official-form';
import { agencyOf, councilOf, type DocumentInput } from '../../dossier/letterhead';

/** `${folded name}|${folded unit}`: how the tally, the registration and the history match people. */
export const personKey = (name: string, unit: string | undefined): string => `${fold(name)}|${fold(unit ?? '')}`;

/** The key of a person with the year of birth, for namesakes in one unit. */
const bornKey = (name: string, unit: string | undefined, year: number | undefined): string => `${personKey(name, unit)}${year ? `|${year}` : ''}`;

/** A person's share from the tally: by name, unit and year of birth, else by name and unit when only one person has them. */
export function shareOf(votes: ReadonlyMap<string, number>, p: { name: string; unit?: string; birthYear?: number }): number | undefined {
  return votes.get(bornKey(p.name, p.unit, p.birthYear)) ?? votes.get(personKey(p.name, p.unit));
}

/** The form as the committee filled it in: what the minutes of the count are made from. */
export interface TallyForm {
  sheet: string;
  /** As typed ("14 giờ, ngày 20/12/2014"), when filled in. */
  time?: string;
  place?: string;
  committee: { name: string; position: string; role: string }[];
  /** One line per ballot (title): the council's size and the ballots counted. */
  ballots: { title: string; members?: number; issued?: number; returned?: number; valid?: number; invalid?: number }[];
  candidates: { name: string; birthYear?: number; position: string; unit: string; title: string; yes?: number; share?: number; chosen?: boolean }[];
}

/**
 * Columns: STT · Họ và tên · Năm sinh · Chức vụ · Đơn vị · Danh hiệu · Số phiếu đồng ý · Tỷ lệ ·
 * Chọn khi bằng phiếu (an "x" beside whom the council chose when votes tie at the cap: its
 * chair's decision or a second round). The committee and the ballot counts above use the
 * same columns, merged.
 */
const WIDTHS = [6, 24, 9, 20, 28, 14, 12, 11, 12];

export function tallySheet(input: DocumentInput, titles: VotedTitle[] = votedTitles(input), order = 49): SheetSpec {
  const { result } = input;
  const lang = input.lang;
  const b = new DocBuilder(WIDTHS.length);
  const agency = agencyOf(input.agency);
  officialHeader(b, councilOf(agency, lang), lang, 3);
  b.line(t('doc.tally.title', { year: result.year }, lang), 'docTitle');
  b.blank();
  const field = (label: string) =>
    b.span([
      { from: 0, to: 1, v: label, s: 'fieldLabel' },
      { from: 2, to: 8, v: '', s: 'cell' },
    ]);
  field(t('doc.tally.time', {}, lang));
  field(t('doc.tally.place', {}, lang));
  b.blank();

  b.line(t('doc.tally.committee', {}, lang), 'signerTitle');
  b.span([
    { from: 0, to: 0, v: t('col.index', {}, lang), s: 'header' },
    { from: 1, to: 1, v: t('doc.col.name', {}, lang), s: 'header' },
    { from: 2, to: 4, v: t('doc.col.positionUnit', {}, lang), s: 'header' },
    { from: 5, to: 8, v: t('doc.tally.col.role', {}, lang), s: 'header' },
  ]);
  ['doc.tally.role.head', 'doc.tally.role.member', 'doc.tally.role.member'].forEach((k, i) =>
    b.span([
      { from: 0, to: 0, v: i + 1, s: 'cellCenter' },
      { from: 1, to: 1, v: '', s: 'cell' },
      { from: 2, to: 4, v: '', s: 'cell' },
      { from: 5, to: 8, v: t(k, {}, lang), s: 'cell' },
    ]),
  );
  b.blank();

  b.line(t('doc.tally.ballots', {}, lang), 'signerTitle');
  b.span([
    { from: 0, to: 0, v: t('col.index', {}, lang), s: 'header' },
    { from: 1, to: 1, v: t('doc.tally.col.ballot', {}, lang), s: 'header' },
    { from: 2, to: 3, v: t('doc.col.councilSize', {}, lang), s: 'header' },
    { from: 4, to: 4, v: t('doc.tally.col.issued', {}, lang), s: 'header' },
    { from: 5, to: 5, v: t('doc.tally.col.returned', {}, lang), s: 'header' },
    { from: 6, to: 6, v: t('doc.tally.col.valid', {}, lang), s: 'header' },
    { from: 7, to: 8, v: t('doc.tally.col.invalid', {}, lang), s: 'header' },
  ]);
  const titleOf = (v: VotedTitle) => titleName(ruleOf(input.ruleSet, v.id, v.scope)!, 'short', lang);
  titles.forEach((v, i) =>
    b.span([
      { from: 0, to: 0, v: i + 1, s: 'cellCenter' },
      { from: 1, to: 1, v: titleOf(v), s: 'cell' },
      { from: 2, to: 3, v: null, s: 'number' },
      { from: 4, to: 4, v: null, s: 'number' },
      { from: 5, to: 5, v: null, s: 'number' },
      { from: 6, to: 6, v: null, s: 'number' },
      { from: 7, to: 8, v: null, s: 'number' },
    ]),
  );
  b.blank();

  b.line(t('doc.tally.results', {}, lang), 'signerTitle');
  const header = b.push(
    ['col.index', 'doc.col.name', 'col.birth', 'col.position', 'doc.col.unit', 'doc.col.title', 'doc.col.votesYes', 'doc.col.voteShare', 'doc.col.tieChoice'].map((k) =>
      cell(t(k, {}, lang), 'header'),
    ),
  );
  let n = 0;
  const blank = cell(null, 'number');
  const mark = cell('', 'cellCenter');
  for (const v of titles) {
    const { persons, units } = ballotCandidates(input, v);
    const titleCell = cell(titleOf(v), 'cell');
    for (const pr of persons) {
      const p = pr.person;
      b.push([indexCell(++n, 'cellCenter'), cell(p.name, 'cell'), cell(p.birthYear ?? '', 'cellCenter'), cell(p.position ?? '', 'cell'), cell(p.unit ?? '', 'cell'), titleCell, blank, blank, mark]);
    }
    for (const ur of units) b.push([cell(++n, 'cellCenter'), cell('', 'cell'), cell('', 'cell'), cell('', 'cell'), cell(ur.unit.name, 'cell'), titleCell, blank, blank, mark]);
  }
  b.blank();
  signatureBlock(b, agency, String(result.year), lang, 3, [], { title: t('doc.tally.signer', {}, lang), name: '' });
  return {
    name: DOC_SHEET_NAMES.tally(result.year),
    rows: b.rows,
    widths: WIDTHS,
    merges: b.merges,
    print: officialPrint('landscape', header),
    order,
  };
}

type Col = 'name' | 'birth' | 'position' | 'unit' | 'title' | 'members' | 'yes' | 'share' | 'chosen';
const HEADERS: [Col, RegExp][] = [
  ['name', /^(ho va ten|ho ten)$/],
  ['birth', /^nam sinh$/],
  ['position', /^chuc vu$/],
  ['unit', /^don vi$/],
  ['title', /^danh hieu/],
  // An earlier form had the council's size on each row.
  ['members', /^so thanh vien/],
  ['yes', /^so phieu dong y/],
  ['share', /^ty le/],
  ['chosen', /^chon khi bang phieu/],
];
type BallotCol = 'ballot' | 'members' | 'issued' | 'returned' | 'valid' | 'invalid';
const BALLOT_HEADERS: [BallotCol, RegExp][] = [
  ['ballot', /^phieu bau$/],
  ['members', /^so thanh vien/],
  ['issued', /^so phieu phat ra/],
  ['returned', /^so phieu thu ve/],
  ['valid', /^so phieu hop le/],
  ['invalid', /^so phieu khong hop le/],
];
type CommitteeCol = 'name' | 'position' | 'role';
const COMMITTEE_HEADERS: [CommitteeCol, RegExp][] = [
  ['name', /^(ho va ten|ho ten)$/],
  ['position', /^chuc vu/],
  ['role', /^nhiem vu/],
];

/** The header row (0-based in values) and its columns, or null. */
export function findColumns<K extends string>(values: CellValue[][], headers: [K, RegExp][], required: K[], maxRows = 40, from = 0): { row: number; cols: Map<K, number> } | null {
  for (let r = from; r < Math.min(values.length, from + maxRows); r++) {
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

const blankValue = (v: CellValue | undefined) => v === null || v === undefined || (typeof v === 'string' && !v.trim());

/** The value typed beside a label ("Thời gian kiểm phiếu:") in the first rows, or undefined. */
function fieldAfter(values: CellValue[][], label: RegExp, maxRows: number): string | undefined {
  for (const row of values.slice(0, maxRows)) {
    const c = row.findIndex((v) => typeof v === 'string' && label.test(fold(v)));
    if (c < 0) continue;
    const v = row.slice(c + 1).find((x) => !blankValue(x));
    return v === undefined ? undefined : asText(v).trim();
  }
  return undefined;
}

/**
 * The tally back: vote share (0..1) per person (see shareOf), the issues, and the form as
 * filled in. Rows with no vote are skipped (not voted yet); a typed share is used when the
 * counts are missing; the council's size is the ballot line's (or, on an earlier form, the row's).
 */
export function readTally(grid: SheetGrid): { votes: Map<string, number>; issues: DataIssue[]; form: TallyForm } {
  const votes = new Map<string, number>();
  const issues: DataIssue[] = [];
  const form: TallyForm = { sheet: grid.name, committee: [], ballots: [], candidates: [] };
  const found = findColumns(grid.values, HEADERS, ['name', 'yes'], 80);
  if (!found) return { votes, issues: [{ severity: 'warning', code: 'tally-no-header', sheet: grid.name }], form };
  const { row: headerRow, cols } = found;
  const at = (r: number, c: number) => cellAddress(grid.top + r, grid.left + c);
  const num = (r: number, c: number | undefined): number | undefined | 'bad' => {
    if (c === undefined) return undefined;
    const v = grid.values[r]?.[c] ?? null;
    if (blankValue(v)) return undefined;
    const n = isCellError(v) ? undefined : parseNumber(v);
    if (n === undefined || n < 0) {
      issues.push({ severity: 'warning', code: 'tally-bad-number', sheet: grid.name, cell: at(r, c), value: asText(v) });
      return 'bad';
    }
    return n;
  };
  const ok = (x: number | undefined | 'bad') => (x === 'bad' ? undefined : x);

  form.time = fieldAfter(grid.values, /^thoi gian/, headerRow);
  form.place = fieldAfter(grid.values, /^dia diem/, headerRow);
  const committee = findColumns(grid.values.slice(0, headerRow), COMMITTEE_HEADERS, ['name', 'role']);
  if (committee) {
    for (let r = committee.row + 1; r < headerRow; r++) {
      const get = (k: CommitteeCol) => asText(grid.values[r]?.[committee.cols.get(k) ?? -1] ?? null).trim();
      if (!get('role') && !get('name')) break;
      if (get('name')) form.committee.push({ name: get('name'), position: get('position'), role: get('role') });
    }
  }
  const ballots = findColumns(grid.values.slice(0, headerRow), BALLOT_HEADERS, ['ballot', 'members']);
  const councilOf = new Map<string, number>();
  if (ballots) {
    for (let r = ballots.row + 1; r < headerRow; r++) {
      const title = asText(grid.values[r]?.[ballots.cols.get('ballot')!] ?? null).trim();
      if (!title) break;
      const line: TallyForm['ballots'][number] = { title };
      for (const k of ['members', 'issued', 'returned', 'valid', 'invalid'] as const) {
        const n = ok(num(r, ballots.cols.get(k)));
        if (n !== undefined) line[k] = n;
      }
      form.ballots.push(line);
      if (line.members) councilOf.set(fold(title), line.members);
    }
  }

  const get = (r: number, k: Col): CellValue => (cols.has(k) ? (grid.values[r]?.[cols.get(k)!] ?? null) : null);
  const shares = new Map<string, number>();
  const plain = new Map<string, Set<string>>();
  for (let r = headerRow + 1; r < grid.values.length; r++) {
    const name = asText(get(r, 'name')).trim();
    if (!name) continue;
    const unit = asText(get(r, 'unit')).trim();
    const title = asText(get(r, 'title')).trim();
    const year = parseNumber(get(r, 'birth'));
    const birthYear = year && year > 1900 && year < 2100 ? Math.round(year) : undefined;
    const rowMembers = num(r, cols.get('members'));
    const yes = num(r, cols.get('yes'));
    const candidate: TallyForm['candidates'][number] = { name, position: asText(get(r, 'position')).trim(), unit, title, ...(birthYear ? { birthYear } : {}) };
    // The council's choice among people tied at the cap: any mark ("x") beside the person.
    if (!blankValue(get(r, 'chosen'))) candidate.chosen = true;
    form.candidates.push(candidate);
    if (rowMembers === 'bad' || yes === 'bad') continue;
    if (yes !== undefined) candidate.yes = yes;
    const members = rowMembers ?? councilOf.get(fold(title)) ?? (councilOf.size === 1 ? [...councilOf.values()][0] : undefined);
    let share: number | undefined;
    if (members !== undefined && yes !== undefined && members > 0) {
      if (yes > members) {
        issues.push({ severity: 'warning', code: 'tally-over', sheet: grid.name, cell: at(r, cols.get('yes')!), value: String(yes), args: { members } });
        continue;
      }
      share = yes / members;
    } else if (!blankValue(get(r, 'share'))) {
      share = parseShare(get(r, 'share'));
      if (share === undefined) {
        issues.push({ severity: 'warning', code: 'tally-bad-number', sheet: grid.name, cell: at(r, cols.get('share')!), value: asText(get(r, 'share')) });
        continue;
      }
    } else if (yes !== undefined && members === undefined) {
      issues.push({ severity: 'warning', code: 'tally-no-council', sheet: grid.name, cell: at(r, cols.get('yes')!), value: String(yes) });
      continue;
    }
    if (share === undefined) continue;
    candidate.share = share;
    const key = bornKey(name, unit, birthYear);
    if (shares.has(key)) {
      // One person on two ballots (CSTĐCS and Bằng khen): the review keeps one share per person.
      issues.push({ severity: 'info', code: 'tally-duplicate', sheet: grid.name, cell: at(r, cols.get('name')!), value: name });
      share = Math.max(share, shares.get(key)!);
    }
    shares.set(key, share);
    const base = personKey(name, unit);
    if (!plain.has(base)) plain.set(base, new Set());
    plain.get(base)!.add(key);
  }
  for (const [key, share] of shares) votes.set(key, share);
  // By name and unit alone only where one person has them (namesakes need their year of birth).
  for (const [base, keys] of plain) if (keys.size === 1) votes.set(base, shares.get([...keys][0])!);
  return { votes, issues, form };
}

/**
 * The form as the minutes of the count read it (domain/tally.ts): the candidates with a vote
 * entered, out of the council's size, and the ballots counted when the council voted on one
 * title (on several, each title's counts are in `TallyForm.ballots`). Undefined while no vote
 * is entered.
 */
export function tallyReport(form: TallyForm): TallyReport | undefined {
  const councilOf = new Map(form.ballots.filter((b) => b.members).map((b) => [fold(b.title), b.members!]));
  const single = councilOf.size === 1 ? [...councilOf.values()][0] : undefined;
  const candidates: TallyCandidate[] = [];
  for (const c of form.candidates) {
    if (c.yes === undefined || c.share === undefined) continue;
    const of = councilOf.get(fold(c.title)) ?? single ?? (c.share > 0 ? Math.round(c.yes / c.share) : undefined);
    if (!of) continue;
    candidates.push({ title: c.title, name: c.name, ...(c.unit ? { unit: c.unit } : {}), yes: c.yes, of, share: c.share });
  }
  if (!candidates.length) return undefined;
  const report: TallyReport = {
    sheet: form.sheet,
    candidates,
    members: Math.max(...form.ballots.map((b) => b.members ?? 0), ...candidates.map((c) => c.of)),
    ...(form.time ? { time: form.time } : {}),
    ...(form.place ? { place: form.place } : {}),
    ...(form.committee.length ? { committee: form.committee } : {}),
    ...(form.ballots.length ? { ballots: form.ballots } : {}),
  };
  if (form.ballots.length === 1) for (const k of ['issued', 'returned', 'valid', 'invalid'] as const) if (form.ballots[0][k] !== undefined) report[k] = form.ballots[0][k];
  return report;
}
