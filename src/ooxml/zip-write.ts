/**
 * Writing a zip package part by part into a sink (a file on Node, a list of chunks in the
 * browser): each part is compressed and written in turn, so memory holds one part's
 * compressed bytes at a time, never the package. Parts copied from the clerk's package are
 * written with their compressed bytes as they were (never inflated, never recompressed).
 * ZIP64 (APPNOTE 4.3.14, 4.5.3) where a size or offset reaches 4 GB or the package has
 * 65 535 entries or more; plain zip otherwise, as Excel writes. Names in UTF-8 (bit 11).
 */
import { Deflate } from 'fflate';
import { crc32 } from './crc32';
import { concat, type ZipEntry, type ZipReader } from './zip-read';

export interface ZipSink {
  write(chunk: Uint8Array): void | Promise<void>;
  /**
   * Overwrites bytes already written (a file): then a new part's compressed bytes go out as
   * they come and its local header is completed afterwards, instead of being held whole.
   */
  patch?(offset: number, bytes: Uint8Array): Promise<void>;
}

export interface Deflated {
  chunks: Uint8Array[];
  crc: number;
  size: number;
  compressedSize: number;
}

/**
 * Raw deflate (RFC 1951) of a part given in pieces, with the CRC-32 and size of the input.
 * A piece may be a view of a buffer its producer reuses: it must be consumed before the
 * piece after the next is asked for.
 */
export interface Compressor {
  /** With `onChunk`, the compressed bytes are handed on as they come (and not kept in `chunks`). */
  deflate(source: Iterable<Uint8Array>, onChunk?: (chunk: Uint8Array) => Promise<void>): Promise<Deflated>;
}

export type OutPart =
  /** A part of the input package, copied compressed as it is. */
  | { name: string; copy: { reader: ZipReader; entry: ZipEntry } }
  /** `store`: written as it is (method 0), for bytes that are compressed already (a .docx in a zip of papers). */
  | { name: string; data: Uint8Array; store?: boolean }
  /** Bytes written in pieces as the writer asks for them (a result sheet's XML; see Compressor on reuse). */
  | { name: string; pieces: () => Iterable<Uint8Array> };

export interface ZipWriteOptions {
  /** Tests: write every size and offset in ZIP64 form, as a 4 GB package would. */
  forceZip64?: boolean;
}

/** fflate's deflate, pure JavaScript (the browser preview). Level 1: twice as fast, ~30 % larger. */
export const fflateCompressor: Compressor = {
  async deflate(source, onChunk) {
    const chunks: Uint8Array[] = [];
    const ready: Uint8Array[] = [];
    let compressedSize = 0;
    const d = new Deflate({ level: 1 }, (chunk) => {
      ready.push(chunk);
      compressedSize += chunk.length;
    });
    const hand = async () => {
      for (const c of ready.splice(0)) {
        if (onChunk) await onChunk(c);
        else chunks.push(c);
      }
    };
    let crc = 0;
    let size = 0;
    for (const piece of source) {
      crc = crc32(piece, crc);
      size += piece.length;
      d.push(piece);
      await hand();
    }
    d.push(new Uint8Array(0), true);
    await hand();
    return { chunks, crc, size, compressedSize };
  },
};

const encoder = new TextEncoder();

const FIXED_TIME = 0;
/** 1980-01-01: a fixed stamp keeps the output the same for the same input. */
const FIXED_DATE = (0 << 9) | (1 << 5) | 1;
const MAX32 = 0xffffffff;

/** Collects small writes into blocks, so 20 000 tiny parts are not 60 000 system calls. */
class Buffered {
  private pending: Uint8Array[] = [];
  private size = 0;
  written = 0;
  constructor(private readonly sink: ZipSink) {}
  async write(chunk: Uint8Array): Promise<void> {
    this.written += chunk.length;
    if (chunk.length >= 256 * 1024) {
      await this.flush();
      await this.sink.write(chunk);
      return;
    }
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= 1024 * 1024) await this.flush();
  }
  async flush(): Promise<void> {
    if (!this.size) return;
    const block = new Uint8Array(this.size);
    let at = 0;
    for (const c of this.pending) {
      block.set(c, at);
      at += c.length;
    }
    this.pending = [];
    this.size = 0;
    await this.sink.write(block);
  }
}

