/**
 * The command line's papers: written beside the output by default, an agency file read and
 * kept in the workbook (so the next review and the pane print the same agency), the fields
 * an agency left out named, the agency's own template used for the paper it is named after.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { unzipSync, strFromU8 } from 'fflate';
import { resolve } from 'node:path';
import { main } from '../../src/cli/main';
import { fixtureCopy, runCli, sheetsOf } from '../helpers/cli';
import { settingsFromCells } from '../../src/workbook/settings-store';
import { SETTINGS_SHEET } from '../../src/workbook/port';

jest.setTimeout(120000);
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const textOf = (docx: Uint8Array) => strFromU8(unzipSync(docx)['word/document.xml']).replace(/<[^>]+>/g, '');

test('by default the papers go to "<output>-van-ban" beside the workbook', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  dirs.push(dir);
  // main itself: the test helper asks for no papers unless told.
  const out: string[] = [];
  const code = await main(['review', file, '--out', join(dir, 'kq.xlsx')], { out: (s) => out.push(s), err: (s) => out.push(s), assetsDir: resolve(__dirname, '../../assets') });
  expect(code).toBe(0);
  expect(out.join('\n')).toMatch(/Đã ghi \d+ văn bản Word vào .*kq-van-ban/);
  expect(readdirSync(join(dir, 'kq-van-ban')).sort()).toEqual([
    '01-bien-ban-hop-hoi-dong-2014.docx',
    '02-bien-ban-kiem-phieu-2014.docx',
    '03-quyet-dinh-khen-thuong-2014.docx',
    '03b-bang-ke-tien-thuong-2014.docx',
    '04-to-trinh-chu-tich-ubnd-tinh-2014.docx',
    'bao-cao-thanh-tich',
  ]);
  expect(textOf(readFileSync(join(dir, 'kq-van-ban', '04-to-trinh-chu-tich-ubnd-tinh-2014.docx')))).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang');
});

test('an agency file: printed, kept in the workbook, what it leaves out named; an agency template replaces the built-in paper', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  dirs.push(dir);
  const agency = {
    parent: 'UBND TỈNH THÁI NGUYÊN',
    name: 'SỞ TƯ PHÁP',
    nameInText: 'Sở Tư pháp',
    place: 'Thái Nguyên',
    signerTitle: 'GIÁM ĐỐC',
    signerName: 'Trần Văn Bình',
    code: 'STP',
  };
  writeFileSync(join(dir, 'co-quan.json'), JSON.stringify(agency));
  const templates = join(dir, 'mau');
  mkdirSync(templates);
  const template = new Document({
    sections: [
      {
        children: ['{co_quan}', '{so_ky_hieu}', '{#du_thao}DỰ THẢO{/du_thao}', '{trich_yeu}', '{#danh_sach}{stt}. {ho_ten}, {don_vi}{/danh_sach}', '{chuc_vu_nguoi_ky} {nguoi_ky}'].map(
          (t) => new Paragraph(t),
        ),
      },
    ],
  });
  writeFileSync(join(templates, 'quyet-dinh.docx'), await Packer.toBuffer(template));
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--docs', join(dir, 'vb'), '--agency', join(dir, 'co-quan.json'), '--templates', templates]);
  expect(r.code).toBe(0);
  // Not set in the file, not the sample's: named, derived from the parent agency where it can be.
  expect(r.out).toMatch(
    /Văn bản còn thiếu: Ký hiệu đơn vị soạn thảo, Nơi trình \(Kính gửi\), Ban Thi đua - Khen thưởng cấp trên, Bộ trưởng \(Bằng khen của Bộ\), Địa điểm họp Hội đồng, Thành phần Hội đồng, Ban kiểm phiếu, Kế hoạch thi đua/,
  );
  expect(r.out).toContain('03-quyet-dinh-khen-thuong-2014.docx: theo mẫu của cơ quan');
  const tt = textOf(readFileSync(join(dir, 'vb', '04-to-trinh-chu-tich-ubnd-tinh-2014.docx')));
  expect(tt).toContain('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên');
  expect(tt).toContain('Số:        /TTr-STP');
  expect(tt).not.toContain('Bắc Giang');
  const qd = textOf(readFileSync(join(dir, 'vb', '03-quyet-dinh-khen-thuong-2014.docx')));
  expect(qd).toContain('SỞ TƯ PHÁP');
  expect(qd).toContain('Số:        /QĐ-STP');
  expect(qd).toContain('GIÁM ĐỐC Trần Văn Bình');
  expect(qd).not.toMatch(/[{}]/);
  expect(qd.match(/\d+\. [^,]+, /g)!.length).toBeGreaterThan(81);
  // Kept in the workbook: the next review without --agency prints the same agency.
  const settings = settingsFromCells((await sheetsOf(join(dir, 'kq.xlsx'))).find((g) => g.name === SETTINGS_SHEET)!.values);
  expect(settings?.agency).toMatchObject({ name: 'SỞ TƯ PHÁP', code: 'STP' });
  expect(existsSync(join(dir, 'vb', 'bao-cao-thanh-tich'))).toBe(true);
});

test('a broken agency file or template stops with a sentence naming it', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  dirs.push(dir);
  writeFileSync(join(dir, 'x.json'), '{ "name": ');
  const bad = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--agency', join(dir, 'x.json')]);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('Không đọc được tệp thông tin cơ quan');
  expect(existsSync(join(dir, 'kq.xlsx'))).toBe(false);
});

/** A template of the decision, its paragraphs as given. */
async function templateDir(dir: string, lines: string[]): Promise<string> {
  const templates = join(dir, 'mau');
  mkdirSync(templates, { recursive: true });
  writeFileSync(join(templates, 'quyet-dinh.docx'), await Packer.toBuffer(new Document({ sections: [{ children: lines.map((t) => new Paragraph(t)) }] })));
  return templates;
}

