#!/usr/bin/env node
/**
 * Serves dist/ over plain http on 127.0.0.1 (the browser preview: no certificates, no
 * request leaves the machine). `node scripts/serve-dist.mjs [port] [folder]` (the port also
 * from BINH_XET_PORT; 0 takes any free one); also imported by the browser test. A request it cannot
 * make sense of (a broken %-escape, a path outside the folder, a method other than GET or
 * HEAD) gets its status code, and the server keeps serving.
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
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
      let body;
      try {
        body = (await stat(file)).isFile() ? await readFile(file) : null;
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
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, port: server.address().port })));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.BINH_XET_PORT ?? process.argv[2] ?? 3100);
  const dir = process.argv[3] ?? join(fileURLToPath(new URL('..', import.meta.url)), 'dist');
  const { port: p } = await serveDist(dir, port);
  console.log(`Bình xét – xem thử: http://127.0.0.1:${p}/  (Ctrl+C để dừng / to stop)`);
}
