/**
 * Báo cáo thành tích for each nominee of a title decided above the agency (CSTĐ tỉnh, Bằng
 * khen, TTLĐXS): the form of the regime's texts (Mẫu số 02 for a person, Mẫu số 01 for a
 * collective: TT 07/2014/TT-BNV, NĐ 91/2017/NĐ-CP, NĐ 98/2023/NĐ-CP keep the same outline),
 * prefilled with what the workbook knows (name, birth, unit, position, ratings and
 * initiatives of the years, past titles), the rest left as dotted lines for the person.
 */
import type { PersonTitleId, TitleId, UnitTitleId, YearRecord } from '../../domain/types';
import type { PersonResult, UnitResult } from '../../domain/verdict';
import type { TitleRule } from '../../rules/types';
import { ruleOf, titleName } from '../../rules/titles';
import { shortDate } from '../../text/format';
import { para, type Block, type Paper, type Table } from '../model';
import { count, personName, type PaperContext } from '../context';

const RATING: Record<string, string> = {
  excellent: 'Hoàn thành xuất sắc nhiệm vụ',
  good: 'Hoàn thành tốt nhiệm vụ',
  complete: 'Hoàn thành nhiệm vụ',
  incomplete: 'Không hoàn thành nhiệm vụ',
};

/** Nominees: people and units proposed for a title decided above the agency, with those titles. */
function nominees(c: PaperContext) {
  const above = c.ruleSet.titles.filter((r) => r.decidedBy !== 'agency-head');
  const persons = new Map<PersonResult, TitleRule[]>();
  const units = new Map<UnitResult, TitleRule[]>();
  for (const r of above) {
    if (r.scope === 'person') for (const p of c.result.persons) if (p.verdicts[r.id as PersonTitleId]?.status === 'awarded') persons.set(p, [...(persons.get(p) ?? []), r]);
    if (r.scope === 'unit') for (const u of c.result.units) if (u.verdicts[r.id as UnitTitleId]?.status === 'awarded') units.set(u, [...(units.get(u) ?? []), r]);
  }
  return { persons, units };
}

const ask = (rules: TitleRule[]) =>
  rules.map((r) => (r.kind === 'title' ? `CÔNG NHẬN DANH HIỆU "${titleName(r, 'full').toLocaleUpperCase('vi')}"` : `TẶNG ${titleName(r, 'full').toLocaleUpperCase('vi')}`)).join('; ');

/** The titles and the awards of past years, from the history (the decision numbers are for the person to fill). */
function pastTables(c: PaperContext, history: Record<number, YearRecord>, scope: 'person' | 'unit'): Block[] {
  const years = Object.keys(history)
    .map(Number)
    .sort((x, y) => x - y);
  const of = (kind: 'title' | 'award') =>
    years.flatMap((y) =>
      (history[y].titles ?? [])
        .map((id: TitleId) => ruleOf(c.ruleSet, id, scope))
        .filter((r): r is TitleRule => !!r && r.kind === kind)
        .map((r) => ({ cells: [String(y), titleName(r, 'full'), ''] })),
    );
  const table = (kind: 'title' | 'award', header: string): Table => {
    const rows = of(kind);
    return {
      kind: 'table',
      compact: true,
      columns: [
        { header: 'Năm', width: 12, align: 'center' },
        { header, width: 38 },
        { header: 'Số, ngày, tháng, năm của quyết định; cơ quan ban hành quyết định', width: 50 },
      ],
      rows: rows.length ? rows : [{ cells: ['', '', ''] }, { cells: ['', '', ''] }],
    };
  };
  return [para('body', '1. Danh hiệu thi đua:'), table('title', 'Danh hiệu thi đua'), para('body', '2. Hình thức khen thưởng:'), table('award', 'Hình thức khen thưởng')];
}

function ratingsLine(history: Record<number, YearRecord>, year: number, rating: string | undefined): string {
  const past = Object.keys(history)
    .map(Number)
    .filter((y) => y >= year - 4 && history[y].rating)
    .sort((x, y) => x - y)
    .map((y) => `năm ${y}: ${RATING[history[y].rating!]}`);
  return [...past, ...(rating ? [`năm ${year}: ${RATING[rating]}`] : [])].join('; ');
}

