import type { Messages } from './types';

/** The Word papers: what the command line and the pane say about them. */
export const paperMessages: Messages = {
  'cli.docs.written': { vi: 'Đã ghi {n} văn bản Word vào {dir}', en: 'Wrote {n} Word documents to {dir}' },
  'cli.docs.drafts': { vi: '  DỰ THẢO (chờ kết quả bỏ phiếu {titles}): {files}', en: '  DRAFT (waiting for the vote on {titles}): {files}' },
  'cli.docs.template': { vi: '  {file}: theo mẫu của cơ quan {template}', en: '  {file}: from the agency template {template}' },
  'cli.docs.missing': {
    vi: '⚠ Văn bản còn thiếu: {fields}. Các chỗ này in "……" hoặc suy ra từ tên cơ quan; điền bằng tệp thông tin cơ quan (--agency co-quan.json) hoặc ở ngăn tác vụ',
    en: '⚠ The papers still lack: {fields}. They print "……" there or derive it from the agency name; set them with an agency file (--agency agency.json) or in the pane',
  },
  'warning.no-plan': {
    vi: 'Chưa có kế hoạch thi đua của cơ quan: không có chỉ tiêu để so, văn bản không ghi chỉ tiêu',
    en: 'No emulation plan of the agency: no targets to measure, and the papers print none',
  },
  // The command line's way to change it is its own variant (added there only): the pane shows the fields instead.
  'issue.agency-from-sheets': {
    vi: 'Cơ quan in trên văn bản lấy từ dòng tiêu đề của trang: {value} (đặt khác ở mục "Văn bản: cơ quan, Hội đồng")',
    en: 'The agency on the papers is taken from the sheet\'s title rows: {value} (set another under "Papers: agency, council")',
  },
  'issue.agency-from-sheets.cli': { vi: 'dòng lệnh: --agency co-quan.json', en: 'command line: --agency agency.json' },
  'cli.error.councilSize': { vi: 'số thành viên Hội đồng, ví dụ 9', en: "the council's size, e.g. 9" },
  'issue.staff-votes-unused': {
    vi: 'Cột "{value}" không được dùng làm kết quả bỏ phiếu của Hội đồng: phiếu bầu lấy từ trang kiểm phiếu do Ban kiểm phiếu ghi. Nếu cột này đúng là kết quả bỏ phiếu kín của Hội đồng, cần cho biết số thành viên Hội đồng (bước Quy định, mục "Phiếu bầu của Hội đồng")',
    en: 'Column "{value}" is not used as the council\'s vote: the votes come from the tally form the counting committee fills in. If this column is the council\'s secret ballot, give the council\'s size (Rules step, "The council\'s vote")',
  },
  'issue.staff-votes-unused.cli': { vi: 'dòng lệnh: --staff-votes SỐ_THÀNH_VIÊN', en: 'command line: --staff-votes COUNCIL_SIZE' },
  'issue.staff-votes-impossible': {
    vi: 'Tỷ lệ phiếu {share} không thể có với Hội đồng {council} thành viên (gần nhất: {near}): không dùng, ghi lại số phiếu đồng ý vào trang kiểm phiếu',
    en: 'A vote share of {share} is impossible for a council of {council} (nearest: {near}): not used; enter the votes in the tally form',
  },
  'warning.cap-tie': {
    vi: '{title}: {n} người bằng nhau ({share}, cùng xếp loại và số sáng kiến) cho {places} suất còn lại trong tỷ lệ: {names}. Hội đồng chọn (Chủ tịch Hội đồng quyết định hoặc bỏ phiếu lại giữa những người này); ghi "x" vào cột "Chọn khi bằng phiếu" của trang {sheet} cho người được chọn. Đến lúc đó các văn bản của danh hiệu này là dự thảo',
    en: '{title}: {n} people tie ({share}, same rating and initiatives) for the {places} places left under the cap: {names}. The council chooses (its chair decides, or a second round among them); mark "x" in the column "Chọn khi bằng phiếu" of the sheet {sheet} beside those chosen. Until then the papers of this title are drafts',
  },
  'warning.cap-tie-settled': {
    vi: '{title}: bằng phiếu giữa {names}; Hội đồng đã chọn {chosen} (ghi ở trang kiểm phiếu)',
    en: '{title}: a tie between {names}; the council chose {chosen} (recorded in the tally form)',
  },
  'plan.pane.none': {
    vi: 'Chưa nạp kế hoạch thi đua: không có chỉ tiêu để so. Nạp kế hoạch của cơ quan (tệp JSON).',
    en: "No emulation plan loaded: no targets to measure. Load the agency's plan (JSON file).",
  },
  'cli.docs.badAgency': { vi: 'Không đọc được tệp thông tin cơ quan {file}: {detail}', en: 'Cannot read the agency file {file}: {detail}' },
  'cli.docs.badTemplate': { vi: 'Mẫu văn bản {file} không dùng được: {detail}. Sửa mẫu trong Word rồi chạy lại', en: 'The template {file} cannot be used: {detail}. Fix it in Word and run again' },
  'cli.docs.templateUnreadable': { vi: 'không đọc được tệp', en: 'the file cannot be read' },
  'cli.docs.unknownTags': {
    vi: '⚠ Mẫu {template} có trường không có trong danh sách trường của văn bản: {tags} (in để trống; kiểm tra chính tả, xem docs/papers.md)',
    en: '⚠ The template {template} has fields no paper provides: {tags} (printed empty; check the spelling, see docs/papers.md)',
  },
  'pane.docs.title': { vi: 'Văn bản Word', en: 'Word documents' },
  'pane.docs.all': { vi: 'Tải tất cả (.zip)', en: 'Download all (.zip)' },
  'pane.docs.draft': { vi: 'dự thảo', en: 'draft' },
  'pane.docs.drafts': {
    vi: 'Các văn bản ghi "DỰ THẢO" chờ kết quả bỏ phiếu; nhập kiểm phiếu rồi bình xét lại để có bản chính thức.',
    en: 'Documents marked "DỰ THẢO" wait for the vote; enter the tally and review again for the final ones.',
  },
  'pane.docs.making': { vi: 'Đang tạo văn bản…', en: 'Making the documents…' },
  'pane.docs.intro': {
    vi: 'Biên bản, Quyết định, Tờ trình và Báo cáo thành tích theo kết quả bình xét, lập khi bạn bấm.',
    en: 'Minutes, decision, proposals and achievement reports from the review, made when you ask.',
  },
  'pane.docs.choose': { vi: 'Chọn từng văn bản', en: 'Choose one by one' },
  'pane.docs.layingOut': { vi: 'Đang lập hồ sơ…', en: 'Laying out the dossier…' },
  'pane.docs.progress': { vi: 'Đã tạo {done}/{total} văn bản…', en: '{done} of {total} documents made…' },
  'pane.docs.failed': { vi: 'Không tạo được văn bản: {detail}', en: 'Could not make the documents: {detail}' },
  'pane.docs.noDownload': {
    vi: 'Excel trên {platform} không cho ngăn tác vụ tải tệp về máy. Để lấy văn bản Word: mở trang Bình xét trong trình duyệt (nút dưới), mở sổ này ở đó và bấm tải; hoặc dùng dòng lệnh "binh-xet review … --docs THƯ_MỤC".',
    en: 'Excel on {platform} does not let a task pane download files. To get the Word documents: open Bình xét in the browser (button below), open this workbook there and download; or use the command line "binh-xet review … --docs DIR".',
  },
  'pane.docs.openBrowser': { vi: 'Mở Bình xét trong trình duyệt', en: 'Open Bình xét in the browser' },
};
