/**
 * The bảng kê the accountant signs (issue 17, section 1): what the agency's fund pays for the
 * titles and awards its head decides, person by person, with the total in figures and words,
 * and the amount the Quyết định's Điều 2 states. The province pays what its chairman decides
 * (NĐ 152/2025/NĐ-CP Điều 47 khoản 2): not on this list. Amounts from rules/money.ts.
 */
import { awardMoney, type MoneyResult } from '../../rules/money';
import { ruleByKey, titleName } from '../../rules/titles';
import { dongFigures, dongInWords } from '../../text/number-words';
import { para, type Paper, type Row } from '../model';
import { isDraft, placeDateLine, titlesDecidedBy, type PaperContext } from '../context';

/** The money of the review as decided on its date, or undefined when it cannot be worked out. */
export function reviewMoney(c: PaperContext): MoneyResult | undefined {
  const m = awardMoney(c.result, c.ruleSet, c.result.reviewDate);
  return 'problem' in m ? undefined : m;
}

/**
 * What the amounts rest on, as a paper prints it: only what was confirmed is cited (a paper
 * carries no "chưa đối chiếu"; the result sheet says what is not confirmed).
 */
function basisText(m: MoneyResult): string {
  const wage = `mức lương cơ sở ${dongFigures(m.wage.amount)} đồng/tháng${m.wage.confirmed ? ` (${m.wage.by})` : ''}`;
  return [wage, ...(m.table.confirmed ? [m.table.rules] : [])].join('; ');
}

/**
 * Điều 2 of the Quyết định: the amount its fund pays, in figures and words, with the rules it
 * follows; without a known mức lương cơ sở the general sentence.
 */
export function moneyClause(c: PaperContext, fund: string): string {
  const m = reviewMoney(c);
  if (!m || m.totals.agency === 0) return `Các cá nhân, tập thể có tên tại Điều 1 được hưởng tiền thưởng theo quy định hiện hành, từ ${fund}.`;
  return `Các cá nhân, tập thể có tên tại Điều 1 được hưởng tiền thưởng theo quy định (${basisText(m)}), tổng số tiền ${dongFigures(m.totals.agency)} đồng (${dongInWords(m.totals.agency)}), từ ${fund} (có bảng kê kèm theo).`;
}

export function moneyListPaper(c: PaperContext): Paper | null {
  const m = reviewMoney(c);
  if (!m || m.totals.agency === 0) return null;
  const a = c.agencyP;
  const { year, reviewDate } = c.result;
  const rows: Row[] = [];
  let n = 0;
  for (const r of m.rows) {
    const lines = r.lines.filter((l) => l.payer === 'agency' && l.paid > 0);
    if (!lines.length) continue;
    n++;
    lines.forEach((l, j) => {
      rows.push({
        cells: [
          j === 0 ? String(n) : '',
          j === 0 ? r.name : '',
          j === 0 ? (r.unit ?? (r.scope === 'unit' ? 'Tập thể' : '')) : '',
          titleName(ruleByKey(c.ruleSet, l.key)!, 'full'),
          dongFigures(l.paid),
          '',
        ],
      });
    });
  }
  rows.push({ kind: 'total', cells: ['', 'Tổng cộng', '', '', dongFigures(m.totals.agency), ''] });
  return {
    id: 'bang-ke-tien-thuong',
    fileName: `03b-bang-ke-tien-thuong-${year}`,
    label: `Bảng kê chi tiền thưởng thi đua, khen thưởng năm ${year}`,
    draft: isDraft(c, titlesDecidedBy(c, 'agency-head')),
    orientation: 'landscape',
    letterhead: { parent: a.parent, agency: a.name, placeDate: placeDateLine(c, reviewDate, true) },
    kind: 'BẢNG KÊ',
    summary: [`Chi tiền thưởng danh hiệu thi đua, hình thức khen thưởng năm ${year}`, `(Kèm theo Quyết định số        /QĐ-${a.code} của ${a.headInText})`],
    body: [
      para('body', `Căn cứ tính: ${basisText(m)}.`),
      {
        kind: 'table',
        compact: true,
        numbered: true,
        columns: [
          { header: 'STT', width: 6, align: 'center' },
          { header: 'Họ và tên / Tập thể', width: 26 },
          { header: 'Đơn vị', width: 22 },
          { header: 'Danh hiệu, hình thức khen thưởng', width: 30 },
          { header: 'Số tiền (đồng)', width: 14, align: 'right' },
          { header: 'Ký nhận', width: 14 },
        ],
        rows,
      },
      para('body', `Bằng chữ: ${dongInWords(m.totals.agency)}.`),
    ],
    signatures: [
      { title: 'NGƯỜI LẬP BIỂU', instruction: '(Ký, ghi rõ họ và tên)', name: '' },
      { title: 'KẾ TOÁN TRƯỞNG', instruction: '(Ký, ghi rõ họ và tên)', name: '' },
      { title: a.signerTitle.toLocaleUpperCase('vi'), instruction: '(Ký, đóng dấu)', name: a.signerName },
    ],
    appendices: [],
  };
}
