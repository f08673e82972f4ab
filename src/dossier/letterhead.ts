/**
 * The letterhead as every paper and printed form carries it (NĐ 30/2020 Phụ lục I): the parent
 * agency and the agency, the place of the date line, the signer; what the agency has not set is
 * derived or left as dotted lines. Also what every paper is built from (`DocumentInput`), the
 * place-and-date line and the roman numbers of unit groups. Pure: both renderers (the printed
 * forms as sheets, src/sheets/forms; the Word papers, src/documents/word) print these.
 */
import type { AgencyPapersSetting, AgencySetting } from '../domain/settings';
import type { ReviewResult } from '../domain/verdict';
import type { RuleSet } from '../rules/types';
import { t, type Lang } from '../i18n/catalogue';
import type { NameOrder } from '../rules/name-order';

/**
 * The sample agency's letterhead (Sở KH&CN Bắc Giang, 2014). It is the sample's own, kept in
 * the sample workbook's settings (`binh-xet sample`): never a default for another workbook.
 */
export const DEFAULT_AGENCY: AgencySetting = {
  parent: 'UBND TỈNH BẮC GIANG',
  name: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ',
  place: 'Bắc Giang',
  signerTitle: 'GIÁM ĐỐC',
  signerName: 'Nguyễn Đức Kiên',
};

/** What a paper prints where the agency has not said (the văn thư fills it in by hand). */
export const FILL_IN = '……';

/** "tỉnh Bắc Giang" from "UBND TỈNH BẮC GIANG": the kind of locality in lower case, the name capitalised. */
export function localityOf(parent: string): string | undefined {
  const m = /^(?:UBND|ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN)\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$/iu.exec(parent.trim().normalize('NFC'));
  if (!m) return undefined;
  const name = m[2]
    .toLocaleLowerCase('vi')
    .split(/\s+/)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ');
  return `${m[1].toLocaleLowerCase('vi')} ${name}`;
}

/** The place of the date line ("Bắc Giang, ngày …") from the parent agency ("UBND TỈNH BẮC GIANG"). */
export const placeOf = (parent: string): string | undefined => localityOf(parent)?.replace(/^(?:tỉnh|thành phố|huyện|quận|thị xã)\s+/u, '');

const LETTERHEAD: (keyof AgencySetting)[] = ['parent', 'name', 'place', 'signerTitle', 'signerName'];

/**
 * The letterhead the papers print: what the agency set (its settings, its file, or the
 * workbook's own title rows, src/sheets/reader/agency-title.ts); what it has not set is
 * derived (the place from "UBND TỈNH …") or left as "……" to fill in, and `letterheadMissing`
 * names it. Nothing comes from the sample: a workbook that names no agency prints dots.
 */
export function agencyOf(a: Partial<AgencySetting> | undefined): AgencySetting {
  const set = stripEmpty(a);
  const parent = set.parent ?? FILL_IN;
  return {
    parent,
    name: set.name ?? FILL_IN,
    place: set.place ?? placeOf(parent) ?? FILL_IN,
    signerTitle: set.signerTitle ?? FILL_IN,
    signerName: set.signerName ?? FILL_IN,
  };
}

/** The letterhead fields the agency has not set (the place is known when the parent names the province). */
export function letterheadMissing(a: Partial<AgencySetting> | undefined): (keyof AgencySetting)[] {
  const set = stripEmpty(a);
  return LETTERHEAD.filter((k) => !set[k] && !(k === 'place' && set.parent && placeOf(set.parent)));
}

/** The sample agency's abbreviation in "Số: …/QĐ-KHCN" (from its plan, Kế hoạch 05/KH-KHCN): the sample's settings hold it. */
export const SAMPLE_AGENCY_CODE = 'KHCN';

/** The abbreviation the agency's papers carry: the clerk's, otherwise a dotted space for the văn thư to fill. */
export const agencyCodeOf = (a: (Partial<AgencySetting> & { code?: string }) | undefined): string => a?.code?.trim() || FILL_IN;

function stripEmpty(a: Partial<AgencySetting> | undefined): Partial<AgencySetting> {
  const out: Partial<AgencySetting> = {};
  for (const [k, v] of Object.entries(a ?? {})) if (typeof v === 'string' && v.trim()) out[k as keyof AgencySetting] = v.trim();
  return out;
}

/** The council's own papers (ballots, the tally): the agency above, the council as the body that issues them. */
export const councilOf = (agency: AgencySetting, lang: Lang): AgencySetting => ({ ...agency, parent: agency.name, name: t('doc.council', {}, lang) });

/** What every document is built from: the review, its rule set, the agency, the unit order. */
export interface DocumentInput {
  result: ReviewResult;
  ruleSet: RuleSet;
  agency?: Partial<AgencySetting> & AgencyPapersSetting;
  /** Unit names in the unit sheet's order (groups follow it; others after, alphabetically). */
  unitOrder: string[];
  lang: Lang;
  /** The review's name order, worked out once; compareNames otherwise. */
  names?: NameOrder;
}

/**
 * "Bắc Giang, ngày 20 tháng 12 năm 2014" from an ISO date. NĐ 30/2020: days under 10 and
 * the months 1 and 2 take a leading zero ("ngày 05 tháng 02"), other months do not.
 */
export function placeDate(place: string, isoDate: string, lang: Lang): string {
  // "2015" alone leaves the day and month for the signer to write ("ngày … tháng … năm 2015").
  const [y, m, d] = isoDate.split('-').map(Number);
  const day = d ? String(d).padStart(2, '0') : '…';
  const month = m ? (m <= 2 ? String(m).padStart(2, '0') : String(m)) : '…';
  return t('doc.placeDate', { place, d: day, m: month, y: y || '…' }, lang);
}

/** I, II, III… for the unit group rows ("I. Văn phòng Sở"). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [v, s] of table)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}
