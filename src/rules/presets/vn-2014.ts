import type { RuleSet } from '../types';
import { criterion as c, param, title } from './build';

/**
 * Luật Thi đua, Khen thưởng 2003 (sửa đổi 2005, 2013), NĐ 42/2010, NĐ 39/2012,
 * NĐ 65/2014, TT 07/2014/TT-BNV: the regime of the 2014 year-end review to 2017.
 */
const LUAT = 'Luật TĐKT 2003 (sửa đổi 2013)';
const LDTT = `${LUAT} Điều 24; NĐ 65/2014/NĐ-CP Điều 5; TT 07/2014/TT-BNV`;
const CSTDCS = `${LUAT} Điều 23; TT 07/2014/TT-BNV Điều 5`;
const CSTD_TINH = `${LUAT} Điều 22`;
const BK = 'Quy chế TĐKT của tỉnh (tham số); mặc định: HTXSNV 2 năm liên tục';
const GIAY_KHEN = 'Quy chế TĐKT của cơ quan (tham số); mặc định: HTXSNV năm nay';
const TTLDTT = `${LUAT} Điều 28`;
const TTLDXS = `${LUAT} Điều 27`;

export const VN_2014: RuleSet = {
  id: 'vn-2014',
  label: 'preset.vn-2014',
  inForce: { from: '2014-10-15', to: '2023-12-31' },
  texts: 'Luật TĐKT 2003, sửa đổi 2005 và 2013 (Luật 39/2013/QH13); NĐ 42/2010/NĐ-CP; NĐ 39/2012/NĐ-CP; NĐ 65/2014/NĐ-CP; TT 07/2014/TT-BNV',
  // Provisional: to be confirmed against published copies (issue 9).
  basis: [
    { kind: 'law', date: '2003-11-26', printed: 'Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003', confirmed: false },
    { kind: 'law', date: '2005-06-14', printed: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 14 tháng 6 năm 2005', confirmed: false },
    { kind: 'law', number: '39/2013/QH13', date: '2013-11-16', printed: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng ngày 16 tháng 11 năm 2013', confirmed: false },
    { kind: 'decree', number: '42/2010/NĐ-CP', date: '2010-04-15', printed: 'Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng', confirmed: false },
    { kind: 'decree', number: '39/2012/NĐ-CP', date: '2012-04-27', printed: 'Nghị định số 39/2012/NĐ-CP ngày 27 tháng 4 năm 2012 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 42/2010/NĐ-CP', confirmed: false },
    { kind: 'decree', number: '65/2014/NĐ-CP', date: '2014-07-01', printed: 'Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2013', confirmed: false },
    { kind: 'circular', number: '07/2014/TT-BNV', date: '2014-08-29', printed: 'Thông tư số 07/2014/TT-BNV ngày 29 tháng 8 năm 2014 của Bộ Nội vụ hướng dẫn thi hành Nghị định số 42/2010/NĐ-CP, Nghị định số 39/2012/NĐ-CP và Nghị định số 65/2014/NĐ-CP', confirmed: false },
  ],
  titles: [
    title(
      'LDTT',
      'person',
      [
        c('LDTT', 'rating', 'min-rating', 'rating', `${LUAT} Điều 24`, [['min', 'rating', 'good']]),
        c('LDTT', 'recruit', 'min-months-worked', 'new-recruit', 'NĐ 65/2014/NĐ-CP Điều 5; TT 07/2014/TT-BNV', [['minMonths', 'integer', 10, true]]),
        c('LDTT', 'leave', 'max-leave-days', 'leave-days', 'NĐ 65/2014/NĐ-CP Điều 5; TT 07/2014/TT-BNV', [['fromDays', 'integer', 40, true]]),
        c('LDTT', 'discipline', 'max-discipline', 'discipline', 'NĐ 65/2014/NĐ-CP Điều 5; TT 07/2014/TT-BNV', [['from', 'discipline', 'reprimand', true]]),
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
          ['excellentRating', 'boolean', false],
        ]),
      ],
      {
        kind: 'title', decidedBy: 'agency-head', citation: CSTDCS,
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
    title(
      'BK_TINH',
      'person',
      [c('BK_TINH', 'ratings', 'consecutive-ratings', 'not-consecutive', BK, [['years', 'integer', 2], ['min', 'rating', 'excellent']])],
      { kind: 'award', decidedBy: 'province-chair', citation: BK },
    ),
    title(
      'BK_BO',
      'person',
      [c('BK_BO', 'ratings', 'consecutive-ratings', 'not-consecutive', BK, [['years', 'integer', 2], ['min', 'rating', 'excellent']])],
      { kind: 'award', decidedBy: 'minister', citation: BK, enabled: false },
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
    title(
      'BK_TINH',
      'unit',
      [c('BK_TINH', 'ratings', 'unit-consecutive-ratings', 'unit-rating', BK, [['years', 'integer', 2], ['min', 'rating', 'excellent']])],
      { kind: 'award', decidedBy: 'province-chair', citation: BK },
    ),
    title(
      'BK_BO',
      'unit',
      [c('BK_BO', 'ratings', 'unit-consecutive-ratings', 'unit-rating', BK, [['years', 'integer', 2], ['min', 'rating', 'excellent']])],
      { kind: 'award', decidedBy: 'minister', citation: BK, enabled: false },
    ),
  ],
};
