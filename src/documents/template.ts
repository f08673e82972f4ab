/**
 * The agency's own Word templates: a .docx with placeholders ({co_quan}, {#danh_sach}…{/danh_sach})
 * filled by docxtemplater from a paper (documents/model.ts), in place of the built-in layout.
 * The fields are the paper's parts, so one set serves every paper; README lists them.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import type { Block, Paper } from './model';

export interface TemplateRow {
  stt: string;
  ho_ten: string;
  chuc_vu: string;
  don_vi: string;
  thanh_tich: string;
  danh_sach_ten: string;
}

/** The data a template sees, built from the paper. */
export function templateData(p: Paper) {
  const text = (bs: Block[]) => bs.filter((b) => b.kind === 'paragraph').map((b) => ({ van_ban: b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : '' }));
  const rows: TemplateRow[] = [];
  for (const a of p.appendices) {
    for (const b of a.body) {
      if (b.kind !== 'table') continue;
      const person = b.columns[1]?.header === 'Họ và tên';
      for (const r of b.rows) {
        if (r.kind && r.kind !== 'data') continue;
        rows.push({
          stt: r.cells[0] ?? '',
          ho_ten: r.cells[1] ?? '',
          chuc_vu: person ? r.cells[2] ?? '' : '',
          don_vi: person ? r.cells[3] ?? '' : r.cells[1] ?? '',
          thanh_tich: person ? r.cells[4] ?? '' : r.cells[3] ?? '',
          danh_sach_ten: a.title.join(' '),
        });
      }
    }
  }
  const signer = p.signatures[p.signatures.length - 1];
  return {
    co_quan_chu_quan: p.letterhead.parent ?? '',
    co_quan: p.letterhead.agency,
    so_ky_hieu: p.letterhead.number ?? '',
    dia_danh_ngay: p.letterhead.placeDate ?? '',
    du_thao: p.draft,
    ten_loai: p.kind ?? '',
    trich_yeu: (p.summary ?? []).join(' '),
    kinh_gui: (p.recipients ?? []).join('; '),
    noi_dung: text(p.body),
    noi_nhan: (p.copies ?? []).map((dong) => ({ dong })),
    quyen_han: signer?.authority ?? '',
    chuc_vu_nguoi_ky: signer?.title ?? '',
    nguoi_ky: signer?.name ?? '',
    danh_sach: rows,
    so_dong: rows.length,
    danh_sach_kem_theo: p.appendices.map((a) => ({ ten: a.title.join(' '), kem_theo: a.subtitle ?? '' })),
  };
}

export class TemplateError extends Error {}

/** Fills `template` (the bytes of a .docx) with the paper's fields; a broken template is a TemplateError naming its tags. */
export function fillTemplate(template: Uint8Array, p: Paper): Uint8Array {
  try {
    const doc = new Docxtemplater(new PizZip(template), { paragraphLoop: true, linebreaks: true, nullGetter: () => '' });
    doc.render(templateData(p));
    return doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' });
  } catch (e) {
    const errors = (e as { properties?: { errors?: { properties?: { explanation?: string } }[] } }).properties?.errors;
    const detail = errors?.length ? errors.map((x) => x.properties?.explanation).filter(Boolean).join('; ') : (e as Error).message;
    throw new TemplateError(detail);
  }
}
