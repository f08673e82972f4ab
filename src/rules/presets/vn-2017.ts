import { derive } from './derive';
import { VN_2014 } from './vn-2014';
import { TEXTS } from './texts';

/**
 * NĐ 91/2017/NĐ-CP (from 01/10/2017) replaced NĐ 42/2010, 39/2012 and 65/2014 under the same
 * law; TT 08/2017/TT-BNV, then TT 12/2019/TT-BNV (from 01/01/2020) replaced TT 07/2014. What
 * changed for an agency's review: the 40-day leave rule is gone ("chỉ còn 2 trường hợp: mới
 * tuyển dụng dưới 10 tháng; bị kỷ luật từ khiển trách"), and the citations. The rest carries over.
 */
const ND91 = 'NĐ 91/2017/NĐ-CP';
const LUAT = 'Luật TĐKT 2003 (sửa đổi 2013)';

export const VN_2017 = derive(VN_2014, {
  id: 'vn-2017',
  label: 'preset.vn-2017',
  inForce: { from: '2017-10-01', to: '2023-12-31' },
  confirmed: true,
  texts: 'Luật TĐKT 2003, sửa đổi 2005 và 2013 (Luật 39/2013/QH13); NĐ 91/2017/NĐ-CP; TT 08/2017/TT-BNV (đến hết 2019); TT 12/2019/TT-BNV (từ 01/01/2020)',
  basis: [TEXTS.LUAT_2003, TEXTS.LUAT_2005, TEXTS.LUAT_2013, TEXTS.ND91_2017, TEXTS.TT08_2017, TEXTS.TT12_2019],
  defaults: {
    // "Nghỉ 40 ngày làm việc trở lên vẫn được xét LĐTT" (NĐ 91/2017 from 01/10/2017).
    'LDTT.leave.fromDays': null,
  },
  citations: {
    'LDTT.rating': `${LUAT} Điều 24 khoản 1 điểm a; ${ND91} Điều 10 khoản 1`,
    'LDTT.recruit': `${ND91} Điều 10 (không xét LĐTT với cá nhân mới tuyển dụng dưới 10 tháng, tính từ ngày tuyển dụng)`,
    'LDTT.leave': `${ND91} Điều 10: bỏ quy định nghỉ từ 40 ngày làm việc của NĐ 65/2014/NĐ-CP Điều 5 khoản 6 (tham số, mặc định tắt)`,
    'general.discipline': `${ND91} Điều 10 (không xét LĐTT khi bị kỷ luật từ khiển trách); danh hiệu, hình thức khen thưởng cao hơn xét trong số người đạt LĐTT`,
    'general.exemptLeave': `${ND91} Điều 10 khoản 2 (bị thương tích khi tham gia chiến đấu, phục vụ chiến đấu, cứu người, cứu tài sản: thời gian điều trị, điều dưỡng), khoản 4 (nghỉ thai sản); đi học được cử dưới 1 năm tính là thời gian công tác`,
    'general.transfer': `${ND91} Điều 10: cá nhân chuyển công tác do cơ quan mới bình xét; "mới tuyển dụng dưới 10 tháng" tính từ ngày tuyển dụng, không từ ngày về cơ quan`,
    'CSTDCS.achievement': `${LUAT} Điều 23 khoản 2; ${ND91} Điều 9 khoản 3`,
    'CSTDCS.cap': `${ND91} Điều 9 khoản 3 (không quá 15 % số LĐTT)`,
    'CSTD_TINH.vote': `Quy chế TĐKT của cơ quan (tham số). ${ND91} Điều 45 khoản 8: 90 % là phiếu của Hội đồng TĐKT cấp tỉnh khi xét đề nghị của cơ quan, không phải của Hội đồng cơ quan`,
    'BK_TINH.ratings': `${ND91} Điều 39 khoản 1 (02 năm liên tục HTXSNV, trong thời gian đó có 02 sáng kiến được công nhận)`,
    'BK_TINH.initiatives': `${ND91} Điều 39 khoản 1 (02 năm liên tục HTXSNV, trong thời gian đó có 02 sáng kiến được công nhận)`,
    'BK_BO.ratings': `${ND91} Điều 39 khoản 1 (02 năm liên tục HTXSNV, trong thời gian đó có 02 sáng kiến được công nhận)`,
    'BK_BO.initiatives': `${ND91} Điều 39 khoản 1 (02 năm liên tục HTXSNV, trong thời gian đó có 02 sáng kiến được công nhận)`,
    'BK_TINH_UNIT.ratings': `${LUAT} Điều 72; ${ND91} Điều 39 (tập thể 02 năm liên tục HTXSNV)`,
    'BK_BO_UNIT.ratings': `${LUAT} Điều 72; ${ND91} Điều 39 (tập thể 02 năm liên tục HTXSNV)`,
    // NĐ 91/2017 Điều 12: the best collective is recognised through the cluster's (khối, cụm) review; TT 08/2017 Điều 8 khoản 2.
    CO_TINH: `${LUAT} Điều 26; ${ND91} Điều 12`,
    'CO_TINH.ttldxs': `${LUAT} Điều 26; ${ND91} Điều 12: lựa chọn trong số tập thể đạt danh hiệu "Tập thể lao động xuất sắc" năm nay`,
    'CO_TINH.cluster': `${ND91} Điều 12 (công nhận tập thể tiêu biểu xuất sắc nhất qua bình xét, đánh giá, so sánh theo khối, cụm thi đua); TT 08/2017/TT-BNV Điều 8 khoản 2 (văn thư ghi kết quả)`,
  },
  amendments: [
    {
      // TT 12/2019 replaced TT 08/2017 from 01/01/2020: a 2020–2023 reason no longer cites TT 08/2017. Its
      // article on the clusters was not found, so the reason cites the decree's article alone (quoted).
      from: '2020-01-01',
      by: '12/2019/TT-BNV',
      citations: {
        'CO_TINH.cluster': `${ND91} Điều 12 (công nhận tập thể tiêu biểu xuất sắc nhất qua bình xét, đánh giá, so sánh theo khối, cụm thi đua; văn thư ghi kết quả)`,
      },
    },
  ],
});
