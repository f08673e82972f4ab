import type { Messages } from './types';

/**
 * "Còn thiếu gì": what a person or unit lacks for a title, in the clerk's words. `gap.<scope>.<criterion>`
 * is what follows "chỉ thiếu" / "thiếu", keyed by the criterion's id in the rule set (the same id for
 * every regime that has the criterion); `road.<kind>` a step on the way to a multi-year title.
 * Arguments are the reason's, with `need` (how much is missing) added where it can be counted.
 */
export const shortfallMessages: Messages = {
  'gap.person.rating': { vi: 'xếp loại {min} (đang {found})', en: 'a rating of {min} (now {found})' },
  'gap.person.recruit': { vi: 'đủ {min} tháng công tác trong năm (có {months})', en: '{min} months worked in the year (has {months})' },
  'gap.person.leave': { vi: 'số ngày nghỉ dưới {max} (đã nghỉ {days})', en: 'fewer than {max} days of leave (took {days})' },
  'gap.person.ldtt': { vi: 'danh hiệu {title} năm nay', en: "this year's {title}" },
  'gap.person.general.base': { vi: 'danh hiệu {title} năm nay', en: "this year's {title}" },
  'gap.person.achievement': { vi: '{need} sáng kiến hoặc đề tài được công nhận', en: '{need} recognised initiative(s) or research project(s)' },
  'gap.person.initiatives': { vi: '{need} sáng kiến hoặc đề tài được công nhận trong {years} năm', en: '{need} recognised initiative(s) or project(s) over {years} years' },
  'gap.person.consecutive': { vi: '{need} năm {title} liên tục (năm {missing})', en: '{need} more consecutive year(s) of {title} ({missing})' },
  'gap.person.cstdcs': { vi: '{need} năm {title} liên tục (năm {missing})', en: '{need} more consecutive year(s) of {title} ({missing})' },
  'gap.person.ratings': { vi: '{need} năm {min} liên tục (năm {missing})', en: '{need} more consecutive year(s) rated {min} ({missing})' },
  'gap.person.provincial': { vi: 'sáng kiến được công nhận phạm vi cấp tỉnh', en: 'an initiative recognised at provincial scope' },
  'gap.person.general.discipline': { vi: 'điều kiện không bị kỷ luật (bị {found} trong năm)', en: 'the condition of no discipline ({found} in the year)' },
  'gap.person.general.disciplineRunning': { vi: 'hết thời hạn thi hành kỷ luật (đến {until})', en: 'the end of the discipline (until {until})' },
  'gap.person.vote': { vi: 'tỷ lệ phiếu bầu từ {min} % (đạt {found} %)', en: 'a vote share of {min} % (got {found} %)' },
  'gap.person.registration': { vi: 'đăng ký thi đua đầu năm', en: 'registration at the start of the year' },
  'gap.person.cap': { vi: 'chỗ trong tỷ lệ tối đa', en: 'a place under the cap' },
  'gap.unit.members': { vi: 'cá nhân của đơn vị trong danh sách', en: 'members in the staff list' },
  'gap.unit.rating': { vi: 'tập thể xếp loại {min} (đang {found})', en: 'a unit rating of {min} (now {found})' },
  'gap.unit.membersRating': { vi: '{need} người lên mức hoàn thành nhiệm vụ ({names})', en: '{need} member(s) rated complete or better ({names})' },
  'gap.unit.ldttShare': { vi: '{need} người đạt LĐTT nữa (có {ldtt}/{members}, cần {min} %)', en: '{need} more advanced worker(s) ({ldtt}/{members}, needs {min} %)' },
  'gap.unit.cstdcs': { vi: '{need} cá nhân đạt CSTĐCS', en: '{need} grassroots emulation fighter(s)' },
  'gap.unit.ratings': { vi: '{need} năm tập thể {min} liên tục (năm {missing})', en: '{need} more consecutive year(s) rated {min} ({missing})' },
  'gap.unit.ttldxs': { vi: 'danh hiệu {title} năm nay', en: "this year's {title}" },
  'gap.unit.cluster': { vi: 'khối thi đua của tỉnh bình chọn', en: "the emulation cluster's choice" },
  'gap.unit.general.memberDiscipline': { vi: 'điều kiện không có thành viên bị kỷ luật ({names})', en: 'the condition of no member under discipline ({names})' },
  'gap.unit.vote': { vi: 'tỷ lệ phiếu bầu từ {min} % (đạt {found} %)', en: 'a vote share of {min} % (got {found} %)' },
  'gap.unit.registration': { vi: 'đăng ký thi đua đầu năm', en: 'registration at the start of the year' },

  'shortfall.only': { vi: 'chỉ thiếu {what}', en: 'only lacks {what}' },
  'shortfall.many': { vi: 'thiếu {n} điều kiện: {what}', en: 'lacks {n} conditions: {what}' },
  'shortfall.via': { vi: '{what} (để đạt {title})', en: '{what} (for {title})' },
  'shortfall.capOnly': { vi: 'đủ tiêu chuẩn, chỉ vượt tỷ lệ tối đa (xếp thứ {rank}, tỷ lệ cho {limit} người)', en: 'eligible, only over the cap (rank {rank}, the cap allows {limit})' },

  'road.consecutive-titles': { vi: '{have}/{of} năm {title} liên tục', en: '{have}/{of} consecutive years of {title}' },
  'road.consecutive-ratings': { vi: '{have}/{of} năm {min} liên tục', en: '{have}/{of} consecutive years rated {min}' },
  'road.achievement': { vi: '{have}/{of} sáng kiến, đề tài trong {years} năm', en: '{have}/{of} initiatives or projects over {years} years' },
  'road.provincial-initiative': { vi: 'cần sáng kiến cấp tỉnh', en: 'needs a provincial initiative' },
  'road.requires-title': { vi: 'cần {title} năm nay', en: "needs this year's {title}" },
  'road.line': { vi: '{title}: {parts}', en: '{title}: {parts}' },

  'pane.shortfall.title': { vi: 'Còn thiếu gì: ai có thể bù chỉ tiêu', en: 'What is missing: who could close the gaps' },
  'pane.shortfall.none': { vi: 'Không chỉ tiêu nào còn thiếu.', en: 'No target is short.' },
  'pane.shortfall.more': { vi: '… và {n} người, tập thể khác: xem trang "{sheet}".', en: '… and {n} more: see the "{sheet}" sheet.' },
  'pane.shortfall.near': { vi: 'Chỉ thiếu một điều kiện:', en: 'One condition short:' },
  'doc.mid.close': { vi: 'III. CÁ NHÂN, TẬP THỂ CÓ THỂ BÙ CHỈ TIÊU CÒN THIẾU', en: 'III. PEOPLE AND UNITS WHO COULD CLOSE THE GAPS' },
  'sheet.shortfall.name': { vi: 'Còn thiếu', en: 'Còn thiếu' },
  'sheet.shortfall.title': { vi: 'CÒN THIẾU GÌ: CÁ NHÂN, TẬP THỂ GẦN ĐẠT DANH HIỆU NĂM {year}', en: 'WHAT IS MISSING: PEOPLE AND UNITS CLOSE TO A TITLE, {year}' },
  'sheet.shortfall.targets': { vi: 'I. CHỈ TIÊU KẾ HOẠCH CÒN THIẾU: AI CÓ THỂ BÙ', en: 'I. PLAN TARGETS SHORT: WHO COULD CLOSE THE GAP' },
  'sheet.shortfall.target': {
    vi: '{label}: kế hoạch {required}, đạt {actual}, thiếu {gap} {unit}. {one} {unit} chỉ thiếu một điều kiện; có thể bù {close}/{gap}.',
    en: '{label}: plan {required}, achieved {actual}, {gap} {unit} short. {one} {unit} lack one condition only; {close}/{gap} could be closed.',
  },
  'sheet.shortfall.target.cap': {
    vi: 'Tỷ lệ tối đa cho {limit} người, còn {room} chỗ: người chỉ vượt tỷ lệ không bù được; thêm người đạt điều kiện chỉ làm thay đổi thứ tự.',
    en: 'The cap allows {limit}, {room} place(s) left: those only over the cap cannot close the gap; more eligible people only change the order.',
  },
  'sheet.shortfall.target.more': { vi: '… và {n} {unit} khác chỉ thiếu một điều kiện: xem mục II.', en: '… and {n} more {unit} lacking one condition: see section II.' },
  'sheet.shortfall.target.none': { vi: 'Không có ai chỉ thiếu một hoặc hai điều kiện.', en: 'Nobody lacks only one or two conditions.' },
  'sheet.shortfall.near': { vi: 'II. CHỈ THIẾU MỘT ĐIỀU KIỆN (THEO DANH HIỆU)', en: 'II. ONE CONDITION SHORT (BY TITLE)' },
  'sheet.shortfall.two': { vi: 'III. THIẾU HAI ĐIỀU KIỆN', en: 'III. TWO CONDITIONS SHORT' },
  'sheet.shortfall.rest': {
    vi: 'Còn {n} trường hợp thiếu từ ba điều kiện trở lên: lý do ở trang "KQ cá nhân", "KQ tập thể".',
    en: '{n} more lack three conditions or more: the reasons are on the "KQ cá nhân" and "KQ tập thể" sheets.',
  },
  'sheet.shortfall.leftOut': {
    vi: '… và {n} trường hợp {title} khác (trang chỉ ghi {max} trường hợp gần nhất của mỗi danh hiệu; đủ cả trong tệp JSON).',
    en: '… and {n} more for {title} (the sheet lists the {max} closest per title; the JSON has them all).',
  },
  'sheet.shortfall.roads': { vi: 'IV. CON ĐƯỜNG ĐẾN DANH HIỆU NHIỀU NĂM (THEO LỊCH SỬ): ĐÃ CÓ VÀ CÒN CẦN', en: 'IV. THE ROAD TO MULTI-YEAR TITLES (FROM THE HISTORY): DONE AND STILL NEEDED' },
  'sheet.shortfall.noPlan': { vi: 'Chưa có kế hoạch thi đua của cơ quan: không có chỉ tiêu để so.', en: 'No emulation plan loaded: no target to measure against.' },
  'sheet.shortfall.empty': { vi: 'Không có.', en: 'None.' },
  'col.shortfall.subject': { vi: 'Cá nhân, tập thể', en: 'Person or unit' },
  'col.shortfall.what': { vi: 'Còn thiếu', en: 'Missing' },
  'col.shortfall.title': { vi: 'Danh hiệu', en: 'Title' },
};
