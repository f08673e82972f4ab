/**
 * The agency as the papers print it: the letterhead (the clerk's, or the workbook's own title
 * rows) and what the papers need beyond it. What is not set is derived where the letterhead
 * tells it (the province from "UBND TỈNH …") or left as dotted lines, and `missing` names it
 * (the command line, the JSON and the pane say so). The Bắc Giang sample's values below are
 * the sample workbook's settings (`binh-xet sample` writes them): never anyone's default.
 */
import type { AgencyPapersSetting, AgencySetting, MemberSetting, StoredSettings } from '../domain/settings';
import { agencyOf, DEFAULT_AGENCY, FILL_IN, letterheadMissing, localityOf, SAMPLE_AGENCY_CODE } from './letterhead';
import type { Plan } from '../domain/plan';
import SAMPLE_PLAN_FILE from '../rules/plans/ke-hoach-05-KH-KHCN-2014.json';

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
  /** Fields the agency has not set: printed derived or as "……" (the list the clerk is shown before printing). */
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

const FILL = FILL_IN;

/** The sample's plan (Kế hoạch 05/KH-KHCN): its targets apply to the sample workbook alone, whose settings hold it. */
export const SAMPLE_PLAN: Plan = SAMPLE_PLAN_FILE as Plan;

/** What `binh-xet sample` stores in the sample workbook's settings: its agency, its papers' fields and its plan. */
export const SAMPLE_SETTINGS: Pick<StoredSettings, 'agency' | 'plan'> = {
  agency: { ...DEFAULT_AGENCY, ...SAMPLE_PAPERS, council: SAMPLE_PAPERS.council.map((m) => ({ ...m })), counting: SAMPLE_PAPERS.counting.map((m) => ({ ...m })) },
  plan: SAMPLE_PLAN,
};

/** Words after which a name keeps its capital in a sentence: the kind of body, the kind of locality. */
const KIND = /^(sở|ban|cục|chi cục|tổng cục|bộ|viện|học viện|trường|bệnh viện|trung tâm|văn phòng|phòng|thanh tra|kho bạc|ủy ban nhân dân|ubnd)$/u;

/** "Sở Tư pháp" from "SỞ TƯ PHÁP", "Sở Tư pháp tỉnh Tuyên Quang": the body's kind and the first word of its field capitalised, localities named. */
const sentenceCase = (s: string) => {
  if (s === FILL) return s;
  const words = s.toLocaleLowerCase('vi').split(/\s+/);
  const cap = (w: string) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1);
  const out = words.map((w) => w);
  out[0] = cap(out[0]);
  const kind = KIND.test(words[0]) ? 1 : KIND.test(words.slice(0, 2).join(' ')) ? 2 : 0;
  if (kind && out[kind]) out[kind] = cap(out[kind]);
  for (let i = 1; i < out.length; i++) {
    const two = words.slice(i - 2, i).join(' ');
    if (/^(tỉnh|huyện|quận|xã|phường)$/u.test(words[i - 1]) || two === 'thành phố' || two === 'thị xã') {
      for (let j = i; j < out.length; j++) out[j] = cap(out[j]);
      break;
    }
  }
  return out.join(' ');
};

export function paperAgency(a: StoredSettings['agency']): PaperAgency {
  const base = agencyOf(a);
  const set = <K extends keyof AgencyPapersSetting>(k: K): AgencyPapersSetting[K] | undefined => {
    let v = a?.[k];
    // A row or a line the clerk added in the pane and left blank is not printed.
    if (Array.isArray(v)) v = (v as unknown[]).filter((x) => (typeof x === 'string' ? x.trim() : (x as MemberSetting)?.name?.trim())) as typeof v;
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim()) || (Array.isArray(v) && !v.length)) return undefined;
    return v;
  };
  const missing: string[] = [...letterheadMissing(a)];
  const pick = <K extends keyof typeof SAMPLE_PAPERS>(k: K, derived?: (typeof SAMPLE_PAPERS)[K]): (typeof SAMPLE_PAPERS)[K] | undefined => {
    const v = set(k as keyof AgencyPapersSetting) as (typeof SAMPLE_PAPERS)[K] | undefined;
    if (v !== undefined) return v;
    missing.push(k);
    return derived;
  };
  const locality = localityOf(base.parent);
  const nameInText = pick('nameInText', sentenceCase(base.name)) ?? sentenceCase(base.name);
  return {
    ...base,
    nameInText,
    headInText: base.signerTitle === FILL ? `Thủ trưởng ${nameInText}` : `${sentenceCase(base.signerTitle)} ${nameInText}`,
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
