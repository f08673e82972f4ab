/**
 * The .xlsx package as a zip: reading (src/ooxml/zip-read.ts, bounded) and writing
 * (src/ooxml/zip-write.ts, part by part). The default compressor is fflate, pure
 * JavaScript, for the browser preview; the command line passes one on Node's native zlib
 * (src/cli/node-zip.ts). The Map form below is for tests and small tools that build a
 * package by hand: a real review never holds every part inflated at once.
 */
import { DEFAULT_LIMITS, ZipReader, type ZipLimits } from './zip-read';
import { fflateCompressor, memorySink, writeZip, type Compressor, type ZipWriteOptions } from './zip-write';

export { DEFAULT_LIMITS, ZipReader, looksLikeZip, type ZipEntry, type ZipLimits } from './zip-read';
export { fflateCompressor, memorySink, writeZip, type Compressor, type OutPart, type ZipSink } from './zip-write';

/** Part name ("xl/worksheets/sheet3.xml") → its bytes. */
export type ZipEntries = Map<string, Uint8Array>;
export type ZipWriter = (entries: ZipEntries) => Promise<Uint8Array>;

/** Every part of a package, inflated (within the limits; folder entries left out). */
export function unzipEntries(data: Uint8Array, limits: ZipLimits = DEFAULT_LIMITS): ZipEntries {
  const z = ZipReader.open(data, limits);
  return new Map(z.names().map((n) => [n, z.read(n)]));
}

/** A package of these parts, in this order. */
export async function zipEntries(entries: ZipEntries, compressor: Compressor = fflateCompressor, options?: ZipWriteOptions): Promise<Uint8Array> {
  const sink = memorySink();
  await writeZip(
    [...entries].map(([name, data]) => ({ name, data })),
    sink,
    compressor,
    options,
  );
  return sink.bytes();
}

/** A zip of files compressed already (each .docx of a set of papers): stored as they are, not deflated twice. */
export async function storedZip(entries: ZipEntries): Promise<Uint8Array> {
  const sink = memorySink();
  await writeZip(
    [...entries].map(([name, data]) => ({ name, data, store: true })),
    sink,
    fflateCompressor,
  );
  return sink.bytes();
}

export const fflateZip: ZipWriter = (entries) => zipEntries(entries, fflateCompressor);
