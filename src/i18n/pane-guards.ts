import type { Messages } from './types';

/**
 * The pane's guards against slips (issue 19): a value out of range, a column another field
 * holds, a result not yet downloaded, a year already closed.
 */
export const paneGuardMessages: Messages = {
  // The preview: what the download holds, and leaving after a write.
  'preview.downloadOriginal': { vi: 'Tải sổ gốc về (chưa có kết quả)', en: 'Download the original workbook (no results yet)' },
  'preview.leave.title': { vi: 'Bỏ kết quả chưa tải về?', en: 'Drop results not downloaded?' },
  'preview.leave.ask': {
    vi: 'Kết quả đã ghi vào sổ "{file}" chỉ nằm trong trình duyệt này. Mở sổ khác thì kết quả đó mất, trừ khi tải về trước.',
    en: 'The results written to "{file}" exist only in this browser. Opening another workbook drops them unless you download them first.',
  },
  'preview.leave.download': { vi: 'Tải sổ kết quả về trước', en: 'Download the results first' },
  'preview.leave.open': { vi: 'Mở "{file}", bỏ kết quả', en: 'Open "{file}", drop the results' },

  // A number out of range is refused, never applied in part (typing 150 must not give 15 %).
  'pane.rules.range.share': { vi: 'Cần một số từ 0 đến 100 %', en: 'A number from 0 to 100 % is needed' },
  'pane.rules.range.count': { vi: 'Cần một số nguyên từ 0 trở lên', en: 'A whole number from 0 up is needed' },
  'pane.rules.kept': { vi: 'Bình xét vẫn dùng {value} (giá trị đã xác nhận trước đó).', en: 'The review still uses {value} (the value confirmed before).' },
  'pane.rules.keptDate': { vi: 'Bình xét vẫn dùng ngày {value}.', en: 'The review still uses {value}.' },

  // A column another field reads is a question, not a side effect.
  'pane.take.title': { vi: 'Cột {col} đang dùng cho "{other}"', en: 'Column {col} is used for "{other}"' },
  'pane.take.ask': {
    vi: 'Mỗi cột chỉ đọc cho một mục. Nếu dùng cột {col} cho "{field}", mục "{other}" sẽ không còn cột nào và bình xét coi như không có số liệu đó (có thể đổi kết quả). Giữ nguyên thì "{field}" vẫn như cũ.',
    en: 'Each column is read for one field. If column {col} is used for "{field}", "{other}" has no column and the review takes it as missing (results may change). Keeping it leaves "{field}" as it was.',
  },
  'pane.take.move': { vi: 'Dùng cột {col} cho "{field}"', en: 'Use column {col} for "{field}"' },
  'pane.take.keep': { vi: 'Giữ cột cho "{other}"', en: 'Keep it for "{other}"' },
  'pane.data.pendingColumn': { vi: 'Cột {col}: nhấn Enter để dùng, Esc để thôi', en: 'Column {col}: press Enter to use it, Esc to cancel' },

  // "Chốt kết quả năm": rows are one per title, so they are told apart from people.
  'pane.results.close.rowsFor': {
    vi: '{n} dòng cho {people} người và {units} đơn vị (mỗi danh hiệu năm {year} một dòng; người hoặc đơn vị không có danh hiệu một dòng ghi xếp loại)',
    en: '{n} rows for {people} people and {units} units (one row per {year} title; one row with the rating for those with no title)',
  },
  'pane.results.close.askRows': {
    vi: 'Sẽ thêm {rows} vào cuối trang "{sheet}". Các dòng đã có giữ nguyên; các trang khác không đổi.',
    en: '{rows} will be added at the end of "{sheet}". Existing rows stay; no other sheet changes.',
  },
  'pane.results.close.askNewRows': { vi: 'Sẽ tạo trang "{sheet}" với {rows}. Các trang khác không đổi.', en: 'The sheet "{sheet}" will be created with {rows}. No other sheet changes.' },
  'pane.results.close.already.title': { vi: 'Năm {year} đã được chốt', en: 'The year {year} is closed already' },
  'pane.results.close.already': {
    vi: 'Trang "{sheet}" đã có đủ các dòng của năm {year}: không có gì để thêm. Nếu cần sửa, sửa trực tiếp trên trang đó.',
    en: 'The sheet "{sheet}" already holds every row of {year}: nothing to add. To correct a row, edit that sheet.',
  },
  'pane.close': { vi: 'Đóng', en: 'Close' },

  'pane.results.lookup.more': { vi: 'Còn {n} kết quả khác: gõ thêm để thu hẹp.', en: '{n} more matches: type more to narrow them.' },

  // A JSON file (plan, agency) that does not read: the place, in the clerk's words, never the engine's English.
  'json.error.at': {
    vi: 'sai cú pháp ở dòng {line}, cột {col} (gần "{near}"): kiểm tra dấu phẩy, dấu ngoặc và dấu ngoặc kép',
    en: 'syntax error at line {line}, column {col} (near "{near}"): check commas, brackets and quotes',
  },
  'json.error.atNoText': {
    vi: 'sai cú pháp ở dòng {line}, cột {col}: kiểm tra dấu phẩy, dấu ngoặc và dấu ngoặc kép',
    en: 'syntax error at line {line}, column {col}: check commas, brackets and quotes',
  },
  'json.error.end': { vi: 'tệp dừng giữa chừng: thiếu dấu đóng "}", "]" hoặc dấu ngoặc kép', en: 'the file stops midway: a closing "}", "]" or quote is missing' },
  'json.error.other': { vi: 'sai cú pháp JSON: kiểm tra dấu phẩy, dấu ngoặc và dấu ngoặc kép', en: 'not valid JSON: check commas, brackets and quotes' },
  // The pane speaks of its own steps, not of the command line's options.
  'warning.plan-other-year.pane': {
    vi: 'Chỉ tiêu đang so với {plan} (kế hoạch năm {planYear}), không phải kế hoạch thi đua năm {year}: nạp kế hoạch của năm ở mục "Chỉ tiêu" bên dưới, hoặc sửa các chỉ tiêu',
    en: 'Targets are measured against {plan} (the {planYear} plan), not the {year} emulation plan: load the year\'s plan under "Targets" below, or edit the targets',
  },

  'pane.data.unnamedField': { vi: 'Cột khác {year}', en: 'Other column {year}' },

  'pane.results.preparing': { vi: 'Đang chuẩn bị các trang kết quả ({done}/{total})…', en: 'Preparing the result sheets ({done}/{total})…' },

  'plan.pane.none': {
    vi: 'Chưa có kế hoạch thi đua của cơ quan: bình xét chưa so với chỉ tiêu nào. Nạp kế hoạch (tệp JSON) để so.',
    en: 'No emulation plan of the agency yet: the review measures no target. Load the plan (a JSON file) to measure them.',
  },

  // The year under review, apart from the meeting date (issue 16's year setting).
  'pane.rules.year': { vi: 'Năm được bình xét', en: 'Year under review' },
  'pane.rules.range.year': { vi: 'Cần một năm từ 1990 đến 2100', en: 'A year from 1990 to 2100 is needed' },
  'pane.change.year': { vi: 'Năm được bình xét: {year}', en: 'Year under review: {year}' },

  'warning.no-plan.pane': {
    vi: 'Chưa nạp kế hoạch thi đua của cơ quan: không có chỉ tiêu để so, văn bản không ghi chỉ tiêu. Nạp kế hoạch ở mục "Chỉ tiêu" bên dưới.',
    en: 'No emulation plan loaded: no targets to measure, and the papers print none. Load the plan under "Targets" below.',
  },
  'warning.plan-other-agency.pane': {
    vi: 'Chỉ tiêu đang so với {plan} của {agency}; sổ này không thấy tên cơ quan đó: nạp kế hoạch của cơ quan ở mục "Chỉ tiêu" bên dưới, hoặc sửa các chỉ tiêu',
    en: 'Targets are measured against {plan} of {agency}, which this workbook does not name: load the agency\'s plan under "Targets" below, or edit the targets',
  },
};
