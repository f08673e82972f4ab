/**
 * The one declared table of what the reader looks for. Each field says, as data: the header
 * texts it is found under (folded: no case, no diacritics, no punctuation, column numbers
 * "(1)" removed), how a cell is read, and what an unreadable cell becomes. The reader
 * (`recognise.ts`, `parse.ts`) walks these tables; it has no branch per field.
 *
 * Header matching: a header is a field's when it equals one of its aliases, or starts with
 * one followed by more words ("Xếp loại năm 2014" is "xep loai …"); an alias ending in "$"
 * must be the whole header ("STT", "Năm"). When several fields match, the longest alias wins
 * ("Chức vụ, đơn vị" is the combined column, not "Chức vụ"). `weak` aliases make a second-rank
 * candidate: used when nothing better is there, otherwise named in a warning.
 */
import type { DataIssue, Discipline, ExemptLeave, Person, Rating, Severity, TitleId, Unit } from '../../domain/types';
import type { SheetRole } from '../fields';
import type { CellValue } from '../grid';
import { cleanText, fold } from './fold';
import { columnLetter } from '../grid';
import { remember } from '../text-memo';
import { endOfMonth } from '../../text/dates';
import {
  asText,
  countInitiatives,
  parseArrival,
  parseBirth,
  parseDaysOrMark,
  parseDiscipline,
  parseGender,
  parseHistoryText,
  parseHonorific,
  parseLooseDate,
  parseNumber,
  parseRating,
  parseScope,
  parseShare,
  parseSubjectKind,
  parseYesNo,
  titlesIn,
  yearInText,
  type LooseDate,
} from './values';

export const MAX_TEXT = 200;
export const MAX_WORKING_DAYS = 260;

/** Where a cell is, and how to report on it. */
export interface Cx {
  row: number;
  col: number;
  /** The review year. */
  year: number;
  issue(severity: Severity, code: string, value?: CellValue | string, args?: DataIssue['args']): void;
}

/** What an unreadable cell becomes (said in the issue's message, and done). */
export type Becomes = 'ignored' | 'excluded' | 'none' | 'zero';

export interface FieldDef<T> {
  id: string;
  aliases: readonly string[];
  weak?: readonly string[];
  /** How much finding this column says the sheet is of this kind (recognition's score). */
  weight?: number;
  /** Several columns may feed it (leave by kind, registration by kind, texts). */
  multi?: boolean;
  /** A group header passes the field to sub-columns that no alias names ("Số ngày nghỉ" over "Ốm | Khác"). */
  group?: boolean;
  /** Two candidate columns are a warning asking the clerk to choose (the choice made is shown). */
  ask?: boolean;
  /** A header with an earlier year becomes this past-year field ("Xếp loại 2013" → pastRating:2013). */
  past?: PastKind;
  /** Only meaningful with an earlier year ("Danh hiệu" over "Năm 2013"); alone it is not this field. */
  onlyPast?: boolean;
  /** Reads a non-blank, non-error cell into the record; false = not understood. */
  read?(v: CellValue, rec: T, cx: Cx): boolean | void;
  /**
   * The issue an unreadable cell gives, and what the value becomes. `perColumn`: one issue per
   * column with the count (for columns that often hold other things: a rank, a proposed award).
   */
  unreadable?: { code: string; severity: Severity; becomes: Becomes; perColumn?: boolean };
  /** What a blank cell means, when it means something (a blank rating leaves the person out). */
  blank?(rec: T, cx: Cx): void;
  /**
   * A key field: when the sheet has no column for it, a warning says what the review then
   * cannot do (catalogue key `missing.<id>`), unless one of `satisfiedBy` was found. An optional
   * one (Cờ thi đua) says it as information (`severity`).
   */
  missing?: { satisfiedBy?: readonly string[]; severity?: Severity };
}

export type PastKind = 'pastTitle' | 'pastRating' | 'pastInitiative' | 'pastResearch' | 'pastText';

// ---------------------------------------------------------------------------------------
// The records the tables fill: a person (or a unit) and what only the whole row can settle.

export interface StaffDraft {
  person: Person;
  /** The unit as typed, and where; matched against the unit list once the row is read. */
  typedUnit?: { text: string; col: number; rank: 'strong' | 'weak' };
  /** "Chức vụ, đơn vị" as typed: split into position and unit against the unit list. */
  positionUnit?: { text: string; col: number };
  /** Leave days by column (several columns under "Số ngày nghỉ" are added up). */
  leaveParts: number[];
  /** A "Tổng" column under the leave group: used alone when present. */
  leaveTotal?: number;
  /** The column of that total, to name it when the parts do not add up to it. */
  leaveTotalCol?: number;
  /** Initiatives this year, and whether their scope is known (true/false) or not (undefined). */
  initiativeCells: { col: number; count: number; scope: boolean | undefined; value: string }[];
  /** The scope column's answer for this row. */
  scope?: boolean;
  /** Initiatives marked in a "Sáng kiến cấp tỉnh" column. */
  provincialCount?: number;
  /** Recruitment date precision, to tell the clerk when a month/year counted from the 1st. */
  hirePrecision?: LooseDate['precision'];
  joinPrecision?: LooseDate['precision'];
  /** "Phân loại khen thưởng": a collective's row is a unit, a household's is skipped. */
  kind?: 'person' | 'collective' | 'household';
  /** The note text, read for "chuyển đến / điều động" when no arrival column says. */
  note?: string;
}

