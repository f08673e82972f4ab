/**
 * Header aliases per role, folded (no case, no diacritics, no punctuation). The first
 * field whose alias matches wins, so the more specific aliases come first.
 */
import type { SheetRole } from '../fields';

export type AliasTable = [field: string, aliases: string[]][];

export const STAFF_ALIASES: AliasTable = [
  ['index', ['stt', 'tt', 'so tt', 'so thu tu']],
  ['name', ['ho va ten', 'ho ten', 'ho va ten can bo', 'ten can bo', 'ho ten can bo']],
  ['birth', ['ngay sinh', 'nam sinh', 'ngay thang nam sinh']],
  ['gender', ['gioi tinh']],
  ['position', ['chuc vu', 'chuc danh', 'chuc vu chuc danh']],
  ['hireDate', ['ngay tuyen dung', 'ngay vao co quan', 'ngay vao nganh', 'ngay nhan cong tac', 'ngay vao lam']],
  ['monthsWorked', ['so thang cong tac', 'so thang lam viec', 'thang cong tac']],
  ['maternityLeave', ['nghi thai san', 'thai san']],
  ['leaveDays', ['so ngay nghi', 'ngay nghi', 'so ngay vang']],
  ['discipline', ['hinh thuc ky luat', 'ky luat']],
  ['provincialInitiative', ['sang kien cap tinh', 'sang kien pham vi cap tinh', 'sang kien tinh']],
  ['initiative', ['sang kien']],
  ['researchProject', ['de tai', 'nghien cuu khoa hoc']],
  ['voteShare', ['ty le phieu', 'phieu tin nhiem', 'phieu bau', 'ty le tin nhiem']],
  ['rating', ['xep loai', 'danh gia', 'phan loai', 'ket qua danh gia', 'ket qua xep loai']],
  ['unit', ['don vi', 'phong ban', 'phong', 'don vi cong tac', 'phong don vi', 'bo phan']],
  ['note', ['ghi chu']],
];

export const UNIT_ALIASES: AliasTable = [
  ['index', ['stt', 'tt']],
  ['unitName', ['ten phong don vi', 'ten don vi', 'ten phong', 'ten tap the', 'don vi', 'phong ban', 'ten co quan don vi']],
  ['members', ['so cbccvc', 'so nguoi', 'so can bo', 'so luong', 'tong so', 'quan so']],
  ['unitRating', ['xep loai tap the', 'xep loai', 'danh gia', 'phan loai']],
  ['note', ['ghi chu']],
];

export const HISTORY_ALIASES: AliasTable = [
  ['name', ['ho va ten', 'ho ten']],
  ['birth', ['ngay sinh', 'nam sinh']],
  ['unit', ['don vi', 'phong']],
  ['year', ['nam', 'nam xet']],
  ['title', ['danh hieu', 'danh hieu thi dua', 'hinh thuc khen thuong', 'khen thuong']],
  ['rating', ['xep loai', 'danh gia']],
  ['decision', ['so quyet dinh', 'quyet dinh']],
];

export const ALIASES: Record<SheetRole, AliasTable> = { staff: STAFF_ALIASES, units: UNIT_ALIASES, history: HISTORY_ALIASES };

/** "xep loai 2013" matches "xep loai"; "don vi" does not match inside "ten phong don vi" (the longer alias wins first). */
export function matchAlias(label: string, table: AliasTable, exactOnly: string[] = []): string | undefined {
  for (const [field, aliases] of table) {
    for (const a of aliases) {
      if (label === a) return field;
      if (exactOnly.includes(field)) continue;
      if (label.startsWith(`${a} `)) return field;
    }
  }
  return undefined;
}
