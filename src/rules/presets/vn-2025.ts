import { derive } from './derive';
import { VN_2024 } from './vn-2024';
import { TEXTS } from './texts';

/**
 * NĐ 152/2025/NĐ-CP (14/06/2025, from 01/07/2025) replaced NĐ 98/2023, with the devolution
 * that followed the 2025 reorganisation of local government; TT 15/2025/TT-BNV (04/08/2025)
 * replaced TT 01/2024. The same law. What changed for an agency's review: achievements count
 * only from the end of a discipline, so a person still under discipline is not proposed.
 * The title criteria carry over from vn-2024 until the new circular's articles are checked.
 */
const ND152 = 'NĐ 152/2025/NĐ-CP';
const TT01 = 'TT 01/2024/TT-BNV Điều 1 khoản 5';
/** TT 15/2025 replaced TT 01/2024 (docs/regimes.md: its articles were not found; it is cited by name). */
const TT15 = 'TT 15/2025/TT-BNV (thay TT 01/2024/TT-BNV)';
const DISCIPLINE_END = `${ND152} Điều 4 khoản 4: chưa khen thưởng trong thời gian cơ quan có thẩm quyền đang xem xét thi hành kỷ luật; "trường hợp cá nhân, tập thể bị kỷ luật, sau khi chấp hành xong thời gian kỷ luật, cá nhân, tập thể lập được thành tích thì thành tích khen thưởng được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật"`;

export const VN_2025 = derive(VN_2024, {
  id: 'vn-2025',
  label: 'preset.vn-2025',
  inForce: { from: '2025-07-01' },
  confirmed: true,
  transition: 'NĐ 152/2025/NĐ-CP Điều 59 khoản 1 (hiệu lực từ 01/7/2025), Điều 60 khoản 3 (hồ sơ đã gửi trước ngày đó thực hiện theo NĐ 98/2023/NĐ-CP)',
  texts: 'Luật TĐKT 2022 (06/2022/QH15); NĐ 152/2025/NĐ-CP; TT 15/2025/TT-BNV (từ 04/8/2025; trước đó TT 01/2024/TT-BNV)',
  basis: [TEXTS.LUAT_2022, TEXTS.ND152_2025, TEXTS.TT01_2024, TEXTS.TT15_2025],
  defaults: {
    'general.discipline.running': true,
  },
  citations: {
    'general.disciplineRunning': DISCIPLINE_END,
    'general.discipline': `${TT01}; ${ND152} Điều 4 khoản 4; danh hiệu, hình thức khen thưởng cao hơn xét trong số người đạt LĐTT`,
    'general.exemptLeave': `${ND152} Điều 4 khoản 5 (thời gian nghỉ thai sản được tính để xét tặng danh hiệu thi đua, hình thức khen thưởng); ${TT01}: điều trị do bị thương khi làm nhiệm vụ hoặc cứu người, đi học được cử được tính để bình xét LĐTT`,
    // The law's article: the provincial flag's clusters are the province's (NĐ 152/2025 Điều 7 speaks of the Government's flag).
    'CO_TINH.cluster': 'Luật TĐKT 2022 Điều 26 khoản 1, khoản 2 (dẫn đầu phong trào thi đua của cụm, khối thi đua do tỉnh tổ chức; văn thư ghi kết quả)',
    'general.transfer': `${TT01}: cá nhân chuyển công tác (kể cả do sắp xếp tổ chức bộ máy năm 2025) do cơ quan mới bình xét; "mới tuyển dụng dưới 6 tháng" tính từ ngày tuyển dụng, không từ ngày về cơ quan`,
  },
  amendments: [
    {
      // From TT 15/2025 (cited from its signature, its date of effect not found), the circular's rules cite it instead of TT 01/2024.
      from: TEXTS.TT15_2025.inForce.from,
      by: '15/2025/TT-BNV',
      citations: {
        'general.discipline': `${TT15}; ${ND152} Điều 4 khoản 4; danh hiệu, hình thức khen thưởng cao hơn xét trong số người đạt LĐTT`,
        'LDTT.recruit': `${TT15}: không xét LĐTT với cá nhân mới tuyển dụng dưới 6 tháng, tính từ ngày tuyển dụng`,
        'general.exemptLeave': `${ND152} Điều 4 khoản 5 (thời gian nghỉ thai sản được tính để xét tặng danh hiệu thi đua, hình thức khen thưởng); ${TT15}: điều trị do bị thương khi làm nhiệm vụ hoặc cứu người, đi học được cử được tính để bình xét LĐTT`,
        'general.transfer': `${TT15}: cá nhân chuyển công tác (kể cả do sắp xếp tổ chức bộ máy năm 2025) do cơ quan mới bình xét; "mới tuyển dụng dưới 6 tháng" tính từ ngày tuyển dụng, không từ ngày về cơ quan`,
      },
    },
  ],
});
