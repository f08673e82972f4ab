/**
 * The agency's own Word templates: a .docx with placeholders ({co_quan}, {#danh_sach}…{/danh_sach})
 * filled by docxtemplater from a paper (dossier/model.ts), in place of the built-in layout.
 * The fields are the paper's parts, so one set serves every paper; README lists them.
 */
import Docxtemplater from 'docxtemplater';
import PizZip from 'pizzip';
import InspectModule from 'docxtemplater/js/inspect-module.js';
import { isPackageError } from '../ooxml/package-error';
import { unzipEntries, type ZipLimits } from '../ooxml/zip';
import type { Block, Paper } from '../dossier/model';

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
          chuc_vu: person ? (r.cells[2] ?? '') : '',
          don_vi: person ? (r.cells[3] ?? '') : (r.cells[1] ?? ''),
          thanh_tich: person ? (r.cells[4] ?? '') : (r.cells[3] ?? ''),
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

/** A template that cannot be filled, said in Vietnamese: what is wrong and where (the tag as typed). */
export class TemplateError extends Error {}

/** Every field a template may name, loops with the fields inside them (README, docs/papers.md). */
const FIELDS: Record<string, string[]> = {
  co_quan_chu_quan: [],
  co_quan: [],
  so_ky_hieu: [],
  dia_danh_ngay: [],
  du_thao: [],
  ten_loai: [],
  trich_yeu: [],
  kinh_gui: [],
  noi_dung: ['van_ban'],
  noi_nhan: ['dong'],
  quyen_han: [],
  chuc_vu_nguoi_ky: [],
  nguoi_ky: [],
  danh_sach: ['stt', 'ho_ten', 'chuc_vu', 'don_vi', 'thanh_tich', 'danh_sach_ten'],
  so_dong: [],
  danh_sach_kem_theo: ['ten', 'kem_theo'],
};

/** The tags of a template that name no field ("{nguoi_kí}", "{co_qan}"): each left empty in the paper, so each is said. */
function unknownTags(tags: Record<string, unknown>, inside?: string): string[] {
  const out: string[] = [];
  for (const [name, sub] of Object.entries(tags)) {
    const known = inside ? FIELDS[inside]?.includes(name) || name in FIELDS : name in FIELDS;
    if (!known) out.push(name);
    if (sub && typeof sub === 'object' && Object.keys(sub).length) out.push(...unknownTags(sub as Record<string, unknown>, name));
  }
  return [...new Set(out)];
}

/**
 * A template is opened by the project's bounded zip reader (src/ooxml), never by pizzip: a
 * part is inflated once, checked against its CRC and size, within these limits (a Word
 * template is a few hundred KB); pizzip only holds the parts for docxtemplater, which takes
 * "a zip instance, coming from pizzip or jszip version 2" (docxtemplater.com/docs/api).
 */
const TEMPLATE_LIMITS: ZipLimits = { maxEntries: 10_000, maxPartBytes: 64 * 2 ** 20, maxTotalBytes: 128 * 2 ** 20 };

/** docxtemplater's error ids, as a clerk reads them. */
const PROBLEMS: Record<string, string> = {
  unopened_tag: 'có dấu "}" mà không có "{" mở trước',
  unclosed_tag: 'có dấu "{" mà không có "}" đóng',
  duplicate_open_tag: 'có hai dấu "{" liền nhau',
  duplicate_close_tag: 'có hai dấu "}" liền nhau',
  unopened_loop: 'có thẻ đóng vòng lặp "{/…}" mà không có thẻ mở "{#…}"',
  unclosed_loop: 'có thẻ mở vòng lặp "{#…}" mà không có thẻ đóng "{/…}"',
  unbalanced_loop_tags: 'các thẻ mở "{#…}" và đóng "{/…}" không khớp nhau',
  closing_tag_does_not_match_opening_tag: 'thẻ đóng "{/…}" không cùng tên với thẻ mở "{#…}"',
  loop_position_invalid: 'thẻ mở và thẻ đóng vòng lặp nằm ở hai chỗ không cùng đoạn hoặc cùng dòng bảng',
  raw_xml_tag_should_be_only_text_in_paragraph: 'thẻ "{@…}" phải đứng một mình trong đoạn văn',
  malformed_xml: 'nội dung tệp Word bị hỏng',
  file_has_invalid_xml: 'nội dung tệp Word bị hỏng',
  filetype_not_identified: 'không phải tệp Word (.docx)',
  filetype_not_handled: 'không phải tệp Word (.docx)',
  zip_limits: `tệp giải nén ra quá lớn (một phần hơn ${TEMPLATE_LIMITS.maxPartBytes / 2 ** 20} MB, cả tệp hơn ${TEMPLATE_LIMITS.maxTotalBytes / 2 ** 20} MB, hoặc hơn ${TEMPLATE_LIMITS.maxEntries} mục): mẫu không được đọc, để không làm cạn bộ nhớ máy`,
  zip_broken: 'tệp nén của mẫu bị hỏng',
};

type DxtError = { message?: string; properties?: { id?: string; xtag?: string; context?: string; errors?: DxtError[] } };

/** One Vietnamese sentence per problem of a template: the problem and the tag it is at. */
export function templateProblems(e: unknown): string {
  const one = (x: DxtError): string => {
    const id = x.properties?.id ?? '';
    const what = PROBLEMS[id] ?? 'mẫu không dùng được';
    const tag = x.properties?.xtag ?? x.properties?.context;
    return tag ? `${what} (tại "${tag.length > 40 ? `${tag.slice(0, 40)}…` : tag}")` : what;
  };
  const err = e as DxtError;
  const list = err?.properties?.errors?.length ? err.properties.errors : [err];
  return [...new Set(list.map(one))].join('; ');
}

/**
 * Fills `template` (the bytes of a .docx) with the paper's fields. A broken template is a
 * TemplateError saying in Vietnamese what is wrong; a tag naming no field is filled empty and
 * returned in `unknown`, for the clerk to be told (a misspelt "{nguoi_kí}" would otherwise
 * print an empty signer without a word).
 */
export function fillTemplate(template: Uint8Array, p: Paper): { bytes: Uint8Array; unknown: string[] } {
  const zip = new PizZip();
  try {
    for (const [name, bytes] of unzipEntries(template, TEMPLATE_LIMITS)) zip.file(name, bytes);
  } catch (e) {
    const code = isPackageError(e) ? e.code : '';
    throw new TemplateError(code === 'not-zip' || !code ? PROBLEMS.filetype_not_identified : /too-large|too-many/.test(code) ? PROBLEMS.zip_limits : PROBLEMS.zip_broken);
  }
  try {
    const inspect = new InspectModule();
    const doc = new Docxtemplater(zip, { paragraphLoop: true, linebreaks: true, nullGetter: () => '', modules: [inspect] });
    const unknown = unknownTags(inspect.getAllTags());
    doc.render(templateData(p));
    return { bytes: doc.getZip().generate({ type: 'uint8array', compression: 'DEFLATE' }), unknown };
  } catch (e) {
    throw new TemplateError(templateProblems(e));
  }
}
