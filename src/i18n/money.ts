import type { Messages } from './types';

/** The award money sheet (issue 17, section 1). */
export const moneyMessages: Messages = {
  'sheet.money.title': { vi: 'TIỀN THƯỞNG THI ĐUA, KHEN THƯỞNG NĂM {year}', en: 'AWARD MONEY FOR {year}' },
  'sheet.money.subtitle': {
    vi: 'Mức lương cơ sở {wage} đồng/tháng ({wageBy}, từ {wageFrom}{wageNote}); hệ số theo {tableBy}{tableNote}; làm tròn lên hàng chục nghìn đồng; nhiều danh hiệu cùng thời gian chỉ nhận mức cao nhất, danh hiệu và hình thức khen thưởng nhận cả hai ({rules}); cấp nào quyết định thì cấp đó chi',
    en: 'Base wage {wage} đồng/month ({wageBy}, from {wageFrom}{wageNote}); coefficients of {tableBy}{tableNote}; rounded up to ten thousand đồng; several titles for the same period: the highest only, a title and an award: both ({rules}); who decides pays',
  },
  'sheet.money.unconfirmed': { vi: ' — chưa đối chiếu, cần kiểm tra', en: ' — not confirmed, to check' },
  'sheet.money.noWage': {
    vi: 'Chưa tính tiền thưởng: mức lương cơ sở áp dụng ngày {date} ({by}) chưa có trong công cụ; nhập mức lương cơ sở để tính',
    en: 'Award money not worked out: the base wage in force on {date} ({by}) is not known to the tool; enter it to work the money out',
  },
  'col.money.who': { vi: 'Cá nhân, tập thể', en: 'Person, collective' },
  'col.money.title': { vi: 'Danh hiệu, hình thức khen thưởng', en: 'Title, award' },
  'col.money.coefficient': { vi: 'Hệ số', en: 'Coefficient' },
  'col.money.amount': { vi: 'Mức thưởng (đồng)', en: 'Amount (đồng)' },
  'col.money.paid': { vi: 'Được nhận (đồng)', en: 'Paid (đồng)' },
  'col.money.payer': { vi: 'Nơi chi', en: 'Paid by' },
  'money.payer.agency': { vi: 'Quỹ TĐKT cơ quan', en: "The agency's fund" },
  'money.payer.province': { vi: 'Tỉnh', en: 'The province' },
  'money.payer.ministry': { vi: 'Bộ', en: 'The ministry' },
  'money.instead': { vi: 'Không cộng: cùng thời gian với {title}, nhận mức cao hơn', en: 'Not added: same period as {title}, the higher is paid' },
  'money.total.agency': { vi: 'Quỹ thi đua, khen thưởng của cơ quan chi', en: "Paid from the agency's fund" },
  'money.total.province': { vi: 'Tỉnh chi (Chủ tịch UBND tỉnh quyết định)', en: 'Paid by the province (decided by its chairman)' },
  'money.total.ministry': { vi: 'Bộ chi (Bộ trưởng quyết định)', en: 'Paid by the ministry' },
  'money.total.all': { vi: 'Tổng cộng', en: 'Total' },
  'money.total.words': { vi: 'Bằng chữ: {words}', en: 'In words: {words}' },
  'warning.money-no-wage': {
    vi: 'Tiền thưởng chưa tính được: mức lương cơ sở áp dụng ngày {date} ({by}) chưa có trong công cụ: cần cho biết mức lương cơ sở để tính',
    en: 'Award money not worked out: the base wage in force on {date} ({by}) is not known to the tool: give it to work the money out',
  },
  'warning.money-no-wage.pane': {
    vi: 'Tiền thưởng chưa tính được: mức lương cơ sở áp dụng ngày {date} ({by}) chưa có trong công cụ: điền mức lương cơ sở ở mục "Tiền thưởng" dưới đây',
    en: 'Award money not worked out: the base wage in force on {date} ({by}) is not known to the tool: fill it in under "Award money" below',
  },
  'warning.money-over-fund': {
    vi: 'Tiền thưởng do Quỹ thi đua, khen thưởng của cơ quan chi là {total} đồng, vượt số quỹ hiện có {fund} đồng ({over} đồng)',
    en: "The award money paid from the agency's fund is {total} đồng, above the {fund} đồng available (by {over} đồng)",
  },
};
