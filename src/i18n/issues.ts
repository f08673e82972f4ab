import type { Messages } from './types';

/** Data issues found while preparing the input (issue.<code>); the place ("Trang '…'") is added in front. */
export const issueMessages: Messages = {
  'issue.settings-unreadable': {
    vi: 'Cài đặt lưu trong sổ (trang ẩn {settingsSheet}) có phần "{field}" không đọc được ({value}): phần đó bị bỏ qua, các cài đặt khác vẫn được dùng; chọn lại trong ngăn Bình xét nếu cần',
    en: 'The settings kept in the workbook (hidden sheet {settingsSheet}) have a part "{field}" that cannot be read ({value}): that part is ignored, the other settings are used; set it again in the pane if needed',
  },
  'issue.settings-bad-mapping': {
    vi: 'Cài đặt lưu trong sổ (trang ẩn {settingsSheet}) có cách đọc cột của trang "{sheetName}" không hợp lệ ({value}): trang được nhận dạng tự động như chưa từng chỉnh',
    en: 'The settings kept in the workbook (hidden sheet {settingsSheet}) map the columns of sheet "{sheetName}" in a way that is not valid ({value}): the sheet is recognised automatically, as if never corrected',
  },
  'issue.settings-newer': {
    vi: 'Cài đặt trong sổ do phiên bản mới hơn ghi (phiên bản {value}): phần mềm này dùng những gì nó hiểu và giữ nguyên phần còn lại',
    en: 'The settings in the workbook were written by a newer version (version {value}): this one uses what it understands and keeps the rest as it is',
  },
  'issue.settings-foreign-sheet': {
    vi: 'cài đặt (trang ẩn {settingsSheet}) ghi trang này là trang kết quả của phần bổ trợ, nhưng phần bổ trợ không bao giờ đặt tên trang như vậy: trang được giữ nguyên, đọc như dữ liệu của đơn vị và không bị thay thế',
    en: "the settings (hidden sheet {settingsSheet}) list this sheet as one of the add-in's results, but the add-in never gives a sheet this name: it is kept as it is, read as the agency's data and never replaced",
  },
  'issue.legacy-converted': {
    vi: 'Vùng {range} ({cells} ô) gõ bằng bảng mã cũ {encoding}: đã chuyển sang Unicode để đọc, hãy kiểm tra tên và nội dung',
    en: 'Range {range} ({cells} cells) was typed in the old {encoding} encoding: converted to Unicode for reading; please check names and text',
  },
};
