import { derive } from './derive';
import { VN_2024 } from './vn-2024';

/**
 * NĐ 152/2025/NĐ-CP (14/06/2025, from 01/07/2025) replaced NĐ 98/2023, with the devolution
 * that followed the 2025 reorganisation of local government; TT 15/2025/TT-BNV (04/08/2025)
 * replaced TT 01/2024. The same law. What changed for an agency's review: achievements count
 * only from the end of a discipline, so a person still under discipline is not proposed.
 * The title criteria carry over from vn-2024 until the new circular's articles are checked.
 */
const ND152 = 'NĐ 152/2025/NĐ-CP';
const TT = 'TT 15/2025/TT-BNV (thay TT 01/2024/TT-BNV Điều 1 khoản 5; điều khoản chưa đối chiếu)';

export const VN_2025 = derive(VN_2024, {
  id: 'vn-2025',
  label: 'preset.vn-2025',
  inForce: { from: '2025-07-01' },
  confirmed: true,
  texts: 'Luật TĐKT 2022 (06/2022/QH15); NĐ 152/2025/NĐ-CP; TT 15/2025/TT-BNV (từ 04/8/2025; trước đó TT 01/2024/TT-BNV)',
  basis: [
    VN_2024.basis[0],
    {
      kind: 'decree', number: '152/2025/NĐ-CP', date: '2025-06-14', confirmed: true,
      printed: 'Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
      source: 'https://pbgdpl.cantho.gov.vn/quy-dinh-ve-phan-cap-phan-quyen-trong-linh-vuc-thi-dua-khen-thuong',
    },
    { ...VN_2024.basis[2], inForce: { to: '2025-08-03' } },
    {
      // Signed 04/08/2025; its date of effect was not found: it is cited from its signature.
      kind: 'circular', number: '15/2025/TT-BNV', date: '2025-08-04', confirmed: true, inForce: { from: '2025-08-04' },
      printed: 'Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
      source: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-15-2025-TT-BNV-bien-phap-to-chuc-Luat-Thi-dua-khen-thuong-va-Nghi-dinh-152-2025-ND-C%D0%A0-668075.aspx',
    },
  ],
  defaults: {
    'general.discipline.running': true,
  },
  citations: {
    'general.disciplineRunning': `${ND152}: "trường hợp cá nhân, tập thể bị kỷ luật, sau khi chấp hành xong thời gian kỷ luật … thành tích khen thưởng được tính từ thời điểm chấp hành xong thời gian thi hành kỷ luật"; chưa khen thưởng khi đang xem xét kỷ luật`,
    'general.discipline': `${TT}; ${ND152} (nguyên tắc khen thưởng); danh hiệu, hình thức khen thưởng cao hơn xét trong số người đạt LĐTT`,
    'LDTT.recruit': `${TT} (không xét LĐTT với cá nhân mới tuyển dụng dưới 6 tháng, như TT 01/2024/TT-BNV)`,
    'general.exemptLeave': `${TT}: thời gian nghỉ thai sản, điều trị do bị thương khi làm nhiệm vụ hoặc cứu người, đi học được cử được tính để bình xét LĐTT`,
    // The law's article carries over; NĐ 152/2025 organises the clusters (its article was not checked).
    'CO_TINH.cluster': `Luật TĐKT 2022 Điều 26 khoản 1, khoản 2 (dẫn đầu phong trào thi đua của cụm, khối thi đua); cụm, khối thi đua theo ${ND152} (điều khoản chưa đối chiếu; văn thư ghi kết quả)`,
    'general.transfer': `${TT}: cá nhân chuyển công tác (kể cả do sắp xếp tổ chức bộ máy năm 2025) do cơ quan mới bình xét; "mới tuyển dụng" tính từ ngày tuyển dụng`,
  },
});
