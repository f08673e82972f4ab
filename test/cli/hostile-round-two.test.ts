/**
 * Hostile inputs, round two (issue 20), on the command line as a user runs it: a console
 * closed early, outputs and inputs that are not regular files, JSON nested 200 000 deep, a
 * conversion stopped by SIGTERM, an output path onto a folder. Each ends with a Vietnamese
 * sentence and an exit code that says what happened; nothing a user did not ask for is
 * left behind.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixture, fixtureCopy, runCli, tempDir } from '../helpers/cli';
import { book, MACRO_TYPE, WORKBOOK_TYPE } from '../helpers/crafted-packages';
import { buildZip } from '../helpers/zip-build';
import { ZipReader } from '../../src/ooxml/zip';

const BIN = resolve(__dirname, '../../bin/binh-xet.js');
const SAMPLE = 'so-khcn-bac-giang-2014.xlsx';
const isPosix = process.platform !== 'win32';

describe('the console is best-effort', () => {
  test("`review … | head -1`: the first line is read, every file is still written, the exit code is the review's", () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    const out = join(dir, 'kq.xlsx');
    const json = join(dir, 'kq.json');
    // The shell's pipe: head reads one line and closes it; PIPESTATUS is binh-xet's own code.
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" review "${file}" --out "${out}" --json "${json}" --date 2014-12-20 | head -1; echo "code=\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
    });
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toBe(`Bình xét thi đua – ${SAMPLE}`);
    expect(lines[lines.length - 1]).toBe('code=0');
    expect(r.stderr).toBe('');
    expect(JSON.parse(readFileSync(json, 'utf8')).people.length).toBe(105);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    // The papers too: the default --docs folder beside the workbook.
    expect(readdirSync(join(dir, 'kq-van-ban')).filter((n) => n.endsWith('.docx')).length).toBeGreaterThan(3);
    expect(readdirSync(dir).filter((n) => n.includes('.binh-xet-'))).toEqual([]);
  }, 120_000);

  test('a file that cannot be read still says 2 through a closed pipe', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ds.xlsx'), 'Họ và tên;Đơn vị\n');
    const r = spawnSync(
      'bash',
      ['-c', `"${process.execPath}" "${BIN}" review "${join(dir, 'ds.xlsx')}" --out "${join(dir, 'kq.xlsx')}" --no-docs 2>&1 | head -c 1 >/dev/null; echo "code=\${PIPESTATUS[0]}"`],
      { encoding: 'utf8' },
    );
    expect(r.stdout.trim()).toBe('code=2');
    expect(readdirSync(dir)).toEqual(['ds.xlsx']);
  }, 60_000);
});

describe('regular files only', () => {
  (isPosix ? test : test.skip)('--json /dev/null is refused with a sentence; /dev/null stays a device and nothing is written', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--json', '/dev/null']);
    expect(r.code).toBe(2);
    expect(r.err).toBe('Không ghi được tệp "/dev/null": đó là một thiết bị (như /dev/null, /dev/zero), không phải một tệp thường: binh-xet chỉ đọc và ghi tệp thường. Không tệp nào bị thay đổi.');
    expect(execFileSync('stat', ['-c', '%F', '/dev/null'], { encoding: 'utf8' }).trim()).toBe('character special file');
    expect(readdirSync(dir)).toEqual([SAMPLE]);
  });

  (isPosix ? test : test.skip)('a symbolic link to /dev/null as --out is refused the same way', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    symlinkSync('/dev/null', join(dir, 'kq.xlsx'));
    const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('đó là một thiết bị');
    expect(readdirSync(dir).sort()).toEqual(['kq.xlsx', SAMPLE]);
  });

  (isPosix ? test : test.skip)('a FIFO as output or as input: refused, never opened for good, never replaced', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    const fifo = join(dir, 'ong.xlsx');
    execFileSync('mkfifo', [fifo]);
    const asOut = await runCli(['review', file, '--out', fifo]);
    expect(asOut.code).toBe(2);
    expect(asOut.err).toBe(`Không ghi được tệp "${fifo}": đó là một ống dẫn FIFO, không phải một tệp thường: binh-xet chỉ đọc và ghi tệp thường. Không tệp nào bị thay đổi.`);
    // Opened without waiting for a writer: the test would hang otherwise.
    const asIn = await runCli(['review', fifo, '--out', join(dir, 'kq.xlsx')]);
    expect(asIn.code).toBe(2);
    expect(asIn.err).toBe(`Không đọc được tệp "${fifo}": đó là một ống dẫn FIFO, không phải một tệp thường: binh-xet chỉ đọc và ghi tệp thường.`);
    expect(execFileSync('stat', ['-c', '%F', fifo], { encoding: 'utf8' }).trim()).toBe('fifo');
  });

  (isPosix ? test : test.skip)('/dev/zero as input, as --agency and as --plan: refused at once, not read until memory runs out', async () => {
    const dir = tempDir();
    const asIn = await runCli(['review', '/dev/zero', '--out', join(dir, 'kq.xlsx')]);
    expect(asIn).toEqual({ code: 2, out: '', err: 'Không đọc được tệp "/dev/zero": đó là một thiết bị (như /dev/null, /dev/zero), không phải một tệp thường: binh-xet chỉ đọc và ghi tệp thường.' });
    const agency = await runCli(['review', fixture(SAMPLE), '--out', join(dir, 'kq.xlsx'), '--agency', '/dev/zero']);
    expect(agency.code).toBe(2);
    expect(agency.err).toContain('đó là một thiết bị');
    const plan = await runCli(['review', fixture(SAMPLE), '--out', join(dir, 'kq.xlsx'), '--plan', '/dev/zero']);
    expect(plan.code).toBe(2);
    expect(plan.err).toContain('đó là một thiết bị');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('JSON nested 200 000 deep', () => {
  const deep = (inner: string) => `{"agency": ${'['.repeat(200000)}${inner}${']'.repeat(200000)}}`;

  test('an agency file: one sentence (not "Maximum call stack size exceeded"), exit 2, nothing written', async () => {
    const dir = tempDir();
    const agency = join(dir, 'co-quan.json');
    writeFileSync(agency, deep('1'));
    const r = await runCli(['review', fixture(SAMPLE), '--out', join(dir, 'kq.xlsx'), '--agency', agency]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không đọc được tệp thông tin cơ quan ${agency}: các mảng, đối tượng lồng nhau quá 64 tầng, không phải tệp cơ quan thật`);
    expect(readdirSync(dir)).toEqual(['co-quan.json']);
  });

  test('a plan file: the same, as a usage error naming the file', async () => {
    const dir = tempDir();
    const plan = join(dir, 'ke-hoach.json');
    writeFileSync(plan, `{"number": "05/KH", "phases": ${'['.repeat(200000)}${']'.repeat(200000)}}`);
    const r = await runCli(['review', fixture(SAMPLE), '--out', join(dir, 'kq.xlsx'), '--plan', plan]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(`Lỗi cú pháp: ${plan}: tệp kế hoạch lồng các mảng, đối tượng quá 64 tầng, không phải kế hoạch thật`);
  });

  test('brackets inside strings are text, not depth: a real agency file with "[[[" in a name reads', async () => {
    const dir = tempDir();
    const agency = join(dir, 'co-quan.json');
    writeFileSync(agency, JSON.stringify({ name: `Sở ${'['.repeat(100)} \\" ${'{'.repeat(100)}`, parent: 'UBND TỈNH BẮC GIANG' }));
    const r = await runCli(['review', fixture(SAMPLE), '--out', join(dir, 'kq.xlsx'), '--agency', agency, '--date', '2014-12-20']);
    expect(r.err).not.toContain('tầng');
  });
});

describe('temporary files and children', () => {
  test('--out onto a folder: one sentence, and no empty folder of papers left behind', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    mkdirSync(join(dir, 'kq.xlsx'));
    const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--docs', join(dir, 'van-ban', 'nam-2014')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không ghi được tệp "${join(dir, 'kq.xlsx')}": đó là một thư mục, không phải tệp (EISDIR). Không tệp nào bị thay đổi.`);
    expect(readdirSync(dir).sort()).toEqual(['kq.xlsx', SAMPLE]);
  }, 60_000);

  const hasSoffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).status === 0;
  (hasSoffice && isPosix ? test : test.skip)(
    'SIGTERM during a LibreOffice conversion: exit 143, no soffice of this run left, its folder not re-created',
    async () => {
      const dir = tempDir();
      const child = spawn(process.execPath, [BIN, 'review', resolve(__dirname, '../fixtures/layouts/files/tu-danh-gia.xls'), '--out', join(dir, 'kq.xlsx'), '--no-docs'], {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, TMPDIR: dir },
      });
      const mine = () => spawnSync('pgrep', ['-f', `binh-xet-convert-${child.pid}-`], { encoding: 'utf8' }).stdout.trim();
      // Waits until LibreOffice of this run is at work (its command line names the conversion folder).
      for (let i = 0; i < 600 && !mine(); i++) await new Promise((r) => setTimeout(r, 100));
      expect(mine()).not.toBe('');
      const exit = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
      child.kill('SIGTERM');
      expect(await exit).toBe(143);
      // Time for a LibreOffice still running to write its profile again, were it left.
      await new Promise((r) => setTimeout(r, 3000));
      expect(mine()).toBe('');
      expect(readdirSync(dir).filter((n) => n.startsWith('binh-xet-convert-'))).toEqual([]);
      expect(existsSync(join(dir, 'kq.xlsx'))).toBe(false);
    },
    120_000,
  );
});

describe('outputs Excel opens', () => {
  test('--out ket-qua.csv: refused before anything is read or written (xlsx bytes under a .csv name would not open)', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    const r = await runCli(['review', file, '--out', join(dir, 'ket-qua.csv')]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      `Lỗi cú pháp: --out "${join(dir, 'ket-qua.csv')}": tệp kết quả phải có đuôi .xlsx (hoặc .xlsm với sổ có macro), vì nội dung ghi ra là một sổ Excel; đuôi khác thì Excel không mở được`,
    );
    expect(readdirSync(dir)).toEqual([SAMPLE]);
  });

  test('an .xlsm with macros written as .xlsm keeps its macros and the macro-enabled type', async () => {
    const dir = tempDir();
    const file = join(dir, 'so.xlsm');
    writeFileSync(
      file,
      book({
        types: (x) => x.replace(WORKBOOK_TYPE, MACRO_TYPE).replace('</Types>', '<Override PartName="/xl/vbaProject.bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
        rels: (x) => x.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'),
        parts: [{ name: 'xl/vbaProject.bin', data: 'macro của văn thư' }],
      }),
    );
    const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsm'), '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    const zip = ZipReader.open(new Uint8Array(readFileSync(join(dir, 'kq.xlsm'))));
    expect(new TextDecoder().decode(zip.read('[Content_Types].xml'))).toContain(`PartName="/xl/workbook.xml" ContentType="${MACRO_TYPE}"`);
    expect(new TextDecoder().decode(zip.read('xl/vbaProject.bin'))).toBe('macro của văn thư');
  });

  test("the clerk's defined names pointing at a result sheet survive a rerun, re-pointed at the new sheet of the same name", async () => {
    const dir = tempDir();
    const first = join(dir, 'lan-1.xlsx');
    writeFileSync(join(dir, 'ds.xlsx'), book());
    expect((await runCli(['review', join(dir, 'ds.xlsx'), '--out', first, '--date', '2014-12-20'])).code).toBe(0);
    // The clerk names a range of the results and one scoped to that sheet, and refers to them in a formula.
    const zip = ZipReader.open(new Uint8Array(readFileSync(first)));
    const wbXml = new TextDecoder().decode(zip.read('xl/workbook.xml'));
    const sheetNames = [...wbXml.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const kq = sheetNames.indexOf('KQ cá nhân');
    expect(kq).toBeGreaterThan(0);
    const edited = wbXml.replace(
      '</definedNames>',
      `<definedName name="KetQuaCaNhan">'KQ cá nhân'!$A$1:$D$20</definedName><definedName name="DongDau" localSheetId="${kq}">'KQ cá nhân'!$A$1</definedName></definedNames>`,
    );
    const second = join(dir, 'lan-1-sua.xlsx');
    writeFileSync(second, buildZip(zip.names().map((n) => ({ name: n, data: n === 'xl/workbook.xml' ? edited : zip.read(n) }))));
    const r = await runCli(['review', second, '--out', join(dir, 'lan-2.xlsx'), '--date', '2014-12-20']);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('Các tên định nghĩa');
    const after = new TextDecoder().decode(ZipReader.open(new Uint8Array(readFileSync(join(dir, 'lan-2.xlsx')))).read('xl/workbook.xml'));
    const namesAfter = [...after.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(after).toContain(`<definedName name="KetQuaCaNhan">'KQ cá nhân'!$A$1:$D$20</definedName>`);
    expect(after).toContain(`<definedName name="DongDau" localSheetId="${namesAfter.indexOf('KQ cá nhân')}">'KQ cá nhân'!$A$1</definedName>`);
    // The print titles the add-in writes are not doubled.
    const titles = [...after.matchAll(/name="_xlnm.Print_Titles" localSheetId="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(titles).size).toBe(titles.length);
  }, 60_000);
});

describe('small ones', () => {
  test('a file whose name starts with "-": a Vietnamese sentence saying to use "--", not Node\'s "Unknown option"; with "--" it is read', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '-ds.xlsx'), book());
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const r = await runCli(['review', '-ds.xlsx', '--out', 'kq.xlsx']);
      expect(r.code).toBe(2);
      expect(r.err.split('\n')[0]).toBe(
        'Lỗi cú pháp: không hiểu tùy chọn "-ds.xlsx". Nếu đó là tên tệp bắt đầu bằng dấu "-", hãy viết "--" trước các tên tệp (binh-xet review -- -ds.xlsx --out kq.xlsx) hoặc "./-ds.xlsx"',
      );
      expect(r.err).not.toContain('Unknown option');
      const ok = await runCli(['review', '--out', 'kq.xlsx', '--date', '2014-12-20', '--no-docs', '--', '-ds.xlsx']);
      expect(ok.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(['-ds.xlsx', 'kq.xlsx']);
    } finally {
      process.chdir(cwd);
    }
  });

  test('an option without its value: said in Vietnamese', async () => {
    const r = await runCli(['review', fixture(SAMPLE), '--out']);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('Lỗi cú pháp: tùy chọn --out cần một giá trị theo sau');
  });
});
