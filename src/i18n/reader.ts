import type { Messages } from './types';

/** Data issues found while reading the workbook (issue.<code>); the place is added in front. */
export const readerMessages: Messages = {
  'issue.no-staff-sheet': {
    vi: 'Không tìm thấy danh sách cán bộ: cần một trang có dòng tiêu đề với cột "Họ và tên" và "Xếp loại" trong 30 dòng đầu, hoặc chọn trang ở bước Dữ liệu',
    en: 'No staff list found: a sheet needs a header row with "Họ và tên" and "Xếp loại" in its first 30 rows, or choose the sheet in the Data step',
  },
  'issue.no-name-column': { vi: 'Không có cột "Họ và tên": chọn cột họ tên ở bước Dữ liệu', en: 'No name column ("Họ và tên"): choose it in the Data step' },
  'issue.no-name-column-chosen': {
    vi: 'Trang này được chọn làm danh sách cán bộ nhưng không tìm thấy cột "Họ và tên": chọn cột họ tên ở bước Dữ liệu hoặc chọn trang khác',
    en: 'This sheet was chosen as the staff list but has no name column ("Họ và tên"): choose the name column in the Data step or another sheet',
  },
  'issue.staff-only-in-guide': {
    vi: 'Trang này giống danh sách cán bộ nhưng có tên của trang hướng dẫn/mẫu nên không được đọc: đổi tên trang, hoặc chọn nó làm danh sách cán bộ ở bước Dữ liệu',
    en: 'This sheet looks like the staff list but is named like a guide or example sheet, so it is not read: rename it, or choose it as the staff list in the Data step',
  },
  'issue.guide-name-read': {
    vi: 'Trang này có tên như trang hướng dẫn/mẫu nhưng là trang duy nhất có danh sách với cột xếp loại năm nay: đã đọc làm dữ liệu. Nếu đây chỉ là mẫu, bỏ chọn trang này ở mục "Danh sách cán bộ" của bước Dữ liệu',
    en: 'This sheet is named like a guide or example but is the only one holding a list with this year\'s rating: read as data. If it is only an example, unselect it under "Staff list" in the Data step',
  },
  'issue.guide-sheet-skipped': { vi: 'Trang hướng dẫn/mẫu: không đọc làm dữ liệu', en: 'A guide or example sheet: not read as data' },
  'issue.two-columns-rating': {
    vi: 'Hai cột có thể là xếp loại năm nay: dùng cột {used} ({usedRead}/{usedFilled} ô đọc được là xếp loại, như "{usedExample}"), không dùng {others} (cột {otherLetter}: {otherRead}/{otherFilled} ô, như "{otherExample}"). Nếu sai, chọn cột xếp loại ở bước Dữ liệu',
    en: 'Two columns could be this year\'s rating: using {used} ({usedRead}/{usedFilled} cells read as a rating, e.g. "{usedExample}"), not {others} (column {otherLetter}: {otherRead}/{otherFilled}, e.g. "{otherExample}"). If wrong, choose the rating column in the Data step',
  },
  'issue.two-columns-unit': {
    vi: 'Hai cột có thể là đơn vị: dùng cột {used} (cấp phòng, ban; {usedDistinct} đơn vị khác nhau), không dùng {others} ({otherDistinct} đơn vị khác nhau). Nếu sai, chọn cột đơn vị ở bước Dữ liệu',
    en: 'Two columns could be the unit: using {used} (the department level; {usedDistinct} different units), not {others} ({otherDistinct} different units). If wrong, choose the unit column in the Data step',
  },
  'issue.two-columns-unitRating': {
    vi: 'Hai cột có thể là xếp loại tập thể: dùng cột {used} ({usedRead}/{usedFilled} ô đọc được là xếp loại, như "{usedExample}"), không dùng {others} (cột {otherLetter}: {otherRead}/{otherFilled} ô, như "{otherExample}"). Nếu sai, chọn ở bước Dữ liệu',
    en: 'Two columns could be the unit rating: using {used} ({usedRead}/{usedFilled} cells read as a rating, e.g. "{usedExample}"), not {others} (column {otherLetter}: {otherRead}/{otherFilled}, e.g. "{otherExample}"). If wrong, choose it in the Data step',
  },
  'issue.two-columns': {
    vi: 'Hai cột có thể là "{fieldName}": dùng cột {used} ({usedRead}/{usedFilled} ô đọc được, như "{usedExample}"), không dùng {others} (cột {otherLetter}: {otherRead}/{otherFilled} ô đọc được, như "{otherExample}"). Nếu sai, chọn cột "{fieldName}" ở bước Dữ liệu',
    en: 'Two columns could be "{fieldName}": using {used} ({usedRead}/{usedFilled} cells understood, e.g. "{usedExample}"), not {others} (column {otherLetter}: {otherRead}/{otherFilled} understood, e.g. "{otherExample}"). If wrong, choose the "{fieldName}" column in the Data step',
  },
  'issue.column-by-values': {
    vi: 'Không có cột nào có tiêu đề "{fieldName}": dùng cột {used} vì {read}/{filled} ô của nó đọc được là xếp loại (như "{example}"). Nếu sai, chọn cột "{fieldName}" ở bước Dữ liệu',
    en: 'No column is headed "{fieldName}": using {used} because {read}/{filled} of its cells read as ratings (e.g. "{example}"). If wrong, choose the "{fieldName}" column in the Data step',
  },
  'issue.former-agency-column': {
    vi: 'Cột {column} ghi cơ quan, đơn vị trước khi sắp xếp: không dùng làm đơn vị, đơn vị lấy từ cột {used}. Nếu đây là đơn vị hiện nay, chọn cột đơn vị ở bước Dữ liệu',
    en: 'Column {column} names the agency before the reorganisation: not used as the unit, the unit is taken from {used}. If it is the current unit, choose the unit column in the Data step',
  },
  'issue.rating-column-candidates': {
    vi: 'Cột có giá trị giống xếp loại nhất: {columns}. Chọn cột xếp loại ở bước Dữ liệu',
    en: 'Columns whose values come nearest to ratings: {columns}. Choose the rating column in the Data step',
  },
  'issue.former-agency-used': {
    vi: 'Cột {column} ghi cơ quan, đơn vị trước khi sắp xếp nhưng là cột đơn vị duy nhất: dùng làm đơn vị. Nếu các đơn vị nay đã khác, thêm cột đơn vị hiện nay (hoặc dòng tên đơn vị trong bảng), hoặc chọn "không có" cho cột đơn vị ở bước Dữ liệu',
    en: 'Column {column} names the agency before the reorganisation but is the only unit column: used as the unit. If the units are now different, add a column of the current unit (or unit rows in the table), or choose "none" for the unit column in the Data step',
  },
  'issue.former-agency-column-rows': {
    vi: 'Cột {column} ghi cơ quan, đơn vị trước khi sắp xếp: không dùng làm đơn vị, đơn vị lấy từ các dòng tên đơn vị trong bảng (hoặc cột "Chức vụ, đơn vị"). Nếu đây là đơn vị hiện nay, chọn cột đơn vị ở bước Dữ liệu',
    en: 'Column {column} names the agency before the reorganisation: not used as the unit, the unit is taken from the unit rows in the table (or the "position, unit" column). If it is the current unit, choose the unit column in the Data step',
  },
  'issue.not-a-name': { vi: '"{value}" không phải họ tên (số cột hay số thứ tự?): bỏ qua dòng này', en: '"{value}" is not a name (a column number?): row skipped' },
  'issue.unknown-kind': {
    vi: '{count} ô không hiểu (như "{value}"; cần Cá nhân, Tập thể hoặc Hộ gia đình): coi là cá nhân',
    en: '{count} cells not understood (e.g. "{value}"; expected Cá nhân, Tập thể or Hộ gia đình): read as persons',
  },
  'issue.household-row': {
    vi: '{count} dòng là hộ gia đình (dòng đầu ở ô này): không thuộc bình xét cán bộ, bỏ qua',
    en: '{count} rows are households (the first at this cell): not part of a staff review, skipped',
  },
  'issue.unknown-gender': { vi: '{count} ô giới tính không hiểu (như "{value}"): bỏ qua', en: '{count} gender cells not understood (e.g. "{value}"): ignored' },
  'issue.unknown-arrival': {
    vi: '{count} ô không hiểu (như "{value}"; cần Tuyển dụng, Chuyển đến, Điều động…): không biết những người này mới tuyển hay chuyển đến',
    en: '{count} cells not understood (e.g. "{value}"; expected Tuyển dụng, Chuyển đến, Điều động…): recruitment or transfer unknown',
  },
  'issue.arrival-from-note': {
    vi: '{count} người có ghi chú chuyển đến/điều động (như "{value}"): coi là chuyển đến, không phải mới tuyển dụng',
    en: '{count} people have a note saying they were transferred (e.g. "{value}"): read as transferred, not newly recruited',
  },
  'issue.join-date-as-hire': {
    vi: '{count} người ghi "tuyển dụng" chỉ có ngày về cơ quan (người đầu ở ô này): dùng ngày đó làm ngày tuyển dụng',
    en: '{count} recruits have only a joining date (the first at this cell): used as the recruitment date',
  },
  'issue.date-month-only': {
    vi: '{count} ngày chỉ có tháng/năm (như "{value}"): tính từ ngày 01 của tháng',
    en: '{count} dates give only month and year (e.g. "{value}"): counted from the 1st of the month',
  },
  'issue.date-year-only': { vi: '{count} ngày chỉ có năm (như "{value}"): tính từ ngày 01/01', en: '{count} dates give only the year (e.g. "{value}"): counted from 1 January' },
  'issue.unit-column-not-a-unit': {
    vi: '{count} người có cột đơn vị ghi "{value}", không có trong danh sách đơn vị, nằm dưới dòng tên đơn vị (như "{unit}"): dùng đơn vị của dòng đó. Nếu sai, chọn cột đơn vị ở bước Dữ liệu',
    en: '{count} people have "{value}" in the unit column, which is not in the unit list, under a unit row (e.g. "{unit}"): the row\'s unit is used. If wrong, choose the unit column in the Data step',
  },
  'issue.unknown-leave-reason': {
    vi: '{count} lý do nghỉ không hiểu (như "{value}"; cần thai sản, ốm, đi học, tai nạn lao động…): số ngày nghỉ của họ tính như nghỉ thường',
    en: '{count} leave reasons not understood (e.g. "{value}"; expected thai sản, ốm, đi học, tai nạn lao động…): their leave counts as ordinary leave',
  },
  'issue.missing-field-unused': {
    vi: 'Chưa dùng cột nào làm "{fieldName}", nhưng cột {column} có vẻ là cột đó (không được dùng vì tiêu đề ghi năm khác hoặc nằm dưới nhóm khác): nếu đúng, chọn nó làm cột "{fieldName}" ở bước Dữ liệu; nếu không, bình xét chạy như không có cột này ({consequence})',
    en: 'No column is used as "{fieldName}", but column {column} looks like it (not used because its header names another year or sits under another group): if so, choose it as the "{fieldName}" column in the Data step; otherwise the review runs without it ({consequence})',
  },
  'issue.initiative-scope-unused-column': {
    vi: '{count} người có sáng kiến năm nay mà chưa đọc được cấp công nhận (người đầu ở ô này), trong khi cột {column} có vẻ là cấp công nhận nhưng không được dùng: chọn nó làm cột "Cấp công nhận sáng kiến" ở bước Dữ liệu. Đến lúc đó, sáng kiến của họ coi là cấp cơ sở',
    en: '{count} people have an initiative this year with no scope read (the first at this cell), while column {column} looks like the scope but is not used: choose it as the "Initiative scope" column in the Data step. Until then their initiatives count as grassroots',
  },
  'issue.leave-parts-differ': {
    vi: 'Cột tổng ghi {total} ngày nghỉ nhưng các cột tháng/loại nghỉ bên cạnh cộng lại được {sum}: dùng số ở cột tổng; hãy kiểm tra lại',
    en: 'The total column says {total} days of leave but the month/kind columns beside it add up to {sum}: the total is used; please check',
  },
  'issue.bad-leave-mark': { vi: 'Không hiểu "{value}" (cần số ngày, hoặc x): bỏ qua', en: '"{value}" not understood (expected a number of days, or x): ignored' },
  'issue.leave-months-as-mark': {
    vi: '"{value}" tính bằng tháng, không phải ngày: coi như toàn bộ thời gian nghỉ là loại nghỉ này',
    en: '"{value}" is in months, not days: the whole leave is taken to be of this kind',
  },
  'issue.exempt-leave-mark': {
    vi: '{count} người chỉ đánh dấu nghỉ chế độ, không ghi số ngày (người đầu ở ô này): coi như toàn bộ thời gian nghỉ của họ là nghỉ chế độ (được tính là thời gian làm việc)',
    en: '{count} people have leave marked without a day count (the first at this cell): their whole leave is taken as exempt (counted as time worked)',
  },
  'issue.discipline-other-year': {
    vi: 'Kỷ luật quyết định năm {decided}, không phải năm {year} và không ghi thời hạn còn hiệu lực: không tính cho năm {year} (ghi "Thời hạn kỷ luật" nếu còn đang thi hành)',
    en: 'Discipline decided in {decided}, not {year}, with no end date still running: not counted for {year} (add its end date if it still runs)',
  },
  'issue.unknown-scope': { vi: 'Không hiểu cấp công nhận "{value}" (cần Cơ sở hoặc Tỉnh/Bộ): bỏ qua', en: 'Recognition scope "{value}" not understood (expected Cơ sở or Tỉnh/Bộ): ignored' },
  'issue.initiative-scope-unknown': {
    vi: '{count} người có sáng kiến năm nay mà không ghi cấp công nhận (người đầu ở ô này): coi là cấp cơ sở, nên họ không đạt tiêu chí sáng kiến cấp tỉnh của CSTĐ tỉnh. Thêm cột "Cấp công nhận" nếu có sáng kiến cấp tỉnh',
    en: '{count} people have an initiative this year with no recognition scope (the first at this cell): taken as grassroots, so they miss the provincial-initiative criterion of CSTĐ tỉnh. Add a "Cấp công nhận" column if some are provincial',
  },
  'issue.initiative-scope-unknown-list': {
    vi: '{count} người có sáng kiến trong danh sách sáng kiến mà không ghi cấp công nhận: coi là cấp cơ sở (không đạt tiêu chí sáng kiến cấp tỉnh của CSTĐ tỉnh)',
    en: '{count} people have initiatives in the list with no recognition scope: taken as grassroots (they miss the provincial-initiative criterion of CSTĐ tỉnh)',
  },
  'issue.position-unit-split': {
    vi: 'Cột "Chức vụ, đơn vị" được tách thành chức vụ và đơn vị ({count} dòng; như "{value}" → chức vụ "{position}", đơn vị "{unit}"): hãy kiểm tra',
    en: 'The "position, unit" column was split ({count} rows; e.g. "{value}" → position "{position}", unit "{unit}"): please check',
  },
  'issue.position-unit-unsplit': {
    vi: 'Không tách được đơn vị trong "{value}": người này không thuộc đơn vị nào (ghi "Chức vụ, Tên đơn vị" hoặc thêm cột Đơn vị)',
    en: 'No unit found in "{value}": this person belongs to no unit (write "Position, Unit name" or add a unit column)',
  },
  'issue.no-unit-name-column': {
    vi: 'Trang này được chọn làm danh sách đơn vị nhưng không có cột tên đơn vị: không đọc được đơn vị nào (chọn cột ở bước Dữ liệu)',
    en: 'This sheet was chosen as the unit list but has no unit-name column: no unit read (choose it in the Data step)',
  },
  'issue.history-columns-missing': { vi: 'Trang lịch sử thiếu cột {missing}: không đọc được', en: 'The history sheet lacks the column(s) {missing}: not read' },
  'issue.initiative-year-assumed': {
    vi: 'Danh sách sáng kiến không ghi năm công nhận (từ dòng này): coi là sáng kiến năm {year}',
    en: 'The initiatives list gives no year (from this row on): taken as initiatives of {year}',
  },
  'issue.join-date-only': {
    vi: '{count} người chỉ có ngày về cơ quan, không có ngày tuyển dụng và không ghi tuyển dụng hay chuyển đến (người đầu ở ô này): coi như không phải mới tuyển dụng; nếu là người mới tuyển, ghi ngày tuyển dụng',
    en: '{count} people have only a joining date, no recruitment date and no "recruited/transferred" (the first at this cell): not taken as new recruits; for a new recruit, fill in the recruitment date',
  },
  'issue.initiative-author-unmatched': {
    vi: 'Tác giả "{value}" không có trong danh sách cán bộ: sáng kiến này không được tính cho ai',
    en: 'Author "{value}" is not in the staff list: this initiative counts for nobody',
  },
  'issue.initiative-author-ambiguous': {
    vi: 'Có {count} người tên "{value}" ({places}): không biết sáng kiến của ai nên chưa tính; thêm cột đơn vị hoặc năm sinh vào danh sách sáng kiến',
    en: '{count} people are named "{value}" ({places}): the initiative is not counted; add the unit or birth year to the initiatives list',
  },
  'issue.history-text-unplaced': {
    vi: '"{value}" có danh hiệu nhưng không ghi năm: bỏ qua (ghi như "CSTĐCS 2012, 2013")',
    en: '"{value}" names a title without a year: ignored (write e.g. "CSTĐCS 2012, 2013")',
  },
  'issue.missing-unit': {
    vi: 'Không tìm thấy cột đơn vị (hay dòng tên phòng chia nhóm): mọi người được xếp vào một danh sách chung, không thuộc đơn vị nào; danh hiệu tập thể không xét được. Chọn cột đơn vị ở bước Dữ liệu',
    en: 'No unit column (nor section rows) found: everyone is in one list with no unit; collective titles cannot be reviewed. Choose the unit column in the Data step',
  },
  'issue.missing-hireDate': {
    vi: 'Không tìm thấy cột ngày tuyển dụng (hay số tháng công tác): không xét được điều kiện mới tuyển dụng, coi như mọi người đã công tác đủ thời gian',
    en: 'No recruitment date (nor months worked) column found: the new-recruit condition cannot be checked; everyone is taken to have worked long enough',
  },
  'issue.missing-hireDate-join': {
    vi: 'Chỉ có ngày về cơ quan ({column}), không có ngày tuyển dụng: người chuyển đến được xét cả năm nên ngày này không dùng cho điều kiện mới tuyển dụng. Nếu đó là ngày tuyển dụng, chọn nó cho "Ngày tuyển dụng" ở bước Dữ liệu',
    en: 'Only a joining date ({column}), no recruitment date: transferred staff are reviewed on the whole year, so this date is not used for the new-recruit condition. If it is the recruitment date, choose it as "Ngày tuyển dụng" in the Data step',
  },
  'issue.missing-leaveDays': {
    vi: 'Không tìm thấy cột số ngày nghỉ: coi như không ai nghỉ, không xét được điều kiện số ngày nghỉ',
    en: 'No leave-days column found: nobody is taken to have been on leave; the leave condition cannot be checked',
  },
  'issue.missing-leaveDays-unused': {
    vi: 'Không tìm thấy cột số ngày nghỉ; quy định đang áp dụng ({preset}) không xét số ngày nghỉ nên không ảnh hưởng kết quả',
    en: 'No leave-days column found; the rules in use ({preset}) have no leave condition, so the results are not affected',
  },
  'issue.missing-discipline': { vi: 'Không tìm thấy cột kỷ luật: coi như không ai bị kỷ luật', en: 'No discipline column found: nobody is taken to have been disciplined' },
  'issue.missing-initiative': {
    vi: 'Không tìm thấy cột sáng kiến/đề tài (hay trang danh sách sáng kiến): coi như không ai có sáng kiến, nên không ai đạt tiêu chí sáng kiến của CSTĐCS, CSTĐ tỉnh, Bằng khen',
    en: 'No initiative/research column (nor initiatives sheet) found: nobody is taken to have an initiative, so nobody meets the initiative criteria of CSTĐCS, CSTĐ tỉnh, Bằng khen',
  },
  'issue.missing-historyText': {
    vi: 'Không tìm thấy kết quả các năm trước (cột năm trước, cột thành tích, hay trang lịch sử): không xét được CSTĐ tỉnh, Bằng khen (cần các năm liên tục)',
    en: 'No past years found (past-year columns, a record column, or a history sheet): CSTĐ tỉnh and Bằng khen cannot be reached (they need consecutive years)',
  },
  'issue.missing-unit-sheet': {
    vi: 'Không có danh sách đơn vị: tên đơn vị lấy từ danh sách cán bộ, không có xếp loại tập thể nên không đơn vị nào đạt danh hiệu tập thể',
    en: 'No unit list: unit names come from the staff list; with no unit rating, no unit can get a collective title',
  },
  'issue.missing-unitRating': {
    vi: 'Danh sách đơn vị không có cột xếp loại tập thể: không đơn vị nào đạt danh hiệu tập thể',
    en: 'The unit list has no unit-rating column: no unit can get a collective title',
  },
  'issue.missing-clusterChoice': {
    vi: 'Danh sách đơn vị không có cột ghi kết quả bình chọn Cờ thi đua của khối thi đua (như "Cờ thi đua", "Đề nghị Cờ thi đua"): không đơn vị nào được đề nghị Cờ thi đua',
    en: 'The unit list has no column recording the emulation cluster\'s choice for the flag (such as "Cờ thi đua"): no unit is proposed for the emulation flag',
  },
  'issue.columns-not-used': { vi: '{count} cột không dùng cho bình xét: {columns}', en: '{count} columns not used by the review: {columns}' },
  'issue.sheets-not-read-none': {
    vi: 'Không đọc các trang {sheets}: không nhận ra danh sách nào (chọn vai trò ở bước Dữ liệu nếu cần)',
    en: 'Sheets not read: {sheets} (no list recognised; choose a role in the Data step if needed)',
  },
  'issue.sheets-not-read-hidden': { vi: 'Không đọc các trang ẩn {sheets} (danh mục tra cứu…)', en: 'Hidden sheets not read: {sheets} (lookup lists…)' },
  'issue.sheets-not-read-guide': {
    vi: 'Không đọc các trang hướng dẫn/mẫu {sheets}: ví dụ trong đó không phải dữ liệu',
    en: 'Guide or example sheets not read: {sheets} (their examples are not data)',
  },
  'issue.sheets-not-read-ignored': { vi: 'Không đọc các trang {sheets}: đã chọn "bỏ qua"', en: 'Sheets not read: {sheets} (set to "ignore")' },
  'issue.sheets-not-read-plan': {
    vi: 'Không đọc các trang {sheets} làm sáng kiến đã công nhận: đó là đăng ký, kế hoạch (chưa được công nhận). Nếu là sáng kiến đã công nhận, chọn trang làm danh sách sáng kiến ở bước Dữ liệu',
    en: 'Sheets {sheets} not read as recognised initiatives: they are a registration or plan (not yet recognised). If they are recognised initiatives, choose the sheet as the initiatives list in the Data step',
  },
  'issue.sheets-not-read-second': { vi: 'Không đọc các trang {sheets}: đã có một danh sách cùng loại', en: 'Sheets not read: {sheets} (a list of the same kind is already used)' },
  'cli.issues.warnings': {
    vi: 'Vấn đề dữ liệu: {warnings} cảnh báo, {infos} thông tin (không có lỗi chặn, nhưng chưa đọc được hết: xem các cảnh báo ở trên và trang "Vấn đề dữ liệu")',
    en: 'Data issues: {warnings} warnings, {infos} notes (nothing blocking, but not everything was read: see the warnings above and the sheet "Vấn đề dữ liệu")',
  },
  'cli.mapValue.saved': {
    vi: 'Đã lưu {n} lựa chọn --map-value trong sổ kết quả (dùng lại ở lần bình xét sau và trong phần bổ trợ)',
    en: '{n} --map-value choices saved in the result workbook (used again next time and in the add-in)',
  },
  'cli.map.saved': {
    vi: 'Đã lưu {n} lựa chọn --map trong sổ kết quả (dùng lại ở lần bình xét sau và trong phần bổ trợ)',
    en: '{n} --map choices saved in the result workbook (used again next time and in the add-in)',
  },
  'cli.error.mapSheet': { vi: 'không có trang "{sheet}" (các trang: {sheets})', en: 'no sheet "{sheet}" (sheets: {sheets})' },
  'cli.kind.xls': { vi: 'sổ Excel 97–2003 (.xls)', en: 'an Excel 97–2003 workbook (.xls)' },
  'cli.kind.ods': { vi: 'bảng tính OpenDocument (.ods)', en: 'an OpenDocument spreadsheet (.ods)' },
  'cli.kind.csv': { vi: 'tệp văn bản phân cách (.csv)', en: 'a delimited text file (.csv)' },
  'cli.kind.html': { vi: 'trang HTML (bảng do phần mềm khác xuất ra)', en: 'an HTML page (a table exported by other software)' },
  'cli.kind.xml2003': { vi: 'sổ Excel dạng XML 2003', en: 'an Excel 2003 XML workbook' },
  'cli.input.converted': {
    vi: 'Tệp "{file}" là {kind}: đã chuyển sang .xlsx bằng LibreOffice để đọc (tệp gốc không đổi; kết quả ghi vào bản .xlsx)',
    en: '"{file}" is {kind}: converted to .xlsx with LibreOffice to be read (the original is unchanged; results go to the .xlsx copy)',
  },
  'cli.input.csvRead': {
    vi: 'Tệp "{file}" là tệp văn bản phân cách ({encoding}, phân cách "{delimiter}"): đọc mọi ô như chữ, không ô nào thành công thức, thành trang "{sheet}" của một sổ .xlsx mới (tệp gốc không đổi)',
    en: '"{file}" is a delimited text file ({encoding}, separated by "{delimiter}"): every cell read as text, none becomes a formula, as the sheet "{sheet}" of a new .xlsx (the original is unchanged)',
  },
  'cli.input.csvQuotes': {
    vi: '⚠ Tệp có dấu ngoặc kép " mở mà không đóng (dòng {rows}): phần sau đó được đọc vào một ô; hãy kiểm tra tệp',
    en: '⚠ The file has a quote " opened and never closed (row {rows}): what follows is read into one cell; check the file',
  },
  'cli.csv.encoding.utf-8': { vi: 'UTF-8', en: 'UTF-8' },
  'cli.csv.encoding.utf-16le': { vi: 'Unicode UTF-16, như Excel lưu "Unicode Text"', en: 'Unicode UTF-16, as Excel saves "Unicode Text"' },
  'cli.csv.encoding.utf-16be': { vi: 'Unicode UTF-16 BE', en: 'Unicode UTF-16 BE' },
  'cli.csv.encoding.windows-1258': { vi: 'bảng mã Windows-1258', en: 'Windows-1258' },
  'cli.input.xls': {
    vi: 'Tệp "{file}" là sổ Excel 97–2003 (.xls), phần mềm chỉ đọc .xlsx và máy chưa cài LibreOffice để tự chuyển: mở tệp bằng Excel, chọn Tệp › Lưu thành › "Sổ làm việc Excel (*.xlsx)", rồi chạy lại với tệp .xlsx',
    en: '"{file}" is an Excel 97–2003 workbook (.xls); only .xlsx is read and LibreOffice is not installed to convert it: open it in Excel, File › Save As › "Excel Workbook (*.xlsx)", and run again on the .xlsx',
  },
  'cli.input.ods': {
    vi: 'Tệp "{file}" là bảng tính OpenDocument (.ods) và máy chưa cài LibreOffice để tự chuyển: hãy lưu thành .xlsx (Tệp › Lưu thành › "Excel 2007-365 (.xlsx)"), rồi chạy lại',
    en: '"{file}" is an OpenDocument spreadsheet (.ods) and LibreOffice is not installed to convert it: save it as .xlsx (File › Save As › "Excel 2007-365 (.xlsx)") and run again',
  },
  'cli.input.csv': {
    vi: 'Tệp "{file}" là tệp văn bản phân cách (.csv), không phải sổ Excel, và máy chưa cài LibreOffice để tự chuyển: mở bằng Excel (chọn bảng mã Unicode UTF-8 để giữ dấu tiếng Việt) rồi Lưu thành .xlsx',
    en: '"{file}" is a delimited text file (.csv), not a workbook, and LibreOffice is not installed to convert it: open it in Excel (choose Unicode UTF-8 to keep Vietnamese marks) and save it as .xlsx',
  },
  'cli.input.html': {
    vi: 'Tệp "{file}" là một trang HTML (thường do phần mềm khác xuất ra với đuôi .xls), không phải sổ Excel, và máy chưa cài LibreOffice để tự chuyển: mở bằng Excel rồi Lưu thành "Sổ làm việc Excel (*.xlsx)"',
    en: '"{file}" is an HTML page (often exported by other software with an .xls name), not a workbook, and LibreOffice is not installed to convert it: open it in Excel and save it as "Excel Workbook (*.xlsx)"',
  },
  'cli.input.xml2003': {
    vi: 'Tệp "{file}" là sổ Excel dạng XML 2003 và máy chưa cài LibreOffice để tự chuyển: mở bằng Excel rồi Lưu thành .xlsx',
    en: '"{file}" is an Excel 2003 XML workbook and LibreOffice is not installed to convert it: open it in Excel and save it as .xlsx',
  },
  'cli.input.encrypted': {
    vi: 'Tệp "{file}" có mật khẩu mở: mở bằng Excel, gỡ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc) và lưu lại, rồi chạy lại',
    en: '"{file}" is protected by a password: open it in Excel, remove the password (File › Info › Protect Workbook), save, and run again',
  },
  'cli.input.other': {
    vi: 'Tệp "{file}" không phải sổ Excel .xlsx, cũng không phải .xls, .ods hay .csv: hãy chọn đúng tệp danh sách cán bộ',
    en: '"{file}" is not an .xlsx workbook, nor an .xls, .ods or .csv file: choose the staff list file',
  },
  'cli.input.failed': {
    vi: 'Tệp "{file}" là {kind} nhưng LibreOffice không chuyển được ({detail}): mở bằng Excel và lưu thành .xlsx',
    en: '"{file}" is {kind} but LibreOffice could not convert it ({detail}): open it in Excel and save it as .xlsx',
  },
  'issue.header-year-differs': {
    vi: 'Nhóm cột "{header}" ghi năm {from} nhưng đây là bình xét năm {year}, và không có cột xếp loại năm {year} nào khác: đọc các cột của nhóm này là kết quả năm {year}. Nếu không đúng, sửa tiêu đề hoặc chọn cột ở bước Dữ liệu',
    en: 'The column group "{header}" says {from} but this is the {year} review, and no other column gives the {year} rating: its columns are read as the {year} results. If wrong, fix the header or choose the columns in the Data step',
  },
  'issue.unknown-registered': { vi: '{count} ô đăng ký thi đua không nhận ra danh hiệu (như "{value}"): bỏ qua', en: '{count} registration cells name no known title (e.g. "{value}"): ignored' },
  'issue.unknown-cluster-choice': {
    vi: 'Ô "{value}" ở cột Cờ thi đua không rõ là được bình chọn hay không: coi như chưa được bình chọn (ghi "x" hoặc "đề nghị" nếu được chọn)',
    en: 'Cell "{value}" in the emulation-flag column is neither a mark nor a no: taken as not chosen (write "x" if chosen)',
  },
  'issue.unreadable': { vi: 'Không hiểu "{value}": bỏ qua', en: '"{value}" not understood: ignored' },
  'issue.no-rating-column': { vi: 'Không có cột "Xếp loại" năm nay: chọn cột xếp loại ở bước Dữ liệu', en: 'No rating column for this year: choose it in the Data step' },
  'issue.two-staff-sheets': {
    vi: 'Hai trang giống danh sách cán bộ: dùng "{used}", bỏ qua "{other}" — {shared} trong {count} người của "{other}" cũng có ở "{used}" (cùng tên, năm sinh) nên đây là bản sao, không gộp.',
    en: 'Two sheets look like the staff list: using "{used}", ignoring "{other}" — {shared} of the {count} people of "{other}" are also on "{used}" (same name, birth year), so it is a copy and is not merged.',
  },
  'issue.staff-sheets-merged': {
    vi: 'Danh sách cán bộ gồm {count} trang, đã đọc cả và gộp lại ({people} người): {sheets}',
    en: 'The staff list is kept over {count} sheets, all read and merged ({people} people): {sheetsEn}',
  },
  'issue.staff-sheets-overlap': {
    vi: '"{a}" và "{b}" có {shared} người trùng tên và năm sinh (trong {count}): vẫn gộp như hai phần của một danh sách',
    en: '"{a}" and "{b}" share {shared} people by name and birth year (of {count}): still merged as two parts of one list',
  },
  'issue.same-name-two-sheets': {
    vi: '"{value}" (sinh năm {birth}) ở dòng {row}, đơn vị "{unit}", trùng tên và năm sinh với {first}, đơn vị "{firstUnit}": đơn vị khác nhau nên tính là hai người; nếu là một người, xoá một dòng',
    en: '"{value}" (born {birth}) at row {row}, unit "{unit}", has the name and birth year of {firstEn}, unit "{firstUnit}": the units differ, so counted as two people; if it is one person, delete one row',
  },
  'issue.sheet-unit-title': {
    vi: 'Không có cột đơn vị: {count} người của trang được xếp vào đơn vị "{unit}", lấy từ dòng tiêu đề "{title}"',
    en: 'No unit column on this sheet: its {count} people are given the unit "{unit}", from the title row "{title}"',
  },
  'issue.sheet-unit-name': {
    vi: 'Không có cột đơn vị: {count} người của trang được xếp vào đơn vị "{unit}", theo tên trang',
    en: 'No unit column on this sheet: its {count} people are given the unit "{unit}", from the sheet\'s name',
  },
  'issue.sheet-unit-unknown': {
    vi: 'Không có cột đơn vị, và đơn vị của trang ("{unit}", từ dòng tiêu đề hay tên trang) không có trong danh sách đơn vị: {count} người của trang không thuộc đơn vị nào của danh sách, không được tính vào danh hiệu tập thể. Sửa tên trang hay dòng tiêu đề theo danh sách đơn vị, hoặc thêm cột đơn vị',
    en: 'No unit column on this sheet, and its unit ("{unit}", from a title row or the sheet\'s name) is not in the unit list: its {count} people belong to no listed unit and do not count toward any collective title. Name the sheet or its title row as in the unit list, or add a unit column',
  },
  'issue.missing-rating': { vi: 'Chưa có xếp loại: người này không được tính', en: 'No rating: this person is left out of the counts' },
  'issue.unknown-rating': {
    vi: 'Xếp loại "{value}" không hiểu được ({count} người, người đầu ở ô này; các ô {cells}): những người này không được tính. Ở bước Dữ liệu, chọn "{value}" là mức xếp loại nào (HTXSNV, HTTNV, HTNV hay KHTNV)',
    en: 'Rating "{value}" not understood ({count} people, the first at this cell; cells {cells}): left out of the counts. In the Data step, choose which rating "{value}" means (HTXSNV, HTTNV, HTNV or KHTNV)',
  },
  'issue.unknown-rating-past': {
    vi: 'Xếp loại năm trước "{value}" không hiểu được ({count} ô: {cells}): bỏ qua. Ở bước Dữ liệu, chọn "{value}" là mức xếp loại nào',
    en: 'Past rating "{value}" not understood ({count} cells: {cells}): ignored. In the Data step, choose which rating "{value}" means',
  },
  'issue.unknown-unit-rating': {
    vi: 'Xếp loại tập thể "{value}" không hiểu được ({count} ô: {cells}): các tập thể này không có xếp loại. Ở bước Dữ liệu, chọn "{value}" là mức xếp loại nào',
    en: 'Unit rating "{value}" not understood ({count} cells: {cells}): these units have no rating. In the Data step, choose which rating "{value}" means',
  },
  'issue.unknown-rating.cli': { vi: 'dòng lệnh: --map-value rating:"{value}"=HTTNV (hoặc HTXSNV, HTNV, KHTNV)', en: 'command line: --map-value rating:"{value}"=HTTNV (or HTXSNV, HTNV, KHTNV)' },
  'issue.unknown-rating-past.cli': { vi: 'dòng lệnh: --map-value rating:"{value}"=HTTNV (hoặc HTXSNV, HTNV, KHTNV)', en: 'command line: --map-value rating:"{value}"=HTTNV (or HTXSNV, HTNV, KHTNV)' },
  'issue.unknown-unit-rating.cli': { vi: 'dòng lệnh: --map-value rating:"{value}"=HTTNV (hoặc HTXSNV, HTNV, KHTNV)', en: 'command line: --map-value rating:"{value}"=HTTNV (or HTXSNV, HTNV, KHTNV)' },
  'issue.unknown-discipline.cli': {
    vi: 'dòng lệnh: --map-value discipline:"{value}"="Khiển trách" (hoặc Cảnh cáo, Không…)',
    en: 'command line: --map-value discipline:"{value}"="Khiển trách" (or Cảnh cáo, Không…)',
  },
  'issue.rows-section': {
    vi: 'Dòng {rows}: tên nhóm hay đơn vị ({texts}), không phải người; những người bên dưới thuộc đơn vị đó',
    en: 'Rows {rows}: group or unit headings ({texts}), not people; the people below belong to that unit',
  },
  'issue.rows-totals': { vi: 'Dòng {rows}: dòng tổng cộng, không phải người: không đọc', en: 'Rows {rows}: totals rows, not people: not read' },
  'issue.rows-summary': { vi: 'Dòng {rows}: phần tổng hợp, ghi chú dưới bảng ({texts}): không đọc', en: 'Rows {rows}: a summary or notes under the table ({texts}): not read' },
  'issue.rows-legend': {
    vi: 'Dòng {rows}: chú thích ký hiệu ({texts}): dùng để đọc các ký hiệu trong cột xếp loại',
    en: 'Rows {rows}: a legend of codes ({texts}): used to read the codes of the rating column',
  },
  'issue.rows-signature': { vi: 'Dòng {rows}: phần ký tên, ngày tháng: hết bảng', en: 'Rows {rows}: the signature block: end of the table' },
  'issue.rows-header-repeat': { vi: 'Dòng {rows}: dòng tiêu đề lặp lại: bỏ qua', en: 'Rows {rows}: the header repeated: skipped' },
  'issue.rows-numbering': { vi: 'Dòng {rows}: dòng đánh số cột: bỏ qua', en: 'Rows {rows}: column numbers: skipped' },
  'issue.rows-collective': { vi: 'Dòng {rows}: tập thể ({texts}): đọc là đơn vị, không phải cá nhân', en: 'Rows {rows}: collectives ({texts}): read as units, not persons' },
  'issue.rows-no-name': {
    vi: 'Dòng {rows}: có số liệu nhưng không có họ tên hay tên đơn vị: không đọc; nếu là một người, ghi họ tên vào dòng đó',
    en: 'Rows {rows}: figures but no name: not read; if it is a person, type the name on that row',
  },
  'issue.rows-rating-no-name': {
    vi: 'Dòng {rows}: có xếp loại ({texts}) nhưng không có họ tên: không tính được ai; ghi họ tên vào cột họ tên của dòng đó',
    en: 'Rows {rows}: a rating ({texts}) but no name: nobody can be counted; type the name in the name column of that row',
  },
  'issue.error-value': { vi: 'Ô có giá trị lỗi {value}: bỏ qua giá trị này', en: 'The cell holds the error {value}: value ignored' },
  'issue.error-value-name': { vi: 'Ô họ tên có giá trị lỗi {value}: dòng này không được tính', en: 'The name cell holds the error {value}: row left out' },
  'issue.formula-name': { vi: 'Họ tên là một công thức ({value}): hãy gõ tên; dòng này không được tính', en: 'The name is a formula ({value}): type the name; row left out' },
  'issue.formula-name-value': { vi: 'Họ tên được tính bằng công thức; dùng giá trị "{value}"', en: 'The name comes from a formula; using its value "{value}"' },
  'issue.long-text': { vi: 'Nội dung dài {length} ký tự: chỉ giữ 200 ký tự đầu', en: 'Text of {length} characters: only the first 200 are kept' },
  'issue.duplicate-person': { vi: '"{value}" trùng với {first} (cùng tên, năm sinh, đơn vị): dòng này không được tính', en: '"{value}" repeats {first} (same name, birth year, unit): row left out' },
  'issue.no-staff-sheet-in-file': { vi: 'Tệp "{value}" không có danh sách cán bộ', en: 'File "{value}" has no staff list' },
  'issue.duplicate-unit': { vi: 'Đơn vị "{value}" đã có ở dòng {first}: bỏ qua dòng này', en: 'Unit "{value}" already listed at row {first}: row ignored' },
  'issue.unknown-unit': { vi: 'Đơn vị "{value}" không có trong danh sách đơn vị', en: 'Unit "{value}" is not in the unit list' },
  'issue.negative-days': { vi: 'Số ngày nghỉ âm ({value}): tính là 0', en: 'Negative leave days ({value}): counted as 0' },
  'issue.too-many-days': { vi: 'Số ngày nghỉ {value} lớn hơn số ngày làm việc trong năm (~{max}): hãy kiểm tra', en: 'Leave days {value} exceed the working days of a year (~{max}): please check' },
  'issue.bad-number': { vi: 'Không hiểu số "{value}"', en: 'Number "{value}" not understood' },
  'issue.bad-yes-no': { vi: 'Không hiểu "{value}" (cần x, Có hoặc Không)', en: '"{value}" not understood (expected x, Có or Không)' },
  'issue.not-a-discipline': {
    vi: '"{value}" không phải hình thức kỷ luật theo luật (khiển trách, cảnh cáo…): coi như không bị kỷ luật',
    en: '"{value}" is not a legal form of discipline: treated as none',
  },
  'issue.unknown-discipline': {
    vi: 'Hình thức kỷ luật "{value}" không hiểu được ({count} người, người đầu ở ô này; các ô {cells}): coi như không bị kỷ luật. Ở bước Dữ liệu, chọn "{value}" là hình thức kỷ luật nào (hoặc "Không")',
    en: 'Discipline "{value}" not understood ({count} people, the first at this cell; cells {cells}): treated as none. In the Data step, choose which discipline "{value}" is (or "none")',
  },
  'issue.bad-date': { vi: 'Không hiểu ngày "{value}" (cần dd/mm/yyyy)', en: 'Date "{value}" not understood (expected dd/mm/yyyy)' },
  'issue.date-out-of-range': { vi: 'Ngày "{value}" ngoài khoảng 1900–2100: bỏ qua', en: 'Date "{value}" outside 1900–2100: ignored' },
  'issue.bad-vote-share': { vi: 'Tỷ lệ phiếu "{value}" không hiểu được (cần 0–100 %)', en: 'Vote share "{value}" not understood (expected 0–100 %)' },
  'issue.bad-year': { vi: 'Năm "{value}" không hợp lệ: bỏ qua dòng này', en: 'Year "{value}" is not valid: row ignored' },
  'issue.unknown-title': { vi: 'Danh hiệu "{value}" không nhận ra: bỏ qua', en: 'Title "{value}" not recognised: ignored' },
  'field.honorific': { vi: 'Ông/Bà', en: 'Mr/Ms' },
  'field.kind': { vi: 'Phân loại (cá nhân/tập thể)', en: 'Person or collective' },
  'field.positionUnit': { vi: 'Chức vụ, đơn vị', en: 'Position and unit' },
  'field.joinDate': { vi: 'Ngày về cơ quan', en: 'Date joined the agency' },
  'field.arrival': { vi: 'Tuyển dụng / chuyển đến', en: 'Recruited or transferred' },
  'field.trainingLeave': { vi: 'Nghỉ đi học (được cử)', en: 'Approved training leave' },
  'field.injuryLeave': { vi: 'Nghỉ tai nạn lao động', en: 'Work-injury leave' },
  'field.dutyInjuryLeave': { vi: 'Điều trị do bị thương khi chiến đấu, cứu người, cứu tài sản', en: 'Treatment of an injury got in combat or rescuing people or property' },
  'field.leaveReason': { vi: 'Lý do nghỉ', en: 'Reason for leave' },
  'field.disciplineYear': { vi: 'Năm kỷ luật', en: 'Year of discipline' },
  'field.disciplineUntil': { vi: 'Thời hạn kỷ luật', en: 'Discipline ends' },
  'field.initiativeScope': { vi: 'Cấp công nhận sáng kiến', en: 'Initiative scope' },
  'field.historyText': { vi: 'Thành tích các năm (ghi chữ)', en: 'Past titles (text)' },
  'field.registered': { vi: 'Đăng ký thi đua', en: 'Registered titles' },
  'field.clusterChoice': { vi: 'Khối thi đua bình chọn Cờ thi đua', en: "Cluster's choice for the emulation flag" },
  'field.author': { vi: 'Tác giả', en: 'Author' },
  'field.initiativeTitle': { vi: 'Tên sáng kiến/đề tài', en: 'Initiative title' },
  'field.initiativeKind': { vi: 'Loại (sáng kiến/đề tài)', en: 'Initiative or research' },
  'field.decision': { vi: 'Số quyết định', en: 'Decision' },
  'field.scope': { vi: 'Cấp công nhận', en: 'Scope' },
  'field.pastInitiative': { vi: 'Sáng kiến năm {year}', en: 'Initiatives in {year}' },
  'field.pastResearch': { vi: 'Đề tài năm {year}', en: 'Research in {year}' },
  'field.pastText': { vi: 'Danh hiệu năm {year}', en: 'Titles in {year}' },
  'role.initiatives': { vi: 'Danh sách sáng kiến', en: 'Initiatives' },
  'pane.data.role.initiatives': { vi: 'Danh sách sáng kiến, đề tài', en: 'Initiatives and research' },
  'issue.history-unmatched': { vi: '"{value}" không có trong danh sách cán bộ năm nay', en: '"{value}" is not in this year\'s staff list' },
  'issue.history-ambiguous': {
    vi: 'Có {count} người tên "{value}": không biết ghép với ai, hãy thêm đơn vị hoặc năm sinh',
    en: '{count} people named "{value}": cannot tell which; add the unit or birth year',
  },
  'issue.headcount-differs': { vi: 'Đơn vị "{value}" khai {declared} người, danh sách có {listed} người', en: 'Unit "{value}" declares {declared} people, the list has {listed}' },
  'issue.no-people': { vi: 'Không có ai được tính trong danh sách cán bộ', en: 'Nobody in the staff list can be counted' },
  'issue.review-year-previous': {
    vi: 'Họp bình xét ngày {date} (tháng 1–3): coi là bình xét năm {year}, không phải năm {meetingYear}. Nếu không đúng, ghi rõ năm được xét ở bước Quy định',
    en: 'Review meeting on {date} (January–March): taken as the review of {year}, not {meetingYear}. If not, set the year under review in the Rules step',
  },
  'issue.review-year-previous.cli': { vi: 'dòng lệnh: --year NĂM', en: 'command line: --year YEAR' },
  'issue.regime-of-year': {
    vi: 'Năm được xét {year}: xét theo tiêu chuẩn của bộ quy định {preset} (văn bản có hiệu lực trong năm {year}); ngày họp {date} đã thuộc {other} ({transition}): văn bản in ở phần căn cứ là văn bản có hiệu lực ngày họp. Nếu hướng dẫn của tỉnh cho xét theo văn bản mới, chọn bộ quy định {other}',
    en: "Year under review {year}: judged by the criteria of {preset} (the texts in force in {year}); the meeting date {date} falls under {other} ({transition}): the papers cite the texts in force on the meeting date. If the province's guidance applies the new texts, choose {other}",
  },
  'issue.bad-review-date': { vi: 'Ngày bình xét "{value}" không hợp lệ (cần YYYY-MM-DD)', en: 'Review date "{value}" not valid (expected YYYY-MM-DD)' },
  'issue.unknown-preset': { vi: 'Không có bộ quy định "{value}": dùng {used}', en: 'No rule set "{value}": using {used}' },
  // How the command line makes the choice the pane offers: added to the message on the console and in the JSON only.
  'issue.no-staff-sheet.cli': { vi: 'dòng lệnh: --map staff=<trang>', en: 'command line: --map staff=<sheet>' },
  'issue.no-name-column-chosen.cli': { vi: 'dòng lệnh: --map name=<trang>!<cột>', en: 'command line: --map name=<sheet>!<column>' },
  'issue.staff-only-in-guide.cli': { vi: 'dòng lệnh: --map staff=<trang>', en: 'command line: --map staff=<sheet>' },
  'issue.two-columns-rating.cli': { vi: 'dòng lệnh: --map rating=<trang>!<cột>', en: 'command line: --map rating=<sheet>!<column>' },
  'issue.two-columns-unit.cli': { vi: 'dòng lệnh: --map unit=<trang>!<cột>', en: 'command line: --map unit=<sheet>!<column>' },
  'issue.two-columns-unitRating.cli': { vi: 'dòng lệnh: --map unitRating=<trang>!<cột>', en: 'command line: --map unitRating=<sheet>!<column>' },
  'issue.unit-column-not-a-unit.cli': { vi: 'dòng lệnh: --map unit=<trang>!<cột>', en: 'command line: --map unit=<sheet>!<column>' },
  'issue.guide-name-read.cli': { vi: 'dòng lệnh: --map ignore=<trang>', en: 'command line: --map ignore=<sheet>' },
  'issue.sheets-not-read-plan.cli': { vi: 'dòng lệnh: --map initiatives=<trang>', en: 'command line: --map initiatives=<sheet>' },
  'issue.missing-field-unused.cli': { vi: 'dòng lệnh: --map {field}=<trang>!<cột>', en: 'command line: --map {field}=<sheet>!<column>' },
  'issue.initiative-scope-unused-column.cli': { vi: 'dòng lệnh: --map initiativeScope=<trang>!<cột>', en: 'command line: --map initiativeScope=<sheet>!<column>' },
  'issue.two-columns.cli': { vi: 'dòng lệnh: --map {field}=<trang>!<cột>', en: 'command line: --map {field}=<sheet>!<column>' },
  'issue.column-by-values.cli': { vi: 'dòng lệnh: --map {field}=<trang>!<cột>', en: 'command line: --map {field}=<sheet>!<column>' },
  'issue.rating-column-candidates.cli': { vi: 'dòng lệnh: --map {field}=<trang>!<cột>', en: 'command line: --map {field}=<sheet>!<column>' },
  'issue.former-agency-used.cli': { vi: 'dòng lệnh: --map unit=<trang>!', en: 'command line: --map unit=<sheet>!' },
  'issue.former-agency-column.cli': { vi: 'dòng lệnh: --map unit=<trang>!<cột>', en: 'command line: --map unit=<sheet>!<column>' },
  'issue.former-agency-column-rows.cli': { vi: 'dòng lệnh: --map unit=<trang>!<cột>', en: 'command line: --map unit=<sheet>!<column>' },
  'issue.no-unit-name-column.cli': { vi: 'dòng lệnh: --map unitName=<trang>!<cột>', en: 'command line: --map unitName=<sheet>!<column>' },
  'issue.missing-unit.cli': { vi: 'dòng lệnh: --map unit=<trang>!<cột>', en: 'command line: --map unit=<sheet>!<column>' },
  'issue.two-staff-sheets.cli': {
    vi: 'nếu là hai phần của một danh sách, dòng lệnh: --map staff=<trang> cho từng trang',
    en: 'if they are two parts of one list, command line: --map staff=<sheet> for each',
  },
  'issue.staff-sheets-merged.cli': { vi: 'nếu một trang là bản sao, dòng lệnh: --map ignore=<trang>', en: 'if one of them is a copy, command line: --map ignore=<sheet>' },
  'issue.staff-sheets-overlap.cli': { vi: 'nếu một trang là bản sao, dòng lệnh: --map ignore=<trang>', en: 'if one of them is a copy, command line: --map ignore=<sheet>' },
  'issue.missing-hireDate-join.cli': { vi: 'dòng lệnh: --map hireDate=<trang>!<cột>', en: 'command line: --map hireDate=<sheet>!<column>' },
  'issue.no-rating-column.cli': { vi: 'dòng lệnh: --map rating=<trang>!<cột>', en: 'command line: --map rating=<sheet>!<column>' },
};
