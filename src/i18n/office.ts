import type { Messages } from './types';

/**
 * What the clerk reads when Excel refuses a request (see src/workbook/office-errors.ts):
 * one sentence each, what happened then what to do. A `.sheet` variant names the sheet
 * when the caller knows it. Never the raw Office message or a stack trace.
 */
export const officeMessages: Messages = {
  'office.error.AccessDenied': {
    vi: 'Trang tính đang được bảo vệ hoặc sổ chỉ cho đọc: hãy bỏ bảo vệ (Review › Unprotect Sheet) hoặc bấm Enable Editing rồi ghi lại.',
    en: 'The sheet is protected or the workbook is read-only: unprotect it (Review › Unprotect Sheet) or click Enable Editing, then write again.',
  },
  'office.error.AccessDenied.sheet': {
    vi: 'Trang tính "{sheet}" đang được bảo vệ: hãy bỏ bảo vệ (Review › Unprotect Sheet) rồi ghi lại.',
    en: 'The sheet "{sheet}" is protected: unprotect it (Review › Unprotect Sheet), then write again.',
  },
  'office.error.InvalidOperationInCellEditMode': {
    vi: 'Excel đang ở chế độ sửa ô: nhấn Enter hoặc Esc rồi bấm lại.',
    en: 'Excel is editing a cell: press Enter or Esc, then click again.',
  },
  'office.error.ItemAlreadyExists': {
    vi: 'Sổ đã có một trang tính hoặc tên trùng với tên cần tạo: hãy đổi tên hoặc xoá mục cũ rồi bấm lại.',
    en: 'The workbook already has a sheet or name with the name needed: rename or delete the old one, then click again.',
  },
  'office.error.ItemAlreadyExists.sheet': {
    vi: 'Sổ đã có trang tính "{sheet}": hãy đổi tên hoặc xoá trang đó rồi bấm lại.',
    en: 'The workbook already has a sheet "{sheet}": rename or delete it, then click again.',
  },
  'office.error.ItemNotFound': {
    vi: 'Không tìm thấy trang tính hoặc vùng cần dùng (có thể vừa bị đổi tên hoặc xoá): hãy chọn lại danh sách rồi bấm lại.',
    en: 'The sheet or range needed was not found (it may have just been renamed or deleted): choose the list again, then click again.',
  },
  'office.error.ItemNotFound.sheet': {
    vi: 'Không tìm thấy trang tính "{sheet}" (có thể vừa bị đổi tên hoặc xoá): hãy chọn lại danh sách rồi bấm lại.',
    en: 'The sheet "{sheet}" was not found (it may have just been renamed or deleted): choose the list again, then click again.',
  },
  'office.error.TooLarge': {
    vi: 'Dữ liệu quá lớn để Excel nhận trong một lần: hãy đóng các sổ khác rồi bấm lại, nếu vẫn lỗi thì dùng Excel trên máy tính hoặc công cụ dòng lệnh binh-xet.',
    en: 'The data is too large for Excel to take in one request: close other workbooks and click again; if it still fails, use desktop Excel or the binh-xet command line.',
  },
  'office.error.InsertDeleteConflict': {
    vi: 'Excel không chèn hoặc xoá được ô vì vướng bảng, ô gộp hoặc vùng lọc: hãy bỏ gộp ô, bỏ lọc hoặc chuyển bảng thành vùng thường rồi bấm lại.',
    en: 'Excel could not insert or delete cells because of a table, merged cells or a filter: unmerge, clear the filter or convert the table to a range, then click again.',
  },
  'office.error.InsertDeleteConflict.sheet': {
    vi: 'Excel không chèn hoặc xoá được ô trên trang "{sheet}" vì vướng bảng, ô gộp hoặc vùng lọc: hãy bỏ gộp ô, bỏ lọc hoặc chuyển bảng thành vùng thường rồi bấm lại.',
    en: 'Excel could not insert or delete cells on the sheet "{sheet}" because of a table, merged cells or a filter: unmerge, clear the filter or convert the table to a range, then click again.',
  },
  'office.error.GeneralException': {
    vi: 'Excel gặp lỗi nội bộ khi thực hiện yêu cầu: hãy lưu sổ, đóng rồi mở lại, sau đó bấm lại.',
    en: 'Excel hit an internal error while running the request: save the workbook, close and reopen it, then click again.',
  },
  'office.error.Unauthenticated': {
    vi: 'Phiên đăng nhập Microsoft 365 đã hết hạn: hãy đăng nhập lại rồi bấm lại.',
    en: 'Your Microsoft 365 sign-in has expired: sign in again, then click again.',
  },
  'office.error.ApiNotAvailable': {
    vi: 'Phiên bản Excel này không có chức năng mà phần bổ trợ cần: hãy cập nhật Excel (Microsoft 365 hoặc Excel 2019 trở lên) hoặc dùng Excel trên web.',
    en: 'This version of Excel lacks a feature the add-in needs: update Excel (Microsoft 365 or Excel 2019 or later) or use Excel on the web.',
  },
  'office.error.Busy': {
    vi: 'Excel đang bận hoặc đã ngắt yêu cầu: hãy đợi một lát rồi bấm lại.',
    en: 'Excel is busy or cut the request short: wait a moment, then click again.',
  },
  'office.error.Network': {
    vi: 'Mất kết nối mạng tới Excel: hãy kiểm tra mạng rồi bấm lại.',
    en: 'The network connection to Excel was lost: check the network, then click again.',
  },
  'office.error.Unknown': {
    vi: 'Excel báo một lỗi không xác định: hãy lưu sổ, đóng rồi mở lại và bấm lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ.',
    en: 'Excel reported an unexpected error: save the workbook, close and reopen it and click again; if it still fails, tell support.',
  },
  'office.error.Unknown.code': {
    vi: 'Excel báo lỗi {code}: hãy lưu sổ, đóng rồi mở lại và bấm lại; nếu vẫn lỗi, báo cho bộ phận hỗ trợ kèm mã lỗi này.',
    en: 'Excel reported the error {code}: save the workbook, close and reopen it and click again; if it still fails, tell support this code.',
  },
};
