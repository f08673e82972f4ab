/**
 * The preview's server (scripts/serve-dist.mjs, what `npm run preview` runs) answers every
 * request it cannot serve with a status code and keeps serving: a broken %-escape once
 * killed it. Run as `npm run preview` runs it, in a process of its own.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { tempDir } from '../helpers/cli';

let server: ChildProcess;
let base: string;
let port: number;

beforeAll(async () => {
  const root = tempDir();
  const dir = join(root, 'dist');
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Bình xét</title>');
  writeFileSync(join(dir, 'assets', 'a b.txt'), 'chữ');
  // Beside the folder served: never to be reached.
  writeFileSync(join(root, 'secret.txt'), 'không được đọc');
  // Links inside the folder: one to a file outside it, one to a folder outside it, one to a file inside.
  mkdirSync(join(root, 'ngoai'));
  writeFileSync(join(root, 'ngoai', 'mat.txt'), 'không được đọc');
  if (process.platform !== 'win32') {
    symlinkSync(join(root, 'secret.txt'), join(dir, 'lien-ket.txt'));
    symlinkSync(join(root, 'ngoai'), join(dir, 'thu-muc'));
    symlinkSync(join(dir, 'assets', 'a b.txt'), join(dir, 'trong.txt'));
  }
  server = spawn(process.execPath, [resolve(__dirname, '../../scripts/serve-dist.mjs'), '0', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((ok) => {
    let out = '';
    server.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      if (out.includes('\n')) ok(out);
    });
  });
  base = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
  port = Number(base.split(':')[2]);
});

afterAll(async () => {
  const gone = new Promise((ok) => server.once('exit', ok));
  server.kill('SIGTERM');
  await gone;
});

const get = async (path: string, method = 'GET') => {
  const r = await fetch(base + path, { method });
  return { status: r.status, body: await r.text() };
};

/** A request written by hand (fetch would fix or refuse these URLs itself). */
const raw = (requestLine: string) =>
  new Promise<string>((ok, fail) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n`));
    let data = '';
    socket.on('data', (b) => (data += b.toString()));
    socket.on('end', () => ok(data.split('\r\n')[0]));
    socket.on('error', fail);
  });

test('bad URLs are answered 400, a missing file (or one outside the folder) 404, another method 405', async () => {
  expect(await raw('GET /%E0%A4%A HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
  expect(await raw('GET /%ZZ HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
  expect(await raw('GET /a%00b HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
  expect(await raw('GET /../secret.txt HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
  expect(await raw('GET /%2e%2e/secret.txt HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
  expect(await raw('GET /..%2fsecret.txt HTTP/1.1')).toBe('HTTP/1.1 404 Not Found');
  expect(await raw('GARBAGE')).toBe('HTTP/1.1 400 Bad Request');
  expect(await get('/khong-co.js')).toEqual({ status: 404, body: 'not found' });
  expect(await get('/assets')).toEqual({ status: 404, body: 'not found' });
  expect((await get('/', 'POST')).status).toBe(405);
});

test('…and it is still up: the page and an escaped name are served', async () => {
  expect(await raw('GET /%E0%A4%A HTTP/1.1')).toBe('HTTP/1.1 400 Bad Request');
  expect(await get('/')).toEqual({ status: 200, body: '<!doctype html><title>Bình xét</title>' });
  expect(await get('/assets/a%20b.txt')).toEqual({ status: 200, body: 'chữ' });
  expect(server.exitCode).toBeNull();
});

(process.platform === 'win32' ? test.skip : test)('a symbolic link out of the folder is never followed; one that stays inside is', async () => {
  expect(await get('/lien-ket.txt')).toEqual({ status: 404, body: 'not found' });
  expect(await get('/thu-muc/mat.txt')).toEqual({ status: 404, body: 'not found' });
  expect(await get('/trong.txt')).toEqual({ status: 200, body: 'chữ' });
});

test('a port already taken: one sentence naming the port and what to do, exit 2, no stack', async () => {
  const second = spawn(process.execPath, [resolve(__dirname, '../../scripts/serve-dist.mjs'), String(port), tempDir()], { stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  second.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const code = await new Promise<number | null>((ok) => second.on('exit', ok));
  expect(code).toBe(2);
  expect(err.trim().split('\n')).toEqual([
    `Cổng ${port} đang được một chương trình khác dùng: chạy lại với cổng khác, ví dụ "node scripts/serve-dist.mjs ${port + 1}" hoặc BINH_XET_PORT=0 để tự chọn. (Port ${port} is in use: run again with another port.)`,
  ]);
});
