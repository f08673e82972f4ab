import { criterion as c, general, param, ruleSet, title } from './build';
import { TEXTS } from './texts';

/**
 * Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013), NĐ 42/2010, NĐ 39/2012, NĐ 65/2014,
 * TT 07/2014/TT-BNV: reviews from 15/10/2014 until NĐ 91/2017 took effect on 01/10/2017.
 * Citations: docs/regimes.md says where each was checked.
 */
const LUAT = 'Luật TĐKT 2003 (sửa đổi 2013)';
const ND65_5_6 = 'NĐ 65/2014/NĐ-CP Điều 5 khoản 6';
const CSTDCS = `${LUAT} Điều 23`;
const CSTD_TINH = `${LUAT} Điều 22`;
const BK = 'NĐ 65/2014/NĐ-CP Điều 24 khoản 1 điểm c (02 năm liên tục HTXSNV, trong thời gian đó có 02 sáng kiến được công nhận)';
const BK_UNIT = `${LUAT} Điều 72 (tập thể 02 năm liên tục HTXSNV)`;
const GIAY_KHEN = `${LUAT}: tiêu chuẩn Giấy khen của Thủ trưởng do cơ quan quy định (tham số; mặc định HTXSNV năm nay)`;
const TTLDXS = `${LUAT} Điều 27`;
const TTLDTT = `${LUAT} Điều 28 khoản 1`;
/** Cờ thi đua: the best collectives, chosen by the province's emulation cluster (docs/regimes.md). */
const CO_TINH = `${LUAT} Điều 26 (tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua)`;
const CO_TINH_TTLDXS = `${CO_TINH}: lựa chọn trong số tập thể đạt danh hiệu "Tập thể lao động xuất sắc" năm nay`;
const CO_TINH_CLUSTER = `${CO_TINH}; bình xét, suy tôn trong cụm, khối thi đua do tỉnh tổ chức (văn thư ghi kết quả)`;

