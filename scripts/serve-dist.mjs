#!/usr/bin/env node
/**
 * Serves dist/ over plain http on 127.0.0.1 (the browser preview: no certificates, no
 * request leaves the machine). `node scripts/serve-dist.mjs [port] [folder]` (the port also
 * from BINH_XET_PORT; 0 takes any free one); also imported by the browser test. A request it cannot
 * make sense of (a broken %-escape, a path outside the folder, a method other than GET or
 * HEAD) gets its status code, and the server keeps serving. A symbolic link inside the folder
 * that leads outside it is not followed (404), whatever the spelling of the URL; a port in
 * use is one sentence, not a stack.
 */
import { createServer } from 'node:http';
import { open, realpath } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
  '.xml': 'application/xml',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

const text = (res, status, body) => res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' }).end(body);

/** The file a request asks for, inside `root`; null when the URL cannot be read, or leads outside. */
function fileOf(root, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://x').pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const file = join(root, normalize(path).replace(/^([/\\])+/, '') || 'index.html');
  return file === root || file.startsWith(root + sep) ? file : null;
}

export function serveDist(dir, port = 0) {
  const root = resolve(dir);
  const server = createServer(async (req, res) => {
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'method not allowed');
      const file = fileOf(root, req.url ?? '/');
      if (!file) return text(res, 400, 'bad request');
      let body = null;
      try {
        // What the path really is, links resolved: served only when it is still inside the
        // folder (also resolved: dist/ may itself be reached through a link) and a regular file.
        const real = await realpath(file);
        const top = await realpath(root);
        if (real === top || real.startsWith(top + sep)) {
          const fh = await open(real, 'r');
          try {
            if ((await fh.stat()).isFile()) body = await fh.readFile();
          } finally {
            await fh.close();
          }
        }
      } catch {
        body = null;
      }
      if (!body) return text(res, 404, 'not found');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      // Whatever went wrong answers this request alone: the server goes on.
      if (!res.headersSent) text(res, 500, 'server error');
      else res.destroy();
    }
  });
  // A malformed request line never reaches the handler: answer it, and keep serving.
  server.on('clientError', (_e, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n');
    else socket.destroy();
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok({ server, port: server.address().port });
    });
  });
}

/** Why the server could not start, as one sentence (Vietnamese, then English). */
export function listenFailure(e, port) {
  if (e && e.code === 'EADDRINUSE')
    return `Cổng ${port} đang được một chương trình khác dùng: chạy lại với cổng khác, ví dụ "node scripts/serve-dist.mjs ${port + 1}" hoặc BINH_XET_PORT=0 để tự chọn. (Port ${port} is in use: run again with another port.)`;
  if (e && (e.code === 'EACCES' || e.code === 'EPERM'))
    return `Không được phép mở cổng ${port} (cổng dưới 1024 cần quyền quản trị): chọn cổng khác, ví dụ 3100. (Not allowed to open port ${port}: choose another one.)`;
  return `Không mở được máy chủ xem thử trên cổng ${port}: ${e && e.code ? e.code : e}. (The preview server could not start.)`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.BINH_XET_PORT ?? process.argv[2] ?? 3100);
  const dir = process.argv[3] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist');
  try {
    const { port: p } = await serveDist(dir, port);
    console.log(`Bình xét – xem thử: http://127.0.0.1:${p}/  (Ctrl+C để dừng / to stop)`);
  } catch (e) {
    console.error(listenFailure(e, port));
    process.exitCode = 2;
  }
}
