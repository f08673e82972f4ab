/**
 * The Quyết định of the head of the agency: what is his to give (decidedBy 'agency-head'):
 * the titles he recognises (LĐTT, CSTĐCS, TTLĐTT) and the awards he gives (Giấy khen),
 * Điều 1 … Điều 3, nơi nhận, and the lists attached (NĐ 30/2020 Phụ lục III, mẫu 1.3).
 */
import { basisOn } from '../../rules/presets';
import { titleName } from '../../rules/titles';
import { vietnameseDate } from '../../text/format';
import { para, type Block, type Paper } from '../model';
import { byGrant, grantLine, leadersOf, distinctTotals, isDraft, numberLine, placeDateLine, sentence, titleLabel, titlesDecidedBy, whoCount, listMemo, type PaperContext } from '../context';
import { listAppendix, titleList, type TitleList } from '../lists';
import { moneyClause } from './money-list';

export function decisionPaper(c: PaperContext): Paper | null {
  const rules = titlesDecidedBy(c, 'agency-head');
  if (!rules.length) return null;
  const a = c.agencyP;
  const { year, reviewDate } = c.result;
  const draft = isDraft(c, rules);
  const hasTitles = rules.some((r) => r.kind === 'title');
  const awards = [...new Set(rules.filter((r) => r.kind === 'award').map((r) => titleName(r, 'full')))];
  const about = [hasTitles ? 'công nhận danh hiệu thi đua' : '', awards.length ? `tặng ${awards.join(', ')}` : ''].filter(Boolean).join(' và ');
  const body: Block[] = [
    para('center', a.headInText.toLocaleUpperCase('vi')),
    // The texts in force on the paper's date (rules/presets basisOn), not every text of the regime.
    ...basisOn(c.ruleSet, reviewDate).map((t) => para('basis', `Căn cứ ${t.printed};`)),
    ...a.basis.map((t) => para('basis', `Căn cứ ${t.replace(/[;.,]\s*$/, '')};`)),
    ...(a.plan ? [para('basis', `Căn cứ Kế hoạch số ${a.plan.number} ${vietnameseDate(a.plan.date)} của ${a.nameInText} về ${a.plan.about};`)] : []),
    // Before the vote, no "Căn cứ kết quả bình xét … của Hội đồng": the council has not decided.
    ...(draft ? [] : [para('basis', `Căn cứ kết quả bình xét thi đua, khen thưởng năm ${year} của Hội đồng Thi đua - Khen thưởng ${a.nameInText} tại cuộc họp ${vietnameseDate(reviewDate)};`)]),
    para('basis', `Xét đề nghị của Chánh Văn phòng ${a.nameInText} (Thường trực Hội đồng Thi đua - Khen thưởng),`),
    para('center', 'QUYẾT ĐỊNH:'),
    para('body', { text: 'Điều 1. ', bold: true }, `${sentence(about.charAt(0)) + about.slice(1)} năm ${year} cho các cá nhân, tập thể có thành tích trong thực hiện nhiệm vụ năm ${year}, cụ thể:`),
    ...byGrant(c, rules).map((g, i) => para('body', `${i + 1}. ${grantLine(g)};`)),
    para('body', `(Có danh sách kèm theo; tổng số ${whoCount(distinctTotals(c, rules).persons, distinctTotals(c, rules).units)} được khen thưởng).`),
    // The amount its fund pays, in figures and words (money-list.ts, issue 17), or the general sentence.
    para('body', { text: 'Điều 2. ', bold: true }, moneyClause(c, `Quỹ thi đua, khen thưởng của ${a.nameInText}`)),
    para(
      'body',
      { text: 'Điều 3. ', bold: true },
      `Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng, Trưởng các phòng, đơn vị thuộc ${a.nameInText} và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`,
    ),
  ];
  return {
    id: 'quyet-dinh',
    fileName: `03-quyet-dinh-khen-thuong-${year}`,
    label: `Quyết định ${about} năm ${year}`,
    draft,
    orientation: 'portrait',
    letterhead: { parent: a.parent, agency: a.name, number: numberLine(c, 'QĐ'), placeDate: placeDateLine(c, reviewDate, true) },
    kind: 'QUYẾT ĐỊNH',
    summary: [`Về việc ${about}`, `năm ${year}`],
    body,
    copies: ['- Như Điều 3;', `- ${a.board} (b/c);`, `- ${leadersOf(c)};`, `- Lưu: VT, ${a.drafter}.`],
    signatures: [{ title: a.signerTitle.toLocaleUpperCase('vi'), name: a.signerName }],
    appendices: rules
      .map((r) => titleList(c, r, listMemo(c)))
      .filter((l): l is TitleList => l !== null)
      .map(listAppendix),
  };
}

export { titleLabel };
