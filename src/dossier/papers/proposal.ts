/**
 * The Tờ trình to whoever decides above the agency (the provincial chairman, through the
 * provincial emulation board; a minister): only the titles and awards that are theirs to
 * give, "Kính gửi" filled, the legal basis as printed, the counts (people counted once), the
 * lists with a summary of achievements, signed by the head of the agency.
 */
import type { Authority } from '../../rules/types';
import { basisOn } from '../../rules/presets';
import { titleName } from '../../rules/titles';
import { vietnameseDate } from '../../text/format';
import { para, type Block, type Paper } from '../model';
import { byGrant, grantLine, authorityName, distinctTotals, isDraft, numberLine, placeDateLine, titleLabel, titlesDecidedBy, whoCount, listMemo, type PaperContext } from '../context';
import { listAppendix, titleList, type TitleList } from '../lists';

const FILES: Record<Exclude<Authority, 'agency-head'>, { id: string; file: string }> = {
  'province-chair': { id: 'to-trinh-tinh', file: '04-to-trinh-chu-tich-ubnd-tinh' },
  minister: { id: 'to-trinh-bo', file: '05-to-trinh-bo-truong' },
};

export function proposalPaper(c: PaperContext, authority: Exclude<Authority, 'agency-head'>): Paper | null {
  const rules = titlesDecidedBy(c, authority);
  if (!rules.length) return null;
  const a = c.agencyP;
  const { year, reviewDate } = c.result;
  const draft = isDraft(c, rules);
  const to = authorityName(c, authority);
  const awards = [...new Set(rules.filter((r) => r.kind === 'award').map((r) => titleName(r, 'full').split(' của ')[0]))];
  const hasTitles = rules.some((r) => r.kind === 'title');
  const about = [awards.length ? `tặng ${awards.join(', ')}` : '', hasTitles ? 'công nhận danh hiệu thi đua' : ''].filter(Boolean).join(' và ');
  const totals = distinctTotals(c, rules);
  const through = authority === 'province-chair' ? ` (qua ${a.board})` : '';
  const body: Block[] = [
    // The texts in force on the paper's date (rules/presets basisOn), not every text of the regime.
    ...basisOn(c.ruleSet, reviewDate).map((t) => para('basis', `Căn cứ ${t.printed};`)),
    ...a.basis.map((t) => para('basis', `Căn cứ ${t.replace(/[;.,]\s*$/, '')};`)),
    // Only once the council has voted does the proposal rest on its result.
    ...(draft ? [] : [para('basis', `Căn cứ kết quả bình xét thi đua, khen thưởng năm ${year} của Hội đồng Thi đua - Khen thưởng ${a.nameInText} tại cuộc họp ${vietnameseDate(reviewDate)},`)]),
    para('body', `${a.nameInText} kính trình ${to}${through} xem xét, ${about} cho các tập thể, cá nhân đã có thành tích xuất sắc trong thực hiện nhiệm vụ năm ${year}, cụ thể như sau:`),
    ...byGrant(c, rules).map((g, i) => para('body', `${i + 1}. ${grantLine(g)};`)),
    {
      kind: 'table',
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: 'Danh hiệu, hình thức khen thưởng', width: 56 },
        { header: 'Tập thể', width: 18, align: 'center' },
        { header: 'Cá nhân', width: 18, align: 'center' },
      ],
      rows: [
        ...byGrant(c, rules).map((g, i) => ({ cells: [String(i + 1), titleLabel(g.rule), g.units ? String(g.units) : '', g.persons ? String(g.persons) : ''] })),
        // Totals count people and collectives once, however many titles each is proposed for.
        { kind: 'total' as const, cells: ['', 'Tổng số tập thể, cá nhân được đề nghị', String(totals.units), String(totals.persons)] },
      ],
    },
    para('body', `Tổng cộng: ${whoCount(totals.persons, totals.units)} được đề nghị khen thưởng (có danh sách và báo cáo thành tích kèm theo).`),
    para('body', `${a.nameInText} kính đề nghị ${to} xem xét, quyết định./.`),
  ];
  return {
    id: FILES[authority].id,
    fileName: `${FILES[authority].file}-${year}`,
    label: `Tờ trình đề nghị ${to} ${about} năm ${year}`,
    draft,
    orientation: 'portrait',
    letterhead: { parent: a.parent, agency: a.name, number: numberLine(c, 'TTr'), placeDate: placeDateLine(c, reviewDate, true) },
    kind: 'TỜ TRÌNH',
    summary: [`Về việc đề nghị ${about}`, `năm ${year}`],
    recipients: [to],
    body,
    copies: ['- Như trên;', ...(authority === 'province-chair' ? [`- ${a.board};`] : []), `- Lưu: VT, ${a.drafter}.`],
    signatures: [{ title: a.signerTitle.toLocaleUpperCase('vi'), name: a.signerName }],
    appendices: rules
      .map((r) => titleList(c, r, listMemo(c)))
      .filter((l): l is TitleList => l !== null)
      .map(listAppendix),
  };
}
