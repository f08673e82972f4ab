import type { Messages } from './types';

/** The command line's text. */
export const cliMessages: Messages = {
  'cli.usage': {
    vi: `Cách dùng:
  binh-xet review <tệp.xlsx> [tệp2.xlsx …] --out <kết-quả.xlsx> [--json <kết-quả.json>]
                 [--preset {presets}] [--date 2014-12-20] [--year 2014] [--phase mid|year] [--lang vi|en]
                 [--param ID=GIÁ_TRỊ …] [--plan ke-hoach.json] [--map VAI_TRÒ=Trang | TRƯỜNG=Trang!CỘT | header=Trang!DÒNG …]
                 (tệp .csv được đọc như chữ; tệp .xls, .ods được chuyển bằng LibreOffice nếu máy có cài;
                  tên tệp bắt đầu bằng "-": viết "--" trước các tên tệp)
                 --map staff='DS 2024'   trang danh sách cán bộ (units, history, initiatives, ignore)
                 --map rating='DS 2024'!H   cột xếp loại (unit, hireDate, …; để trống sau ! là "không có cột")
                 [--map-value rating:A1="Hoàn thành xuất sắc nhiệm vụ" | discipline:"KT"="Khiển trách" …]  giá trị là mức nào
                 [--docs THƯ_MỤC | --no-docs] [--agency co-quan.json] [--templates THƯ_MỤC_MẪU]
                 văn bản Word (biên bản, quyết định, tờ trình, báo cáo) ghi vào THƯ_MỤC, mặc định <kết-quả>-van-ban
                 [--staff-votes SỐ_THÀNH_VIÊN]  cột tỷ lệ phiếu trong danh sách là kết quả bỏ phiếu của Hội đồng (mặc định: chỉ trang kiểm phiếu)
  binh-xet close-year <tệp.xlsx> --out <tệp-mới.xlsx> [--date …] [--preset …]
                                 chốt kết quả năm: ghi danh hiệu năm nay vào trang "Danh hiệu các năm"
  binh-xet sample <mẫu.xlsx>     ghi sổ mẫu (Sở KH&CN Bắc Giang 2014) để dùng thử
  binh-xet presets               liệt kê các bộ quy định theo thời gian: ngày áp dụng, căn cứ, tham số, mặc định
  --date: ngày họp bình xét; --year: năm được xét (họp tháng 1–3: mặc định năm trước)
  --base-wage: mức lương cơ sở (đồng) khi công cụ chưa có; --fund: số Quỹ thi đua, khen thưởng hiện có (đồng)
  Bộ quy định:
{presetLines}`,
    en: `Usage:
  binh-xet review <file.xlsx> [file2.xlsx …] --out <result.xlsx> [--json <result.json>]
                 [--preset {presets}] [--date 2014-12-20] [--year 2014] [--phase mid|year] [--lang vi|en]
                 [--param ID=VALUE …] [--plan plan.json] [--map ROLE=Sheet | FIELD=Sheet!COLUMN | header=Sheet!ROW …]
                 (.csv files are read as text; .xls, .ods files are converted with LibreOffice when it is installed;
                  a file name starting with "-": put "--" before the file names)
                 --map staff='DS 2024'   the staff list sheet (units, history, initiatives, ignore)
                 --map rating='DS 2024'!H   the rating column (unit, hireDate, …; nothing after ! means "no column")
                 [--map-value rating:A1="Hoàn thành xuất sắc nhiệm vụ" | discipline:"KT"="Khiển trách" …]  what a value means
                 [--docs DIR | --no-docs] [--agency agency.json] [--templates TEMPLATE_DIR]
                 Word papers (minutes, decision, proposals, reports) go to DIR, by default <result>-van-ban
                 [--staff-votes COUNCIL_SIZE]  the staff list's vote column is the council's ballot (default: the tally form only)
  binh-xet close-year <file.xlsx> --out <new.xlsx> [--date …] [--preset …]
                                 closes the year: this year's titles into the sheet "Danh hiệu các năm"
  binh-xet sample <sample.xlsx>  writes the sample workbook (Bac Giang DOST 2014) to try the tool on
  binh-xet presets               lists the rule sets on the legal timeline: dates, legal basis, parameters, defaults
  --date: the meeting date; --year: the year under review (a meeting in January–March: the year before by default)
  --base-wage: the mức lương cơ sở (đồng) where the tool has none; --fund: the agency's emulation fund available (đồng)
  Rule sets:
{presetLines}`,
  },
  'cli.error.oneInput': { vi: 'chốt kết quả năm nhận đúng một tệp', en: 'close-year takes exactly one file' },
  'cli.close.done': {
    vi: 'Đã chốt kết quả năm {year}: thêm {n} dòng vào trang "{sheet}" của {file} ({ambiguous} người cần xác định).',
    en: 'Year {year} closed: {n} rows added to the sheet "{sheet}" in {file} ({ambiguous} people to identify).',
  },
  'cli.close.ambiguous': {
    vi: '? {name} ({unit}): có thể là dòng {rows} của trang lịch sử; chưa ghi, hãy ghi rõ ngày sinh hoặc đơn vị rồi chạy lại',
    en: '? {name} ({unit}): could be row {rows} of the history sheet; not written: add the birth date or unit and run again',
  },
  'cli.close.data-error': { vi: 'Không chốt được: dữ liệu có lỗi cần sửa trước (chạy review để xem).', en: 'Cannot close the year: the data has errors to fix first (run review to see them).' },
  'cli.close.mid-year': { vi: 'Không chốt kết quả ở kỳ sơ kết 6 tháng: chạy với --phase year.', en: 'A mid-year review cannot be closed: run with --phase year.' },
  'cli.close.history-not-ours': {
    vi: 'Sổ đã có trang "{sheet}" do người dùng lập: đổi tên trang đó (phần bổ trợ vẫn đọc nó là lịch sử) rồi chạy lại.',
    en: 'The workbook has a sheet "{sheet}" made by hand: rename it (it is still read as history) and run again.',
  },
  'cli.close.lossy': {
    vi: 'Sổ có macro: đặt tên tệp kết quả .xlsm (tệp .xlsx không giữ được macro).',
    en: 'The workbook holds macros: name the output .xlsm (an .xlsx cannot keep them).',
  },
  'cli.error.usage': { vi: 'Lỗi cú pháp: {detail}', en: 'Usage error: {detail}' },
  'cli.error.unknownOption': {
    vi: 'không hiểu tùy chọn "{option}". Nếu đó là tên tệp bắt đầu bằng dấu "-", hãy viết "--" trước các tên tệp (binh-xet review -- {option} --out kq.xlsx) hoặc "./{option}"',
    en: 'unknown option "{option}". If it is a file whose name starts with "-", put "--" before the file names (binh-xet review -- {option} --out kq.xlsx) or write "./{option}"',
  },
  'cli.error.optionValue': { vi: 'tùy chọn {option} cần một giá trị theo sau', en: 'the option {option} needs a value after it' },
  'cli.error.badArgs': { vi: 'các tham số không đúng cú pháp', en: 'the arguments are not well formed' },
  'cli.error.outExtension': {
    vi: '--out "{file}": tệp kết quả phải có đuôi .xlsx (hoặc .xlsm với sổ có macro), vì nội dung ghi ra là một sổ Excel; đuôi khác thì Excel không mở được',
    en: '--out "{file}": the result file must end in .xlsx (or .xlsm for a workbook with macros), as what is written is an Excel workbook; Excel would not open it under another extension',
  },
  'cli.namesDropped': {
    vi: 'Các tên định nghĩa (Defined Names) của sổ trỏ tới trang kết quả cũ không còn được ghi lại nên đã bỏ: {names}. Công thức dùng các tên này cần sửa lại.',
    en: "The workbook's defined names that pointed at an old result sheet no longer written were taken out: {names}. Formulas using them need fixing.",
  },
  'cli.error.noOut': { vi: 'thiếu --out <tệp kết quả>', en: '--out <result file> is missing' },
  'cli.error.noInput': { vi: 'thiếu tệp .xlsx đầu vào', en: 'no input .xlsx file' },
  'cli.error.sameFile': {
    vi: '{option} "{output}" là tệp đầu vào: tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác',
    en: '{option} "{output}" is the input file: the input is never overwritten; choose another name',
  },
  'cli.error.sameFileOtherName': {
    vi: '{option} "{output}" là chính tệp đầu vào "{input}" (qua một liên kết, một tên khác hoặc chữ hoa/thường): tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác',
    en: '{option} "{output}" is the input file "{input}" (through a link, another name or a change of case): the input is never overwritten; choose another name',
  },
  'cli.error.outputsClash': {
    vi: '{a} "{fileA}" và {b} "{fileB}" là cùng một tệp: tệp này sẽ ghi đè tệp kia; hãy đặt hai tên khác nhau',
    en: '{a} "{fileA}" and {b} "{fileB}" are the same file: one would overwrite the other; choose two different names',
  },
  'cli.error.inputTwice': { vi: 'tệp "{first}" và "{second}" là cùng một tệp, được nêu hai lần', en: '"{first}" and "{second}" are the same file, named twice' },
  'cli.error.unexpected': {
    vi: 'Lỗi không lường trước trong binh-xet; không tệp nào bị thay đổi. Xin gửi dòng sau cho người hỗ trợ: {detail}',
    en: 'An unexpected fault in binh-xet; no file was changed. Please send this line to whoever supports you: {detail}',
  },
  'cli.interrupted': { vi: 'Đã dừng ({signal}) trong khi ghi: không tệp nào bị thay đổi.', en: 'Stopped ({signal}) while writing: no file was changed.' },
  'cli.fs.ENOENT': { vi: 'không có tệp hoặc thư mục này', en: 'there is no such file or folder' },
  'cli.fs.EACCES': { vi: 'không có quyền đọc hoặc ghi ở đó', en: 'permission is denied there' },
  'cli.fs.ENOTREG': { vi: 'đó là {kind}, không phải một tệp thường: binh-xet chỉ đọc và ghi tệp thường', en: 'it is {kind}, not a regular file: binh-xet reads and writes regular files only' },
  'cli.filekind.folder': { vi: 'một thư mục', en: 'a folder' },
  'cli.filekind.character-device': { vi: 'một thiết bị (như /dev/null, /dev/zero)', en: 'a device (like /dev/null, /dev/zero)' },
  'cli.filekind.block-device': { vi: 'một ổ đĩa', en: 'a disk device' },
  'cli.filekind.fifo': { vi: 'một ống dẫn FIFO', en: 'a FIFO (named pipe)' },
  'cli.filekind.socket': { vi: 'một socket', en: 'a socket' },
  'cli.filekind.other': { vi: 'một mục đặc biệt của hệ thống', en: 'a special file' },
  'cli.fs.EISDIR': { vi: 'đó là một thư mục, không phải tệp', en: 'it is a folder, not a file' },
  'cli.fs.ENOTDIR': { vi: 'một phần của đường dẫn là tệp chứ không phải thư mục', en: 'part of the path is a file, not a folder' },
  'cli.fs.ENOSPC': { vi: 'ổ đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại', en: 'the disk is full: free some space and run again' },
  'cli.fs.EDQUOT': { vi: 'đã hết hạn mức dung lượng của tài khoản trên ổ đĩa này', en: 'the disk quota of this account is used up' },
  'cli.fs.EROFS': { vi: 'ổ đĩa chỉ cho đọc', en: 'the disk is read-only' },
  'cli.fs.EBUSY': { vi: 'tệp đang được chương trình khác mở (có thể là Excel): hãy đóng tệp rồi chạy lại', en: 'the file is open in another program (Excel, perhaps): close it and run again' },
  'cli.fs.EMFILE': { vi: 'máy đang mở quá nhiều tệp: hãy đóng bớt chương trình rồi chạy lại', en: 'too many files are open: close some programs and run again' },
  'cli.fs.ENAMETOOLONG': { vi: 'tên tệp hoặc đường dẫn quá dài', en: 'the file name or path is too long' },
  'cli.fs.EEXIST': { vi: 'đã có một tệp cùng tên', en: 'a file of that name exists' },
  'cli.fs.EIO': { vi: 'ổ đĩa báo lỗi đọc/ghi (ổ hỏng hoặc đã rút ra?)', en: 'the disk reported a read/write error (damaged or removed?)' },
  'cli.fs.ELOOP': { vi: 'đường dẫn có liên kết vòng', en: 'the path has a loop of links' },
  'cli.fs.EXDEV': { vi: 'không chuyển được tệp giữa hai ổ đĩa', en: 'the file cannot be moved between two disks' },
  'cli.fs.EFBIG': { vi: 'tệp quá lớn cho ổ đĩa này', en: 'the file is too large for this disk' },
  'cli.fs.other': { vi: 'lỗi hệ thống ({code})', en: 'system error ({code})' },
  'cli.error.badOption': { vi: '{option} không hợp lệ: "{value}" (cần {expected})', en: 'invalid {option}: "{value}" (expected {expected})' },
  'cli.error.unreadable': { vi: 'Không đọc được tệp "{file}": {detail}.', en: 'Cannot read "{file}": {detail}.' },
  'cli.error.notXlsx': {
    vi: 'Tệp "{file}" có dạng sổ Excel .xlsx nhưng không đọc được (tệp hỏng?): mở bằng Excel và lưu lại dạng .xlsx',
    en: '"{file}" looks like an .xlsx workbook but cannot be read (damaged?): open it in Excel and save it again as .xlsx',
  },
  'cli.error.write': { vi: 'Không ghi được tệp "{file}": {detail}. Không tệp nào bị thay đổi.', en: 'Cannot write "{file}": {detail}. No file was changed.' },
  'cli.errors.more': { vi: '✘ … và {n} lỗi khác: xem trang "{sheet}" của sổ kết quả', en: '✘ … and {n} more errors: see the sheet "{sheet}" of the results workbook' },
  'cli.warnings.more': { vi: '⚠ … và {n} cảnh báo khác: xem trang "{sheet}" của sổ kết quả', en: '⚠ … and {n} more warnings: see the sheet "{sheet}" of the results workbook' },
  'cli.stopped': { vi: 'Dừng bình xét: dữ liệu có lỗi cần sửa trước.', en: 'Review stopped: the data has errors to fix first.' },
  'cli.header': { vi: 'Bình xét thi đua – {files}', en: 'Emulation review – {files}' },
  'cli.rules': { vi: 'Quy định: {preset} ({label}) · năm được xét {year} · ngày bình xét {date} · {phase}', en: 'Rules: {preset} ({label}) · year under review {year} · review date {date} · {phase}' },
  'cli.read': { vi: 'Đã đọc: {people} người (trang "{staff}"), {units} đơn vị{unitSheet}', en: 'Read: {people} people (sheet "{staff}"), {units} units{unitSheet}' },
  'cli.read.unitSheet': { vi: ' (trang "{sheet}")', en: ' (sheet "{sheet}")' },
  'cli.read.excluded': { vi: '  {n} dòng không được tính (xem Vấn đề dữ liệu)', en: '  {n} rows left out of the counts (see data issues)' },
  'cli.titles': { vi: 'Danh hiệu đề nghị:', en: 'Titles proposed:' },
  'cli.titles.mid': { vi: 'Dự kiến (sơ kết, chưa phải đề nghị):', en: 'Provisional (mid-year, not nominations):' },
  'cli.title.line': { vi: '  {title}: {n}', en: '  {title}: {n}' },
  'cli.title.overCap': { vi: ' ({n} đủ tiêu chuẩn nhưng vượt tỷ lệ)', en: ' ({n} eligible but over the cap)' },
  'cli.targets': { vi: 'Chỉ tiêu kế hoạch:', en: 'Plan targets:' },
  'cli.target.line': { vi: '  {mark} {label}: kế hoạch {required}, kết quả {actual}{gap}', en: '  {mark} {label}: planned {required}, result {actual}{gap}' },
  'cli.issues': { vi: 'Vấn đề dữ liệu: {errors} lỗi, {warnings} cảnh báo, {infos} thông tin', en: 'Data issues: {errors} errors, {warnings} warnings, {infos} notes' },
  'cli.lossy': {
    vi: 'Sổ đầu vào có macro: tệp .xlsx không giữ được macro, nên kết quả được ghi vào một sổ riêng (đặt tên tệp kết quả .xlsm để ghi vào bản sao).',
    en: 'The input holds macros, which an .xlsx cannot keep: the results go to a separate workbook (name the output .xlsm to write into a copy).',
  },
  'cli.notEditable': {
    vi: 'Sổ đầu vào được lưu ở dạng "Strict Open XML", phần mềm này không sửa trực tiếp: kết quả được ghi vào một sổ riêng. Mở sổ bằng Excel và lưu lại dạng "Excel Workbook (.xlsx)" để ghi vào bản sao.',
    en: 'The input is saved as "Strict Open XML", which this tool does not edit in place: the results go to a separate workbook. Save it again from Excel as "Excel Workbook (.xlsx)" to write into a copy.',
  },
  'cli.close.notEditable': {
    vi: 'Sổ được lưu ở dạng "Strict Open XML", phần mềm này không sửa trực tiếp: mở sổ bằng Excel, lưu lại dạng "Excel Workbook (.xlsx)" rồi chốt lại.',
    en: 'The workbook is saved as "Strict Open XML", which this tool does not edit in place: save it again from Excel as "Excel Workbook (.xlsx)" and close the year again.',
  },
  'cli.error.xlsmWithoutMacros': {
    vi: 'tệp kết quả .xlsm chỉ dùng cho sổ có macro; sổ này không có: đặt tên tệp kết quả .xlsx',
    en: 'an .xlsm output is only for a workbook with macros, and this one has none: name the output .xlsx',
  },
  'cli.kept': {
    vi: 'Sổ đầu vào có {parts}: được giữ nguyên trong bản sao kết quả.',
    en: 'The input holds {parts}: kept as they are in the result copy.',
  },
  'cli.lossy.charts': { vi: 'biểu đồ', en: 'charts' },
  'cli.lossy.pivot-tables': { vi: 'bảng tổng hợp (pivot)', en: 'pivot tables' },
  'cli.lossy.data-validation': { vi: 'kiểm tra dữ liệu (data validation)', en: 'data validation' },
  'cli.lossy.custom-xml': { vi: 'phần XML tuỳ biến', en: 'custom XML parts' },
  'cli.lossy.macros': { vi: 'macro', en: 'macros' },
  'cli.lossy.slicers': { vi: 'slicer/timeline', en: 'slicers or timelines' },
  'cli.lossy.external-links': { vi: 'liên kết ngoài', en: 'external links' },
  'cli.lossy.form-controls': { vi: 'điều khiển biểu mẫu', en: 'form controls' },
  'cli.written': { vi: 'Đã ghi: {file} ({n} trang kết quả: {sheets})', en: 'Written: {file} ({n} result sheets: {sheets})' },
  'cli.replaced': { vi: '  thay thế kết quả lần trước: {sheets}', en: '  replaced earlier results: {sheets}' },
  'cli.json': { vi: 'Đã ghi JSON: {file}', en: 'JSON written: {file}' },
  'cli.sample.written': { vi: 'Đã ghi sổ mẫu: {file}', en: 'Sample workbook written: {file}' },
  'cli.presets.param': { vi: '    {id} = {value}   [{citation}]', en: '    {id} = {value}   [{citation}]' },
  'cli.presets.inForce': { vi: 'Áp dụng cho ngày bình xét từ {from}{to}', en: 'For review dates from {from}{to}' },
  'cli.presets.from': { vi: 'từ {from}', en: 'from {from}' },
  'cli.presets.to': { vi: ' đến {to}', en: ' to {to}' },
  'cli.presets.extends': { vi: '; sửa đổi từ {base}', en: '; changes {base}' },
  'cli.presets.basis': { vi: 'Căn cứ pháp lý:', en: 'Legal basis:' },
  'cli.presets.dateUnconfirmed': { vi: 'ngày ký chưa đối chiếu, không in', en: 'date of signature not confirmed, not printed' },
  'cli.presets.amendment': { vi: 'Từ {from} ({by}):', en: 'From {from} ({by}):' },
  'cli.presets.usageLine': { vi: '    {id}  {label}, ngày bình xét {from}{to}', en: '    {id}  {label}, review dates {from}{to}' },
  'cli.presets.differences': { vi: 'Khác với {base}:', en: 'Differs from {base}:' },
  'cli.presets.changed': { vi: '{id}: {from} → {to}   [{citation}]', en: '{id}: {from} → {to}   [{citation}]' },
  'cli.presets.added': { vi: '{id} = {value} (mới)', en: '{id} = {value} (new)' },
  'cli.error.unknownParam': { vi: 'không có tham số "{id}" (có thể: {suggestions})', en: 'no parameter "{id}" (perhaps: {suggestions})' },
  'cli.error.seePresets': { vi: 'xem "binh-xet presets"', en: 'see "binh-xet presets"' },
};
