/**
 * The Biên bản of the council's meeting (Hội đồng Thi đua - Khen thưởng): who was there,
 * what was reviewed, how each title was decided (a show of hands, or a secret ballot where a
 * cap or a threshold makes the council choose), the result per title, the conclusions split by
 * who decides, signed by the secretary and the chair. Before the tally, the voted titles say
 * so and the paper is a draft.
 */
import type { PersonTitleId, UnitTitleId } from '../../domain/types';
import type { TitleRule } from '../../rules/types';
import { titleName } from '../../rules/titles';
import { decimal, vietnameseDate } from '../../text/format';
import { para, type Block, type Paper } from '../model';
import { byGrant, grantLine, authorityName, awardedCount, count, isDraft, titleLabel, titlesDecidedBy, votedTitles, type PaperContext } from '../context';
import type { MemberSetting } from '../../domain/settings';

const member = (m: MemberSetting) => `- Đồng chí ${m.name}, ${m.position}, ${m.role};`;

/** How many meet the criteria (proposed or left out by the cap only). */
function eligible(c: PaperContext, r: TitleRule): number {
  const ok = (s?: string) => s === 'awarded' || s === 'over-cap';
  return r.scope === 'person' ? c.result.persons.filter((p) => ok(p.verdicts[r.id as PersonTitleId]?.status)).length : c.result.units.filter((u) => ok(u.verdicts[r.id as UnitTitleId]?.status)).length;
}