export interface UnitDraft {
  unit: Unit;
}

// ---------------------------------------------------------------------------------------
// Small readers shared by several fields.

const text = (v: CellValue): string => cleanText(asText(v)).slice(0, MAX_TEXT);

function addTitle(history: Person['history'], year: number, title: TitleId): void {
  const rec = (history[year] ??= { titles: [] });
  if (!rec.titles.includes(title)) rec.titles.push(title);
  // A CSTĐCS was necessarily an LĐTT that year.
  if (title === 'CSTDCS' && !rec.titles.includes('LDTT')) rec.titles.push('LDTT');
}
export { addTitle };

function readDate(v: CellValue, cx: Cx, set: (d: LooseDate) => void): boolean {
  const d = parseLooseDate(v);
  if (!d) return false;
  if (d.iso < '1900-01-01' || d.iso > '2100-12-31') {
    cx.issue('warning', 'date-out-of-range', v);
    return true;
  }
  set(d);
  return true;
}

function readLeaveKind(kind: ExemptLeave['kind']) {
  return (v: CellValue, d: StaffDraft, cx: Cx): boolean => {
    const r = parseDaysOrMark(v);
    if (!r) return false;
    if ('none' in r) return true;
    if ('days' in r) d.person.exemptLeave.push({ kind, days: r.days });
    else {
      d.person.exemptLeave.push({ kind });
      if (r.months !== undefined) cx.issue('info', 'leave-months-as-mark', v, { months: r.months });
    }
    return true;
  };
}

const DISCIPLINE_NONE: Discipline = 'none';

/**
 * The kinds of leave a reason names, as the rules know them (rules.md: maternity, work injury,
 * approved training count as time worked); [] for a reason that is absence (ốm, việc riêng,
 * không lương, phép); undefined when the reason is not understood.
 */
export function leaveReasonKinds(text: string): ExemptLeave['kind'][] | undefined {
  const f = fold(text);
  if (!f) return [];
  const kinds: ExemptLeave['kind'][] = [];
  if (/\b(thai san|sinh con|nghi sinh|san phu|say thai|kham thai)\b/.test(f)) kinds.push('maternity');
  if (/\b(tai nan lao dong|tnld|tai nan khi lam nhiem vu|tai nan trong khi|benh nghe nghiep|dieu tri vet thuong|cuu nguoi)\b/.test(f)) kinds.push('work-injury');
  if (/\b(di hoc|dao tao|boi duong|hoc tap|tap huan|cu di hoc|hoc cao hoc|hoc thac si|hoc tien si)\b/.test(f)) kinds.push('training');
  if (kinds.length) return kinds;
  if (/\b(om|benh|dau|viec rieng|ca nhan|khong luong|phep|nghi phep|con om|viec gia dinh|hieu|hi|ket hon|cuoi)\b/.test(f)) return [];
  return undefined;
}

// ---------------------------------------------------------------------------------------
// The staff list.