test('a template naming fields no paper has ("{nguoi_kí}", "{co_qan}") is filled, and the unknown fields are listed as a warning', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  dirs.push(dir);
  const templates = await templateDir(dir, ['{co_qan}', '{so_ky_hieu}', '{#danh_sach}{stt}. {ho_ten} {chuc_vu_x}{/danh_sach}', '{chuc_vu_nguoi_ky} {nguoi_kí}']);
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--docs', join(dir, 'vb'), '--templates', templates]);
  expect(r.code).toBe(0);
  const line = r.out.split('\n').find((l) => l.includes('có trường không có trong danh sách trường'))!;
  expect(line).toContain('quyet-dinh.docx');
  // Each unknown tag once, the known ones not.
  expect(line).toContain('{co_qan}, {chuc_vu_x}, {nguoi_kí}');
  expect(line).not.toMatch(/\{so_ky_hieu\}|\{stt\}|\{ho_ten\}/);
});

test('a broken template stops with a Vietnamese sentence naming the file and the tag, no English, no raw JSON', async () => {
  const { dir, file } = fixtureCopy('so-khcn-bac-giang-2014.xlsx');
  dirs.push(dir);
  const templates = await templateDir(dir, ['{co_quan', '{#danh_sach}{ho_ten}']);
  const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--docs', join(dir, 'vb'), '--templates', templates]);
  expect(r.code).toBe(2);
  expect(r.err).toContain('Mẫu văn bản');
  expect(r.err).toContain('quyet-dinh.docx');
  expect(r.err).toMatch(/có dấu "\{" mà không có "\}" đóng \(tại "co_quan/);
  expect(r.err).toContain('Sửa mẫu trong Word rồi chạy lại');
  expect(r.err).not.toMatch(/\{\s*"\w+"\s*:|unclosed|Unclosed|Error|error|properties|stack/);
  // Not a .docx at all.
  writeFileSync(join(templates, 'quyet-dinh.docx'), 'không phải docx');
  const notDocx = await runCli(['review', file, '--out', join(dir, 'kq2.xlsx'), '--docs', join(dir, 'vb2'), '--templates', templates]);
  expect(notDocx.code).toBe(2);
  expect(notDocx.err).toContain('không phải tệp Word (.docx)');
});
