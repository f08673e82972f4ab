/**
 * Files that are not .xlsx: told apart by their bytes, not their name (web software often
 * saves an HTML table as ".xls"). A CSV is read here as text (src/workbook/csv.ts: no cell
 * of it is ever a formula, no office suite runs on it); .xls, .ods, HTML and XML 2003 are
 * converted to a temporary .xlsx by headless LibreOffice when it is installed, with a
 * private profile removed afterwards. Without LibreOffice, each kind gets its own sentence
 * on what to do.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { t, type Lang } from '../i18n/catalogue';
import { killGroup, releaseFolder, temporaryFolder, trackChild, untrackChild } from './files';
import { looksLikeCsv, readCsv } from '../workbook/csv';
import { XlsxWorkbook } from '../workbook/xlsx';

export type InputKind = 'xlsx' | 'xls' | 'ods' | 'csv' | 'html' | 'xml2003' | 'encrypted' | 'other';

const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, Math.min(to, bytes.length)));
const utf16 = (s: string): Uint8Array => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0), 0]));

function contains(bytes: Uint8Array, needle: Uint8Array, limit = bytes.length): boolean {
  const end = Math.min(limit, bytes.length) - needle.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** What a file is, by its first bytes. */
export function sniff(bytes: Uint8Array): InputKind {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) {
    // ODF stores its mimetype first, uncompressed; OOXML has [Content_Types].xml.
    if (ascii(bytes, 30, 120).includes('application/vnd.oasis.opendocument.spreadsheet')) return 'ods';
    if (contains(bytes, new TextEncoder().encode('[Content_Types].xml')) && contains(bytes, new TextEncoder().encode('xl/'))) return 'xlsx';
    return 'other';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) {
    // An OLE2 container: a 97–2003 workbook, or an .xlsx saved with a password.
    if (contains(bytes, utf16('EncryptionInfo'))) return 'encrypted';
    if (contains(bytes, utf16('Workbook')) || contains(bytes, utf16('Book'))) return 'xls';
    return 'other';
  }
  // Delimited text, in UTF-8, UTF-16 (Excel's "Unicode Text") or Windows-1258.
  if (looksLikeCsv(bytes)) return 'csv';
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(start, start + 4096));
  const lead = head.trimStart().toLowerCase();
  if (lead.startsWith('<')) {
    if (lead.startsWith('<?xml') && head.includes('urn:schemas-microsoft-com:office:spreadsheet')) return 'xml2003';
    if (/<(!doctype html|html|table|meta|head|body)\b/i.test(head)) return 'html';
    return 'other';
  }
  return 'other';
}

/** Where LibreOffice is: BINH_XET_SOFFICE when set (an empty value means "not installed"), else `soffice` / `libreoffice` on the PATH or the usual places. */
export function findLibreOffice(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.BINH_XET_SOFFICE !== undefined) return env.BINH_XET_SOFFICE && executable(env.BINH_XET_SOFFICE) ? env.BINH_XET_SOFFICE : undefined;
  const names = process.platform === 'win32' ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? '').split(delimiter).filter(Boolean)) for (const n of names) if (executable(join(dir, n))) return join(dir, n);
  const usual = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice', 'C:\\Program Files\\LibreOffice\\program\\soffice.exe'];
  return usual.find(executable);
}

