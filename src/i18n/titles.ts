import type { Messages } from './types';

/**
 * The names of every title, by its rule's key (`BK_TINH_UNIT` is a unit's Bằng khen): full,
 * short, and the short forms that fit in a sheet tab (31 characters with the prefix).
 */
export const titleMessages: Messages = {
  'title.LDTT': { vi: 'Lao động tiên tiến', en: 'Advanced worker' },
  'title.CSTDCS': { vi: 'Chiến sĩ thi đua cơ sở', en: 'Grassroots emulation fighter' },
  'title.CSTD_TINH': { vi: 'Chiến sĩ thi đua cấp tỉnh', en: 'Provincial emulation fighter' },
  'title.BK_TINH': { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: "Provincial chairman's certificate of merit" },
  'title.BK_BO': { vi: 'Bằng khen của Bộ trưởng', en: "Minister's certificate of merit" },
  'title.GIAY_KHEN': { vi: 'Giấy khen của Giám đốc Sở', en: "Director's certificate of commendation" },
  'title.TTLDTT': { vi: 'Tập thể lao động tiên tiến', en: 'Advanced collective' },
  'title.TTLDXS': { vi: 'Tập thể lao động xuất sắc', en: 'Excellent collective' },
  'title.BK_TINH_UNIT': { vi: 'Bằng khen của Chủ tịch UBND tỉnh', en: "Provincial chairman's certificate of merit" },
  'title.BK_BO_UNIT': { vi: 'Bằng khen của Bộ trưởng', en: "Minister's certificate of merit" },

  'short.LDTT': { vi: 'LĐTT', en: 'LDTT' },
  'short.CSTDCS': { vi: 'CSTĐCS', en: 'CSTDCS' },
  'short.CSTD_TINH': { vi: 'CSTĐ tỉnh', en: 'CSTD tinh' },
  'short.BK_TINH': { vi: 'BK tỉnh', en: 'BK tinh' },
  'short.BK_BO': { vi: 'BK Bộ', en: 'BK Bo' },
  'short.GIAY_KHEN': { vi: 'Giấy khen', en: 'Giay khen' },
  'short.TTLDTT': { vi: 'TTLĐTT', en: 'TTLDTT' },
  'short.TTLDXS': { vi: 'TTLĐXS', en: 'TTLDXS' },
  'short.BK_TINH_UNIT': { vi: 'BK tỉnh (tập thể)', en: 'BK tinh (collective)' },
  'short.BK_BO_UNIT': { vi: 'BK Bộ (tập thể)', en: 'BK Bo (collective)' },

  // Sheet tabs: the working lists ("DS đề nghị …") and the official forms ("Mẫu DS …", "Phiếu bầu …").
  'tab.LDTT': { vi: 'LĐTT', en: 'LĐTT' },
  'tab.CSTDCS': { vi: 'CSTĐCS', en: 'CSTĐCS' },
  'tab.CSTD_TINH': { vi: 'CSTĐ tỉnh', en: 'CSTĐ tỉnh' },
  'tab.BK_TINH': { vi: 'BK tỉnh - cá nhân', en: 'BK tỉnh - cá nhân' },
  'tab.BK_BO': { vi: 'BK Bộ - cá nhân', en: 'BK Bộ - cá nhân' },
  'tab.GIAY_KHEN': { vi: 'Giấy khen', en: 'Giấy khen' },
  'tab.TTLDXS': { vi: 'TTLĐXS', en: 'TTLĐXS' },
  'tab.TTLDTT': { vi: 'TTLĐTT', en: 'TTLĐTT' },
  'tab.BK_TINH_UNIT': { vi: 'BK tỉnh - tập thể', en: 'BK tỉnh - tập thể' },
  'tab.BK_BO_UNIT': { vi: 'BK Bộ - tập thể', en: 'BK Bộ - tập thể' },
  'tabDoc.LDTT': { vi: 'LĐTT', en: 'LĐTT' },
  'tabDoc.CSTDCS': { vi: 'CSTĐCS', en: 'CSTĐCS' },
  'tabDoc.CSTD_TINH': { vi: 'CSTĐ tỉnh', en: 'CSTĐ tỉnh' },
  'tabDoc.BK_TINH': { vi: 'BK tỉnh CN', en: 'BK tỉnh CN' },
  'tabDoc.BK_BO': { vi: 'BK Bộ CN', en: 'BK Bộ CN' },
  'tabDoc.GIAY_KHEN': { vi: 'Giấy khen', en: 'Giấy khen' },
  'tabDoc.TTLDXS': { vi: 'TTLĐXS', en: 'TTLĐXS' },
  'tabDoc.TTLDTT': { vi: 'TTLĐTT', en: 'TTLĐTT' },
  'tabDoc.BK_TINH_UNIT': { vi: 'BK tỉnh TT', en: 'BK tỉnh TT' },
  'tabDoc.BK_BO_UNIT': { vi: 'BK Bộ TT', en: 'BK Bộ TT' },
};
