/**
 * The tables of the Word papers written as WordprocessingML text (src/documents/word/table-xml.ts):
 * well-formed whatever the cells hold, the header repeated on every page, rows kept whole, a
 * unit's row across the width, and a long list made in pieces that join to the same XML.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { columnWidths, tableXml } from '../../src/documents/word/table-xml';
import { xmlText } from '../../src/ooxml/xml-text';
import { renderDocx } from '../../src/documents/word/render';
import type { Paper, Table } from '../../src/dossier/model';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const table = (rows: Table['rows']): Table => ({
  kind: 'table',
  compact: true,
  columns: [
    { header: 'STT', width: 7, align: 'center' },
    { header: 'Họ và tên', width: 26 },
    { header: 'Đơn vị', width: 34 },
  ],
  rows,
});

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'binh-xet-table-xml-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('cells that XML cannot hold as they are: escaped, control characters dropped, spaces kept', () => {
  expect(xmlText('Phòng Kế hoạch & Tài chính <KH>')).toBe('Phòng Kế hoạch &amp; Tài chính &lt;KH&gt;');
  expect(xmlText('Nguyễn\u0001 Văn\u000b A')).toBe('Nguyễn Văn A');
  const xml = [...tableXml(table([{ kind: 'group', cells: ['I. Phòng A & B'] }, { cells: ['1', ' Lê  Văn A ', 'Phòng <1>\nTổ 2'] }, { kind: 'total', cells: ['', 'Tổng', ''] }]), 9000)].join('');
  // Well-formed, checked by xmllint inside a document element with the namespace.
  const file = join(dir, 'table.xml');
  writeFileSync(file, `<w:document xmlns:w="${W}"><w:body>${xml}</w:body></w:document>`);
  execFileSync('xmllint', ['--noout', file]);
  expect(xml).toContain('<w:t xml:space="preserve"> Lê  Văn A </w:t>');
  expect(xml).toContain('<w:t>Phòng &lt;1&gt;</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>Tổ 2</w:t>');
  // The header row repeats on every page; no row splits across pages.
  expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
  expect(xml.match(/<w:tr>/g)).toHaveLength(4);
  expect(xml.match(/<w:cantSplit\/>/g)).toHaveLength(4);
  // The unit's row spans the three columns, as wide as they are together; the total is bold.
  const widths = columnWidths(table([]), 9000);
  expect(widths).toEqual([940, 3492, 4567]);
  expect(xml).toContain(`<w:tcW w:w="${widths[0] + widths[1] + widths[2]}" w:type="dxa"/><w:gridSpan w:val="3"/>`);
  expect(xml).toContain('<w:b/><w:bCs/></w:rPr><w:t>Tổng</w:t>');
});

test('a list of 50 000 rows is made in pieces of bounded size that join to the whole table', () => {
  const rows = Array.from({ length: 50000 }, (_, i) => ({ cells: [String(i + 1), `Nguyễn Văn ${i}`, `Phòng số ${i % 100}`] }));
  const pieces = [...tableXml(table(rows), 9000, 1 << 16)];
  expect(pieces.length).toBeGreaterThan(100);
  // A piece stops at the first row past the bound.
  expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan((1 << 16) + 2000);
  const whole = pieces.join('');
  expect(whole.match(/<w:tr>/g)).toHaveLength(50001);
  expect(whole).toContain('<w:t>Nguyễn Văn 49999</w:t>');
  expect([...tableXml(table(rows), 9000, 1 << 30)]).toEqual([whole]);
});

test("a paper's tables go where their markers were, inside the body, in order", async () => {
  const paper: Paper = {
    id: 'x',
    fileName: 'x',
    label: 'x',
    draft: false,
    orientation: 'portrait',
    letterhead: { agency: 'SỞ KHOA HỌC VÀ CÔNG NGHỆ' },
    body: [
      { kind: 'paragraph', role: 'body', runs: [{ text: 'Trước bảng một.' }] },
      table([{ cells: ['1', 'Nguyễn Văn A', 'Phòng A'] }]),
      { kind: 'paragraph', role: 'body', runs: [{ text: 'Giữa hai bảng.' }] },
      table([{ cells: ['1', 'Trần Thị B', 'Phòng B'] }]),
    ],
    signatures: [],
    appendices: [],
  };
  const files = unzipSync(await renderDocx(paper));
  const doc = strFromU8(files['word/document.xml']);
  expect(doc).not.toContain('BX-TABLE');
  const at = (s: string) => doc.indexOf(s);
  expect(at('Trước bảng một.')).toBeLessThan(at('Nguyễn Văn A'));
  expect(at('Nguyễn Văn A')).toBeLessThan(at('Giữa hai bảng.'));
  expect(at('Giữa hai bảng.')).toBeLessThan(at('Trần Thị B'));
  // The cell styles the rows name are declared.
  expect(strFromU8(files['word/styles.xml'])).toMatch(/w:styleId="C12"/);
  const file = join(dir, 'document.xml');
  writeFileSync(file, doc);
  execFileSync('xmllint', ['--noout', file]);
});
