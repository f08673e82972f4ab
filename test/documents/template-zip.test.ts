/**
 * An agency's Word template is opened by the project's bounded zip reader (src/ooxml) before
 * docxtemplater sees it through pizzip: a template that is a zip bomb or a broken zip is
 * refused with a Vietnamese sentence, a good one is filled. The crafted zips are made by the
 * test's own builder (test/helpers/zip-build.ts), not by the reader under test; the filled
 * paper is read back with fflate.
 */
import { Document, Packer, Paragraph } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { fillTemplate, TemplateError } from '../../src/documents/template';
import type { Paper } from '../../src/dossier/model';
import { buildZip, repeatedDeflate } from '../helpers/zip-build';

const paper: Paper = {
  id: 'quyet-dinh',
  fileName: 'quyet-dinh',
  label: 'Quyết định',
  draft: false,
  orientation: 'portrait',
  letterhead: { agency: 'SỞ TƯ PHÁP' },
  body: [],
  signatures: [],
  appendices: [],
};

const refusal = (bytes: Uint8Array): string => {
  try {
    fillTemplate(bytes, paper);
  } catch (e) {
    expect(e).toBeInstanceOf(TemplateError);
    return (e as Error).message;
  }
  throw new Error('the template was accepted');
};

test('a template made in Word is filled: its field replaced, the paper read back by another reader', async () => {
  const template = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Cơ quan: {co_quan}')] }] })));
  const { bytes, unknown } = fillTemplate(template, paper);
  expect(unknown).toEqual([]);
  expect(strFromU8(unzipSync(bytes)['word/document.xml'])).toContain('Cơ quan: SỞ TƯ PHÁP');
});

test('a part that inflates past 64 MB (a zip bomb of 2 MB) is refused before it is inflated whole, in Vietnamese', () => {
  // 66 MB of zeros in 1 KB blocks, deflated to a few hundred KB.
  const bomb = repeatedDeflate(new Uint8Array(1024), 66 * 1024);
  const zip = buildZip([
    { name: '[Content_Types].xml', data: '<Types/>' },
    { name: 'word/document.xml', data: bomb.data, raw: { size: bomb.size, crc: bomb.crc } },
  ]);
  expect(zip.length).toBeLessThan(4 * 2 ** 20);
  expect(refusal(zip)).toBe('tệp giải nén ra quá lớn (một phần hơn 64 MB, cả tệp hơn 128 MB, hoặc hơn 10000 mục): mẫu không được đọc, để không làm cạn bộ nhớ máy');
});

test('a zip whose part fails its CRC, and bytes that are no zip, are refused in Vietnamese', () => {
  const bad = buildZip([{ name: 'word/document.xml', data: '<w:document/>', crc: 1234 }]);
  expect(refusal(bad)).toBe('tệp nén của mẫu bị hỏng');
  expect(refusal(new TextEncoder().encode('{co_quan} — một tệp văn bản, không phải .docx'))).toBe('không phải tệp Word (.docx)');
});
