import type { Messages } from './types';

/**
 * Why a package could not be read or written (src/ooxml/package-error.ts): one sentence
 * each, naming the file and the part, saying what the clerk can do. `{where}` is filled
 * with the part ("phần xl/worksheets/sheet1.xml") or the sheet and cell.
 */
export const packageMessages: Messages = {
  'package.not-zip': {
    vi: 'Tệp "{file}" không phải sổ Excel .xlsx.',
    en: '"{file}" is not an .xlsx workbook.',
  },
  'package.corrupt': {
    vi: 'Tệp "{file}" bị hỏng ({reason}{where}): mở tệp bằng Excel (Excel sẽ đề nghị sửa), lưu lại rồi chạy lại.',
    en: '"{file}" is damaged ({reason}{where}): open it in Excel (which offers to repair it), save it and run again.',
  },
  'package.corrupt-part': {
    vi: 'Tệp "{file}" bị hỏng: phần {part} {reason}. Mở tệp bằng Excel (Excel sẽ đề nghị sửa), lưu lại rồi chạy lại.',
    en: '"{file}" is damaged: the part {part} {reason}. Open it in Excel (which offers to repair it), save it and run again.',
  },
  'package.where': { vi: ', ở phần {part}', en: ', at the part {part}' },
  'package.reason.truncated': { vi: 'tệp bị cắt cụt, thiếu phần cuối', en: 'the file is cut short' },
  'package.reason.multi-disk': { vi: 'tệp nén chia làm nhiều phần', en: 'a zip split over several files' },
  'package.reason.zip64': { vi: 'mục lục ZIP64 sai', en: 'a broken ZIP64 directory' },
  'package.reason.directory': { vi: 'mục lục của tệp nén sai, hoặc có dữ liệu lạ chèn vào đầu tệp', en: 'a broken zip directory, or data inserted before the zip' },
  'package.reason.overlap': { vi: 'hai mục của tệp nén dùng chung một vùng dữ liệu, kiểu "bom nén"', en: 'two entries of the zip share their data, as in a zip bomb' },
  'package.reason.local-header': { vi: 'đầu mục không khớp với mục lục', en: 'an entry header that disagrees with the directory' },
  'package.reason.size': { vi: 'giải nén ra kích thước khác với kích thước khai báo', en: 'inflates to another size than the one declared' },
  'package.reason.crc': { vi: 'sai mã kiểm tra CRC', en: 'fails its CRC check' },
  'package.reason.deflate': { vi: 'có dữ liệu nén hỏng', en: 'holds broken compressed data' },
  'package.reason.missing': { vi: 'không có trong tệp', en: 'is missing' },
  'package.encrypted': {
    vi: 'Tệp "{file}": phần {part} được mã hoá bằng mật khẩu của tệp nén, không đọc được. Hãy gửi bản sổ không đặt mật khẩu.',
    en: '"{file}": the part {part} is encrypted with a zip password and cannot be read. Send the workbook without the password.',
  },
  'package.method': {
    vi: 'Tệp "{file}": phần {part} được nén theo kiểu số {method}, không phải kiểu Excel dùng; không đọc được. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}": the part {part} is compressed with method {method}, which Excel does not use, and cannot be read. Open it in Excel, save it and run again.',
  },
  'package.too-many-entries': {
    vi: 'Tệp "{file}" có {found} mục, vượt giới hạn {limit} mục (một sổ Excel thường chỉ có vài chục mục): tệp không được đọc, để không làm cạn bộ nhớ máy.',
    en: '"{file}" holds {found} entries, over the limit of {limit} (a workbook usually has a few dozen): it is not read, so as not to exhaust the memory.',
  },
  'package.part-too-large': {
    vi: 'Tệp "{file}": phần {part} khi giải nén lớn hơn {limit} MB, vượt giới hạn an toàn: tệp không được đọc, để không làm cạn bộ nhớ máy. Nếu đó là dữ liệu thật, hãy tách sổ thành nhiều tệp.',
    en: '"{file}": the part {part} inflates to more than {limit} MB, over the safety limit: the file is not read, so as not to exhaust the memory. If the data is real, split the workbook into several files.',
  },
  'package.total-too-large': {
    vi: 'Tệp "{file}": các phần cần đọc khi giải nén vượt quá {limit} MB (đến phần {part}): tệp không được đọc tiếp, để không làm cạn bộ nhớ máy.',
    en: '"{file}": the parts to read inflate to more than {limit} MB (at the part {part}): the file is not read further, so as not to exhaust the memory.',
  },
  'package.duplicate-entry': {
    vi: 'Tệp "{file}" có hai mục cùng tên {part} (không kể chữ hoa, chữ thường): không biết mục nào là thật, tệp không được đọc.',
    en: '"{file}" holds two entries named {part} (ignoring case): which one is real cannot be told, so the file is not read.',
  },
  'package.bad-entry-name': {
    vi: 'Tệp "{file}" có mục tên không hợp lệ "{part}" (đường dẫn tuyệt đối, "..", dấu \\ hoặc ký tự điều khiển): tệp có thể đã bị sửa để tấn công, không được đọc.',
    en: '"{file}" holds an entry with an invalid name "{part}" (an absolute path, "..", a backslash or a control character): it may have been crafted as an attack and is not read.',
  },
  'package.no-workbook': {
    vi: 'Tệp "{file}" là tệp nén zip nhưng không chứa sổ Excel (có thể là tệp Word, PowerPoint hay một tệp nén khác): hãy chọn tệp .xlsx của sổ.',
    en: '"{file}" is a zip file but holds no Excel workbook (it may be a Word or PowerPoint file, or another zip): choose the workbook\'s .xlsx file.',
  },
  'package.doctype': {
    vi: 'Tệp "{file}": phần {part} có khai báo DOCTYPE, điều chuẩn Office Open XML không cho phép và là cách tấn công XXE hay "bom thực thể": tệp không được đọc.',
    en: '"{file}": the part {part} holds a DOCTYPE, which Office Open XML forbids and which is how XXE and entity-expansion attacks come in: the file is not read.',
  },
  'package.xml-too-large': {
    vi: 'Tệp "{file}": phần {part} có hơn {limit} nút XML (phần tử, đoạn chữ, chú thích), vượt xa mọi sổ Excel thật: tệp không được đọc, để không làm cạn bộ nhớ máy. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}": the part {part} holds more than {limit} XML nodes (elements, texts, comments), far beyond any real workbook: the file is not read, so as not to exhaust the memory. Open it in Excel, save it and run again.',
  },
  'package.package-xml-too-large': {
    vi: 'Tệp "{file}": các phần sổ, quan hệ, kiểu nội dung, định dạng và thuộc tính cộng lại có hơn {limit} nút XML (đến phần {part}), vượt xa mọi sổ Excel thật: tệp không được đọc, để không làm cạn bộ nhớ máy.',
    en: '"{file}": the workbook, relationship, content-type, style and property parts hold together more than {limit} XML nodes (at the part {part}), far beyond any real workbook: the file is not read, so as not to exhaust the memory.',
  },
  'package.xml-too-deep': {
    vi: 'Tệp "{file}": phần {part} lồng các thẻ XML quá sâu để đọc: tệp không được đọc. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}": the part {part} nests its XML tags too deeply to be read: the file is not read. Open it in Excel, save it and run again.',
  },
  'package.binary-workbook': {
    vi: 'Tệp "{file}" là sổ Excel nhị phân (.xlsb), không phải .xlsx: mở tệp bằng Excel, chọn Tệp › Lưu thành › "Sổ làm việc Excel (*.xlsx)", rồi chạy lại với tệp .xlsx.',
    en: '"{file}" is an Excel binary workbook (.xlsb), not an .xlsx: open it in Excel, File › Save As › "Excel Workbook (*.xlsx)", and run again on the .xlsx.',
  },
  'package.bad-xml': {
    vi: 'Tệp "{file}": phần {part} không phải XML hợp lệ (dòng {line}, cột {column}). Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}": the part {part} is not well-formed XML (line {line}, column {column}). Open it in Excel, save it and run again.',
  },
  'package.bad-encoding': {
    vi: 'Tệp "{file}": phần {part} không được mã hoá UTF-8 hay UTF-16 như chuẩn yêu cầu. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}": the part {part} is not encoded in UTF-8 or UTF-16 as the standard requires. Open it in Excel, save it and run again.',
  },
  'package.missing-sheet': {
    vi: 'Tệp "{file}": sổ có trang "{sheet}" nhưng thiếu phần dữ liệu của trang đó. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}": the workbook lists the sheet "{sheet}" but its data part is missing. Open it in Excel, save it and run again.',
  },
  'package.duplicate-sheet': {
    vi: 'Tệp "{file}" có hai trang cùng tên "{sheet}" (không kể chữ hoa, chữ thường), điều Excel không cho phép. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}" has two sheets named "{sheet}" (ignoring case), which Excel does not allow. Open it in Excel, save it and run again.',
  },
  'package.bad-cell': {
    vi: 'Tệp "{file}", trang "{sheet}"{cell}: {reason}. Mở tệp bằng Excel, lưu lại rồi chạy lại.',
    en: '"{file}", sheet "{sheet}"{cell}: {reason}. Open it in Excel, save it and run again.',
  },
  'package.cell': { vi: ', ô {cell}', en: ', cell {cell}' },
  'package.reason.reference': { vi: 'có ô nằm ngoài bảng tính của Excel (quá cột XFD hoặc quá dòng 1 048 576)', en: "a cell lies outside Excel's grid (past column XFD or row 1,048,576)" },
  'package.reason.row': { vi: 'có số dòng không hợp lệ', en: 'a row number is invalid' },
  'package.reason.shared-string': { vi: 'ô trỏ tới một chuỗi dùng chung không có trong tệp', en: 'the cell points to a shared string that does not exist' },
  'package.grid-too-large': {
    vi: 'Tệp "{file}": trang "{sheet}" làm vùng dữ liệu của sổ vượt {limit} triệu ô (tính cả các ô trống xen giữa, mỗi ô công thức tính như bốn ô, cộng với các trang đã đọc): không đọc tiếp, để không làm cạn bộ nhớ máy. Hãy xoá các ô thừa nằm xa bảng, hoặc tách sổ.',
    en: '"{file}": the sheet "{sheet}" takes the workbook\'s used ranges past {limit} million cells (empty cells between included, each formula cell counting as four, with the sheets read before): reading stops, so as not to exhaust the memory. Delete stray cells far from the table, or split the workbook.',
  },
  'package.inconsistent': {
    vi: 'Không ghi được sổ kết quả từ "{file}": đọc lại sau khi ghi thấy các trang được liệt kê ({listed}) không khớp với các trang có trong tệp ({present}). Tệp đầu vào không bị thay đổi, không có tệp kết quả nào được ghi.',
    en: 'The result workbook from "{file}" was not written: read back after writing, the sheets it lists ({listed}) do not match the sheets it holds ({present}). The input is unchanged and no result file was written.',
  },
};