function executable(p: string): boolean {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** What LibreOffice converts (a CSV is read here as text, never by an office suite that would evaluate it). */
const EXT: Partial<Record<InputKind, string>> = { xls: 'xls', ods: 'ods', html: 'html', xml2003: 'xml' };

/**
 * Runs a program in a process group of its own (LibreOffice's launcher starts soffice.bin
 * under it), tracked so that Ctrl+C or SIGTERM of the command line stops the whole group
 * before the conversion folder is removed; past `timeoutMs` the group is stopped too.
 */
function runGrouped(program: string, args: string[], timeoutMs: number): Promise<{ code: number; err: string }> {
  return new Promise((resolve) => {
    let err = '';
    let child: ReturnType<typeof spawn>;
    try {
      child = spawn(program, args, { detached: process.platform !== 'win32', windowsHide: true, stdio: ['ignore', 'ignore', 'pipe'] });
    } catch (e) {
      resolve({ code: 1, err: String((e as Error).message) });
      return;
    }
    const pid = child.pid;
    if (pid !== undefined) trackChild(pid);
    const timer = setTimeout(() => pid !== undefined && killGroup(pid), timeoutMs);
    child.stderr?.on('data', (d: Buffer) => {
      if (err.length < 64 * 1024) err += d.toString();
    });
    let ended = false;
    const done = (code: number, message = '') => {
      if (ended) return;
      ended = true;
      clearTimeout(timer);
      if (pid !== undefined) {
        // Whatever the launcher left running in its group goes with it.
        killGroup(pid);
        untrackChild(pid);
      }
      resolve({ code, err: err || message });
    };
    child.on('error', (e) => done(1, e.message));
    child.on('close', (code) => done(code ?? 1));
  });
}

export type Converted = { bytes: Uint8Array } | { missing: true } | { failed: string };

/**
 * Converts to .xlsx with headless LibreOffice in a temporary folder (its own profile, so
 * parallel runs never share a lock), then removes the folder, profile included.
 */
export async function convertToXlsx(bytes: Uint8Array, kind: InputKind, name = 'input', soffice = findLibreOffice()): Promise<Converted> {
  const ext = EXT[kind];
  if (!ext) return { failed: kind };
  if (!soffice) return { missing: true };
  // Removed if the process is stopped too; what a killed run left, the next conversion removes.
  const dir = await temporaryFolder('binh-xet-convert-');
  try {
    // A CSV becomes one sheet named after the file, as when the clerk opens it.
    const base =
      name
        .replace(/\.[^.]*$/, '')
        .replace(/[\\/:*?"<>|[\]]/g, '_')
        .slice(0, 31) || 'input';
    const input = join(dir, `${base}.${ext}`);
    const args = [`-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`, '--headless', '--norestore', '--nolockcheck'];
    await writeFile(input, bytes);
    if (kind === 'html') args.push('--infilter=HTML (StarCalc)');
    const out = join(dir, 'out');
    args.push('--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', out, input);
    const run = await runGrouped(soffice, args, 180_000);
    const produced = (await readdir(out).catch(() => [] as string[])).find((n) => n.endsWith('.xlsx'));
    if (!produced) return { failed: run.err.trim().split('\n').pop() || 'LibreOffice' };
    return { bytes: new Uint8Array(await readFile(join(out, produced))) };
  } finally {
    await releaseFolder(dir);
  }
}

// ---------------------------------------------------------------------------------------
// What the command line does with an input that would not open as an .xlsx.

export type Prepared = { bytes: Uint8Array; converted?: InputKind; note?: string } | { message: string };

/**
 * An input that is not an .xlsx: converted when LibreOffice is installed (saying so), or
 * one sentence for its kind. `openXlsx` is tried on the bytes first.
 */
export async function prepareInput(file: string, bytes: Uint8Array, lang: Lang, opens: (b: Uint8Array) => Promise<boolean>): Promise<Prepared> {
  const kind = sniff(bytes);
  if (kind === 'xlsx' || kind === 'other') {
    if (await opens(bytes)) return { bytes };
    return { message: t(kind === 'xlsx' ? 'cli.error.notXlsx' : 'cli.input.other', { file }, lang) };
  }
  if (kind === 'encrypted') return { message: t('cli.input.encrypted', { file }, lang) };
  if (kind === 'csv') {
    const read = readCsv(bytes, basename(file));
    const wb = await XlsxWorkbook.fromGrids([read.grid]);
    const converted = await wb.save();
    if (!(await opens(converted))) return { message: t('cli.input.failed', { file, kind: t('cli.kind.csv', {}, lang), detail: 'xlsx' }, lang) };
    const note = t('cli.input.csvRead', { file, encoding: t(`cli.csv.encoding.${read.encoding}`, {}, lang), delimiter: read.delimiter === '\t' ? 'Tab' : read.delimiter, sheet: read.grid.name }, lang);
    const quotes = read.badQuotes.length ? `\n${t('cli.input.csvQuotes', { rows: read.badQuotes.slice(0, 5).join(', ') }, lang)}` : '';
    return { bytes: converted, converted: 'csv', note: note + quotes };
  }
  const converted = await convertToXlsx(bytes, kind, basename(file));
  if ('missing' in converted) return { message: t(`cli.input.${kind}`, { file }, lang) };
  if ('failed' in converted) return { message: t('cli.input.failed', { file, kind: t(`cli.kind.${kind}`, {}, lang), detail: converted.failed }, lang) };
  if (!(await opens(converted.bytes))) return { message: t('cli.input.failed', { file, kind: t(`cli.kind.${kind}`, {}, lang), detail: 'xlsx' }, lang) };
  return { bytes: converted.bytes, converted: kind, note: t('cli.input.converted', { file, kind: t(`cli.kind.${kind}`, {}, lang) }, lang) };
}
