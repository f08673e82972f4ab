/**
 * The files of a command: an output is never the input, however it is reached (a folder
 * link, a file link, a hard link, another spelling); two outputs are never one file; the
 * JSON and the workbook are both new or both as they were, whatever fails (a full disk, a
 * file held open by Excel) and whatever stops the process (Ctrl+C, SIGTERM, kill -9); no
 * system error reaches the clerk in English.
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import * as fsp from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { commitFiles, releaseFolder, temporaryFolder } from '../../src/cli/files';
import { fixtureCopy, runCli, tempDir } from '../helpers/cli';

jest.mock('node:fs/promises', () => {
  const actual = jest.requireActual('node:fs/promises');
  return { ...actual, open: jest.fn(actual.open), rename: jest.fn(actual.rename) };
});
const mocked = fsp as jest.Mocked<typeof fsp>;
const actual = jest.requireActual('node:fs/promises') as typeof fsp;
afterEach(() => {
  mocked.open.mockImplementation(actual.open);
  mocked.rename.mockImplementation(actual.rename);
});

const SAMPLE = 'so-khcn-bac-giang-2014.xlsx';
const sysError = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });
/** Every file of a folder with its bytes. */
const snapshot = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir, { withFileTypes: true })
      .sort((a, b) => (a.name < b.name ? -1 : 1))
      .map((e) => [e.name, e.isSymbolicLink() ? `link → ${readlinkSync(join(dir, e.name))}` : e.isDirectory() ? 'folder' : readFileSync(join(dir, e.name)).toString('base64')]),
  );

describe('an output is never the input, however it is named', () => {
  test('through a link to the folder: refused, the input untouched', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    symlinkSync(dir, join(dir, 'link'));
    const before = snapshot(dir);
    const r = await runCli(['review', join(dir, 'link', SAMPLE), '--out', file]);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      `Lỗi cú pháp: --out "${file}" là chính tệp đầu vào "${join(dir, 'link', SAMPLE)}" (qua một liên kết, một tên khác hoặc chữ hoa/thường): tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác`,
    );
    expect(snapshot(dir)).toEqual(before);
  });

  test('through a link to the file, a hard link, or "./" and ".." in the path: refused', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    symlinkSync(file, join(dir, 'soft.xlsx'));
    linkSync(file, join(dir, 'hard.xlsx'));
    mkdirSync(join(dir, 'sub'));
    const before = snapshot(dir);
    for (const out of [join(dir, 'soft.xlsx'), join(dir, 'hard.xlsx'), `${dir}/sub/.././${SAMPLE}`]) {
      const r = await runCli(['review', file, '--out', out]);
      expect({ out, code: r.code, refused: r.err.includes('tệp đầu vào không bao giờ bị ghi đè') }).toEqual({ out, code: 2, refused: true });
    }
    expect(snapshot(dir)).toEqual(before);
  });

  test('the JSON may not be the input either, nor the workbook, nor may one input come twice', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    mkdirSync(join(dir, 'sub'));
    const out = join(dir, 'kq.xlsx');
    const json = await runCli(['review', file, '--out', out, '--json', `${dir}/sub/../${SAMPLE}`]);
    expect(json.err.split('\n')[0]).toBe(`Lỗi cú pháp: --json "${dir}/sub/../${SAMPLE}" là tệp đầu vào: tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác`);
    const same = await runCli(['review', file, '--out', out, '--json', out]);
    expect(same.err.split('\n')[0]).toBe(`Lỗi cú pháp: --out "${out}" và --json "${out}" là cùng một tệp: tệp này sẽ ghi đè tệp kia; hãy đặt hai tên khác nhau`);
    // Not written yet, named apart only by case: one file where the file system ignores case, so refused everywhere.
    const cased = await runCli(['review', file, '--out', join(dir, 'KQ.xlsx'), '--json', join(dir, 'kq.XLSX')]);
    expect(cased.err.split('\n')[0]).toContain('là cùng một tệp');
    const twice = await runCli(['review', file, `${dir}/./${SAMPLE}`, '--out', out]);
    expect(twice.err.split('\n')[0]).toBe(`Lỗi cú pháp: tệp "${file}" và "${dir}/./${SAMPLE}" là cùng một tệp, được nêu hai lần`);
    for (const r of [json, same, cased, twice]) expect(r.code).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([SAMPLE, 'sub']);
  });

  test('--docs may not be an input, nor --json the agency file it reads', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    writeFileSync(join(dir, 'co-quan.json'), '{"name":"SỞ KHOA HỌC VÀ CÔNG NGHỆ"}');
    const before = snapshot(dir);
    const docs = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--docs', `${dir}/./${SAMPLE}`]);
    expect(docs.err.split('\n')[0]).toBe(`Lỗi cú pháp: --docs "${dir}/./${SAMPLE}" là tệp đầu vào: tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác`);
    const agency = await runCli(['review', file, '--out', join(dir, 'kq.xlsx'), '--agency', join(dir, 'co-quan.json'), '--json', join(dir, 'co-quan.json')]);
    expect(agency.err.split('\n')[0]).toBe(`Lỗi cú pháp: --json "${join(dir, 'co-quan.json')}" là tệp đầu vào: tệp đầu vào không bao giờ bị ghi đè; hãy đặt tên khác`);
    for (const r of [docs, agency]) expect(r.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  test('close-year through a link: refused', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    symlinkSync(dir, join(dir, 'link'));
    const r = await runCli(['close-year', join(dir, 'link', SAMPLE), '--out', file, '--date', '2014-12-20']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('tệp đầu vào không bao giờ bị ghi đè');
  });

  test('an output written through a link lands where the link points, and the link stays', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    mkdirSync(join(dir, 'real'));
    writeFileSync(join(dir, 'real', 'kq.xlsx'), 'old');
    symlinkSync(join(dir, 'real', 'kq.xlsx'), join(dir, 'kq.xlsx'));
    const r = await runCli(['review', file, '--out', join(dir, 'kq.xlsx')]);
    expect(r.code).toBe(0);
    expect(
      readFileSync(join(dir, 'real', 'kq.xlsx'))
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    expect((await fsp.lstat(join(dir, 'kq.xlsx'))).isSymbolicLink()).toBe(true);
  });
});

