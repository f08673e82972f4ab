/**
 * A paper the council signs, as plain data: the parts NĐ 30/2020/NĐ-CP Phụ lục I lays out
 * (agency and national motto side by side with their rules, số and ký hiệu, place and date,
 * tên loại and trích yếu, the body, nơi nhận, the signature block with room for the seal,
 * attached lists on pages of their own). Text only, already worded and formatted in
 * Vietnamese: the Word renderer (documents/word) sets the type (fonts, sizes, margins, page
 * numbers), and a sheet renderer can lay the same model out in cells. No Office, DOM or
 * Node API here.
 */

/** A run of text inside a paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type Align = 'justify' | 'center' | 'left' | 'right';

/**
 * The role of a paragraph, which decides its type (NĐ 30/2020 Phụ lục I):
 * - `body`: 13–14 pt, upright, justified, first line indented 1 cm;
 * - `basis`: a "Căn cứ …;" line, italic, indented;
 * - `heading`: a section heading ("I. KẾT QUẢ …", "Điều 1."), bold, indented;
 * - `center`: a centred line in bold ("QUYẾT ĐỊNH:", "GIÁM ĐỐC SỞ …");
 * - `field`: a form line ("- Họ và tên: …") whose empty value is a dotted line to fill by hand;
 * - `note`: a smaller italic remark ("(Ký, ghi rõ họ và tên)").
 */
export type ParagraphRole = 'body' | 'basis' | 'heading' | 'center' | 'field' | 'note';

export interface Paragraph {
  kind: 'paragraph';
  role: ParagraphRole;
  runs: Run[];
  /** Overrides the role's alignment. */
  align?: Align;
  /** Keep with the next block on one page (a heading with its table). */
  keepNext?: boolean;
}

/** A column of a table: its header, its share of the width (any unit, summed), its alignment. */
export interface Column {
  header: string;
  width: number;
  align?: Align;
  /** A column of figures: a renderer that keeps numbers (the workbook's form) writes the row's `values` as counts or shares. */
  figure?: 'count' | 'share';
}

/**
 * A table row: `data` cells one per column; `group` one cell across the whole width, bold
 * ("I. Văn phòng Sở"); `total` a bold row ("Tổng cộng"). A cell left empty is printed empty.
 */
export interface Row {
  kind?: 'data' | 'group' | 'total';
  cells: string[];
  /** The numbers behind the cells of figure columns (a share as a fraction), for a renderer that keeps them as numbers. */
  values?: (number | undefined)[];
}

export interface Table {
  kind: 'table';
  columns: Column[];
  rows: Row[];
  /** A row of column numbers "(1) (2) …" under the header, as official forms have. */
  numbered?: boolean;
  /** Smaller type (12 pt) for wide lists; body size otherwise. */
  compact?: boolean;
}

export interface PageBreak {
  kind: 'pageBreak';
}

/** Signature lines placed side by side (a biên bản: the secretary and the chair). */
export interface SignatureRow {
  kind: 'signatures';
  signatures: Signature[];
}

export type Block = Paragraph | Table | PageBreak | SignatureRow;

/**
 * A signer's block: "TM. HỘI ĐỒNG" / "KT. GIÁM ĐỐC" above the title, the title in capitals,
 * an instruction in brackets when the paper is a form ("(Ký, ghi rõ họ và tên)"), room to sign
 * and seal, then the name in bold (left empty for someone to write it).
 */
export interface Signature {
  /** "TM. HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "KT. GIÁM ĐỐC"… */
  authority?: string;
  title: string;
  /** "(Ký, đóng dấu)", "(Ký, ghi rõ họ và tên)". */
  instruction?: string;
  name: string;
}

/** The letterhead: agency block left, national motto right, number under the agency, place and date under the motto. */
export interface Letterhead {
  /** Cơ quan chủ quản ("UBND TỈNH BẮC GIANG"), printed upright, not bold. */
  parent?: string;
  /** Cơ quan ban hành ("SỞ KHOA HỌC VÀ CÔNG NGHỆ"), bold, with a rule under it. */
  agency: string;
  /** "Số:      /TTr-KHCN": the number is left blank for the văn thư to give at issue. */
  number?: string;
  /** "Bắc Giang, ngày 20 tháng 12 năm 2014" (or with the day left blank). */
  placeDate?: string;
}

