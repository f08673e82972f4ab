import type { Messages } from './types';

/** Data issues found while preparing the input (issue.<code>); the place ("Trang '…'") is added in front. */
export const issueMessages: Messages = {
  'issue.legacy-converted': {
    vi: 'Vùng {range} ({cells} ô) gõ bằng bảng mã cũ {encoding}: đã chuyển sang Unicode để đọc, hãy kiểm tra tên và nội dung',
    en: 'Range {range} ({cells} cells) was typed in the old {encoding} encoding: converted to Unicode for reading; please check names and text',
  },
};
