/**
 * A small zip builder for crafted packages, independent of the writer under test
 * (src/ooxml/zip-write.ts): every field can be set wrong on purpose.
 */
import { crc32, deflateRawSync, constants } from 'node:zlib';

export interface BuildEntry {
  name: string;
  /** Content, or already-deflated bytes with `raw`. */
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default); another number is written as is. */
  method?: number;
  /** The data given is the compressed stream; size and crc must then be given. */
  raw?: { size: number; crc: number };
  /** Overrides of what the headers say. */
  declaredSize?: number;
  declaredCompressed?: number;
  crc?: number;
  flags?: number;
  /** The name in the local header, when it should differ from the directory's. */
  localName?: string;
  /** Sizes in ZIP64 extra fields (as a 4 GB package would have them). */
  zip64?: boolean;
  /** The directory entry points at another entry's local header (index). */
  pointTo?: number;
  /** Bit 3: sizes in a data descriptor after the data, zeros in the local header (as streaming writers do). */
  descriptor?: boolean;
}

export interface BuildOptions {
  /** Bytes before the zip (a self-extractor) or after it. */
  prefix?: Uint8Array;
  suffix?: Uint8Array;
  /** Entry count written in the end record (a lie). */
  count?: number;
  /** Write the ZIP64 end records even if not needed. */
  zip64End?: boolean;
}

const enc = new TextEncoder();

export function buildZip(entries: BuildEntry[], options: BuildOptions = {}): Uint8Array {
  const chunks: Buffer[] = [];
  let offset = options.prefix?.length ?? 0;
  if (options.prefix) chunks.push(Buffer.from(options.prefix));
  const central: Buffer[] = [];
  const offsets: number[] = [];
  for (const e of entries) {
    const content = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
    const method = e.method ?? 8;
    const packed = e.raw ? content : method === 8 ? deflateRawSync(content) : content;
    const size = e.declaredSize ?? (e.raw ? e.raw.size : content.length);
    const crc = e.crc ?? (e.raw ? e.raw.crc : crc32(content) >>> 0);
    const flags = (e.flags ?? 0x800) | (e.descriptor ? 8 : 0);
    const name = Buffer.from(e.name, 'utf8');
    const localName = Buffer.from(e.localName ?? e.name, 'utf8');
    const z64 = !!e.zip64;
    const local = Buffer.alloc(30 + localName.length + (z64 ? 20 : 0));
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(z64 ? 45 : 20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(0x21, 12);
    local.writeUInt32LE(e.descriptor ? 0 : crc, 14);
    const csize = e.declaredCompressed ?? packed.length;
    local.writeUInt32LE(e.descriptor ? 0 : z64 ? 0xffffffff : csize, 18);
    local.writeUInt32LE(e.descriptor ? 0 : z64 ? 0xffffffff : size, 22);
    local.writeUInt16LE(localName.length, 26);
    local.writeUInt16LE(z64 ? 20 : 0, 28);
    localName.copy(local, 30);
    if (z64) {
      local.writeUInt16LE(1, 30 + localName.length);
      local.writeUInt16LE(16, 32 + localName.length);
      local.writeBigUInt64LE(BigInt(size), 34 + localName.length);
      local.writeBigUInt64LE(BigInt(csize), 42 + localName.length);
    }
    offsets.push(offset);
    chunks.push(local, Buffer.from(packed));
    offset += local.length + packed.length;
    if (e.descriptor) {
      const d = Buffer.alloc(16);
      d.writeUInt32LE(0x08074b50, 0);
      d.writeUInt32LE(crc, 4);
      d.writeUInt32LE(packed.length, 8);
      d.writeUInt32LE(size, 12);
      chunks.push(d);
      offset += 16;
    }
    const c = Buffer.alloc(46 + name.length + (z64 ? 28 : 0));
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(z64 ? 45 : 20, 4);
    c.writeUInt16LE(z64 ? 45 : 20, 6);
    c.writeUInt16LE(flags, 8);
    c.writeUInt16LE(method, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(0x21, 14);
    c.writeUInt32LE(crc, 16);
    c.writeUInt32LE(z64 ? 0xffffffff : csize, 20);
    c.writeUInt32LE(z64 ? 0xffffffff : size, 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt16LE(z64 ? 28 : 0, 30);
    c.writeUInt32LE(z64 ? 0xffffffff : 0, 42);
    name.copy(c, 46);
    if (z64) {
      const x = 46 + name.length;
      c.writeUInt16LE(1, x);
      c.writeUInt16LE(24, x + 2);
      c.writeBigUInt64LE(BigInt(size), x + 4);
      c.writeBigUInt64LE(BigInt(csize), x + 12);
      c.writeBigUInt64LE(0n, x + 20);
    }
    central.push(c);
  }
  // Local offsets (the ZIP64 ones in the extra field).
  entries.forEach((e, i) => {
    const at = offsets[e.pointTo ?? i];
    if (e.zip64) central[i].writeBigUInt64LE(BigInt(at), 46 + Buffer.byteLength(e.name) + 20);
    else central[i].writeUInt32LE(at, 42);
  });
  const cdOffset = offset;
  const cd = Buffer.concat(central);
  chunks.push(cd);
  offset += cd.length;
  const n = options.count ?? entries.length;
  const z64 = options.zip64End || n >= 0xffff;
  if (z64) {
    const rec = Buffer.alloc(56 + 20);
    rec.writeUInt32LE(0x06064b50, 0);
    rec.writeBigUInt64LE(44n, 4);
    rec.writeUInt16LE(45, 12);
    rec.writeUInt16LE(45, 14);
    rec.writeBigUInt64LE(BigInt(n), 24);
    rec.writeBigUInt64LE(BigInt(n), 32);
    rec.writeBigUInt64LE(BigInt(cd.length), 40);
    rec.writeBigUInt64LE(BigInt(cdOffset), 48);
    rec.writeUInt32LE(0x07064b50, 56);
    rec.writeBigUInt64LE(BigInt(offset), 64);
    rec.writeUInt32LE(1, 72);
    chunks.push(rec);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(z64 ? 0xffff : n, 8);
  end.writeUInt16LE(z64 ? 0xffff : n, 10);
  end.writeUInt32LE(z64 ? 0xffffffff : cd.length, 12);
  end.writeUInt32LE(z64 ? 0xffffffff : cdOffset, 16);
  chunks.push(end);
  if (options.suffix) chunks.push(Buffer.from(options.suffix));
  return new Uint8Array(Buffer.concat(chunks));
}

/**
 * A deflate stream of `blocks` repetitions of `unit`, built without ever holding the
 * inflated bytes: each repetition is compressed alone with a full flush (byte-aligned, no
 * reference to what came before), then a final empty block. With its size and CRC.
 */
export function repeatedDeflate(unit: Uint8Array, blocks: number, head: Uint8Array = new Uint8Array(0), tail: Uint8Array = new Uint8Array(0)): { data: Uint8Array; size: number; crc: number } {
  const flush = (b: Uint8Array) => deflateRawSync(b, { finishFlush: constants.Z_FULL_FLUSH });
  const one = flush(unit);
  const parts: Buffer[] = [];
  let crc = 0;
  if (head.length) {
    parts.push(flush(head));
    crc = crc32(head, crc);
  }
  for (let i = 0; i < blocks; i++) {
    parts.push(one);
    crc = crc32(unit, crc);
  }
  parts.push(deflateRawSync(tail, { finishFlush: constants.Z_FINISH }));
  crc = crc32(tail, crc);
  return { data: new Uint8Array(Buffer.concat(parts)), size: head.length + unit.length * blocks + tail.length, crc: crc >>> 0 };
}
