/**
 * Writing the .xlsx package (a zip of XML parts). The default writer is fflate, pure
 * JavaScript, for the browser preview; the command line passes a writer on Node's native
 * zlib (src/cli/node-zip.ts), several times faster on the result sheets of a big agency.
 */
import { unzipSync, zipSync } from 'fflate';

/** Part name ("xl/worksheets/sheet3.xml") → its bytes. */
export type ZipEntries = Map<string, Uint8Array>;
export type ZipWriter = (entries: ZipEntries) => Promise<Uint8Array>;

/** The package's parts (folder entries, which carry nothing, left out). */
export function unzipEntries(data: Uint8Array): ZipEntries {
  return new Map(Object.entries(unzipSync(data)).filter(([name]) => !name.endsWith('/')));
}

/** Deflate level 1: large result sheets compress to within ~30 % of level 6 at twice the speed. */
export const fflateZip: ZipWriter = async (entries) => zipSync(Object.fromEntries(entries), { level: 1 });