function personReport(c: PaperContext, pr: PersonResult, rules: TitleRule[], i: number): Paper {
  const a = c.agencyP;
  const p = pr.person;
  const { year } = c.result;
  const initiatives = [
    ...Object.keys(p.history)
      .map(Number)
      .filter((y) => (p.history[y].initiatives ?? 0) > 0)
      .map((y) => `năm ${y}: ${count(p.history[y].initiatives!)} sáng kiến`),
    ...(p.initiatives ? [`năm ${year}: ${count(p.initiatives)} sáng kiến`] : []),
  ];
  const body: Block[] = [
    para('heading', 'I. SƠ LƯỢC LÝ LỊCH'),
    para('field', '- Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt): ', p.name),
    para(
      'field',
      '- Sinh ngày, tháng, năm: ',
      p.birthDate ? shortDate(p.birthDate) : p.birthYear ? `năm ${p.birthYear}` : '',
      `        Giới tính: ${p.gender === 'female' ? 'Nữ' : p.gender === 'male' ? 'Nam' : '……'}`,
    ),
    para('field', '- Quê quán: ', ''),
    para('field', '- Trú quán: ', ''),
    para('field', '- Đơn vị công tác: ', [p.unit, a.nameInText].filter(Boolean).join(', ')),
    para('field', '- Chức vụ (Đảng, chính quyền, đoàn thể): ', p.position ?? ''),
    para('field', '- Trình độ chuyên môn, nghiệp vụ: ', ''),
    para('field', '- Học hàm, học vị, danh hiệu, giải thưởng: ', ''),
    para('heading', 'II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    para('body', '1. Quyền hạn, nhiệm vụ được giao hoặc đảm nhận:'),
    para('field', '', ''),
    para('field', '', ''),
    para('body', '2. Thành tích đạt được của cá nhân:'),
    para('body', `- Kết quả đánh giá, xếp loại: ${ratingsLine(p.history, year, p.rating) || '……'}.`),
    para('body', `- Sáng kiến được công nhận: ${initiatives.join('; ') || '……'}${p.provincialInitiative ? ' (có sáng kiến được công nhận phạm vi cấp tỉnh)' : ''}.`),
    ...(p.researchProjects ? [para('body', `- Đề tài nghiên cứu khoa học được nghiệm thu năm ${year}: ${count(p.researchProjects)} đề tài.`)] : []),
    para('body', '- Kết quả thực hiện nhiệm vụ được giao, giải pháp công tác, hiệu quả đạt được (người báo cáo viết):'),
    para('field', '', ''),
    para('field', '', ''),
    para('field', '', ''),
    para('heading', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    ...pastTables(c, p.history, 'person'),
    {
      kind: 'signatures',
      signatures: [
        { title: 'THỦ TRƯỞNG ĐƠN VỊ XÁC NHẬN, ĐỀ NGHỊ', instruction: '(Ký, đóng dấu)', name: '' },
        { title: 'NGƯỜI BÁO CÁO THÀNH TÍCH', instruction: '(Ký, ghi rõ họ và tên)', name: p.name },
      ],
    },
    { kind: 'signatures', signatures: [{ title: 'XÁC NHẬN CỦA CẤP TRÌNH KHEN THƯỞNG', instruction: '(Ký, đóng dấu)', name: '' }] },
  ];
  const stem = p.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  return {
    id: `bao-cao-thanh-tich-ca-nhan-${i + 1}`,
    fileName: `bao-cao-thanh-tich/ca-nhan-${String(i + 1).padStart(2, '0')}-${stem}`,
    group: 'Báo cáo thành tích',
    label: `Báo cáo thành tích: ${personName(c, pr)} (${p.unit ?? ''})`,
    draft: false,
    orientation: 'portrait',
    form: ['Mẫu số 02'],
    letterhead: { parent: a.name, agency: (p.unit ?? a.name).toLocaleUpperCase('vi'), placeDate: `${a.place}, ngày      tháng      năm ${year}` },
    kind: 'BÁO CÁO THÀNH TÍCH',
    summary: [`ĐỀ NGHỊ ${ask(rules)}`],
    body: [
      para('note', `(Thành tích năm ${rules.some((r) => r.criteria.some((x) => x.kind.startsWith('consecutive') || x.kind === 'unit-consecutive-ratings')) ? `${year - 1} - ${year}` : year})`),
      ...body,
    ],
    signatures: [],
    appendices: [],
  };
}

function unitReport(c: PaperContext, ur: UnitResult, rules: TitleRule[], i: number): Paper {
  const a = c.agencyP;
  const u = ur.unit;
  const { year } = c.result;
  const body: Block[] = [
    para('field', 'Tên tập thể đề nghị (ghi đầy đủ bằng chữ in thường, không viết tắt): ', u.name),
    para('heading', 'I. SƠ LƯỢC ĐẶC ĐIỂM, TÌNH HÌNH'),
    para('body', '1. Đặc điểm, tình hình:'),
    para('field', '- Địa điểm trụ sở chính, điện thoại, fax; địa chỉ trang tin điện tử: ', ''),
    para('field', '- Quá trình thành lập và phát triển: ', ''),
    para('body', `- Tổng số cán bộ, công chức, viên chức, người lao động: ${count(ur.members)} người.`),
    para('body', '2. Chức năng, nhiệm vụ:'),
    para('field', '', ''),
    para('heading', 'II. THÀNH TÍCH ĐẠT ĐƯỢC'),
    para('body', '1. Kết quả thực hiện nhiệm vụ được giao:'),
    para('body', `- Kết quả đánh giá, xếp loại tập thể: ${ratingsLine(u.history, year, u.rating) || '……'}.`),
    para(
      'body',
      `- Kết quả thi đua năm ${year}: ${count(ur.memberLdtt)}/${count(ur.members)} người đạt danh hiệu "Lao động tiên tiến", ${count(ur.memberCstdcs)} người đạt danh hiệu "Chiến sĩ thi đua cơ sở".`,
    ),
    para('field', '- Các chỉ tiêu, nhiệm vụ cụ thể đã hoàn thành (tập thể báo cáo): ', ''),
    para('body', '2. Những biện pháp hoặc nguyên nhân đạt được thành tích; các phong trào thi đua đã được áp dụng trong thực tiễn:'),
    para('field', '', ''),
    para('body', '3. Việc thực hiện chủ trương, đường lối của Đảng, chính sách và pháp luật của Nhà nước; công tác xây dựng Đảng và đoàn thể:'),
    para('field', '', ''),
    para('heading', 'III. CÁC HÌNH THỨC ĐÃ ĐƯỢC KHEN THƯỞNG'),
    ...pastTables(c, u.history, 'unit'),
    {
      kind: 'signatures',
      signatures: [
        { title: 'THỦ TRƯỞNG ĐƠN VỊ CẤP TRÊN TRỰC TIẾP NHẬN XÉT, XÁC NHẬN', instruction: '(Ký, đóng dấu)', name: '' },
        { title: 'THỦ TRƯỞNG ĐƠN VỊ', instruction: '(Ký, đóng dấu)', name: '' },
      ],
    },
  ];
  const stem = u.name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return {
    id: `bao-cao-thanh-tich-tap-the-${i + 1}`,
    fileName: `bao-cao-thanh-tich/tap-the-${String(i + 1).padStart(2, '0')}-${stem}`,
    group: 'Báo cáo thành tích',
    label: `Báo cáo thành tích: ${u.name}`,
    draft: false,
    orientation: 'portrait',
    form: ['Mẫu số 01'],
    letterhead: { parent: a.name, agency: u.name.toLocaleUpperCase('vi'), placeDate: `${a.place}, ngày      tháng      năm ${year}` },
    kind: 'BÁO CÁO THÀNH TÍCH',
    summary: [`ĐỀ NGHỊ ${ask(rules)}`],
    body: [para('note', `(Thành tích năm ${rules.some((r) => r.criteria.some((x) => x.kind === 'unit-consecutive-ratings')) ? `${year - 1} - ${year}` : year})`), ...body],
    signatures: [],
    appendices: [],
  };
}

/** One report per nominee, people first (in the order of the lists), then units. */
export function achievementPapers(c: PaperContext, draftOf: (rules: TitleRule[]) => boolean): Paper[] {
  const { persons, units } = nominees(c);
  const ps = [...persons.entries()].map(([pr, rules], i) => ({ ...personReport(c, pr, rules, i), draft: draftOf(rules) }));
  // A collective's report quotes how many of its people hold the grassroots title (CSTĐCS): a draft while that vote is.
  const cstdcs = ruleOf(c.ruleSet, c.ruleSet.roles.grassroots, 'person');
  const quoted = cstdcs ? [cstdcs] : [];
  const us = [...units.entries()].map(([ur, rules], i) => ({ ...unitReport(c, ur, rules, i), draft: draftOf([...rules, ...quoted]) }));
  return [...ps, ...us];
}
