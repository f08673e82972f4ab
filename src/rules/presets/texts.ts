/**
 * The legal texts on one timeline, each once, with its own interval in force: a regime cites
 * them, a paper prints those in force on its own date (`basisOn`). docs/regimes.md says where
 * each number, date and date of effect was checked; what was not found is marked here
 * (`confirmed: false`: the date of signature is never printed; `effectConfirmed: false`: the
 * interval starts at the signature, the date of effect not being found).
 */
import type { LegalText } from '../types';
import { vietnameseDate } from '../../text/format';

interface TextSpec {
  kind: LegalText['kind'];
  number?: string;
  date: string;
  /** What comes before the date: "Nghị định số 65/2014/NĐ-CP", "Luật Thi đua, Khen thưởng". */
  title: string;
  /** What comes after it: "của Chính phủ quy định …" (empty for a law). */
  by: string;
  confirmed: boolean;
  source?: string;
  inForce: { from: string; to?: string };
  effectConfirmed: boolean;
}

/** A text as a paper prints it: the date of signature only when it was confirmed. */
export function legalText(s: TextSpec): LegalText {
  const printed = [s.title, s.confirmed ? vietnameseDate(s.date) : '', s.by].filter(Boolean).join(' ');
  return {
    kind: s.kind,
    ...(s.number ? { number: s.number } : {}),
    date: s.date,
    printed,
    confirmed: s.confirmed,
    ...(s.source ? { source: s.source } : {}),
    inForce: s.inForce,
    effectConfirmed: s.effectConfirmed,
  };
}

const PHAPDIEN = 'https://phapdien.moj.gov.vn/qt/tintuc/Pages/nghien-cuu-trao-doi.aspx?ItemID=240';
/** NĐ 65/2014 as printed by a school of Hiệp Hòa (Bắc Giang): its Điều 5 quoted in docs/regimes.md. */
const ND65_PAGE = 'http://thcshoangluong.pgdhiephoa.edu.vn/tin-tuc-thong-bao/thi-dua-khen-thuong/thi-dua-khen-thuong.html';
/** NĐ 152/2025 in full (vbpl.vn, mirrored): Điều 4, 49–54, 59, 60 quoted in docs/regimes.md. */
export const ND152_PAGE =
  'https://vbpl.vn/van-ban/chi-tiet/nghi-dinh-so-152-2025-nd-cp-quy-dinh-ve-phan-cap-phan-quyen-trong-linh-vuc-thi-dua-khen-thuong-quy-dinh-chi-tiet-va-huong-dan-thi-hanh-mot-so-dieu-cua-luat-thi-dua-khen-thuong--178327';

/** Luật 2022 took effect on 01/01/2024: the 2003 law and its amendments end the day before. */
const END_2003_LAW = '2023-12-31';
/** NĐ 91/2017 took effect on 01/10/2017 and replaced NĐ 42/2010, 39/2012 and 65/2014. */
const END_2010_DECREES = '2017-09-30';

