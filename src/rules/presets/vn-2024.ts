import { criterion as c, general, param, ruleSet, title } from './build';
import { TEXTS } from './texts';

/**
 * Luật Thi đua, khen thưởng 2022 (06/2022/QH15), NĐ 98/2023/NĐ-CP, TT 01/2024/TT-BNV: from
 * 01/01/2024 until NĐ 152/2025 on 01/07/2025. A new law replacing the 2003 one (every article
 * renumbered), so a rule set of its own rather than an override of vn-2017.
 */
const LUAT = 'Luật TĐKT 2022';
const TT01 = 'TT 01/2024/TT-BNV Điều 1 khoản 5';
const CSTDCS = `${LUAT} Điều 23`;
const CSTD_TINH = `${LUAT} Điều 22 khoản 1`;
const BK = `${LUAT} Điều 74 khoản 1 điểm d`;
const GIAY_KHEN = `${LUAT} Điều 75 khoản 2 (tiêu chuẩn do cơ quan quy định; tham số, mặc định HTXSNV năm nay)`;
const TTLDTT = `${LUAT} Điều 28 khoản 1`;
const TTLDXS = `${LUAT} Điều 27 khoản 1`;
const BK_UNIT = `${LUAT} Điều 74 khoản 2 (tập thể 02 năm liên tục HTXSNV)`;
/** Cờ thi đua: the best collectives, chosen by the province's emulation cluster (docs/regimes.md). */
const CO_TINH = `${LUAT} Điều 26 khoản 1, khoản 2 (tập thể tiêu biểu xuất sắc, dẫn đầu phong trào thi đua của cụm, khối thi đua)`;
const CO_TINH_TTLDXS = `${CO_TINH}: lựa chọn trong số tập thể đạt danh hiệu "Tập thể lao động xuất sắc" năm nay`;
const CO_TINH_CLUSTER = `${CO_TINH}; bình xét, suy tôn trong cụm, khối thi đua do tỉnh tổ chức (văn thư ghi kết quả)`;

