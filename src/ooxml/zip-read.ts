/**
 * Reading a zip package (ECMA-376 Part 2 is a plain zip; APPNOTE 6.3 for the format) with
 * bounded memory. The central directory is checked once when the package is opened: entry
 * count, names (no absolute paths, "..", backslashes or duplicates: a part name is unique
 * ignoring case), local headers that agree with it, entries that do not overlap. A part is
 * inflated only when asked for, in small steps, and stops at the limit on its size and on
 * the total inflated from the package: a zip bomb ends with a sentence naming the part, not
 * with the memory of the machine. Parts never asked for are never inflated: the writer
 * copies their compressed bytes as they are. ZIP64 is read.
 */
import { Inflate } from 'fflate';
import { crc32 as jsCrc32 } from './crc32';
import { PackageError } from './package-error';

const MB = 1024 * 1024;

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Bytes one part may inflate to. */
  maxPartBytes: number;
  /** Bytes all the parts read from one package may inflate to. */
  maxTotalBytes: number;
}

/**
 * A review keeps what it reads as grids: about as many bytes of memory as the XML has. These
 * limits keep a hostile package under 1 GB; the largest agency workbook seen is a few MB.
 */
export const DEFAULT_LIMITS: ZipLimits = { maxEntries: 100_000, maxPartBytes: 256 * MB, maxTotalBytes: 512 * MB };

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are copied but not read. */
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** DOS time and date, kept when the entry is copied. */
  time: number;
  date: number;
  localOffset: number;
  dataOffset: number;
}

/** Steps of compressed input: 16 KB inflates to at most ~17 MB (deflate's ratio is bounded by 1032:1). */
const STEP = 16 * 1024;

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const SIG_END64 = 0x06064b50;
const SIG_LOCATOR64 = 0x07064b50;

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Whether the bytes start like a zip (a local header, or the end record of an empty zip). */
export const looksLikeZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

function badName(name: string, folder: boolean): boolean {
  if (!name || name.startsWith('/') || name.includes('\\')) return true;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return true;
  const segments = (folder ? name.slice(0, -1) : name).split('/');
  return segments.some((s) => s === '' || s === '.' || s === '..' || /^[A-Za-z]:$/.test(s));
}

/** Random access to the bytes of a package: memory here, a file on Node (node-zip.ts). */
export interface ByteSource {
  readonly length: number;
  /** `length` bytes from `offset`, fewer at the end. */
  read(offset: number, length: number): Uint8Array;
}

export const memorySource = (b: Uint8Array): ByteSource => ({ length: b.length, read: (o, l) => b.subarray(o, o + l) });

