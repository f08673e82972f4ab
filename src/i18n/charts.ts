import type { Messages } from './types';

/** The "Biểu đồ" sheet: its tables, the charts' titles and series, where each figure comes from. */
export const chartMessages: Messages = {
  'chart.sheet': { vi: 'Biểu đồ', en: 'Biểu đồ' },
  'chart.title': { vi: 'BIỂU ĐỒ KẾT QUẢ THI ĐUA NĂM {year}', en: 'CHARTS OF THE {year} EMULATION RESULTS' },
  'chart.title.mid': { vi: 'BIỂU ĐỒ SƠ KẾT 6 THÁNG NĂM {year} (DỰ KIẾN)', en: 'CHARTS OF THE {year} MID-YEAR REVIEW (PROVISIONAL)' },
  'chart.targets.heading': { vi: 'Chỉ tiêu kế hoạch và kết quả', en: 'Plan targets and results' },
  'chart.targets.source': {
    vi: 'Nguồn: trang "Chỉ tiêu - Kết quả"; chỉ tiêu tỷ lệ tính ra số người cần đạt (làm tròn lên) trên tổng số CBCCVC được xét.',
    en: 'Source: the "Chỉ tiêu - Kết quả" sheet; a share target as the number of people it asks for (rounded up) of the staff reviewed.',
  },
  'chart.units.heading': { vi: 'Danh hiệu cá nhân theo đơn vị', en: 'Person titles by unit' },
  'chart.units.source': { vi: 'Nguồn: trang "KQ cá nhân": số người được đề nghị mỗi danh hiệu, theo đơn vị.', en: 'Source: the "KQ cá nhân" sheet: people proposed for each title, by unit.' },
  'chart.years.heading': { vi: 'Danh hiệu qua các năm', en: 'Titles over the years' },
  'chart.years.source': {
    vi: 'Nguồn: các năm trước theo lịch sử thi đua trong sổ (cột, trang lịch sử); năm {year} theo kết quả bình xét này.',
    en: "Source: past years from the workbook's history (columns or sheet); {year} from this review.",
  },
  'chart.plan': { vi: 'Kế hoạch', en: 'Plan' },
  'chart.achieved': { vi: 'Đạt được', en: 'Achieved' },
  'chart.year': { vi: 'Năm', en: 'Year' },
  'note.charts-unsupported': {
    vi: 'Trang "{sheet}": phiên bản Excel này chưa cho phần bổ trợ vẽ biểu đồ; bảng số liệu vẫn có, chọn bảng rồi Chèn › Biểu đồ để vẽ.',
    en: 'Sheet "{sheet}": this Excel does not let an add-in draw charts; the tables are there: select one and Insert › Chart.',
  },
};