interface Written {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/** Writes the parts in order; returns the number of entries and bytes written. */
export async function writeZip(parts: Iterable<OutPart>, sink: ZipSink, compressor: Compressor, options: ZipWriteOptions = {}): Promise<{ entries: number; bytes: number }> {
  const out = new Buffered(sink);
  const force = !!options.forceZip64;
  const written: Written[] = [];
  for (const part of parts) {
    const nameBytes = encoder.encode(part.name);
    let w: Written;
    let data: Uint8Array[];
    const stored = 'data' in part && !!part.store;
    if (!('copy' in part) && !stored && sink.patch && !force) {
      // Streamed: header first (CRC and sizes filled in after), compressed bytes as they come.
      const offset = out.written;
      await out.write(localHeader(nameBytes, 0x800, 8, FIXED_TIME, FIXED_DATE, 0, 0, 0, false));
      const d = await compressor.deflate('data' in part ? [part.data] : part.pieces(), (c) => out.write(c));
      // Parts written here stay far below 4 GB (the grids' budget bounds them); a larger one would need ZIP64 up front.
      if (d.size >= MAX32 || d.compressedSize >= MAX32) throw new Error(`part ${part.name} reached 4 GB`);
      await out.flush();
      const fix = new DataView(new ArrayBuffer(12));
      fix.setUint32(0, d.crc >>> 0, true);
      fix.setUint32(4, d.compressedSize, true);
      fix.setUint32(8, d.size, true);
      await sink.patch(offset + 14, new Uint8Array(fix.buffer));
      written.push({ nameBytes, flags: 0x800, method: 8, time: FIXED_TIME, date: FIXED_DATE, crc: d.crc >>> 0, compressedSize: d.compressedSize, size: d.size, offset });
      continue;
    }
    if ('data' in part && stored) {
      const size = part.data.length;
      w = { nameBytes, flags: 0x800, method: 0, time: FIXED_TIME, date: FIXED_DATE, crc: crc32(part.data) >>> 0, compressedSize: size, size, offset: out.written };
      data = [part.data];
    } else if ('copy' in part) {
      const e = part.copy.entry;
      // Bit 3 (sizes after the data) is not needed: the sizes are known and written first.
      w = { nameBytes, flags: (e.flags & 0x06) | 0x800, method: e.method, time: e.time, date: e.date, crc: e.crc, compressedSize: e.compressedSize, size: e.size, offset: out.written };
      data = [part.copy.reader.raw(e)];
    } else {
      const d = await compressor.deflate('data' in part ? [part.data] : part.pieces());
      w = { nameBytes, flags: 0x800, method: 8, time: FIXED_TIME, date: FIXED_DATE, crc: d.crc >>> 0, compressedSize: d.compressedSize, size: d.size, offset: out.written };
      data = d.chunks;
    }
    const big = force || w.size >= MAX32 || w.compressedSize >= MAX32;
    const localBytes = localHeader(nameBytes, w.flags, w.method, w.time, w.date, w.crc, w.compressedSize, w.size, big);
    await out.write(localBytes);
    for (const c of data) await out.write(c);
    written.push(w);
  }

  const cdOffset = out.written;
  for (const w of written) {
    const f64 = { size: force || w.size >= MAX32, comp: force || w.compressedSize >= MAX32, offset: force || w.offset >= MAX32 };
    const extra = (f64.size ? 8 : 0) + (f64.comp ? 8 : 0) + (f64.offset ? 8 : 0);
    const c = new DataView(new ArrayBuffer(46 + w.nameBytes.length + (extra ? 4 + extra : 0)));
    const v = extra ? 45 : 20;
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, v, true);
    c.setUint16(6, v, true);
    c.setUint16(8, w.flags, true);
    c.setUint16(10, w.method, true);
    c.setUint16(12, w.time, true);
    c.setUint16(14, w.date, true);
    c.setUint32(16, w.crc, true);
    c.setUint32(20, f64.comp ? MAX32 : w.compressedSize, true);
    c.setUint32(24, f64.size ? MAX32 : w.size, true);
    c.setUint16(28, w.nameBytes.length, true);
    c.setUint16(30, extra ? 4 + extra : 0, true);
    c.setUint32(42, f64.offset ? MAX32 : w.offset, true);
    const bytes = new Uint8Array(c.buffer);
    bytes.set(w.nameBytes, 46);
    if (extra) {
      let x = 46 + w.nameBytes.length;
      c.setUint16(x, 1, true);
      c.setUint16(x + 2, extra, true);
      x += 4;
      if (f64.size) {
        setU64(c, x, w.size);
        x += 8;
      }
      if (f64.comp) {
        setU64(c, x, w.compressedSize);
        x += 8;
      }
      if (f64.offset) setU64(c, x, w.offset);
    }
    await out.write(bytes);
  }
  const cdSize = out.written - cdOffset;
  const n = written.length;
  const zip64 = force || n >= 0xffff || cdOffset >= MAX32 || cdSize >= MAX32;
  if (zip64) {
    const at = out.written;
    const rec = new DataView(new ArrayBuffer(56 + 20));
    rec.setUint32(0, 0x06064b50, true);
    setU64(rec, 4, 44);
    rec.setUint16(12, 45, true);
    rec.setUint16(14, 45, true);
    setU64(rec, 24, n);
    setU64(rec, 32, n);
    setU64(rec, 40, cdSize);
    setU64(rec, 48, cdOffset);
    rec.setUint32(56, 0x07064b50, true);
    setU64(rec, 64, at);
    rec.setUint32(72, 1, true);
    await out.write(new Uint8Array(rec.buffer));
  }
  const end = new DataView(new ArrayBuffer(22));
  end.setUint32(0, 0x06054b50, true);
  end.setUint16(8, zip64 ? 0xffff : n, true);
  end.setUint16(10, zip64 ? 0xffff : n, true);
  end.setUint32(12, zip64 ? MAX32 : cdSize, true);
  end.setUint32(16, zip64 ? MAX32 : cdOffset, true);
  await out.write(new Uint8Array(end.buffer));
  await out.flush();
  return { entries: n, bytes: out.written };
}