export const TEXTS = {
  LUAT_2003: legalText({
    kind: 'law',
    number: '15/2003/QH11',
    date: '2003-11-26',
    confirmed: true,
    source: PHAPDIEN,
    title: 'Luật Thi đua, Khen thưởng',
    by: '',
    inForce: { from: '2003-11-26', to: END_2003_LAW },
    effectConfirmed: false,
  }),
  LUAT_2005: legalText({
    kind: 'law',
    number: '47/2005/QH11',
    date: '2005-06-14',
    confirmed: true,
    source: PHAPDIEN,
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng',
    by: '',
    inForce: { from: '2005-06-14', to: END_2003_LAW },
    effectConfirmed: false,
  }),
  LUAT_2013: legalText({
    kind: 'law',
    number: '39/2013/QH13',
    date: '2013-11-16',
    confirmed: true,
    source: PHAPDIEN,
    title: 'Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng',
    by: '',
    inForce: { from: '2013-11-16', to: END_2003_LAW },
    effectConfirmed: false,
  }),
  ND42_2010: legalText({
    kind: 'decree',
    number: '42/2010/NĐ-CP',
    date: '2010-04-15',
    confirmed: true,
    source: 'https://ls1.hethongphapluat.com/quyet-dinh-08-2012-qd-ubnd-ve-quy-che-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-an-giang.html',
    title: 'Nghị định số 42/2010/NĐ-CP',
    by: 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, Khen thưởng và Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng',
    inForce: { from: '2010-04-15', to: END_2010_DECREES },
    effectConfirmed: false,
  }),
  ND39_2012: legalText({
    kind: 'decree',
    number: '39/2012/NĐ-CP',
    date: '2012-04-27',
    confirmed: true,
    source: 'https://ls1.hethongphapluat.com/quyet-dinh-08-2012-qd-ubnd-ve-quy-che-cong-tac-thi-dua-khen-thuong-tren-dia-ban-tinh-an-giang.html',
    title: 'Nghị định số 39/2012/NĐ-CP',
    by: 'của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010 của Chính phủ',
    inForce: { from: '2012-04-27', to: END_2010_DECREES },
    effectConfirmed: false,
  }),
  ND65_2014: legalText({
    kind: 'decree',
    number: '65/2014/NĐ-CP',
    date: '2014-07-01',
    confirmed: true,
    source: ND65_PAGE,
    title: 'Nghị định số 65/2014/NĐ-CP',
    by: 'của Chính phủ quy định chi tiết thi hành Luật sửa đổi, bổ sung một số điều của Luật Thi đua, Khen thưởng năm 2013',
    inForce: { from: '2014-07-01', to: END_2010_DECREES },
    effectConfirmed: false,
  }),
  TT07_2014: legalText({
    kind: 'circular',
    number: '07/2014/TT-BNV',
    date: '2014-08-29',
    confirmed: true,
    source: 'https://thuvienphapluat.vn/bulletin/document.aspx?key1=g%3DpjM056SXTW',
    title: 'Thông tư số 07/2014/TT-BNV',
    by: 'của Bộ Nội vụ hướng dẫn thi hành một số điều của Nghị định số 42/2010/NĐ-CP ngày 15 tháng 4 năm 2010, Nghị định số 39/2012/NĐ-CP ngày 27 tháng 4 năm 2012 và Nghị định số 65/2014/NĐ-CP ngày 01 tháng 7 năm 2014 của Chính phủ',
    // The regime's first review date (15/10/2014) is taken as its date of effect; replaced with the decrees it guides.
    inForce: { from: '2014-10-15', to: END_2010_DECREES },
    effectConfirmed: false,
  }),
  ND91_2017: legalText({
    kind: 'decree',
    number: '91/2017/NĐ-CP',
    date: '2017-07-31',
    confirmed: true,
    source: 'https://phapluatcongdong.vn/van-ban/quyet-dinh-31-2020-qd-ubnd-ban-hanh-tinh-phu-yen-nam-2020-p43558.htm',
    title: 'Nghị định số 91/2017/NĐ-CP',
    by: 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    inForce: { from: '2017-10-01', to: END_2003_LAW },
    effectConfirmed: true,
  }),
  TT08_2017: legalText({
    kind: 'circular',
    number: '08/2017/TT-BNV',
    date: '2017-10-27',
    confirmed: true,
    source: 'http://vbpl.vn/langson/Pages/vbpq-print.aspx?ItemID=135379',
    title: 'Thông tư số 08/2017/TT-BNV',
    by: 'của Bộ trưởng Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    inForce: { from: '2017-10-27', to: '2019-12-31' },
    effectConfirmed: false,
  }),
  TT12_2019: legalText({
    kind: 'circular',
    number: '12/2019/TT-BNV',
    date: '2019-11-04',
    confirmed: true,
    source: 'https://hethongphapluat.com/thong-tu-12-2019-tt-bnv-huong-dan-nghi-dinh-91-2017-nd-cp-huong-dan-luat-thi-dua-khen-thuong-do-bo-truong-bo-noi-vu-ban-hanh/dieu-9',
    title: 'Thông tư số 12/2019/TT-BNV',
    by: 'của Bộ trưởng Bộ Nội vụ quy định chi tiết thi hành một số điều của Nghị định số 91/2017/NĐ-CP ngày 31 tháng 7 năm 2017 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    inForce: { from: '2020-01-01', to: END_2003_LAW },
    effectConfirmed: true,
  }),
  LUAT_2022: legalText({
    kind: 'law',
    number: '06/2022/QH15',
    date: '2022-06-15',
    confirmed: true,
    source: 'https://vietjack.me/phap-luat/luat-thi-dua-khen-thuong-2022/chuong-ii-761.html',
    title: 'Luật Thi đua, khen thưởng',
    by: '',
    inForce: { from: '2024-01-01' },
    effectConfirmed: true,
  }),
  ND98_2023: legalText({
    kind: 'decree',
    number: '98/2023/NĐ-CP',
    date: '2023-12-31',
    confirmed: true,
    source: 'https://stp.thuathienhue.gov.vn/?gd=12&cn=28&tc=9123',
    title: 'Nghị định số 98/2023/NĐ-CP',
    by: 'của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    // Ended when NĐ 152/2025 took effect (its Điều 59 khoản 2, quoted).
    inForce: { from: '2024-01-01', to: '2025-06-30' },
    effectConfirmed: false,
  }),
  TT01_2024: legalText({
    // Number, issuer and subject confirmed (laodongthudo.vn, bacninh.gov.vn); the date of signature was not found: never printed.
    kind: 'circular',
    number: '01/2024/TT-BNV',
    date: '2024-02-29',
    confirmed: false,
    title: 'Thông tư số 01/2024/TT-BNV',
    by: 'của Bộ trưởng Bộ Nội vụ quy định biện pháp thi hành Luật Thi đua, khen thưởng',
    inForce: { from: '2024-01-01', to: '2025-08-03' },
    effectConfirmed: false,
  }),
  ND152_2025: legalText({
    kind: 'decree',
    number: '152/2025/NĐ-CP',
    date: '2025-06-14',
    confirmed: true,
    source: ND152_PAGE,
    title: 'Nghị định số 152/2025/NĐ-CP',
    by: 'của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng',
    // Điều 59 khoản 1: in force from 01/7/2025; Điều 60 khoản 1: it ends on 01/3/2027 unless extended.
    inForce: { from: '2025-07-01', to: '2027-02-28' },
    effectConfirmed: true,
  }),
  TT15_2025: legalText({
    // Signed 04/08/2025; its date of effect was not found: it is cited from its signature.
    kind: 'circular',
    number: '15/2025/TT-BNV',
    date: '2025-08-04',
    confirmed: true,
    source: 'https://thuvienphapluat.vn/van-ban/Bo-may-hanh-chinh/Thong-tu-15-2025-TT-BNV-bien-phap-to-chuc-Luat-Thi-dua-khen-thuong-va-Nghi-dinh-152-2025-ND-C%D0%A0-668075.aspx',
    title: 'Thông tư số 15/2025/TT-BNV',
    by: 'của Bộ trưởng Bộ Nội vụ quy định biện pháp để tổ chức, hướng dẫn thi hành Luật Thi đua, khen thưởng và Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ',
    inForce: { from: '2025-08-04' },
    effectConfirmed: false,
  }),
} as const;

/** Every text on the timeline, oldest first. */
export const ALL_TEXTS: LegalText[] = Object.values(TEXTS);
