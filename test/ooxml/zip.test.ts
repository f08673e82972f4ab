/**
 * The zip layer alone: what it writes reads back (here, through unzip, and through our
 * reader), ZIP64 when the package needs it, the same bytes whether parts are held or
 * streamed to a file, and the limits that keep a hostile package from the memory.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as zlibCrc32 } from 'node:zlib';
import fc from 'fast-check';
import { crc32 } from '../../src/ooxml/crc32';
import { fflateCompressor, memorySink, writeZip, ZipReader, zipEntries, type OutPart } from '../../src/ooxml/zip';
import { fileSink, nodeCompressor } from '../../src/cli/node-zip';
import { PackageError } from '../../src/ooxml/package-error';
import { sheetXml, sheetXmlParts } from '../../src/workbook/sheet-xml';
import type { SheetSpec } from '../../src/sheets/grid';
import { buildZip, repeatedDeflate } from '../helpers/zip-build';

const dir = mkdtempSync(join(tmpdir(), 'binh-xet-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;
const enc = new TextEncoder();
const dec = new TextDecoder();

function unzipTest(bytes: Uint8Array): string {
  const file = join(dir, `t${Math.random().toString(36).slice(2)}.zip`);
  writeFileSync(file, bytes);
  const r = spawnSync('unzip', ['-tqq', file], { encoding: 'utf8' });
  return r.status === 0 ? 'ok' : `unzip ${r.status}: ${r.stdout}${r.stderr}`;
}

const codeOf = (f: () => unknown): string => {
  try {
    f();
    return 'none';
  } catch (e) {
    return e instanceof PackageError ? `${e.code}${e.detail.part ? ` ${e.detail.part}` : ''}${e.detail.reason ? ` ${e.detail.reason}` : ''}` : String(e);
  }
};

test('CRC-32 is zlib’s, piece by piece too', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 3000 }), fc.nat(3000), (data, cut) => {
      const at = cut % (data.length + 1);
      expect(crc32(data)).toBe(zlibCrc32(data) >>> 0);
      expect(crc32(data.subarray(at), crc32(data.subarray(0, at)))).toBe(zlibCrc32(data) >>> 0);
    }),
    { numRuns: 200 },
  );
});

describe('what the writer writes reads back', () => {
  const parts = fc.uniqueArray(fc.record({ name: fc.constantFrom('a.xml', 'xl/đơn vị.xml', 'b/c/d.bin', '[Content_Types].xml', 'x/😀.txt', 'e.xml', 'f'), data: fc.uint8Array({ maxLength: 5000 }) }), {
    selector: (p) => p.name.toLowerCase(),
    minLength: 1,
    maxLength: 6,
  });

  test.each([
    ['fflate', fflateCompressor, false],
    ['zlib', nodeCompressor, false],
    ['zlib, every field in ZIP64 form', nodeCompressor, true],
  ] as const)('%s', async (_n, compressor, forceZip64) => {
    await fc.assert(
      fc.asyncProperty(parts, async (ps) => {
        const bytes = await zipEntries(new Map(ps.map((p) => [p.name, p.data])), compressor, { forceZip64 });
        const z = ZipReader.open(bytes);
        expect(z.names()).toEqual(ps.map((p) => p.name));
        for (const p of ps) expect(Buffer.compare(Buffer.from(z.read(p.name)), Buffer.from(p.data))).toBe(0);
        if (hasUnzip) expect(unzipTest(bytes)).toBe('ok');
      }),
      { numRuns: 12 },
    );
  });

  test('parts copied from a package keep their compressed bytes, CRC and date', async () => {
    const source = buildZip([
      { name: 'a.xml', data: '<a/>'.repeat(100) },
      { name: 'b.bin', data: 'stored as it is', method: 0 },
    ]);
    const z = ZipReader.open(source);
    const sink = memorySink();
    await writeZip(
      z.names().map((name): OutPart => ({ name, copy: { reader: z, entry: z.entry(name)! } })),
      sink,
      nodeCompressor,
    );
    const back = ZipReader.open(sink.bytes());
    for (const n of ['a.xml', 'b.bin']) {
      const [a, b] = [z.entry(n)!, back.entry(n)!];
      expect([b.method, b.crc, b.size, b.date]).toEqual([a.method, a.crc, a.size, a.date]);
      expect(Buffer.from(back.raw(b)).equals(Buffer.from(z.raw(a)))).toBe(true);
    }
  });

  test('a part streamed into a file (header completed after) gives the same bytes as one held in memory', async () => {
    const spec: SheetSpec = {
      name: 'KQ',
      widths: [20],
      merges: [],
      rows: Array.from({ length: 20000 }, (_, r) => [
        { v: `Nguyễn Văn ${r} & "Đức" <${r}>`, s: 'cell' },
        { v: r, s: 'number' },
      ]),
    };
    const parts = (): OutPart[] => [
      { name: 'a.xml', data: enc.encode('<a/>') },
      { name: 'xl/worksheets/sheet1.xml', pieces: () => sheetXmlParts(spec, () => 3) },
    ];
    const held = memorySink();
    await writeZip(parts(), held, nodeCompressor);
    const file = join(dir, 'streamed.zip');
    const fh = await open(file, 'w+');
    await writeZip(parts(), fileSink(fh), nodeCompressor);
    await fh.close();
    const streamed = new Uint8Array(readFileSync(file));
    expect(Buffer.from(streamed).equals(Buffer.from(held.bytes()))).toBe(true);
    // Many pieces of reused buffers, inflated back to the sheet as one string.
    expect(dec.decode(ZipReader.open(streamed).read('xl/worksheets/sheet1.xml'))).toBe(sheetXml(spec, () => 3));
  });

  test('65 536 entries: a ZIP64 end record, read back here and by unzip', async () => {
    const source = ZipReader.open(buildZip(Array.from({ length: 65535 }, (_, i) => ({ name: `p/${i}.txt`, data: String(i), method: 0 }))));
    const sink = memorySink();
    await writeZip(
      [...source.names().map((name): OutPart => ({ name, copy: { reader: source, entry: source.entry(name)! } })), { name: 'p/65535.txt', data: enc.encode('65535') }],
      sink,
      nodeCompressor,
    );
    const bytes = sink.bytes();
    const tail = Buffer.from(bytes.subarray(bytes.length - 22 - 20 - 56));
    expect(tail.readUInt32LE(0)).toBe(0x06064b50);
    expect(Number(tail.readBigUInt64LE(32))).toBe(65536);
    expect(Buffer.from(bytes.subarray(bytes.length - 22)).readUInt16LE(10)).toBe(0xffff);
    const z = ZipReader.open(bytes);
    expect(z.names().length).toBe(65536);
    expect(dec.decode(z.read('p/65535.txt'))).toBe('65535');
    if (hasUnzip) expect(unzipTest(bytes)).toBe('ok');
  }, 60_000);
});

describe('limits', () => {
  const limits = { maxEntries: 5, maxPartBytes: 1000, maxTotalBytes: 1500 };

  test('entries: counted from the directory before anything is read', () => {
    const z = buildZip(Array.from({ length: 6 }, (_, i) => ({ name: `${i}`, data: 'x' })));
    expect(codeOf(() => ZipReader.open(z, limits))).toBe('too-many-entries');
  });

  test('a part: by what it declares, then by what it really inflates to', () => {
    const zeros = repeatedDeflate(new Uint8Array(100), 20);
    const declared = ZipReader.open(buildZip([{ name: 'a', data: zeros.data, raw: zeros }]), limits);
    expect(codeOf(() => declared.read('a'))).toBe('part-too-large a');
    const lying = ZipReader.open(buildZip([{ name: 'a', data: zeros.data, raw: { size: 10, crc: zeros.crc } }]), { ...limits, maxPartBytes: 5000, maxTotalBytes: 5000 });
    expect(codeOf(() => lying.read('a'))).toBe('corrupt-part a size');
    const lyingBig = ZipReader.open(buildZip([{ name: 'a', data: zeros.data, raw: { size: 900, crc: zeros.crc } }]), { ...limits, maxPartBytes: 950 });
    expect(codeOf(() => lyingBig.read('a'))).toBe('part-too-large a');
  });

  test('all the parts read from one package together', () => {
    const z = ZipReader.open(buildZip(['a', 'b', 'c'].map((name) => ({ name, data: 'x'.repeat(600) }))), limits);
    z.read('a');
    z.read('b');
    expect(codeOf(() => z.read('c'))).toBe('total-too-large c');
    expect(z.inflatedBytes).toBe(1200);
  });

  test('a 1 GB part is never inflated to be copied: only what is read counts', async () => {
    const big = repeatedDeflate(new Uint8Array(1024 * 1024), 1024);
    const z = ZipReader.open(
      buildZip([
        { name: 'media.png', data: big.data, raw: big },
        { name: 'a.xml', data: '<a/>' },
      ]),
    );
    expect(dec.decode(z.read('a.xml'))).toBe('<a/>');
    const sink = memorySink();
    await writeZip([{ name: 'media.png', copy: { reader: z, entry: z.entry('media.png')! } }], sink, nodeCompressor);
    expect(z.inflatedBytes).toBe(4);
    expect(ZipReader.open(sink.bytes()).entry('media.png')!.size).toBe(1024 * 1024 * 1024);
  });
});