/** A local file header (APPNOTE 4.3.7), with the ZIP64 extra field when `big`. */
function localHeader(nameBytes: Uint8Array, flags: number, method: number, time: number, date: number, crc: number, compressedSize: number, size: number, big: boolean): Uint8Array {
  const local = new DataView(new ArrayBuffer(30 + nameBytes.length + (big ? 20 : 0)));
  local.setUint32(0, 0x04034b50, true);
  local.setUint16(4, big ? 45 : 20, true);
  local.setUint16(6, flags, true);
  local.setUint16(8, method, true);
  local.setUint16(10, time, true);
  local.setUint16(12, date, true);
  local.setUint32(14, crc, true);
  local.setUint32(18, big ? MAX32 : compressedSize, true);
  local.setUint32(22, big ? MAX32 : size, true);
  local.setUint16(26, nameBytes.length, true);
  local.setUint16(28, big ? 20 : 0, true);
  const bytes = new Uint8Array(local.buffer);
  bytes.set(nameBytes, 30);
  if (big) {
    const x = 30 + nameBytes.length;
    local.setUint16(x, 1, true);
    local.setUint16(x + 2, 16, true);
    setU64(local, x + 4, size);
    setU64(local, x + 12, compressedSize);
  }
  return bytes;
}

function setU64(v: DataView, at: number, n: number): void {
  v.setUint32(at, n % 2 ** 32, true);
  v.setUint32(at + 4, Math.floor(n / 2 ** 32), true);
}

/** A sink that keeps the chunks (the browser, tests). */
export function memorySink(): ZipSink & { bytes(): Uint8Array } {
  const chunks: Uint8Array[] = [];
  return {
    write: (c) => {
      chunks.push(c);
    },
    bytes: () => concat(chunks),
  };
}
