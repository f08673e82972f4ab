/**
 * Packages LibreOffice wrote, and packages LibreOffice must open: a workbook shaped like
 * Excel's is saved again by LibreOffice (its own dialect of the same format), reviewed by
 * the command line twice, and the copies, with those of the crafted packages the regular
 * expressions used to corrupt, opened by LibreOffice again. Nobody here wrote LibreOffice.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { book, caseById } from '../helpers/crafted-packages';
import { runCli } from '../helpers/cli';
import { ZipReader } from '../../src/ooxml/zip';
import { XlsxWorkbook } from '../../src/workbook/xlsx';

const soffice = process.env.SOFFICE ?? '/usr/bin/soffice';
const hasSoffice = existsSync(soffice);
const dir = mkdtempSync(join(tmpdir(), 'binh-xet-lo-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function convert(to: string, outDir: string, files: string[]): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(soffice, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', to, '--outdir', outDir, ...files], { stdio: 'pipe', timeout: 180_000 });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

const EDITED = new Set(['[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docprops/core.xml']);

(hasSoffice ? describe : describe.skip)('LibreOffice', () => {
  test('a workbook saved by LibreOffice is edited in place, twice, and LibreOffice opens every copy', async () => {
    const excel = join(dir, 'so.xlsx');
    writeFileSync(excel, book({ staff: { people: 30 } }));
    mkdirSync(join(dir, 'lo'));
    convert('xlsx:Calc MS Excel 2007 XML', join(dir, 'lo'), [excel]);
    const saved = join(dir, 'lo', 'so.xlsx');
    const input = new Uint8Array(readFileSync(saved));
    const inZip = ZipReader.open(input);
    expect(new TextDecoder().decode(inZip.read('docProps/app.xml'))).toContain('<Application>LibreOffice');

    const first = join(dir, 'ket-qua-1.xlsx');
    const r1 = await runCli(['review', saved, '--out', first, '--date', '2014-12-20']);
    expect([r1.code, r1.err]).toEqual([0, '']);
    const outZip = ZipReader.open(new Uint8Array(readFileSync(first)));
    const changed = inZip.names().filter((n) => !EDITED.has(n.toLowerCase()) && !Buffer.from(inZip.raw(inZip.entry(n)!)).equals(Buffer.from(outZip.raw(outZip.entry(n)!))));
    expect(changed).toEqual([]);
    const second = join(dir, 'ket-qua-2.xlsx');
    const r2 = await runCli(['review', first, '--out', second, '--date', '2014-12-20']);
    expect(r2.code).toBe(0);
    const names1 = (await (await XlsxWorkbook.open(readFileSync(first))).sheets()).map((s) => s.name);
    const names2 = (await (await XlsxWorkbook.open(readFileSync(second))).sheets()).map((s) => s.name);
    expect(names1[0]).toBe('Cán bộ');
    expect([...names2].sort()).toEqual([...names1].sort());

    // The copies of packages the regular expressions got wrong, too.
    const crafted = ['quoting-and-spacing', 'comment-sheets', 'prefixed-namespaces', 'cdata', 'long-defined-name'].map((id) => {
      const file = join(dir, `${id}.xlsx`);
      writeFileSync(file, caseById(id).build());
      return file;
    });
    const copies: string[] = [];
    for (const file of crafted) {
      const out = file.replace(/\.xlsx$/, '-ket-qua.xlsx');
      expect((await runCli(['review', file, '--out', out, '--date', '2014-12-20'])).code).toBe(0);
      copies.push(out);
    }
    // LibreOffice opens each copy and prints its first sheet, the clerk's list, as it was.
    mkdirSync(join(dir, 'csv'));
    convert('csv:Text - txt - csv (StarCalc):44,34,76', join(dir, 'csv'), [first, second, ...copies]);
    for (const f of [first, second, ...copies]) {
      const csv = readFileSync(
        join(
          dir,
          'csv',
          f
            .split('/')
            .pop()!
            .replace(/\.xlsx$/, '.csv'),
        ),
        'utf8',
      );
      expect(csv.split('\n')[0]).toBe('STT,Họ và tên,Đơn vị,Xếp loại');
      expect(csv.split('\n')[1]).toBe('1,Nguyễn Văn An,Văn phòng,HTXSNV');
    }
  }, 300_000);
});
