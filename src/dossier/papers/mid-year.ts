/**
 * The Báo cáo sơ kết at mid-year: what was done to run the emulation, the figures against the
 * plan's targets (provisional: titles are only given at the year-end review), by unit, the
 * assessment, and the tasks for the second half worked out from the gaps.
 */
import { t } from '../../i18n/catalogue';
import { targetTable, targetWord, unitProgressTable, unitsInOrder } from '../progress';
import { vietnameseDate } from '../../text/format';
import type { TargetResult } from '../../domain/verdict';
import type { PersonTitleId } from '../../domain/types';
import { para, type Block, type Paper } from '../model';
import { count, leadersOf, numberLine, type PaperContext } from '../context';
import { agencyKind } from '../agency';

/**
 * How many more of a target's title the caps still allow: the cap's limit (from a verdict over
 * it) less those proposed; undefined when no cap cuts in. The report never orders more.
 */
function capRoom(c: PaperContext, tr: TargetResult): { room: number; limit: number; citation: string } | undefined {
  const counts = c.plan?.targets.find((x) => x.id === tr.id)?.counts;
  if (!counts || counts.scope !== 'person') return undefined;
  for (const pr of c.result.persons) {
    const v = pr.verdicts[counts.title as PersonTitleId];
    if (v?.status !== 'over-cap') continue;
    const cap = v.reasons.find((r) => r.code === 'cap');
    if (typeof cap?.args.limit !== 'number') continue;
    return { room: Math.max(0, cap.args.limit - tr.count), limit: cap.args.limit, citation: cap.citation ?? '' };
  }
  return undefined;
}

/** The task of the second half for an unmet target: the gap, as far as the caps allow it. */
function taskLine(c: PaperContext, tr: TargetResult, n: number, short: string): string {
  const word = unitWord(tr);
  const room = capRoom(c, tr);
  if (tr.impossible || (room && room.room < tr.gap)) {
    const more = room && room.room > 0 ? `phấn đấu thêm ít nhất ${count(room.room)} ${word} đạt chuẩn (số tối đa tỷ lệ cho phép là ${count(room.limit)} ${word}); ` : '';
    const why = room ? `số tối đa theo tỷ lệ quy định là ${count(room.limit)} ${word}${room.citation ? ` (${room.citation})` : ''}` : 'tỷ lệ tối đa theo quy định không cho phép đạt mức kế hoạch';
    return `${n}. Chỉ tiêu "${short}": ${more}${why}, nên chỉ tiêu kế hoạch không thể đạt; đề nghị xem xét điều chỉnh chỉ tiêu.`;
  }
  return `${n}. Tập trung chỉ đạo để hoàn thành chỉ tiêu "${short}": phấn đấu thêm ít nhất ${count(tr.gap)} ${word} đạt chuẩn.`;
}

const unitWord = (tr: TargetResult) => targetWord(tr, 'vi');

export function midYearPaper(c: PaperContext): Paper {
  const a = c.agencyP;
  const { year, reviewDate } = c.result;
  const units = unitsInOrder(c);
  const staff = units.reduce((s, u) => s + u.members, 0);
  const short = (tr: TargetResult) => t(tr.label, {}, 'vi');
  const unmet = c.result.targets.filter((tr) => !tr.met && tr.measure !== 'recorded');
  const body: Block[] = [
    para(
      'body',
      a.plan
        ? `Thực hiện Kế hoạch số ${a.plan.number} ${vietnameseDate(a.plan.date)} của ${a.nameInText} về ${a.plan.about}, ${a.nameInText} báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} như sau:`
        : `${a.nameInText} báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} như sau:`,
    ),
    para('heading', `I. KẾT QUẢ THỰC HIỆN 6 THÁNG ĐẦU NĂM ${year}`),
    para('heading', '1. Công tác chỉ đạo, tổ chức phong trào thi đua'),
    para(
      'body',
      `Ngay từ đầu năm, ${a.nameInText} đã ${a.plan ? `ban hành Kế hoạch số ${a.plan.number} và ` : ''}phát động phong trào thi đua đến toàn thể cán bộ, công chức, viên chức, người lao động; ${count(units.length)} phòng, đơn vị thuộc ${agencyKind(a.nameInText)} với ${count(staff)} cán bộ, công chức, viên chức, người lao động tham gia.`,
    ),
    para('field', 'Các phong trào thi đua theo chuyên đề, đợt thi đua đã tổ chức: ', ''),
    para('heading', `2. Kết quả thực hiện các chỉ tiêu thi đua (số liệu dự kiến đến ngày 30 tháng 6 năm ${year})`),
    // No plan loaded: a target is only the plan's, so none is printed; a line is left for the clerk (the console and the JSON say why).
    ...(c.result.targets.length ? [] : [para('field', 'Các chỉ tiêu thi đua theo kế hoạch và kết quả thực hiện: ', '')]),
    ...(c.result.targets.length ? [targetTable(c)] : []),
    para('body', 'Kết quả dự kiến theo từng phòng, đơn vị:'),
    unitProgressTable(c),
    para('heading', '3. Đánh giá chung'),
    para(
      'body',
      `a) Ưu điểm: ${
        c.result.targets
          .filter((tr) => tr.met && tr.measure !== 'recorded')
          .map((tr) => `chỉ tiêu "${short(tr)}" dự kiến đã đạt`)
          .join('; ') || 'các phòng, đơn vị đã triển khai kế hoạch thi đua'
      }.`,
    ),
    para('body', `b) Tồn tại, hạn chế: ${unmet.map((tr) => `chỉ tiêu "${short(tr)}" dự kiến còn thiếu ${count(tr.gap)} ${unitWord(tr)}`).join('; ') || 'không'}.`),
    para('heading', `II. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM ${year}`),
    ...unmet.map((tr, i) => para('body', taskLine(c, tr, i + 1, short(tr)))),
    para(
      'body',
      `${unmet.length + 1}. Tiếp tục đẩy mạnh các phong trào thi đua gắn với nhiệm vụ chuyên môn; các phòng, đơn vị đôn đốc cán bộ hoàn thành kế hoạch công tác năm ${year}, chú trọng đăng ký và công nhận sáng kiến.`,
    ),
    para('body', `${unmet.length + 2}. Tổ chức tổng kết, bình xét thi đua, khen thưởng năm ${year} vào cuối tháng 12 năm ${year} đúng quy định.`),
    para('heading', 'III. ĐỀ XUẤT, KIẾN NGHỊ'),
    para('field', '', ''),
    para('body', `Trên đây là báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year} của ${a.nameInText}./.`),
  ];
  return {
    id: 'bao-cao-so-ket',
    fileName: `bao-cao-so-ket-6-thang-${year}`,
    label: `Báo cáo sơ kết thi đua, khen thưởng 6 tháng đầu năm ${year}`,
    draft: false,
    orientation: 'portrait',
    letterhead: { parent: a.parent, agency: a.name, number: numberLine(c, 'BC'), placeDate: `${a.place}, ${vietnameseDate(reviewDate)}` },
    kind: 'BÁO CÁO',
    summary: [`Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm ${year}`, `và phương hướng, nhiệm vụ 6 tháng cuối năm ${year}`],
    body,
    copies: [`- ${a.board} (b/c);`, `- ${leadersOf(c)};`, `- Các phòng, đơn vị thuộc ${agencyKind(a.nameInText)};`, `- Lưu: VT, ${a.drafter}.`],
    signatures: [{ title: a.signerTitle.toLocaleUpperCase('vi'), name: a.signerName }],
    appendices: [],
  };
}
