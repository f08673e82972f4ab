/**
 * The Word papers on the project's one zip (src/ooxml): the command line deflates a long list
 * piece by piece with Node's zlib (src/cli/node-zip.ts), the browser with fflate. Both
 * packages must hold the same parts, each with the right CRC-32 and sizes, read back by two
 * readers that are not the writer (the central directory walked here as APPNOTE says, and
 * fflate's unzip); and the zip of all papers stores each .docx as it is.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { unzipSync } from 'fflate';
import { nodeCompressor } from '../../src/cli/node-zip';
import { storedZip } from '../../src/ooxml/zip';
import { renderDocx } from '../../src/documents/word/render';
import type { Paper } from '../../src/dossier/model';

/** Each entry of a zip's central directory, read as the format says (APPNOTE 4.3.12), with its data inflated. */
function entries(zip: Uint8Array): { name: string; method: number; crc: number; size: number; data: Buffer }[] {
  const b = Buffer.from(zip);
  const end = b.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = b.readUInt16LE(end + 10);
  let at = b.readUInt32LE(end + 16);
  const out = [];
  for (let i = 0; i < count; i++) {
    expect(b.readUInt32LE(at)).toBe(0x02014b50);
    const method = b.readUInt16LE(at + 10);
    const crc = b.readUInt32LE(at + 16);
    const packed = b.readUInt32LE(at + 20);
    const size = b.readUInt32LE(at + 24);
    const nameLength = b.readUInt16LE(at + 28);
    const extra = b.readUInt16LE(at + 30);
    const comment = b.readUInt16LE(at + 32);
    const local = b.readUInt32LE(at + 42);
    const name = b.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + b.readUInt16LE(local + 26) + b.readUInt16LE(local + 28);
    const raw = b.subarray(start, start + packed);
    out.push({ name, method, crc, size, data: method === 8 ? inflateRawSync(raw) : raw });
    at += 46 + nameLength + extra + comment;
  }
  return out;
}

test('a paper with a 30 000-row list: the same parts as fflate makes, each with its CRC-32 and size', async () => {
  const paper: Paper = {
    id: 'x',
    fileName: 'x',
    label: 'x',
    draft: false,
    orientation: 'portrait',
    letterhead: { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' },
    body: [
      {
        kind: 'table',
        columns: [
          { header: 'STT', width: 8, align: 'center' },
          { header: 'Họ và tên', width: 40 },
          { header: 'Đơn vị', width: 52 },
        ],
        rows: Array.from({ length: 30000 }, (_, i) => ({ cells: [String(i + 1), `Nguyễn Thị Hồng ${i}`, `Phòng số ${i % 100}`] })),
      },
    ],
    signatures: [],
    appendices: [],
  };
  const node = entries(await renderDocx(paper, nodeCompressor));
  const browser = unzipSync(await renderDocx(paper));
  expect(node.map((e) => e.name).sort()).toEqual(Object.keys(browser).sort());
  for (const e of node) {
    expect({ name: e.name, size: e.data.length, crc: crc32(e.data) >>> 0 }).toEqual({ name: e.name, size: e.size, crc: e.crc });
    // docx stamps the time in docProps/core.xml: every other part is the same byte for byte.
    if (e.name !== 'docProps/core.xml') expect({ name: e.name, same: Buffer.from(browser[e.name]).equals(e.data) }).toEqual({ name: e.name, same: true });
  }
  const doc = node.find((e) => e.name === 'word/document.xml')!;
  // Several pieces, one stream: the list is whole after inflating.
  expect(doc.size).toBeGreaterThan(4 * (1 << 18));
  expect(doc.data.toString('utf8')).toContain('<w:t>Nguyễn Thị Hồng 29999</w:t>');
});

test('"Tải tất cả": the zip of the papers stores each .docx as it is (method 0), each read back whole with its CRC-32', async () => {
  const paper: Paper = {
    id: 'y',
    fileName: 'y',
    label: 'y',
    draft: true,
    orientation: 'portrait',
    letterhead: { agency: 'SỞ TƯ PHÁP' },
    body: [{ kind: 'paragraph', role: 'body', runs: [{ text: 'Về việc khen thưởng' }] }],
    signatures: [],
    appendices: [],
  };
  const docx = await renderDocx(paper);
  const files = new Map([
    ['to-trinh.docx', docx],
    ['quyết-định.docx', docx.subarray(0, 100)],
  ]);
  const zip = await storedZip(files);
  const read = entries(zip);
  expect(read.map((e) => [e.name, e.method, e.size])).toEqual([
    ['to-trinh.docx', 0, docx.length],
    ['quyết-định.docx', 0, 100],
  ]);
  for (const e of read) expect(crc32(e.data) >>> 0).toBe(e.crc);
  expect(Buffer.from(unzipSync(zip)['to-trinh.docx']).equals(Buffer.from(docx))).toBe(true);
  // The stored .docx is itself a package the independent reader opens.
  expect(Object.keys(unzipSync(read[0].data))).toContain('word/document.xml');
});
