#!/usr/bin/env node
/**
 * Writes the add-in's icons, assets/icon-{16,20,24,32,40,48,64,80,128}.png: a green rounded square
 * with a white check mark, drawn with 4×4 supersampling for smooth edges. Only Node's
 * built-in zlib; the PNG is written by hand (signature, IHDR, IDAT, IEND, each chunk
 * with its CRC-32). Run: `node scripts/make-icons.mjs`.
 */
import { deflateSync } from 'node:zlib';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Office asks for 16, 32 and 80 on the ribbon and supports 20, 24, 40, 48 and 64 for high-DPI screens
// (Microsoft, "Icon element"); 32 and 64 are also the add-in's own icon (IconUrl, HighResolutionIconUrl);
// 128 is for listings.
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80, 128];
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'assets');

const GREEN = [0x21, 0x7a, 0x46]; // close to Excel's green
const WHITE = [0xff, 0xff, 0xff];

// ---- CRC-32 (ISO 3309, as PNG uses) ----
const CRC_TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  CRC_TABLE[n] = c >>> 0;
}
export function crc32(buf) {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** RGBA pixels (width*height*4) → PNG file bytes (8-bit RGBA, no interlace, filter 0 per row). */
export function encodePng(width, height, rgba) {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // colour type: RGBA
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  return Buffer.concat([signature, chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Distance from point p to segment a–b. */
function segDist(px, py, ax, ay, bx, by) {
  const dx = bx - ax,
    dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  const x = ax + t * dx - px,
    y = ay + t * dy - py;
  return Math.hypot(x, y);
}

/** In unit coordinates (0..1): inside the rounded square? */
function inRoundedSquare(x, y) {
  const m = 0.04,
    r = 0.2;
  const lo = m + r,
    hi = 1 - m - r;
  const cx = Math.min(Math.max(x, lo), hi),
    cy = Math.min(Math.max(y, lo), hi);
  return x >= m && x <= 1 - m && y >= m && y <= 1 - m && Math.hypot(x - cx, y - cy) <= r;
}

/** In unit coordinates: on the check mark (two thick strokes with round caps)? */
function onCheck(x, y, size) {
  const w = Math.max(0.085, 1.6 / size); // never thinner than ~1.6 px
  const a = [0.25, 0.53],
    b = [0.43, 0.71],
    c = [0.76, 0.32];
  return segDist(x, y, a[0], a[1], b[0], b[1]) <= w || segDist(x, y, b[0], b[1], c[0], c[1]) <= w;
}

export function drawIcon(size) {
  const S = 4; // samples per axis
  const px = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      let cover = 0,
        white = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const ux = (x + (sx + 0.5) / S) / size,
            uy = (y + (sy + 0.5) / S) / size;
          if (!inRoundedSquare(ux, uy)) continue;
          cover++;
          if (onCheck(ux, uy, size)) white++;
        }
      }
      const i = (y * size + x) * 4;
      if (cover === 0) continue; // transparent
      const f = white / cover;
      for (let k = 0; k < 3; k++) px[i + k] = Math.round(GREEN[k] * (1 - f) + WHITE[k] * f);
      px[i + 3] = Math.round((255 * cover) / (S * S));
    }
  }
  return encodePng(size, size, px);
}

const isMain = process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  mkdirSync(OUT, { recursive: true });
  for (const size of SIZES) {
    const file = join(OUT, `icon-${size}.png`);
    const png = drawIcon(size);
    writeFileSync(file, png);
    console.log(`${file} ${size}×${size} ${png.length} bytes`);
  }
}