export const VN_2024 = ruleSet({
  id: 'vn-2024',
  label: 'preset.vn-2024',
  inForce: { from: '2024-01-01', to: '2025-06-30' },
  confirmed: true,
  transition: 'Luật TĐKT 2022 Điều 94 (hiệu lực từ 01/01/2024; Luật 2003 hết hiệu lực), Điều 95 (danh hiệu, hình thức khen thưởng đã tặng trước đó tiếp tục được công nhận)',
  texts: 'Luật TĐKT 2022 (06/2022/QH15); NĐ 98/2023/NĐ-CP; TT 01/2024/TT-BNV',
  basis: [TEXTS.LUAT_2022, TEXTS.ND98_2023, TEXTS.TT01_2024],
  roles: { base: 'LDTT', grassroots: 'CSTDCS' },
  general: general({
    discipline: ['reprimand', `${TT01}; danh hiệu, hình thức khen thưởng cao hơn xét trong số người đạt LĐTT`],
    disciplineRunning: [false, 'NĐ 152/2025/NĐ-CP: chỉ từ 01/7/2025'],
    memberDiscipline: [null, `${LUAT} Điều 27 khoản 1, Điều 28 khoản 1: không có tiêu chí thành viên bị kỷ luật; bộ, tỉnh có thể bổ sung (Điều 27 khoản 3, Điều 28 khoản 3) — tham số, mặc định tắt`],
    exemptLeave: {
      kinds: ['maternity', 'duty-injury', 'work-injury', 'training'],
      citation: `${TT01}: thời gian nghỉ thai sản, điều trị do bị thương khi làm nhiệm vụ hoặc cứu người, đi học được cử được tính để bình xét LĐTT`,
    },
    transfer: `${TT01}: cá nhân chuyển công tác do cơ quan mới bình xét; "mới tuyển dụng dưới 6 tháng" tính từ ngày tuyển dụng, không từ ngày về cơ quan`,
    base: `${LUAT} Điều 22 khoản 1, Điều 23: danh hiệu cao hơn xét trong số người đạt LĐTT; Bằng khen, Giấy khen: quy chế của cơ quan`,
  }),
  titles: [
    title(
      'LDTT',
      'person',
      [
        c('LDTT', 'rating', 'min-rating', 'rating', `${LUAT} Điều 24 khoản 1 điểm a`, [['min', 'rating', 'good']]),
        c('LDTT', 'recruit', 'min-months-worked', 'new-recruit', `${TT01} điểm d (không xét LĐTT với cá nhân mới tuyển dụng dưới 6 tháng)`, [['minMonths', 'integer', 6, true]]),
        c('LDTT', 'leave', 'max-leave-days', 'leave-days', `${LUAT} không quy định số ngày nghỉ; quy chế của cơ quan (tham số, mặc định tắt)`, [['fromDays', 'integer', null, true]]),
      ],
      { kind: 'title', decidedBy: 'agency-head', citation: `${LUAT} Điều 24 khoản 1; Điều 80 khoản 1`, requiresBase: false },
    ),
    title(
      'CSTDCS',
      'person',
      [
        c('CSTDCS', 'ldtt', 'requires-title', 'not-ldtt', CSTDCS, [], { title: 'LDTT' }),
        c('CSTDCS', 'achievement', 'achievement', 'no-initiative', CSTDCS, [
          ['initiative', 'boolean', true],
          ['research', 'boolean', true],
          ['excellentRating', 'boolean', true],
        ]),
      ],
      {
        kind: 'title',
        decidedBy: 'agency-head',
        citation: `${CSTDCS}; Điều 80 khoản 1`,
        requiresBase: false,
        cap: {
          of: 'title',
          title: 'LDTT',
          param: param('CSTDCS.cap.share', 'share', null, 'Quy chế của cơ quan (tham số; Luật TĐKT 2022 không quy định tỷ lệ)', true),
          rounding: 'down',
          citation: 'Quy chế của cơ quan (tham số; Luật TĐKT 2022 không quy định tỷ lệ)',
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
          c(id, 'path', 'any-of', 'not-consecutive', BK, [], {
            anyOf: [
              [c(id, 'cstdcs', 'consecutive-titles', 'not-consecutive', BK, [['years', 'integer', 2]], { title: 'CSTDCS' })],
              [
                c(id, 'ratings', 'consecutive-ratings', 'not-consecutive', BK, [
                  ['years', 'integer', 2],
                  ['min', 'rating', 'excellent'],
                ]),
                // "02 sáng kiến … hoặc 02 đề tài" in the two years, not this year only. Whether one of
                // each counts is disputed (Công văn 1168/BNV-BTĐKT, 06/02/2026): a parameter, off.
                c(id, 'initiatives', 'achievement', 'no-initiative', BK, [
                  ['initiative', 'boolean', true],
                  ['research', 'boolean', true],
                  ['excellentRating', 'boolean', false],
                  ['minCount', 'integer', 2],
                  ['years', 'integer', 2],
                  ['combine', 'boolean', false],
                ]),
              ],
            ],
          }),
        ],
        { kind: 'award', decidedBy: id === 'BK_BO' ? 'minister' : 'province-chair', citation: BK, enabled: id === 'BK_TINH' },
      ),
    ),
    title('GIAY_KHEN', 'person', [c('GIAY_KHEN', 'rating', 'min-rating', 'rating', GIAY_KHEN, [['min', 'rating', 'excellent']])], {
      kind: 'award',
      decidedBy: 'agency-head',
      citation: `${GIAY_KHEN}; Điều 80 khoản 1`,
    }),
    title(
      'TTLDXS',
      'unit',
      [
        c('TTLDXS', 'members', 'has-members', 'no-members', TTLDXS),
        c('TTLDXS', 'rating', 'unit-rating', 'unit-rating', `${TTLDXS} điểm a`, [['min', 'rating', 'excellent']]),
        c('TTLDXS', 'membersRating', 'members-min-rating', 'members-incomplete', `${TTLDXS} điểm c`, [['min', 'rating', 'complete']]),
        c(
          'TTLDXS',
          'ldttShare',
          'members-ldtt-share',
          'members-ldtt-share',
          `${TTLDXS} điểm c`,
          [
            ['minShare', 'share', 0.7],
            ['strict', 'boolean', false],
          ],
          { title: 'LDTT' },
        ),
        c('TTLDXS', 'cstdcs', 'members-cstdcs', 'no-cstdcs-member', `${TTLDXS} điểm d`, [['min', 'integer', 1]], { title: 'CSTDCS' }),
      ],
      { kind: 'title', decidedBy: 'province-chair', citation: TTLDXS, level: 2 },
    ),
    title(
      'TTLDTT',
      'unit',
      [
        c('TTLDTT', 'members', 'has-members', 'no-members', TTLDTT),
        c('TTLDTT', 'rating', 'unit-rating', 'unit-rating', TTLDTT, [['min', 'rating', 'good']]),
        c(
          'TTLDTT',
          'ldttShare',
          'members-ldtt-share',
          'members-ldtt-share',
          TTLDTT,
          [
            ['minShare', 'share', 0.5],
            ['strict', 'boolean', true],
          ],
          { title: 'LDTT' },
        ),
      ],
      { kind: 'title', decidedBy: 'agency-head', citation: `${TTLDTT}; Điều 80 khoản 1`, level: 1 },
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
    title(
      'CO_TINH',
      'unit',
      [c('CO_TINH', 'ttldxs', 'requires-title', 'unit-not-title', CO_TINH_TTLDXS, [], { title: 'TTLDXS' }), c('CO_TINH', 'cluster', 'cluster-selection', 'cluster-not-selected', CO_TINH_CLUSTER)],
      { kind: 'award', decidedBy: 'province-chair', citation: CO_TINH, unitOnly: true },
    ),
  ],
});