/** A list attached to the paper, on pages of its own (landscape when wide). */
export interface Appendix {
  /** What the list is, in a sentence ("Danh sách cá nhân được công nhận danh hiệu "Lao động tiên tiến" năm 2014"). */
  name: string;
  /** A short name for the list's own file when it goes apart from its paper ("ldtt"). */
  slug: string;
  orientation: 'portrait' | 'landscape';
  /** Whether the letterhead is printed again on the list's first page. */
  letterhead: boolean;
  /** "DANH SÁCH …" lines, bold, centred. */
  title: string[];
  /** "(Kèm theo Quyết định số …)", italic, centred. */
  subtitle?: string;
  /** A line under the subtitle, italic: why a draft list is a draft ("Danh sách xếp theo thứ tự …"). */
  note?: string;
  body: Block[];
  signature?: Signature;
}

export interface Paper {
  /** Stable id, unique in a dossier ("quyet-dinh", "to-trinh-tinh", "bao-cao-thanh-tich-12"). */
  id: string;
  /** The file's name without extension, as the clerk sees it in the folder. */
  fileName: string;
  /** What the paper is, one line for a list of papers ("Tờ trình đề nghị Chủ tịch UBND tỉnh khen thưởng"). */
  label: string;
  /** Which group of the dossier the paper belongs to (the folder of per-person forms). */
  group?: string;
  /** "DỰ THẢO": it depends on a vote the council has not yet taken. */
  draft: boolean;
  /**
   * A long list attached to the paper of this id, in a file of its own (dossier.ts): only its
   * appendix is printed, under the paper's letterhead, with "(Kèm theo …)".
   */
  attachedTo?: string;
  orientation: 'portrait' | 'landscape';
  letterhead: Letterhead;
  /** Official form of the paper, printed top right ("Mẫu số 02"), when it follows a circular's form. */
  form?: string[];
  /** Tên loại ("TỜ TRÌNH"), bold capitals. */
  kind?: string;
  /** Trích yếu, bold, centred, with a short rule under it. */
  summary?: string[];
  /** "Kính gửi: …": one line, or several under one another. */
  recipients?: string[];
  body: Block[];
  /** Nơi nhận, one line each ("- Như trên;" … "- Lưu: VT, VP."); absent on minutes and forms. */
  copies?: string[];
  /** Signers, side by side when there are two (left first). */
  signatures: Signature[];
  appendices: Appendix[];
}

/** A dossier: the papers of one review, in the order a clerk files them. */
export interface Dossier {
  year: number;
  papers: Paper[];
}

export const para = (role: ParagraphRole, ...runs: (Run | string)[]): Paragraph => ({
  kind: 'paragraph',
  role,
  runs: runs.map((r) => (typeof r === 'string' ? { text: r } : r)),
});

export const bold = (text: string): Run => ({ text, bold: true });
export const italic = (text: string): Run => ({ text, italic: true });

/** Every text a paper prints, in order: for checks (no placeholder left, no ISO date). */
export function paperTexts(p: Paper): string[] {
  const out: string[] = [];
  const sig = (s: Signature) => out.push(...[s.authority, s.title, s.instruction, s.name].filter((x): x is string => !!x));
  const blocks = (bs: Block[]) => {
    for (const b of bs) {
      if (b.kind === 'paragraph') out.push(b.runs.map((r) => r.text).join(''));
      else if (b.kind === 'table') {
        out.push(...b.columns.map((c) => c.header));
        for (const r of b.rows) out.push(...r.cells);
      } else if (b.kind === 'signatures') b.signatures.forEach(sig);
    }
  };
  const l = p.letterhead;
  out.push(...[l.parent, l.agency, l.number, l.placeDate].filter((x): x is string => !!x));
  out.push(...(p.form ?? []), ...(p.kind ? [p.kind] : []), ...(p.summary ?? []), ...(p.recipients ?? []));
  blocks(p.body);
  out.push(...(p.copies ?? []));
  p.signatures.forEach(sig);
  for (const a of p.appendices) {
    out.push(...a.title, ...(a.subtitle ? [a.subtitle] : []), ...(a.note ? [a.note] : []));
    blocks(a.body);
    if (a.signature) sig(a.signature);
  }
  return out;
}