const u16 = (b: Uint8Array, at: number): number => b[at] | (b[at + 1] << 8);
const u32 = (b: Uint8Array, at: number): number => (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
function u64(b: Uint8Array, at: number): number {
  const v = u32(b, at) + u32(b, at + 4) * 2 ** 32;
  if (!Number.isSafeInteger(v)) throw new PackageError('corrupt', { reason: 'size' });
  return v;
}

/** Inflating done elsewhere (the command line passes Node's zlib, which runs in its thread pool). */
export interface NativeInflate {
  /** Inflates raw deflate data, handing the bytes on in pieces; an error thrown by `onChunk` stops it and is thrown back. */
  inflate(data: Uint8Array, onChunk: (chunk: Uint8Array) => void): Promise<void>;
  crc32(data: Uint8Array, previous?: number): number;
}

/**
 * The browser's inflating (fflate, on the page's thread) handed back to the page every
 * `budgetMs`: a sheet of 20 000 rows was inflated and read in one task of a second, during
 * which the pane could not answer. The bytes are the same, in the same pieces.
 */
export function yieldingInflate(budgetMs = 30): NativeInflate {
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  return {
    async inflate(data, onChunk) {
      const inflater = new Inflate((chunk) => onChunk(chunk));
      if (!data.length) inflater.push(new Uint8Array(0), true);
      let since = Date.now();
      // Small pieces: XML compresses twenty to one, so 4 KB in is about 80 KB of rows to read.
      const step = 4 * 1024;
      for (let i = 0; i < data.length; i += step) {
        inflater.push(data.subarray(i, i + step), i + step >= data.length);
        if (Date.now() - since >= budgetMs) {
          await nextTask();
          since = Date.now();
        }
      }
    },
    crc32: jsCrc32,
  };
}

export class ZipReader {
  /** Set by a caller that has one (Node). */
  native?: NativeInflate;
  private readonly entries = new Map<string, ZipEntry>();
  private readonly order: string[] = [];
  /** Bytes inflated so far from this package. */
  private inflated = 0;

  private constructor(
    readonly source: ByteSource,
    readonly limits: ZipLimits,
  ) {}

  static open(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipReader {
    if (!looksLikeZip(data)) throw new PackageError('not-zip');
    return ZipReader.openSource(memorySource(data), limits);
  }

  /** A package read piece by piece (a file on disk: only the directory and the parts asked for are read). */
  static openSource(source: ByteSource, limits: ZipLimits = DEFAULT_LIMITS): ZipReader {
    if (!looksLikeZip(source.read(0, 4))) throw new PackageError('not-zip');
    const z = new ZipReader(source, limits);
    z.readDirectory();
    return z;
  }

  /** Part names in the order of the central directory (folder entries left out). */
  names(): string[] {
    return this.order.slice();
  }

  has(name: string): boolean {
    return this.entries.has(name.toLowerCase());
  }

  /** The entry of a part, matched ignoring case (OPC part names are case-insensitive). */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(name.toLowerCase());
  }

  /** The compressed bytes of a part, as stored (no copy from memory). */
  raw(e: ZipEntry): Uint8Array {
    return this.source.read(e.dataOffset, e.compressedSize);
  }

  private readDirectory(): void {
    const len = this.source.length;
    // The end record is the last thing in the file, followed only by its comment (and a ZIP64 locator before it).
    const tailStart = Math.max(0, len - 22 - 0xffff - 20);
    const tail = this.source.read(tailStart, len - tailStart);
    let end = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail[i] === 0x50 && tail[i + 1] === 0x4b && u32(tail, i) === SIG_END && tailStart + i + 22 + u16(tail, i + 20) <= len) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new PackageError('corrupt', { reason: 'truncated' });
    if (u16(tail, end + 4) !== 0 || u16(tail, end + 6) !== 0) throw new PackageError('corrupt', { reason: 'multi-disk' });
    let count = u16(tail, end + 10);
    let cdSize = u32(tail, end + 12);
    let cdOffset = u32(tail, end + 16);
    let cdEnd = tailStart + end;
    const loc = end - 20;
    if (loc >= 0 && u32(tail, loc) === SIG_LOCATOR64) {
      const at = u64(tail, loc + 8);
      const rec = at + 56 <= tailStart + loc ? this.source.read(at, 56) : new Uint8Array(0);
      if (rec.length < 56 || u32(rec, 0) !== SIG_END64) throw new PackageError('corrupt', { reason: 'zip64' });
      count = u64(rec, 32);
      cdSize = u64(rec, 40);
      cdOffset = u64(rec, 48);
      cdEnd = at;
    }
    if (count > this.limits.maxEntries) throw new PackageError('too-many-entries', { found: count, limit: this.limits.maxEntries });
    // Data prepended to the zip (or a directory pointing elsewhere) moves every offset: refused.
    if (cdOffset + cdSize !== cdEnd || count * 46 > cdSize) throw new PackageError('corrupt', { reason: 'directory' });

    const cd = this.source.read(cdOffset, cdSize);
    let p = 0;
    const found: ZipEntry[] = [];
    const seen = new Set<string>();
    for (let k = 0; k < count; k++) {
      if (p + 46 > cd.length || u32(cd, p) !== SIG_CENTRAL) throw new PackageError('corrupt', { reason: 'directory' });
      const flags = u16(cd, p + 8);
      const method = u16(cd, p + 10);
      const time = u16(cd, p + 12);
      const date = u16(cd, p + 14);
      const crc = u32(cd, p + 16);
      let compressedSize = u32(cd, p + 20);
      let size = u32(cd, p + 24);
      const nameLen = u16(cd, p + 28);
      const extraLen = u16(cd, p + 30);
      const commentLen = u16(cd, p + 32);
      let localOffset = u32(cd, p + 42);
      const next = p + 46 + nameLen + extraLen + commentLen;
      if (next > cd.length) throw new PackageError('corrupt', { reason: 'directory' });
      const nameBytes = cd.subarray(p + 46, p + 46 + nameLen);
      let name: string;
      try {
        // Without the UTF-8 flag a name is CP437; OOXML part names are ASCII, which both agree on.
        name = flags & 0x800 || nameBytes.every((x) => x < 0x80) ? utf8.decode(nameBytes) : String.fromCharCode(...nameBytes);
      } catch {
        throw new PackageError('bad-entry-name', { part: String.fromCharCode(...nameBytes) });
      }
      // ZIP64 extended information: the fields that overflowed, in this order.
      for (let x = p + 46 + nameLen; x + 4 <= p + 46 + nameLen + extraLen;) {
        const id = u16(cd, x);
        const sz = u16(cd, x + 2);
        if (id === 1) {
          let f = x + 4;
          if (size === 0xffffffff) {
            size = u64(cd, f);
            f += 8;
          }
          if (compressedSize === 0xffffffff) {
            compressedSize = u64(cd, f);
            f += 8;
          }
          if (localOffset === 0xffffffff) localOffset = u64(cd, f);
        }
        x += 4 + sz;
      }
      const folder = name.endsWith('/');
      if (badName(name, folder)) throw new PackageError('bad-entry-name', { part: name });
      if (flags & 1) throw new PackageError('encrypted', { part: name });
      const key = name.toLowerCase();
      if (seen.has(key)) throw new PackageError('duplicate-entry', { part: name });
      seen.add(key);
      const e: ZipEntry = { name, method, flags, crc, compressedSize, size, time, date, localOffset, dataOffset: 0 };
      this.checkLocal(e, nameBytes, cdOffset);
      found.push(e);
      if (!folder) {
        this.entries.set(key, e);
        this.order.push(name);
      }
      p = next;
    }
    if (p !== cd.length) throw new PackageError('corrupt', { reason: 'directory' });
    // Entries that share bytes ("overlapping" zip bombs) would be copied many times over.
    const byOffset = found.slice().sort((a, c) => a.localOffset - c.localOffset);
    for (let i = 1; i < byOffset.length; i++) {
      const prev = byOffset[i - 1];
      if (prev.dataOffset + prev.compressedSize > byOffset[i].localOffset) throw new PackageError('corrupt', { reason: 'overlap', part: byOffset[i].name });
    }
  }

  /** The local header must be where the directory says and name the same entry. */
  private checkLocal(e: ZipEntry, nameBytes: Uint8Array, cdOffset: number): void {
    const at = e.localOffset;
    const head = at + 30 + nameBytes.length <= cdOffset ? this.source.read(at, 30 + nameBytes.length) : new Uint8Array(0);
    if (head.length < 30 || u32(head, 0) !== SIG_LOCAL) throw new PackageError('corrupt', { reason: 'local-header', part: e.name });
    const nameLen = u16(head, 26);
    const extraLen = u16(head, 28);
    if (nameLen !== nameBytes.length || nameBytes.some((x, i) => x !== head[30 + i])) throw new PackageError('corrupt', { reason: 'local-header', part: e.name });
    e.dataOffset = at + 30 + nameLen + extraLen;
    if (e.dataOffset + e.compressedSize > cdOffset) throw new PackageError('corrupt', { reason: 'truncated', part: e.name });
  }

  /** Bytes inflated from this package so far. */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /** The checks around an inflation: limits before, as the bytes come, CRC and size after. */
  private begin(name: string, onChunk: (chunk: Uint8Array) => void) {
    const e = this.entry(name);
    if (!e) throw new PackageError('corrupt-part', { part: name, reason: 'missing' });
    const { maxPartBytes, maxTotalBytes } = this.limits;
    const mb = (n: number) => Math.round(n / MB);
    // Declared sizes are checked first: most bombs say what they are.
    if (e.size > maxPartBytes) throw new PackageError('part-too-large', { part: e.name, limit: mb(maxPartBytes), found: mb(e.size) });
    if (this.inflated + e.size > maxTotalBytes) throw new PackageError('total-too-large', { part: e.name, limit: mb(maxTotalBytes) });
    if (e.method !== 0 && e.method !== 8) throw new PackageError('method', { part: e.name, method: e.method });
    let produced = 0;
    let crc = 0;
    /** An error of the reader of the bytes (bad XML…), not of the compressed data. */
    let theirs: unknown;
    const crc32 = this.native?.crc32 ?? jsCrc32;
    const take = (chunk: Uint8Array) => {
      produced += chunk.length;
      // What the directory says is not trusted: the real size is counted as it comes.
      if (produced > maxPartBytes) throw new PackageError('part-too-large', { part: e.name, limit: mb(maxPartBytes) });
      if (this.inflated + produced > maxTotalBytes) throw new PackageError('total-too-large', { part: e.name, limit: mb(maxTotalBytes) });
      if (produced > e.size) throw new PackageError('corrupt-part', { part: e.name, reason: 'size' });
      crc = crc32(chunk, crc) >>> 0;
      if (!chunk.length) return;
      try {
        onChunk(chunk);
      } catch (err) {
        theirs = err;
        throw err;
      }
    };
    /** What an error thrown while inflating means: a limit or the reader's (as it is), else broken data. */
    const failed = (err: unknown) => (err instanceof PackageError || (theirs !== undefined && err === theirs) ? err : new PackageError('corrupt-part', { part: e.name, reason: 'deflate' }));
    const end = () => {
      if (produced !== e.size) throw new PackageError('corrupt-part', { part: e.name, reason: 'size' });
      if (crc !== e.crc) throw new PackageError('corrupt-part', { part: e.name, reason: 'crc' });
      this.inflated += produced;
    };
    return { e, take, failed, end, data: this.raw(e) };
  }

  /**
   * Inflates a part, handing its bytes on in pieces (never the whole part at once), within
   * the limits; the CRC and size are checked at the end.
   */
  inflate(name: string, onChunk: (chunk: Uint8Array) => void): void {
    const { e, take, failed, end, data } = this.begin(name, onChunk);
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new PackageError('corrupt-part', { part: e.name, reason: 'size' });
      for (let i = 0; i < data.length; i += MB) take(data.subarray(i, i + MB));
    } else {
      const inflater = new Inflate((chunk) => take(chunk));
      try {
        if (!data.length) inflater.push(new Uint8Array(0), true);
        for (let i = 0; i < data.length; i += STEP) inflater.push(data.subarray(i, i + STEP), i + STEP >= data.length);
      } catch (err) {
        throw failed(err);
      }
    }
    end();
  }

  /**
   * The same, the inflating done beside the reading when a native inflater is given (Node's
   * zlib in its thread pool, in pieces of 64 KB: the part is never whole either).
   */
  async inflateAsync(name: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const native = this.native;
    if (!native || this.entry(name)?.method !== 8) return this.inflate(name, onChunk);
    const { take, failed, end, data } = this.begin(name, onChunk);
    try {
      await native.inflate(data, take);
    } catch (err) {
      throw failed(err);
    }
    end();
  }

  /**
   * A whole part (for the small ones: workbook, relationships, styles…); past `maxBytes`
   * (declared or inflated) the inflating stops with 'part-too-large'.
   */
  read(name: string, maxBytes = Infinity): Uint8Array {
    const chunks: Uint8Array[] = [];
    let n = 0;
    const tooLarge = () => new PackageError('part-too-large', { part: this.entry(name)?.name ?? name, limit: Math.round(maxBytes / MB) });
    if ((this.entry(name)?.size ?? 0) > maxBytes) throw tooLarge();
    this.inflate(name, (c) => {
      n += c.length;
      if (n > maxBytes) throw tooLarge();
      chunks.push(c);
    });
    return concat(chunks);
  }
}

export function concat(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
