/**
 * The agency as the papers print it: the letterhead of the settings (sheets/documents's
 * defaults: the Bắc Giang sample) and what the papers need beyond it. The sample's values
 * fill in only for the sample agency (no agency name set); another agency gets derived
 * values where the letterhead tells them (the province from "UBND TỈNH …") and dotted lines
 * elsewhere, and `missing` names what it should set (the command line says so).
 */
import type { AgencyPapersSetting, AgencySetting, MemberSetting, StoredSettings } from '../domain/settings';
import { agencyOf, letterheadMissing, localityOf, SAMPLE_AGENCY_CODE } from '../sheets/documents/official-form';

export interface PaperAgency extends AgencySetting {
  /** The agency's name inside a sentence ("Sở Khoa học và Công nghệ"). */
  nameInText: string;
  /** The head's title inside a sentence ("Giám đốc Sở Khoa học và Công nghệ"). */
  headInText: string;
  code: string;
  drafter: string;
  recipient: string;
  board: string;
  minister: string;
  meetingPlace: string;
  council: MemberSetting[];
  counting: MemberSetting[];
  basis: string[];
  plan?: { number: string; date: string; about: string };
  /** Fields of AgencyPapersSetting neither set nor known for the sample. */
  missing: string[];
}

/** Kế hoạch 05/KH-KHCN (Sở KH&CN Bắc Giang, 24/01/2014) and the sample's staff for the council. */
export const SAMPLE_PAPERS: Required<Omit<AgencyPapersSetting, 'basis'>> & { nameInText: string } = {
  nameInText: 'Sở Khoa học và Công nghệ',
  code: SAMPLE_AGENCY_CODE,
  drafter: 'VP',
  recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang',
  board: 'Ban Thi đua - Khen thưởng tỉnh Bắc Giang',
  minister: 'Bộ trưởng Bộ Khoa học và Công nghệ',
  meetingPlace: 'Phòng họp Sở Khoa học và Công nghệ',
  council: [
    { name: 'Nguyễn Đức Kiên', position: 'Giám đốc Sở', role: 'Chủ tịch Hội đồng' },
    { name: 'Phạm Ngọc Thủy', position: 'Phó Giám đốc Sở', role: 'Phó Chủ tịch Hội đồng' },
    { name: 'Giáp Minh Linh', position: 'Chánh Văn phòng Sở', role: 'Phó Chủ tịch Thường trực Hội đồng' },
    { name: 'Đặng Văn Tùng', position: 'Phó Giám đốc Sở', role: 'Ủy viên' },
    { name: 'Nguyễn Hồng Trang', position: 'Chánh Thanh tra Sở', role: 'Ủy viên' },
    { name: 'Thân Thúy Mai', position: 'Trưởng phòng Kế hoạch - Tài chính', role: 'Ủy viên' },
    { name: 'Lê Thúy Ngân', position: 'Trưởng phòng Quản lý Khoa học', role: 'Ủy viên' },
    { name: 'Ngô Xuân Cường', position: 'Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng', role: 'Ủy viên' },
    { name: 'Ngô Ngọc Yến', position: 'Chuyên viên Văn phòng Sở', role: 'Thư ký' },
  ],
  counting: [
    { name: 'Nguyễn Hồng Trang', position: 'Chánh Thanh tra Sở', role: 'Trưởng ban' },
    { name: 'Thân Thúy Mai', position: 'Trưởng phòng Kế hoạch - Tài chính', role: 'Ủy viên' },
    { name: 'Ngô Ngọc Yến', position: 'Chuyên viên Văn phòng Sở', role: 'Ủy viên' },
  ],
  plan: { number: '05/KH-KHCN', date: '2014-01-24', about: 'phát động thi đua năm 2014' },
};

/** The roles the papers know (the minutes find the chair and the secretary by them): the pane offers them. */
export const COUNCIL_ROLES = ['Chủ tịch Hội đồng', 'Phó Chủ tịch Hội đồng', 'Phó Chủ tịch Thường trực Hội đồng', 'Ủy viên', 'Thư ký'];
export const COUNTING_ROLES = ['Trưởng ban', 'Ủy viên'];

const FILL = '……';


const sentenceCase = (s: string) => {
  const l = s.toLocaleLowerCase('vi');
  return l.charAt(0).toLocaleUpperCase('vi') + l.slice(1);
};

export function paperAgency(a: StoredSettings['agency']): PaperAgency {
  const base = agencyOf(a);
  const sample = !a?.name?.trim();
  const set = <K extends keyof AgencyPapersSetting>(k: K): AgencyPapersSetting[K] | undefined => {
    let v = a?.[k];
    // A row or a line the clerk added in the pane and left blank is not printed.
    if (Array.isArray(v)) v = (v as unknown[]).filter((x) => (typeof x === 'string' ? x.trim() : (x as MemberSetting)?.name?.trim())) as typeof v;
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length)) return undefined;
    return v;
  };
  const missing: string[] = [...letterheadMissing(a)];
  const pick = <K extends keyof typeof SAMPLE_PAPERS>(k: K, derived?: (typeof SAMPLE_PAPERS)[K]): (typeof SAMPLE_PAPERS)[K] | undefined => {
    const v = k in (a ?? {}) ? (set(k as keyof AgencyPapersSetting) as (typeof SAMPLE_PAPERS)[K] | undefined) : undefined;
    if (v !== undefined) return v;
    if (sample) return SAMPLE_PAPERS[k];
    missing.push(k);
    return derived;
  };
  const locality = localityOf(base.parent);
  const nameInText = pick('nameInText', sentenceCase(base.name)) ?? sentenceCase(base.name);
  return {
    ...base,
    nameInText,
    headInText: `${sentenceCase(base.signerTitle)} ${nameInText}`,
    code: pick('code', FILL)!,
    drafter: pick('drafter', FILL)!,
    recipient: pick('recipient', locality ? `Chủ tịch Ủy ban nhân dân ${locality}` : FILL)!,
    board: pick('board', locality ? `Ban Thi đua - Khen thưởng ${locality}` : FILL)!,
    minister: pick('minister', FILL)!,
    meetingPlace: pick('meetingPlace', `Phòng họp ${nameInText}`)!,
    council: pick('council', [])!,
    counting: pick('counting', [])!,
    basis: set('basis') ?? [],
    plan: pick('plan'),
    missing,
  };
}
