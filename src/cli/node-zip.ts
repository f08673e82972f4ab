/**
 * The package written with Node's native zlib (deflate in the thread pool while the next
 * part's XML is being written, CRC-32 native), straight into a file: the format itself is
 * src/workbook/zip-write.ts, shared with the browser.
 */
import { once } from 'node:events';
import type { FileHandle } from 'node:fs/promises';
import { crc32, createDeflateRaw } from 'node:zlib';
import type { Compressor, ZipSink } from '../workbook/zip-write';
import { zipEntries, type ZipWriter } from '../workbook/zip';

export const nodeCompressor: Compressor = {
  async deflate(source) {
    const d = createDeflateRaw({ level: 6 });
    const chunks: Uint8Array[] = [];
    let compressedSize = 0;
    d.on('data', (c: Buffer) => {
      chunks.push(c);
      compressedSize += c.length;
    });
    const ended = once(d, 'end');
    let crc = 0;
    let size = 0;
    for (const piece of source) {
      crc = crc32(piece, crc);
      size += piece.length;
      if (!d.write(piece)) await once(d, 'drain');
    }
    d.end();
    await ended;
    return { chunks, crc: crc >>> 0, size, compressedSize };
  },
};

/** Map of parts → package bytes (tests and tools that build a package by hand). */
export const nodeZip: ZipWriter = (entries) => zipEntries(entries, nodeCompressor);

/** Writes into an open file, in order. */
export const fileSink = (fh: FileHandle): ZipSink => ({
  write: async (chunk) => {
    let at = 0;
    while (at < chunk.length) at += (await fh.write(chunk, at, chunk.length - at)).bytesWritten;
  },
});