export function councilHeader(c: PaperContext) {
  return { parent: c.agencyP.name, agency: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG' };
}

export function minutesPaper(c: PaperContext): Paper {
  const a = c.agencyP;
  const { year, reviewDate } = c.result;
  const chair = a.council.find((m) => /^chủ tịch/iu.test(m.role)) ?? { name: a.signerName, position: a.signerTitle, role: 'Chủ tịch Hội đồng' };
  const secretary = a.council.find((m) => /thư ký/iu.test(m.role));
  const members = a.council.filter((m) => m !== chair && m !== secretary);
  const voted = new Set(votedTitles(c).map((r) => r.key));
  const pending = new Set(c.result.pendingVote);
  // A title whose list the pending vote can change (rules/drafts.ts) is only "dự kiến".
  const waits = (r: TitleRule) => c.drafts.has(r.key);
  const all = [...c.ruleSet.titles.filter((r) => r.scope === 'person'), ...c.ruleSet.titles.filter((r) => r.scope === 'unit')].filter((r) => eligible(c, r) > 0 || awardedCount(c, r) > 0);
  const decidedHere = titlesDecidedBy(c, 'agency-head');
  const above = [...titlesDecidedBy(c, 'province-chair'), ...titlesDecidedBy(c, 'minister')];
  const draft = isDraft(c, all);
  const staff = c.result.persons.filter((p) => !p.person.excluded).length;
  const tally = c.result.tally;

  const how = (r: TitleRule): string => {
    if (!voted.has(r.key)) return 'Biểu quyết';
    if (pending.has(r.key)) return 'Bỏ phiếu kín (chờ kiểm phiếu)';
    return 'Bỏ phiếu kín';
  };
  const body: Block[] = [
    para(
      'body',
      `Hôm nay, vào hồi …… giờ …… phút, ${vietnameseDate(reviewDate)}, tại ${a.meetingPlace}, Hội đồng Thi đua - Khen thưởng ${a.nameInText} họp bình xét các danh hiệu thi đua và hình thức khen thưởng năm ${year}.`,
    ),
    para('heading', 'I. THÀNH PHẦN'),
    para('body', `1. Chủ trì: Đồng chí ${chair.name}, ${chair.position}, ${chair.role}.`),
    secretary ? para('body', `2. Thư ký: Đồng chí ${secretary.name}, ${secretary.position}.`) : para('field', '2. Thư ký: ', ''),
    para('body', `3. Thành viên Hội đồng dự họp: …… /${count(a.council.length || 0)} thành viên, gồm:`),
    ...(members.length ? members.map((m) => para('body', member(m))) : [para('field', '- ', ''), para('field', '- ', '')]),
    para('field', 'Vắng mặt (ghi rõ lý do): ', ''),
    para('heading', 'II. NỘI DUNG'),
    para(
      'body',
      `1. Thường trực Hội đồng báo cáo kết quả thực hiện phong trào thi đua năm ${year}${a.plan ? ` theo Kế hoạch số ${a.plan.number} ${vietnameseDate(a.plan.date)} của ${a.nameInText}` : ''}; kết quả đánh giá, xếp loại ${count(staff)} cán bộ, công chức, viên chức, người lao động và ${count(c.result.units.length)} tập thể; đề nghị của các phòng, đơn vị.`,
    ),
    para('body', `2. Hội đồng đối chiếu tiêu chuẩn của từng danh hiệu thi đua, hình thức khen thưởng, thảo luận và thống nhất kết quả bình xét như sau:`),
    {
      kind: 'table',
      compact: true,
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Danh hiệu, hình thức khen thưởng', width: 38 },
        { header: 'Số đủ tiêu chuẩn', width: 14, align: 'center' },
        { header: 'Hình thức xét', width: 20, align: 'center' },
        { header: 'Số được đề nghị', width: 14, align: 'center' },
      ],
      rows: all.map((r, i) => ({
        cells: [
          String(i + 1),
          `${titleLabel(r)} (${r.scope === 'person' ? 'cá nhân' : 'tập thể'})`,
          String(eligible(c, r)),
          how(r),
          waits(r) ? `dự kiến ${awardedCount(c, r)}` : String(awardedCount(c, r)),
        ],
      })),
    },
    ...(voted.size
      ? [
          para(
            'body',
            pending.size
              ? `Đối với ${[...voted].map((k) => titleName({ key: k }, 'short')).join(', ')}: số người đủ tiêu chuẩn vượt số được đề nghị, Hội đồng bỏ phiếu kín; kết quả bỏ phiếu ghi tại Biên bản kiểm phiếu. Số liệu "dự kiến" trên là đề xuất theo thứ tự xếp loại, chưa phải kết quả bỏ phiếu.`
              : `Đối với ${[...voted].map((k) => titleName({ key: k }, 'short')).join(', ')}: Hội đồng bỏ phiếu kín${tally?.valid !== undefined ? ` (${count(tally.valid)} phiếu hợp lệ)` : ''}; chọn những người có số phiếu đồng ý cao nhất trong số được đề nghị${(c.result.ties ?? []).some((x) => x.settled) ? ', và giữa những người bằng phiếu ở suất cuối, những người Hội đồng đã chọn' : ''} (chi tiết tại Biên bản kiểm phiếu kèm theo).`,
          ),
        ]
      : []),
    // A tie at the cap, said as the council must settle it, or as it did.
    ...(c.result.ties ?? []).map((x) =>
      para(
        'body',
        `${titleName({ key: x.title }, 'short')}: các đồng chí ${x.tied.map((p) => p.name).join(', ')} có số phiếu bằng nhau${x.share !== undefined ? ` (${decimal(x.share * 100, 1)} %)` : ''}, cùng xếp loại và số sáng kiến, cho ${count(x.places)} suất còn lại; ${
          x.settled
            ? `Hội đồng đã chọn các đồng chí ${(x.chosen ?? []).map((p) => p.name).join(', ')}.`
            : 'Hội đồng quyết định người được chọn (Chủ tịch Hội đồng quyết định hoặc bỏ phiếu lại giữa những người này).'
        }`,
      ),
    ),
    para('heading', 'III. KẾT LUẬN'),
    para('body', 'Hội đồng Thi đua - Khen thưởng thống nhất:'),
    ...(decidedHere.length
      ? [para('body', `1. Đề nghị ${a.headInText}:`), ...byGrant(c, decidedHere).map((g) => para('body', `- ${grantLine(g)}${g.rules.some(waits) ? ' (dự kiến, chờ kết quả bỏ phiếu)' : ''};`))]
      : []),
    ...(above.length
      ? [
          para('body', `${decidedHere.length ? 2 : 1}. Trình cấp trên khen thưởng:`),
          ...byGrant(c, above).map((g) =>
            para(
              'body',
              `- Đề nghị ${authorityName(c, g.rule.decidedBy)} ${grantLine(g).charAt(0).toLocaleLowerCase('vi') + grantLine(g).slice(1)}${g.rules.some(waits) ? ' (dự kiến, chờ kết quả bỏ phiếu)' : ''};`,
            ),
          ),
        ]
      : []),
    para('body', '(Có danh sách kèm theo)'),
    para('body', `Cuộc họp kết thúc vào hồi …… giờ …… phút cùng ngày. Biên bản đã được đọc lại trước Hội đồng và các thành viên dự họp nhất trí thông qua./.`),
  ];
  return {
    id: 'bien-ban-hop',
    fileName: `01-bien-ban-hop-hoi-dong-${year}`,
    label: `Biên bản họp Hội đồng Thi đua - Khen thưởng năm ${year}`,
    draft,
    orientation: 'portrait',
    letterhead: { ...councilHeader(c), placeDate: `${a.place}, ${vietnameseDate(reviewDate)}` },
    kind: 'BIÊN BẢN',
    summary: [`Họp Hội đồng Thi đua - Khen thưởng bình xét`, `thi đua, khen thưởng năm ${year}`],
    body,
    signatures: [
      { title: 'THƯ KÝ', name: secretary?.name ?? '' },
      { authority: 'TM. HỘI ĐỒNG', title: 'CHỦ TỊCH', name: chair.name },
    ],
    appendices: [],
  };
}
