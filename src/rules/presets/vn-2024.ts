import type { RuleSet } from '../types';
import { criterion as c, param, title } from './build';

/** Luật Thi đua, Khen thưởng 2022 (06/2022/QH15), NĐ 98/2023, TT 01/2024/TT-BNV: from 01/01/2024. */
const LUAT = 'Luật TĐKT 2022';
const LDTT = `${LUAT} Điều 24 khoản 1; TT 01/2024/TT-BNV`;
const CSTDCS = `${LUAT} Điều 23`;
const CSTD_TINH = `${LUAT} Điều 22 khoản 1`;
const BK = `${LUAT} Điều 74 khoản 1 điểm d`;
const GIAY_KHEN = `${LUAT} Điều 75 khoản 2 (tiêu chuẩn do cơ quan quy định)`;
const TTLDTT = `${LUAT} Điều 28 (tham số: chưa đối chiếu nguyên văn)`;
const TTLDXS = `${LUAT} Điều 27 khoản 1`;
const BK_UNIT = 'Quy chế TĐKT của tỉnh (tham số); mặc định: HTXSNV 2 năm liên tục';

export const VN_2024: RuleSet = {
  id: 'vn-2024',
  label: 'preset.vn-2024',
  inForce: { from: '2024-01-01' },
  texts: 'Luật TĐKT 2022 (06/2022/QH15); NĐ 98/2023/NĐ-CP; TT 01/2024/TT-BNV; NĐ 152/2025/NĐ-CP (phân cấp)',
  // Provisional: to be confirmed against published copies (issue 9).
  basis: [
    { kind: 'law', number: '06/2022/QH15', date: '2022-06-15', printed: 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', confirmed: false },
    { kind: 'decree', number: '98/2023/NĐ-CP', date: '2023-12-31', printed: 'Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng', confirmed: false },
    { kind: 'circular', number: '01/2024/TT-BNV', date: '2024-02-29', printed: 'Thông tư số 01/2024/TT-BNV ngày 29 tháng 02 năm 2024 của Bộ Nội vụ quy định chi tiết một số điều của Luật Thi đua, khen thưởng', confirmed: false },
  ],
  titles: [
    title(
      'LDTT',
      'person',
      [
        c('LDTT', 'rating', 'min-rating', 'rating', LDTT, [['min', 'rating', 'good']]),
        c('LDTT', 'recruit', 'min-months-worked', 'new-recruit', 'TT 01/2024/TT-BNV', [['minMonths', 'integer', 6, true]]),
        c('LDTT', 'leave', 'max-leave-days', 'leave-days', 'Quy chế của cơ quan (tham số)', [['fromDays', 'integer', null, true]]),
        c('LDTT', 'discipline', 'max-discipline', 'discipline', LDTT, [['from', 'discipline', 'reprimand', true]]),
      ],
      { kind: 'title', decidedBy: 'agency-head', citation: LDTT },
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
        kind: 'title', decidedBy: 'agency-head', citation: CSTDCS,
        cap: {
          of: 'title',
          title: 'LDTT',
          param: param('CSTDCS.cap.share', 'share', null, 'Quy chế của cơ quan (tham số)', true),
          rounding: 'down',
          citation: 'Quy chế của cơ quan (tham số; Luật 2022 không quy định tỷ lệ)',
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
                c(id, 'ratings', 'consecutive-ratings', 'not-consecutive', BK, [['years', 'integer', 2], ['min', 'rating', 'excellent']]),
                c(id, 'initiatives', 'achievement', 'no-initiative', BK, [
                  ['initiative', 'boolean', true],
                  ['research', 'boolean', true],
                  ['excellentRating', 'boolean', false],
                  ['minCount', 'integer', 2],
                ]),
              ],
            ],
          }),
        ],
        { kind: 'award', decidedBy: id === 'BK_BO' ? 'minister' : 'province-chair', citation: BK, enabled: id === 'BK_TINH' },
      ),
    ),
    title('GIAY_KHEN', 'person', [c('GIAY_KHEN', 'rating', 'min-rating', 'rating', GIAY_KHEN, [['min', 'rating', 'excellent']])], {
      kind: 'award', decidedBy: 'agency-head', citation: GIAY_KHEN,
    }),
    title(
      'TTLDXS',
      'unit',
      [
        c('TTLDXS', 'members', 'has-members', 'no-members', TTLDXS),
        c('TTLDXS', 'rating', 'unit-rating', 'unit-rating', TTLDXS, [['min', 'rating', 'excellent']]),
        c('TTLDXS', 'membersRating', 'members-min-rating', 'members-incomplete', TTLDXS, [['min', 'rating', 'complete']]),
        c('TTLDXS', 'ldttShare', 'members-ldtt-share', 'members-ldtt-share', TTLDXS, [['minShare', 'share', 0.7], ['strict', 'boolean', false]]),
        c('TTLDXS', 'cstdcs', 'members-cstdcs', 'no-cstdcs-member', TTLDXS, [['min', 'integer', 1]], { title: 'CSTDCS' }),
        c('TTLDXS', 'discipline', 'members-max-discipline', 'member-discipline', TTLDXS, [['from', 'discipline', 'warning', true]]),
      ],
      { kind: 'title', decidedBy: 'province-chair', citation: TTLDXS, level: 2 },
    ),
    title(
      'TTLDTT',
      'unit',
      [
        c('TTLDTT', 'members', 'has-members', 'no-members', TTLDTT),
        c('TTLDTT', 'rating', 'unit-rating', 'unit-rating', TTLDTT, [['min', 'rating', 'good']]),
        c('TTLDTT', 'ldttShare', 'members-ldtt-share', 'members-ldtt-share', TTLDTT, [['minShare', 'share', 0.5], ['strict', 'boolean', true]]),
        c('TTLDTT', 'discipline', 'members-max-discipline', 'member-discipline', TTLDTT, [['from', 'discipline', 'warning', true]]),
      ],
      { kind: 'title', decidedBy: 'agency-head', citation: TTLDTT, level: 1 },
    ),
    ...(['BK_TINH', 'BK_BO'] as const).map((id) =>
      title(id, 'unit', [c(id, 'ratings', 'unit-consecutive-ratings', 'unit-rating', BK_UNIT, [['years', 'integer', 2], ['min', 'rating', 'excellent']])], {
        kind: 'award', decidedBy: id === 'BK_BO' ? 'minister' : 'province-chair', citation: BK_UNIT,
        enabled: id === 'BK_TINH',
      }),
    ),
  ],
};