describe('the JSON and the workbook: both new or both as they were', () => {
  /** A first run's result pair, then a second run (another date, so other contents) that meets `trouble`. */
  async function secondRun(trouble: () => void) {
    const { dir, file } = fixtureCopy(SAMPLE);
    const out = join(dir, 'kq.xlsx');
    const json = join(dir, 'kq.json');
    expect((await runCli(['review', file, '--out', out, '--json', json])).code).toBe(0);
    const before = snapshot(dir);
    trouble();
    const r = await runCli(['review', file, '--out', out, '--json', json, '--date', '2014-12-31']);
    return { r, dir, out, json, before };
  }

  test('the disk fills while the JSON is written: nothing changes, and the clerk reads why', async () => {
    const { r, dir, json, before } = await secondRun(() =>
      mocked.open.mockImplementation(async (p, ...rest) => {
        if (String(p).includes('.json.binh-xet-')) throw sysError('ENOSPC', 'no space left on device, write');
        return actual.open(p, ...(rest as [string]));
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không ghi được tệp "${json}": ổ đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại (ENOSPC). Không tệp nào bị thay đổi.`);
    expect(snapshot(dir)).toEqual(before);
  });

  test('the disk fills while the workbook is written (after the JSON): nothing changes', async () => {
    const { r, dir, out, before } = await secondRun(() =>
      mocked.open.mockImplementation(async (p, ...rest) => {
        if (String(p).includes('.xlsx.binh-xet-')) throw sysError('ENOSPC', 'no space left on device, write');
        return actual.open(p, ...(rest as [string]));
      }),
    );
    expect(r.err).toBe(`Không ghi được tệp "${out}": ổ đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại (ENOSPC). Không tệp nào bị thay đổi.`);
    expect(snapshot(dir)).toEqual(before);
  });

  test('the workbook is held open (Excel on Windows) when it is swapped in, after the JSON was: the JSON is put back', async () => {
    const { r, dir, out, before } = await secondRun(() =>
      mocked.rename.mockImplementation(async (from, to) => {
        if (String(to).endsWith('kq.xlsx')) throw sysError('EBUSY', 'resource busy or locked, rename');
        return actual.rename(from, to);
      }),
    );
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không ghi được tệp "${out}": tệp đang được chương trình khác mở (có thể là Excel): hãy đóng tệp rồi chạy lại (EBUSY). Không tệp nào bị thay đổi.`);
    expect(snapshot(dir)).toEqual(before);
  });

  test('the disk fills while a Word paper is written: the JSON, the papers and the workbook all stay as they were', async () => {
    const { dir, file } = fixtureCopy(SAMPLE);
    const args = ['review', file, '--out', join(dir, 'kq.xlsx'), '--json', join(dir, 'kq.json'), '--docs', join(dir, 'vb')];
    expect((await runCli(args)).code).toBe(0);
    const before = { top: snapshot(dir), papers: snapshot(join(dir, 'vb')) };
    mocked.open.mockImplementation(async (p, ...rest) => {
      if (/quyet-dinh.*\.docx\.binh-xet-/.test(String(p))) throw sysError('ENOSPC', 'no space left on device, write');
      return actual.open(p, ...(rest as [string]));
    });
    const r = await runCli([...args, '--date', '2014-12-31']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^Không ghi được tệp ".*03-quyet-dinh-khen-thuong-2014\.docx": ổ đĩa đã đầy: hãy giải phóng chỗ trống rồi chạy lại \(ENOSPC\)\. Không tệp nào bị thay đổi\.$/);
    expect({ top: snapshot(dir), papers: snapshot(join(dir, 'vb')) }).toEqual(before);
  });

  test('when all goes well both are new, the JSON of the same review as the workbook', async () => {
    const { r, dir, json, before } = await secondRun(() => undefined);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['kq.json', 'kq.xlsx', SAMPLE]);
    expect(snapshot(dir)['kq.xlsx']).not.toEqual(before['kq.xlsx']);
    expect(JSON.parse(readFileSync(json, 'utf8')).reviewDate).toBe('2014-12-31');
  });

  test('an unreadable input: the reason in Vietnamese, with the code for whoever helps', async () => {
    const missing = join(tempDir(), 'khong-co.xlsx');
    const r = await runCli(['review', missing, '--out', join(tempDir(), 'kq.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`Không đọc được tệp "${missing}": không có tệp hoặc thư mục này (ENOENT).`);
    const folder = tempDir();
    const d = await runCli(['review', folder, '--out', join(tempDir(), 'kq.xlsx'), '--lang', 'en']);
    expect(d.err).toBe(`Cannot read "${folder}": it is a folder, not a file (EISDIR).`);
  });
});

describe('a write stopped by a signal, or killed', () => {
  const CHILD = resolve(__dirname, '../helpers/commit-child.ts');

  /** Runs the child to `stage`, sends `signal` once it is there; its exit code, stderr, and what it said when ready. */
  function stopAt(
    stage: 'written' | 'renamed' | 'folder',
    json: string,
    xlsx: string,
    signal: NodeJS.Signals,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; err: string; seen: string[]; ready: string; tmp: string }> {
    return new Promise((done, fail) => {
      // Its compiler's cache goes to a folder of this test's, removed with it.
      const env = { ...process.env, TMPDIR: tempDir() };
      const child = spawn(process.execPath, ['-r', '@swc-node/register', CHILD, stage, json, xlsx], { cwd: resolve(__dirname, '../..'), env, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      let err = '';
      let seen: string[] = [];
      let ready = '';
      child.stdout.on('data', (b: Buffer) => {
        out += b.toString();
        if (/^ready.*\n/.test(out) && !ready) {
          ready = out.split('\n')[0];
          seen = readdirSync(resolve(json, '..')).sort();
          child.kill(signal);
        }
      });
      child.stderr.on('data', (b: Buffer) => (err += b.toString()));
      child.on('error', fail);
      child.on('exit', (code, sig) => done({ code, signal: sig, err, seen, ready, tmp: env.TMPDIR }));
    });
  }

  function pair() {
    const dir = tempDir();
    writeFileSync(join(dir, 'kq.json'), '{"old":true}');
    writeFileSync(join(dir, 'kq.xlsx'), 'old workbook');
    return { dir, json: join(dir, 'kq.json'), xlsx: join(dir, 'kq.xlsx') };
  }

  test.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)(
    '%s with the temporary files written: they are removed, both files as they were, exit %i',
    async (signal, exitCode) => {
      const { dir, json, xlsx } = pair();
      const r = await stopAt('written', json, xlsx, signal);
      expect(r.seen.filter((n) => n.endsWith('.tmp')).length).toBe(2);
      expect(r.code).toBe(exitCode);
      expect(r.err).toBe(`stopped ${signal}\n`);
      expect(snapshot(dir)).toEqual({ 'kq.json': Buffer.from('{"old":true}').toString('base64'), 'kq.xlsx': Buffer.from('old workbook').toString('base64') });
    },
    30000,
  );

  test('SIGTERM between the two swaps (the JSON new, the workbook not yet): the JSON is put back', async () => {
    const { dir, json, xlsx } = pair();
    const r = await stopAt('renamed', json, xlsx, 'SIGTERM');
    expect(r.seen).toEqual(expect.arrayContaining(['kq.json', 'kq.xlsx']));
    expect(r.code).toBe(143);
    expect(readFileSync(json, 'utf8')).toBe('{"old":true}');
    expect(readFileSync(xlsx, 'utf8')).toBe('old workbook');
    expect(readdirSync(dir).sort()).toEqual(['kq.json', 'kq.xlsx']);
  }, 30000);

  test('kill -9 leaves its temporary files; the next write over the same files removes them', async () => {
    const { dir, json, xlsx } = pair();
    const r = await stopAt('written', json, xlsx, 'SIGKILL');
    expect(r.signal).toBe('SIGKILL');
    const left = readdirSync(dir).filter((n) => n.includes('.binh-xet-'));
    expect(left).toHaveLength(2);
    await commitFiles([
      { path: json, bytes: new TextEncoder().encode('{"next":true}') },
      { path: xlsx, bytes: new TextEncoder().encode('next workbook') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['kq.json', 'kq.xlsx']);
    expect(readFileSync(xlsx, 'utf8')).toBe('next workbook');
  }, 30000);

  test("a temporary folder (a conversion's) goes when the process is stopped; one a killed process left goes with the next", async () => {
    const { json, xlsx } = pair();
    const stopped = await stopAt('folder', json, xlsx, 'SIGTERM');
    const folder = stopped.ready.slice('ready '.length);
    expect(folder).toMatch(new RegExp(`binh-xet-test-\\d+-`));
    expect(stopped.code).toBe(143);
    expect(existsSync(folder)).toBe(false);
    const killed = await stopAt('folder', json, xlsx, 'SIGKILL');
    const left = killed.ready.slice('ready '.length);
    expect(existsSync(left)).toBe(true);
    // The next run, with the same temp folder as the killed one.
    const mine = await temporaryFolder('binh-xet-test-', killed.tmp);
    expect(existsSync(left)).toBe(false);
    await releaseFolder(mine);
    expect(existsSync(mine)).toBe(false);
  }, 30000);

  test('a write in progress in this process is never taken for a leftover', async () => {
    const { dir, json, xlsx } = pair();
    let seen: string[] = [];
    // While the first write holds its temporary files, a second write into the same folder sweeps it.
    await commitFiles([{ path: xlsx, bytes: new TextEncoder().encode('first') }], {
      written: async () => {
        await commitFiles([{ path: json, bytes: new TextEncoder().encode('{}') }]);
        seen = readdirSync(dir).filter((n) => n.includes('.binh-xet-'));
      },
    });
    expect(seen).toHaveLength(1);
    expect(readFileSync(xlsx, 'utf8')).toBe('first');
    expect(readdirSync(dir).sort()).toEqual(['kq.json', 'kq.xlsx']);
  });

  test("a leftover carrying this process's own number (a container restarted with the same pid) neither blocks nor stays", async () => {
    const { dir, json, xlsx } = pair();
    // What a killed run of the old naming and of the new one left, with the pid this process has now.
    writeFileSync(`${xlsx}.binh-xet-${process.pid}.tmp`, 'killed');
    writeFileSync(`${json}.binh-xet-${process.pid}-0123456789ab.tmp`, 'killed');
    writeFileSync(join(dir, `01-bien-ban-2013.docx.binh-xet-${process.pid}-aaaaaaaaaaaa.tmp`), "last year's paper");
    await commitFiles([
      { path: json, bytes: new TextEncoder().encode('{"next":true}') },
      { path: xlsx, bytes: new TextEncoder().encode('next workbook') },
    ]);
    expect(readdirSync(dir).sort()).toEqual(['kq.json', 'kq.xlsx']);
    expect(readFileSync(xlsx, 'utf8')).toBe('next workbook');
  });
});