export const STAFF_TABLE: FieldDef<StaffDraft>[] = [
  { id: 'index', aliases: ['stt$', 'tt$', 'so tt$', 'so thu tu$'], weight: 0 },
  {
    // Read by the row reader itself: a name is also what makes a row a person.
    id: 'name',
    aliases: ['ho va ten', 'ho ten', 'ten can bo', 'ho ten can bo', 'ho va ten can bo', 'ho va ten nguoi lao dong', 'ten ca nhan', 'ten tap the ca nhan', 'ten ca nhan tap the', 'ho va ten cbccvc'],
    weight: 10,
  },
  {
    id: 'honorific',
    aliases: ['ong ba', 'ong$', 'ba$', 'danh xung', 'ten goi', 'gioi tinh ong ba'],
    read: (v, d) => {
      const g = parseHonorific(v);
      if (g) d.person.gender = g;
    },
  },
  {
    id: 'kind',
    aliases: ['phan loai khen thuong', 'loai khen thuong', 'doi tuong khen thuong', 'phan loai ca nhan tap the', 'ca nhan tap the$'],
    read: (v, d) => {
      const k = parseSubjectKind(v);
      if (!k) return false;
      d.kind = k;
    },
    unreadable: { code: 'unknown-kind', severity: 'warning', becomes: 'none', perColumn: true },
  },
  {
    id: 'birth',
    aliases: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh', 'sinh ngay', 'sinh nam', 'ngay thang nam sinh nam nu'],
    read: (v, d, cx) => readBirth(v, d, cx),
    unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' },
  },
  // "Năm sinh" / "Ngày tháng năm sinh" over "Nam | Nữ": the column gives the birth and the gender.
  { id: 'birthMale', aliases: [], read: (v, d, cx) => readBirth(v, d, cx, 'male'), unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' } },
  { id: 'birthFemale', aliases: [], read: (v, d, cx) => readBirth(v, d, cx, 'female'), unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' } },
  {
    id: 'gender',
    aliases: ['gioi tinh', 'nam nu$', 'nam hoac nu'],
    read: (v, d) => {
      const g = parseGender(v);
      if (!g) return false;
      d.person.gender = g;
    },
    unreadable: { code: 'unknown-gender', severity: 'info', becomes: 'ignored', perColumn: true },
  },
  {
    id: 'positionUnit',
    aliases: [
      'chuc vu don vi',
      'chuc vu va don vi',
      'chuc vu noi cong tac',
      'chuc vu va noi cong tac',
      'chuc danh don vi',
      'chuc vu chuc danh don vi',
      'chuc vu co quan don vi',
      'chuc vu don vi cong tac',
      'chuc danh noi cong tac',
      'chuc vu co quan',
    ],
    weight: 2,
    read: (v, d, cx) => {
      d.positionUnit = { text: text(v), col: cx.col };
    },
  },
  {
    id: 'position',
    aliases: ['chuc vu', 'chuc danh', 'chuc vu chuc danh', 'chuc vu hoac chuc danh', 'chuc danh nghe nghiep', 'vi tri viec lam'],
    read: (v, d) => {
      d.person.position = text(v);
    },
  },
  {
    id: 'unit',
    aliases: [
      'don vi',
      'phong ban',
      'phong$',
      'phong don vi',
      'bo phan',
      'ten phong ban',
      'ten phong',
      'khoi',
      'to cong tac',
      'khoa phong',
      'phong khoa',
      'phong ban don vi',
      'to$',
      'to chuyen mon',
      'don vi phong ban',
      'phong ban khoi',
    ],
    weak: ['ten don vi tap the', 'ten don vi', 'don vi cong tac', 'co quan don vi', 'noi cong tac', 'noi lam viec', 'ten co quan', 'co quan cong tac', 'co quan$'],
    weight: 3,
    ask: true,
    missing: { satisfiedBy: ['positionUnit'] },
    read: (v, d, cx) => {
      d.typedUnit = { text: cleanText(asText(v)), col: cx.col, rank: 'strong' };
    },
  },
  {
    id: 'hireDate',
    aliases: [
      'ngay tuyen dung',
      'ngay thang nam tuyen dung',
      'thang nam tuyen dung',
      'nam tuyen dung',
      'ngay bat dau cong tac',
      'thoi gian bat dau cong tac',
      'thang nam bat dau cong tac',
      'nam bat dau cong tac',
      'bat dau cong tac',
      'ngay vao nganh',
      'nam vao nganh',
      'ngay vao lam',
      'ngay tuyen dung lan dau',
      'thoi diem tuyen dung',
      'ngay nhan cong tac',
    ],
    weight: 2,
    missing: { satisfiedBy: ['monthsWorked'] },
    read: (v, d, cx) =>
      readDate(v, cx, (x) => {
        d.person.hireDate = x.iso;
        d.hirePrecision = x.precision;
      }),
    unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'joinDate',
    aliases: [
      'ngay ve co quan',
      'ngay vao co quan',
      'ngay chuyen den',
      'ngay ve don vi',
      'ngay den co quan',
      'thoi diem ve co quan',
      'thoi gian ve co quan',
      'thang nam ve co quan',
      'ngay dieu dong',
      'ngay tiep nhan',
      'ngay ve$',
    ],
    read: (v, d, cx) =>
      readDate(v, cx, (x) => {
        d.person.joinDate = x.iso;
        d.joinPrecision = x.precision;
      }),
    unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'arrival',
    aliases: [
      'hinh thuc tuyen dung',
      'hinh thuc ve co quan',
      'hinh thuc$',
      'tuyen dung hay chuyen den',
      'tuyen moi hay chuyen den',
      'tuyen dung chuyen den',
      'hinh thuc tiep nhan',
      'tuyen moi chuyen den',
    ],
    read: (v, d) => {
      const a = parseArrival(v);
      if (!a) return false;
      d.person.arrival = a;
    },
    unreadable: { code: 'unknown-arrival', severity: 'info', becomes: 'ignored', perColumn: true },
  },
  {
    id: 'monthsWorked',
    aliases: ['so thang cong tac', 'so thang lam viec', 'thang cong tac', 'thoi gian cong tac trong nam', 'so thang cong tac trong nam'],
    read: (v, d) => {
      const n = parseNumber(v);
      if (n === undefined || n < 0) return false;
      d.person.monthsWorked = n;
    },
    unreadable: { code: 'bad-number', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'rating',
    aliases: [
      'xep loai',
      'ket qua xep loai',
      'xep loai chat luong',
      'danh gia',
      'danh gia xep loai',
      'ket qua danh gia',
      'ket qua danh gia xep loai',
      'muc do hoan thanh nhiem vu',
      'muc do hoan thanh',
      'ket qua thuc hien nhiem vu',
      'phan loai danh gia',
      'ket qua phan loai',
      'cap co tham quyen danh gia',
      'cap co tham quyen xep loai',
      'xep loai muc do hoan thanh',
    ],
    weak: ['tu danh gia', 'tu xep loai', 'tu nhan xet', 'ca nhan tu danh gia', 'tap the danh gia', 'de xuat xep loai'],
    weight: 10,
    ask: true,
    past: 'pastRating',
    read: (v, d) => {
      const r = parseRating(v);
      if (!r) return false;
      d.person.rating = r;
    },
    unreadable: { code: 'unknown-rating', severity: 'warning', becomes: 'excluded' },
    blank: (d, cx) => {
      if (!d.person.excluded) cx.issue('warning', 'missing-rating', '');
      d.person.excluded = true;
    },
  },
  {
    id: 'leaveDays',
    aliases: ['so ngay nghi', 'ngay nghi', 'so ngay vang', 'nghi om', 'so ngay nghi om', 'tong so ngay nghi', 'nghi viec rieng', 'thoi gian nghi', 'so ngay nghi trong nam'],
    weight: 2,
    multi: true,
    group: true,
    missing: {},
    read: (v, d, cx) => {
      const n = parseNumber(v);
      if (n === undefined) return false;
      if (n < 0) {
        cx.issue('warning', 'negative-days', v);
        d.leaveParts.push(0);
        return true;
      }
      if (n > MAX_WORKING_DAYS) cx.issue('warning', 'too-many-days', v, { max: MAX_WORKING_DAYS });
      d.leaveParts.push(n);
    },
    unreadable: { code: 'bad-number', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'maternityLeave',
    aliases: ['nghi thai san', 'thai san', 'so ngay nghi thai san', 'nghi che do thai san', 'nghi sinh', 'che do thai san'],
    read: readLeaveKind('maternity'),
    unreadable: { code: 'bad-leave-mark', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'trainingLeave',
    aliases: [
      'di hoc',
      'nghi di hoc',
      'dao tao',
      'hoc tap',
      'nghi hoc tap',
      'nghi dao tao',
      'cu di hoc',
      'dao tao boi duong',
      'di hoc duoc cu',
      'nghi di hoc duoc cu',
      'hoc tap duoc cu',
      'boi duong',
      'duoc cu di hoc',
    ],
    read: readLeaveKind('training'),
    unreadable: { code: 'bad-leave-mark', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'injuryLeave',
    aliases: ['tai nan lao dong', 'nghi tai nan', 'dieu tri tai nan', 'tai nan', 'nghi do tai nan', 'nghi tai nan lao dong', 'nghi dieu tri tai nan', 'nghi dieu tri do tai nan'],
    read: readLeaveKind('work-injury'),
    unreadable: { code: 'bad-leave-mark', severity: 'warning', becomes: 'ignored' },
  },
  {
    // NĐ 65/2014 Đ5 k2 (and successors): injured in combat or rescuing people or property: told apart from a work accident.
    id: 'dutyInjuryLeave',
    aliases: [
      'bi thuong khi lam nhiem vu',
      'dieu tri vet thuong',
      'bi thuong cuu nguoi',
      'cuu nguoi',
      'cuu nguoi cuu tai san',
      'bi thuong do cuu nguoi',
      'bi thuong chien dau',
      'nghi dieu tri vet thuong',
      'dieu tri bi thuong',
      'bi thuong tich',
    ],
    read: readLeaveKind('duty-injury'),
    unreadable: { code: 'bad-leave-mark', severity: 'warning', becomes: 'ignored' },
  },
  {
    // "Lý do nghỉ": thai sản, ốm, đi học, tai nạn lao động. A kind the rules count as time worked
    // makes the row's whole leave that kind (as a mark does); sickness or private leave count as absence.
    id: 'leaveReason',
    aliases: ['ly do nghi', 'ly do nghi viec', 'ly do vang', 'ly do nghi phep', 'loai nghi', 'hinh thuc nghi', 'che do nghi', 'ly do nghi dai ngay', 'nguyen nhan nghi'],
    read: (v, d) => {
      const kinds = leaveReasonKinds(asText(v));
      if (kinds === undefined) return false;
      for (const kind of kinds) if (!d.person.exemptLeave.some((e) => e.kind === kind)) d.person.exemptLeave.push({ kind });
    },
    unreadable: { code: 'unknown-leave-reason', severity: 'info', becomes: 'ignored', perColumn: true },
  },
  {
    id: 'discipline',
    aliases: ['ky luat', 'hinh thuc ky luat', 'bi ky luat', 'ky luat neu co'],
    weight: 2,
    missing: {},
    read: (v, d, cx) => {
      const r = parseDiscipline(v);
      if (r === 'not-a-form') {
        cx.issue('warning', 'not-a-discipline', v);
        return true;
      }
      if (r === undefined) return false;
      d.person.discipline = r;
      const y = typeof v === 'string' ? yearInText(v) : undefined;
      if (y !== undefined && r !== 'none') d.person.disciplineYear ??= y;
    },
    unreadable: { code: 'unknown-discipline', severity: 'warning', becomes: 'none' },
  },
  {
    id: 'disciplineYear',
    aliases: ['nam ky luat', 'nam bi ky luat', 'thoi diem ky luat', 'ngay ky luat', 'ngay quyet dinh ky luat', 'nam thi hanh ky luat', 'ngay bi ky luat', 'thoi gian bi ky luat'],
    read: (v, d) => {
      const x = parseLooseDate(v) ?? (typeof v === 'string' && yearInText(v) ? { iso: `${yearInText(v)}-01-01`, precision: 'year' as const } : undefined);
      if (!x) return false;
      d.person.disciplineYear = Number(x.iso.slice(0, 4));
    },
    unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'disciplineUntil',
    aliases: [
      'thoi han ky luat',
      'het thoi han ky luat',
      'thoi gian thi hanh ky luat',
      'ky luat den',
      'thoi han thi hanh ky luat',
      'ngay het ky luat',
      'ngay het thoi han ky luat',
      'thi hanh ky luat den',
    ],
    read: (v, d, cx) => {
      const found = typeof v === 'string' ? /(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-]\d{4}|\b\d{4}\b)\s*$/.exec(v.trim())?.[1] : undefined;
      return readDate(found ?? v, cx, (x) => {
        // A month or a year given as the end: the discipline runs to its last day.
        d.person.disciplineUntil = x.precision === 'day' ? x.iso : endOf(x);
      });
    },
    unreadable: { code: 'bad-date', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'provincialInitiative',
    aliases: [
      'sang kien cap tinh',
      'sang kien pham vi cap tinh',
      'sang kien tinh',
      'sang kien cap bo',
      'sang kien cap bo nganh tinh',
      'sang kien co pham vi anh huong cap tinh',
      'sang kien cap tinh cap bo',
    ],
    read: (v, d) => {
      const n = countInitiatives(v);
      if (n === undefined) return false;
      if (n > 0) {
        d.person.provincialInitiative = true;
        // A provincial initiative is an initiative: counted when no other column counts it.
        d.provincialCount = Math.max(d.provincialCount ?? 0, n);
      }
    },
    unreadable: { code: 'bad-number', severity: 'warning', becomes: 'zero' },
  },
  {
    id: 'initiativeScope',
    aliases: ['cap cong nhan', 'pham vi', 'pham vi anh huong', 'cap sang kien', 'pham vi cong nhan', 'cap cong nhan sang kien', 'pham vi anh huong cua sang kien', 'cap$', 'pham vi ap dung'],
    read: (v, d) => {
      const s = parseScope(v);
      if (s === undefined) return false;
      d.scope = s;
    },
    unreadable: { code: 'unknown-scope', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'initiative',
    aliases: ['sang kien', 'sang kien duoc cong nhan', 'so sang kien', 'skkn', 'sang kien kinh nghiem', 'giai phap', 'sang kien giai phap', 'sang kien de tai', 'ten sang kien'],
    weight: 2,
    group: true,
    past: 'pastInitiative',
    missing: { satisfiedBy: ['researchProject', 'provincialInitiative'] },
    read: (v, d, cx) => {
      const n = countInitiatives(v);
      if (n === undefined) return false;
      d.initiativeCells.push({ col: cx.col, count: n, scope: parseScope(v), value: asText(v) });
    },
    unreadable: { code: 'bad-number', severity: 'warning', becomes: 'zero' },
  },
  {
    id: 'researchProject',
    aliases: ['de tai', 'de tai nckh', 'nghien cuu khoa hoc', 'de tai khoa hoc', 'de tai nghien cuu', 'so de tai', 'de tai nghien cuu khoa hoc'],
    past: 'pastResearch',
    read: (v, d) => {
      const n = countInitiatives(v);
      if (n === undefined) return false;
      d.person.researchProjects = n;
    },
    unreadable: { code: 'bad-number', severity: 'warning', becomes: 'zero' },
  },
  {
    id: 'historyText',
    aliases: [
      'danh hieu cac nam',
      'danh hieu thi dua cac nam',
      'thanh tich cac nam',
      'qua trinh khen thuong',
      'khen thuong cac nam',
      'danh hieu da dat',
      'thanh tich da dat',
      'thanh tich khen thuong',
      'tom tat thanh tich',
      'danh hieu thi dua da dat',
      'hinh thuc khen thuong da dat',
      'danh hieu thi dua nhung nam truoc',
      'danh hieu nam truoc',
      'danh hieu thi dua nam truoc',
      'thanh tich nhung nam truoc',
      'qua trinh thi dua khen thuong',
      'khen thuong da duoc nhan',
    ],
    multi: true,
    weight: 2,
    missing: {},
    // "CSTĐCS 2012, 2013; LĐTT 2011": titles tied to the years written with them. Prose with no
    // title in it says nothing and is no error; this year's titles (a proposal) are not history.
    read: (v, d, cx) => {
      const h = parseHistoryText(asText(v));
      let placed = 0;
      for (const e of h.entries) {
        if (e.year >= cx.year) continue;
        if (e.title) addTitle(d.person.history, e.year, e.title);
        if (e.rating) (d.person.history[e.year] ??= { titles: [] }).rating = e.rating;
        placed++;
      }
      if (!placed && h.unplaced) cx.issue('info', 'history-text-unplaced', v);
    },
  },
  {
    // "Danh hiệu thi đua" over "Năm 2012 | Năm 2013", the cells holding "CSTĐCS", "LĐTT"…
    id: 'pastText',
    aliases: [
      'danh hieu',
      'danh hieu thi dua',
      'thanh tich',
      'khen thuong',
      'hinh thuc khen thuong',
      'ket qua',
      'ket qua thi dua',
      'danh hieu thi dua hinh thuc khen thuong',
      'ket qua cac nam',
      'cac nam truoc',
      'nhung nam truoc',
    ],
    onlyPast: true,
    past: 'pastText',
  },
  {
    id: 'registered',
    aliases: ['dang ky thi dua', 'dang ky danh hieu', 'dang ky danh hieu thi dua', 'dang ky thi dua khen thuong', 'danh hieu dang ky', 'dang ky dhtd', 'noi dung dang ky'],
    multi: true,
    group: true,
    read: (v, d, cx) => {
      const ts = titlesIn(asText(v));
      if (!ts.length) return isNoMark(v);
      const had = d.person.registered ?? [];
      d.person.registered = [...had, ...ts.filter((t) => !had.includes(t))];
      void cx;
    },
    unreadable: { code: 'unknown-registered', severity: 'info', becomes: 'ignored', perColumn: true },
  },
  {
    id: 'voteShare',
    aliases: ['ty le phieu', 'phieu tin nhiem', 'phieu bau', 'ty le tin nhiem', 'ty le phieu bau', 'so phieu dat'],
    read: (v, d) => {
      const s = parseShare(v);
      if (s === undefined) return false;
      d.person.voteShare = s;
    },
    unreadable: { code: 'bad-vote-share', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'note',
    aliases: ['ghi chu'],
    read: (v, d) => {
      d.person.note = text(v);
      d.note = d.person.note;
    },
  },
];

const isNoMark = (v: CellValue): boolean => parseYesNo(v) === false;

function endOf(x: LooseDate): string {
  return x.precision === 'year' ? `${x.iso.slice(0, 4)}-12-31` : endOfMonth(x.iso);
}

function readBirth(v: CellValue, d: StaffDraft, cx: Cx, gender?: 'male' | 'female'): boolean {
  // A lone space in the other gender's column is no birth date.
  const b = parseBirth(typeof v === 'string' ? v.trim() : v);
  if (!b) return false;
  if (b.year < 1900 || b.year > 2100) {
    cx.issue('warning', 'date-out-of-range', v);
    return true;
  }
  d.person.birthYear = b.year;
  if (b.date) d.person.birthDate = b.date;
  if (gender) d.person.gender = gender;
  return true;
}

/** Reads a past-year column of a staff or unit row into its history. */
export function readPast(kind: PastKind, a: string, b: string | undefined, v: CellValue, history: Person['history'], cx: Cx): void {
  if (kind === 'pastTitle') {
    const n = countInitiatives(v);
    if (n === undefined) cx.issue('warning', 'bad-yes-no', v);
    else if (n > 0) addTitle(history, Number(b), a as TitleId);
    return;
  }
  const year = Number(a);
  if (kind === 'pastRating') {
    const r = parseRating(v);
    if (r) (history[year] ??= { titles: [] }).rating = r;
    else cx.issue('warning', 'unknown-rating-past', v);
    return;
  }
  if (kind === 'pastInitiative' || kind === 'pastResearch') {
    const n = countInitiatives(v);
    if (n === undefined) {
      cx.issue('warning', 'bad-number', v);
      return;
    }
    const rec = (history[year] ??= { titles: [] });
    if (kind === 'pastInitiative') {
      rec.initiatives = (rec.initiatives ?? 0) + n;
      if (n > 0 && parseScope(v) === true) rec.provincialInitiative = true;
    } else rec.researchProjects = (rec.researchProjects ?? 0) + n;
    return;
  }
  // pastText: "CSTĐCS", "LĐTT, HTXSNV", or a mark under a group that names the title.
  const s = asText(v);
  const titles = titlesIn(s);
  const rating = parseRatingIn(s);
  for (const t of titles) addTitle(history, year, t);
  if (rating) (history[year] ??= { titles: [] }).rating = rating;
  if (!titles.length && !rating && parseYesNo(v) !== false) cx.issue('warning', 'unknown-title', v);
}

function parseRatingIn(s: string): Rating | undefined {
  const r = parseRating(s);
  if (r) return r;
  const m = /\b(HTXSNV|HTTNV|HTNV|KHTNV)\b/i.exec(s);
  return m ? parseRating(m[1]) : undefined;
}

// ---------------------------------------------------------------------------------------
// The unit list.

export const UNIT_TABLE: FieldDef<UnitDraft>[] = [
  { id: 'index', aliases: ['stt$', 'tt$', 'so tt$'], weight: 0 },
  {
    id: 'unitName',
    aliases: [
      'ten phong don vi',
      'ten don vi',
      'ten phong',
      'ten tap the',
      'don vi',
      'phong ban',
      'ten co quan don vi',
      'ten phong ban',
      'ten don vi tap the',
      'ten to',
      'ten khoa phong',
      'ten bo phan',
      'tap the$',
      'ten phong ban don vi',
      'khoa phong',
      'phong khoa',
      'khoa phong ban',
      'ten khoa',
      'khoa$',
      'to$',
      'to chuyen mon',
      'ten to chuyen mon',
      'to cong tac',
      'bo phan',
      'thon to dan pho',
      'ten thon',
    ],
    weight: 10,
  },
  {
    id: 'members',
    aliases: [
      'so cbccvc',
      'so nguoi',
      'so can bo',
      'so luong',
      'tong so',
      'quan so',
      'so bien che',
      'so cb',
      'so cong chuc vien chuc',
      'so luong cbccvc',
      'so cbccvc ld',
      'tong so cbccvc',
      'so giao vien',
      'so vien chuc',
      'so nhan vien',
      'so cbcc',
      'so cong chuc',
      'so nguoi lao dong',
    ],
    read: (v, d) => {
      const n = parseNumber(v);
      if (n === undefined || n < 0) return false;
      d.unit.declaredMembers = Math.round(n);
    },
    unreadable: { code: 'bad-number', severity: 'info', becomes: 'ignored' },
  },
  {
    id: 'unitRating',
    aliases: [
      'xep loai tap the',
      'xep loai to',
      'xep loai khoa',
      'xep loai phong',
      'xep loai',
      'danh gia',
      'ket qua xep loai',
      'ket qua danh gia',
      'xep loai chat luong',
      'muc do hoan thanh',
      'danh gia xep loai',
      'ket qua danh gia xep loai',
      'phan loai danh gia',
      'ket qua phan loai',
      'xep loai don vi',
      'cap co tham quyen danh gia',
    ],
    weak: ['tu danh gia', 'tu xep loai', 'tap the tu danh gia'],
    weight: 6,
    ask: true,
    past: 'pastRating',
    missing: {},
    read: (v, d) => {
      const r = parseRating(v);
      if (!r) return false;
      d.unit.rating = r;
    },
    unreadable: { code: 'unknown-unit-rating', severity: 'warning', becomes: 'ignored' },
  },
  {
    id: 'registered',
    aliases: ['dang ky thi dua', 'dang ky danh hieu', 'dang ky danh hieu thi dua', 'danh hieu dang ky', 'dang ky thi dua khen thuong'],
    multi: true,
    group: true,
    read: (v, d) => {
      const ts = titlesIn(asText(v));
      if (!ts.length) return isNoMark(v);
      const had = d.unit.registered ?? [];
      d.unit.registered = [...had, ...ts.filter((t) => !had.includes(t))];
    },
    unreadable: { code: 'unknown-registered', severity: 'info', becomes: 'ignored', perColumn: true },
  },
  {
    // The emulation cluster's choice for Cờ thi đua (rules.md: decided by ranking inside the
    // province's cluster, not by a formula): the clerk marks the units the cluster chose.
    id: 'clusterChoice',
    aliases: [
      'co thi dua',
      'de nghi co thi dua',
      'khoi binh chon co thi dua',
      'cum khoi binh chon co thi dua',
      'khoi thi dua binh chon',
      'ket qua binh chon co thi dua',
      'de nghi tang co thi dua',
      'co thi dua ubnd tinh',
      'co thi dua cua ubnd tinh',
    ],
    missing: { severity: 'info' },
    read: (v, d, cx) => {
      const selected = parseChoice(v);
      // Unclear: not chosen, and the cell is named (unreadable below).
      d.unit.clusterChoice = { selected: selected ?? false, column: columnLetter(cx.col) };
      return selected !== undefined;
    },
    // A blank cell is "not chosen": the reason then names the column.
    blank: (d, cx) => {
      d.unit.clusterChoice = { selected: false, column: columnLetter(cx.col) };
    },
    unreadable: { code: 'unknown-cluster-choice', severity: 'warning', becomes: 'none' },
  },
  {
    id: 'note',
    aliases: ['ghi chu'],
    read: (v, d) => {
      d.unit.note = text(v);
    },
  },
];

/** A mark of the cluster's choice: "x", "có", "đề nghị", "được bình chọn" (yes); "không" (no). */
function parseChoice(v: CellValue): boolean | undefined {
  const yn = parseYesNo(v);
  if (yn !== undefined) return yn;
  const f = typeof v === 'string' ? fold(v) : '';
  if (/^(de nghi|duoc de nghi|binh chon|duoc binh chon|dan dau|dan dau khoi|dat|duoc chon|chon)( .*)?$/.test(f)) return true;
  if (/^(khong|chua)( .*)?$/.test(f)) return false;
  return undefined;
}

// ---------------------------------------------------------------------------------------
// The long-form history sheet (one row per person and year) and the list of initiatives
// (one row per initiative). Their rows are joined to people by name: the reader keeps the
// cells and `parse.ts` does the joining.

export const HISTORY_TABLE: FieldDef<Record<string, CellValue>>[] = [
  { id: 'name', aliases: ['ho va ten', 'ho ten', 'ten can bo', 'ho ten can bo', 'ho va ten can bo'], weight: 10 },
  { id: 'birth', aliases: ['ngay sinh', 'nam sinh', 'ngay thang nam sinh'] },
  { id: 'unit', aliases: ['don vi', 'phong$', 'phong ban', 'don vi cong tac'] },
  { id: 'year', aliases: ['nam$', 'nam xet$', 'nam khen thuong', 'nam cong nhan', 'nam dat', 'nam danh hieu'], weight: 10 },
  { id: 'title', aliases: ['danh hieu', 'danh hieu thi dua', 'hinh thuc khen thuong', 'khen thuong', 'danh hieu hinh thuc khen thuong'], weight: 10 },
  { id: 'rating', aliases: ['xep loai', 'danh gia', 'ket qua xep loai', 'ket qua danh gia'] },
  { id: 'decision', aliases: ['so quyet dinh', 'quyet dinh', 'so qd', 'so ngay quyet dinh'] },
];

export const INITIATIVE_TABLE: FieldDef<Record<string, CellValue>>[] = [
  { id: 'index', aliases: ['stt$', 'tt$'], weight: 0 },
  {
    id: 'author',
    aliases: ['ten tac gia', 'tac gia', 'ho va ten tac gia', 'ho ten tac gia', 'tac gia dong tac gia', 'nguoi thuc hien', 'chu nhiem de tai', 'chu nhiem', 'tac gia sang kien', 'ten nguoi thuc hien'],
    weak: ['ho va ten', 'ho ten'],
    weight: 10,
  },
  {
    id: 'initiativeTitle',
    aliases: [
      'ten sang kien',
      'ten de tai',
      'ten giai phap',
      'ten sang kien kinh nghiem',
      'noi dung sang kien',
      'ten de tai sang kien',
      'ten sang kien de tai',
      'ten cong trinh',
      'sang kien$',
      'de tai$',
    ],
    weight: 10,
  },
  { id: 'initiativeKind', aliases: ['loai$', 'loai hinh$', 'phan loai$', 'sang kien hay de tai'] },
  { id: 'decision', aliases: ['so quyet dinh', 'quyet dinh cong nhan', 'so qd', 'so va ngay quyet dinh', 'quyet dinh', 'so ngay quyet dinh cong nhan', 'so quyet dinh cong nhan'], weight: 4 },
  { id: 'scope', aliases: ['cap cong nhan', 'pham vi', 'pham vi anh huong', 'don vi cong nhan', 'co quan cong nhan', 'cap$', 'cap sang kien', 'pham vi ap dung', 'hoi dong cong nhan'], weight: 3 },
  { id: 'year', aliases: ['nam$', 'nam cong nhan', 'ngay cong nhan', 'thoi gian cong nhan', 'ngay quyet dinh', 'nam dat', 'ngay thang nam cong nhan'], weight: 3 },
  { id: 'unit', aliases: ['phong ban lam viec', 'don vi', 'phong ban', 'don vi cong tac', 'phong$', 'bo phan'] },
  { id: 'birth', aliases: ['ngay sinh', 'nam sinh'] },
];

export const TABLES: Record<SheetRole, FieldDef<never>[]> = {
  staff: STAFF_TABLE as FieldDef<never>[],
  units: UNIT_TABLE as FieldDef<never>[],
  history: HISTORY_TABLE as FieldDef<never>[],
  initiatives: INITIATIVE_TABLE as FieldDef<never>[],
};

export function fieldDef(role: SheetRole, id: string): FieldDef<never> | undefined {
  return TABLES[role].find((f) => f.id === id);
}

// ---------------------------------------------------------------------------------------
// Header matching.

export interface Match {
  field: string;
  rank: 'strong' | 'weak';
  /** Length of the alias that matched: the longest wins across fields. */
  length: number;
}

const MATCHES = Symbol('matchField');

/** The field a folded header text names in a role's table, with the strength of the match. */
export function matchField(role: SheetRole, label: string): Match | undefined {
  if (!label) return undefined;
  return remember(MATCHES, `${role}|${label}`, () => matchUncached(role, label));
}

function matchUncached(role: SheetRole, label: string): Match | undefined {
  let best: Match | undefined;
  for (const def of TABLES[role]) {
    for (const [list, rank] of [
      [def.aliases, 'strong'],
      [def.weak ?? [], 'weak'],
    ] as const) {
      for (const raw of list) {
        const exact = raw.endsWith('$');
        const a = exact ? raw.slice(0, -1) : raw;
        const ok = label === a || (!exact && label.startsWith(`${a} `));
        if (!ok) continue;
        if (!best || a.length > best.length || (a.length === best.length && rank === 'strong' && best.rank === 'weak')) best = { field: def.id, rank, length: a.length };
      }
    }
  }
  return best;
}

/** The discipline a person has for the review, given the year it was decided (types.ts: 'none' when it was earlier and has ended). */
export function disciplineForYear(d: Discipline, decided: number | undefined, until: string | undefined, year: number): Discipline {
  if (d === 'none' || decided === undefined || decided === year) return d;
  if (decided > year) return DISCIPLINE_NONE;
  return until !== undefined && until >= `${year}-01-01` ? d : DISCIPLINE_NONE;
}