export const VN_2014 = ruleSet({
  id: 'vn-2014',
  label: 'preset.vn-2014',
  inForce: { from: '2014-10-15', to: '2017-09-30' },
  confirmed: true,
  texts: 'Luật TĐKT 2003, sửa đổi 2005 và 2013 (Luật 39/2013/QH13); NĐ 42/2010/NĐ-CP; NĐ 39/2012/NĐ-CP; NĐ 65/2014/NĐ-CP; TT 07/2014/TT-BNV',
  basis: [TEXTS.LUAT_2003, TEXTS.LUAT_2005, TEXTS.LUAT_2013, TEXTS.ND42_2010, TEXTS.ND39_2012, TEXTS.ND65_2014, TEXTS.TT07_2014],
  roles: { base: 'LDTT', grassroots: 'CSTDCS' },
  general: general({
    discipline: ['reprimand', `${ND65_5_6} (không xét LĐTT khi bị kỷ luật từ khiển trách); danh hiệu, hình thức khen thưởng cao hơn xét trong số người đạt LĐTT`],
    disciplineRunning: [false, 'NĐ 152/2025/NĐ-CP: chỉ từ 01/7/2025'],
    memberDiscipline: ['warning', `${LUAT} Điều 27 khoản 4, Điều 28 khoản 1 điểm c: không có cá nhân bị kỷ luật từ cảnh cáo trở lên (Bằng khen tập thể xét theo cùng quy định)`],
    exemptLeave: {
      // Đ5 k2: only an injury got in combat or rescuing people or property; a work accident of another kind is leave.
      kinds: ['maternity', 'duty-injury', 'training'],
      citation:
        'NĐ 65/2014/NĐ-CP Điều 5 khoản 2 (tham gia chiến đấu, phục vụ chiến đấu hoặc dũng cảm cứu người, cứu tài sản dẫn đến bị thương tích: thời gian điều trị, điều dưỡng), khoản 3 (được cử đào tạo, bồi dưỡng ngắn hạn dưới 01 năm), khoản 4 (nghỉ thai sản) được tính để bình xét LĐTT',
    },
    transfer: 'NĐ 65/2014/NĐ-CP Điều 5 khoản 5: cá nhân chuyển công tác do cơ quan mới bình xét; khoản 6 "mới tuyển dụng dưới 10 tháng" tính từ ngày tuyển dụng, không từ ngày về cơ quan',
    base: `${LUAT} Điều 22, Điều 23 khoản 1: danh hiệu cao hơn xét trong số người đạt LĐTT; Bằng khen, Giấy khen: quy chế của cơ quan`,
  }),
  titles: [
    title(
      'LDTT',
      'person',
      [
        c('LDTT', 'rating', 'min-rating', 'rating', `${LUAT} Điều 24 khoản 1 điểm a`, [['min', 'rating', 'good']]),
        c('LDTT', 'recruit', 'min-months-worked', 'new-recruit', `${ND65_5_6} (mới tuyển dụng dưới 10 tháng, tính từ ngày tuyển dụng)`, [['minMonths', 'integer', 10, true]]),
        c('LDTT', 'leave', 'max-leave-days', 'leave-days', `${ND65_5_6} (nghỉ từ 40 ngày làm việc trở lên)`, [['fromDays', 'integer', 40, true]]),
      ],
      { kind: 'title', decidedBy: 'agency-head', citation: `${LUAT} Điều 24`, requiresBase: false },
    ),
    title(
      'CSTDCS',
      'person',
      [
        c('CSTDCS', 'ldtt', 'requires-title', 'not-ldtt', `${CSTDCS} khoản 1`, [], { title: 'LDTT' }),
        c('CSTDCS', 'achievement', 'achievement', 'no-initiative', `${CSTDCS} khoản 2`, [
          ['initiative', 'boolean', true],
          ['research', 'boolean', true],
          ['excellentRating', 'boolean', false],
        ]),
      ],
      {
        kind: 'title',
        decidedBy: 'agency-head',
        citation: CSTDCS,
        requiresBase: false,
        cap: {
          of: 'title',
          title: 'LDTT',
          param: param('CSTDCS.cap.share', 'share', 0.15, 'TT 07/2014/TT-BNV Điều 5', true),
          rounding: 'down',
          citation: 'TT 07/2014/TT-BNV Điều 5 (không quá 15 % số LĐTT)',
        },
      },
    ),
    title(
      'CSTD_TINH',
      'person',
      [
        c('CSTD_TINH', 'consecutive', 'consecutive-titles', 'not-consecutive', CSTD_TINH, [['years', 'integer', 3]], { title: 'CSTDCS' }),
        c('CSTD_TINH', 'provincial', 'provincial-initiative', 'no-provincial-initiative', CSTD_TINH, [['required', 'boolean', true]]),
      ],
      { kind: 'title', decidedBy: 'province-chair', citation: CSTD_TINH },
    ),
    ...(['BK_TINH', 'BK_BO'] as const).map((id) =>
      title(
        id,
        'person',
        [
          c(id, 'ratings', 'consecutive-ratings', 'not-consecutive', BK, [
            ['years', 'integer', 2],
            ['min', 'rating', 'excellent'],
          ]),
          c(id, 'initiatives', 'achievement', 'no-initiative', BK, [
            ['initiative', 'boolean', true],
            ['research', 'boolean', false],
            ['excellentRating', 'boolean', false],
            ['minCount', 'integer', 2],
            ['years', 'integer', 2],
          ]),
        ],
        { kind: 'award', decidedBy: id === 'BK_BO' ? 'minister' : 'province-chair', citation: BK, enabled: id === 'BK_TINH' },
      ),
    ),
    title('GIAY_KHEN', 'person', [c('GIAY_KHEN', 'rating', 'min-rating', 'rating', GIAY_KHEN, [['min', 'rating', 'excellent']])], {
      kind: 'award',
      decidedBy: 'agency-head',
      citation: GIAY_KHEN,
    }),
    title(
      'TTLDXS',
      'unit',
      [
        c('TTLDXS', 'members', 'has-members', 'no-members', TTLDXS),
        c('TTLDXS', 'rating', 'unit-rating', 'unit-rating', `${TTLDXS} khoản 1`, [['min', 'rating', 'excellent']]),
        c('TTLDXS', 'membersRating', 'members-min-rating', 'members-incomplete', `${TTLDXS} khoản 3`, [['min', 'rating', 'complete']]),
        c(
          'TTLDXS',
          'ldttShare',
          'members-ldtt-share',
          'members-ldtt-share',
          `${TTLDXS} khoản 3`,
          [
            ['minShare', 'share', 0.7],
            ['strict', 'boolean', false],
          ],
          { title: 'LDTT' },
        ),
        c('TTLDXS', 'cstdcs', 'members-cstdcs', 'no-cstdcs-member', `${TTLDXS} khoản 4`, [['min', 'integer', 1]], { title: 'CSTDCS' }),
      ],
      { kind: 'title', decidedBy: 'province-chair', citation: TTLDXS, level: 2 },
    ),
    title(
      'TTLDTT',
      'unit',
      [
        c('TTLDTT', 'members', 'has-members', 'no-members', TTLDTT),
        c('TTLDTT', 'rating', 'unit-rating', 'unit-rating', `${TTLDTT} điểm a`, [['min', 'rating', 'good']]),
        c(
          'TTLDTT',
          'ldttShare',
          'members-ldtt-share',
          'members-ldtt-share',
          `${TTLDTT} điểm c`,
          [
            ['minShare', 'share', 0.5],
            ['strict', 'boolean', true],
          ],
          { title: 'LDTT' },
        ),
      ],
      { kind: 'title', decidedBy: 'agency-head', citation: TTLDTT, level: 1 },
    ),
    ...(['BK_TINH', 'BK_BO'] as const).map((id) =>
      title(
        id,
        'unit',
        [
          c(id, 'ratings', 'unit-consecutive-ratings', 'not-consecutive', BK_UNIT, [
            ['years', 'integer', 2],
            ['min', 'rating', 'excellent'],
          ]),
        ],
        {
          kind: 'award',
          decidedBy: id === 'BK_BO' ? 'minister' : 'province-chair',
          citation: BK_UNIT,
          enabled: id === 'BK_TINH',
        },
      ),
    ),
    // Not a formula: the engine checks the unit is this year's TTLĐXS and shows the cluster's
    // choice as the clerk recorded it on the unit sheet.
    title(
      'CO_TINH',
      'unit',
      [c('CO_TINH', 'ttldxs', 'requires-title', 'unit-not-title', CO_TINH_TTLDXS, [], { title: 'TTLDXS' }), c('CO_TINH', 'cluster', 'cluster-selection', 'cluster-not-selected', CO_TINH_CLUSTER)],
      { kind: 'award', decidedBy: 'province-chair', citation: CO_TINH, unitOnly: true },
    ),
  ],
});
