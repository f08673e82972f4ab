/**
 * The agency a workbook names in its own title rows: the left block of an official list
 * ("UBND TỈNH BẮC GIANG" over "SỞ KHOA HỌC VÀ CÔNG NGHỆ", or one line "SỞ TƯ PHÁP TỈNH
 * TUYÊN QUANG"). The papers print it when the clerk has not set an agency, so another
 * agency's workbook never borrows the sample's letterhead; where no sheet names one, the
 * papers leave "……".
 */
import type { SheetGrid } from '../grid';
import { cellAddress } from '../grid';

/** Words an agency's name starts with (NĐ 30/2020 Phụ lục I: the issuing body and its parent). */
const AGENCY_START =
  /^(UBND|ỦY BAN|UỶ BAN|HĐND|HỘI ĐỒNG NHÂN DÂN|SỞ|BAN|CỤC|CHI CỤC|TỔNG CỤC|BỘ|VIỆN|HỌC VIỆN|TRƯỜNG|ĐẠI HỌC|BỆNH VIỆN|TRUNG TÂM|VĂN PHÒNG|THANH TRA|KHO BẠC|BẢO HIỂM|CÔNG AN|TÒA ÁN|TOÀ ÁN|CÔNG TY|TẬP ĐOÀN|TỔNG CÔNG TY|ĐÀI|BÁO|HỘI|LIÊN ĐOÀN|QUỸ|NGÂN HÀNG|KIỂM TOÁN|CHI NHÁNH|ĐẢNG ỦY|ĐẢNG UỶ|TỈNH ỦY|HUYỆN ỦY|THÀNH ỦY|BỘ CHỈ HUY|PHÒNG)\s/u;
/** Lines of the title block that are not the agency: the national motto, the list's own title. */
const NOT_AGENCY = /^(CỘNG HÒA|CỘNG HOÀ|ĐỘC LẬP|DANH SÁCH|BẢNG|KẾT QUẢ|BIÊN BẢN|TỔNG HỢP|THỐNG KÊ|PHIẾU|MẪU)/u;
/** "SỞ TƯ PHÁP TỈNH TUYÊN QUANG": the agency, then the locality whose people's committee it serves. */
const WITH_LOCALITY = /^(.+?)\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(\S.*)$/u;

export interface AgencyFromSheets {
  parent?: string;
  name: string;
  /** Where the name was read ("DS CBCCVC 2014", "A2"). */
  sheet: string;
  cell: string;
}

const isCapitals = (s: string) => /\p{L}/u.test(s) && s === s.toLocaleUpperCase('vi');
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();

/** The agency block of one sheet: its lines top to bottom in the first rows, left of the motto. */
function blockOf(g: SheetGrid): { lines: { text: string; cell: string }[] } {
  const lines: { text: string; cell: string }[] = [];
  for (const [r, row] of g.values.slice(0, 6).entries()) {
    // The first text of the row: the left block (the motto stands to its right).
    const c = row.findIndex((v) => typeof v === 'string' && v.trim());
    if (c < 0) continue;
    const text = squash(String(row[c]));
    if (!isCapitals(text) || NOT_AGENCY.test(text) || text.length > 120) continue;
    if (!AGENCY_START.test(`${text} `)) continue;
    lines.push({ text, cell: cellAddress(g.top + r, g.left + c) });
  }
  return { lines };
}

/**
 * The agency the sheets' title rows name, read the same on every sheet that has a block
 * (the one most sheets name when they differ), or undefined when none names one.
 */
export function agencyFromSheets(grids: SheetGrid[]): AgencyFromSheets | undefined {
  const found: AgencyFromSheets[] = [];
  for (const g of grids) {
    const { lines } = blockOf(g);
    if (!lines.length) continue;
    const last = lines[lines.length - 1];
    let name = last.text;
    let parent = lines.length > 1 ? lines[lines.length - 2].text : undefined;
    const m = WITH_LOCALITY.exec(name);
    if (m && !/^(UBND|ỦY BAN|UỶ BAN|HĐND|HỘI ĐỒNG NHÂN DÂN)$/u.test(m[1])) {
      const locality = `${m[2]} ${m[3]}`;
      // "SỞ TƯ PHÁP TỈNH TUYÊN QUANG" under nothing (or under its own province): "SỞ TƯ PHÁP" of "UBND TỈNH TUYÊN QUANG".
      if (!parent || parent.endsWith(locality)) {
        parent ??= `UBND ${locality}`;
        name = m[1];
      }
    }
    found.push({ ...(parent ? { parent } : {}), name, sheet: g.name, cell: last.cell });
  }
  if (!found.length) return undefined;
  const votes = new Map<string, number>();
  for (const f of found) votes.set(f.name, (votes.get(f.name) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0][0];
  return found.find((f) => f.name === best && f.parent) ?? found.find((f) => f.name === best);
}
