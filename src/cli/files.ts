/**
 * The command line's files: which paths are the same file, and writing the results so that
 * every file is either all new or as it was.
 *
 * Same file: compared by identity (device and inode), not by spelling, so a symbolic link,
 * a hard link, "./a.xlsx" and "a.xlsx", or "A.XLSX" on a file system that ignores case all
 * count as the input. Two outputs not yet written are the same when their folders are the
 * same folder and their names differ only in case or Unicode form (careful where the file
 * system would take them as one).
 *
 * Writing: each file goes first to a temporary file beside its target ("kq.xlsx.binh-xet-
 * 1234-9f3a0c2b71de.tmp": the pid and a random part), flushed to disk; only when all are written are they renamed over their
 * targets, in the order given (the JSON before the workbook), and a rename that fails puts
 * the files already renamed back as they were. Ctrl+C, SIGTERM or SIGHUP during the write
 * removes the temporary files (and undoes a half-done swap) before the process ends; what a
 * `kill -9` leaves, the next run over the same target removes.
 */
import { closeSync, constants as fsConstants, fsyncSync, openSync, renameSync, rmSync, unlinkSync } from 'node:fs';
import { copyFile, link, lstat, mkdir, mkdtemp, open, readdir, realpath, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { constants as osConstants, tmpdir } from 'node:os';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';

// ---------------------------------------------------------------------------------------
// Same file

export interface NamedPath {
  /** How the command line names it: "--out", "--json", "--docs", or "" for an input. */
  option: string;
  /** As typed (shown in messages). */
  path: string;
}

interface Identity {
  /** Device and inode of the file, when it exists. */
  node?: string;
  /** Its folder's identity and its name as written. */
  entry: string;
  /** The same with the name folded (case, Unicode form): two new outputs that may be one file. */
  folded: string;
}

const fold = (s: string): string => s.normalize('NFC').toLowerCase();

async function nodeOf(path: string): Promise<string | undefined> {
  try {
    const st = await stat(path, { bigint: true });
    // Some file systems (FAT, some network shares) give no inode: the resolved path then.
    return st.ino !== 0n ? `${st.dev}:${st.ino}` : `path:${fold(await realpath(path))}`;
  } catch {
    return undefined;
  }
}

async function identity(path: string): Promise<Identity> {
  const abs = resolve(path);
  const dir = (await nodeOf(dirname(abs))) ?? `path:${fold(dirname(abs))}`;
  return { node: await nodeOf(abs), entry: `${dir}/${basename(abs)}`, folded: `${dir}/${fold(basename(abs))}` };
}

export type PathClash =
  { kind: 'output-is-input'; output: NamedPath; input: string; spelledAlike: boolean } | { kind: 'outputs-clash'; a: NamedPath; b: NamedPath } | { kind: 'input-twice'; first: string; second: string };

/**
 * The first clash among the paths of one command, or null: an output that is an input
 * (the input is never written), two outputs that are one file, an input named twice.
 */
export async function findClash(inputs: string[], outputs: NamedPath[]): Promise<PathClash | null> {
  const ins = await Promise.all(inputs.map(identity));
  const outs = await Promise.all(outputs.map((o) => identity(o.path)));
  const same = (a: Identity, b: Identity) => (a.node !== undefined && a.node === b.node) || a.entry === b.entry;
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) if (same(ins[i], ins[j])) return { kind: 'input-twice', first: inputs[i], second: inputs[j] };
  }
  for (let o = 0; o < outputs.length; o++) {
    for (let i = 0; i < inputs.length; i++) {
      if (same(outs[o], ins[i])) return { kind: 'output-is-input', output: outputs[o], input: inputs[i], spelledAlike: resolve(outputs[o].path) === resolve(inputs[i]) };
    }
  }
  for (let a = 0; a < outputs.length; a++) {
    for (let b = a + 1; b < outputs.length; b++) {
      if (same(outs[a], outs[b]) || outs[a].folded === outs[b].folded) return { kind: 'outputs-clash', a: outputs[a], b: outputs[b] };
    }
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// Regular files only

export type FileKind = 'folder' | 'character-device' | 'block-device' | 'fifo' | 'socket' | 'other';

/** What a path that is not a regular file is (a stat's answer), for the sentence. */
export function kindOf(st: { isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isFIFO(): boolean; isSocket(): boolean }): FileKind {
  return st.isDirectory() ? 'folder' : st.isCharacterDevice() ? 'character-device' : st.isBlockDevice() ? 'block-device' : st.isFIFO() ? 'fifo' : st.isSocket() ? 'socket' : 'other';
}

/**
 * A path that is not a regular file where one is read or written: /dev/zero would be read
 * until memory runs out, /dev/null or a FIFO replaced by a file. The code is the command
 * line's own, turned into a sentence by failures.ts like the system's.
 */
export class NotRegularFile extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly path: string,
    readonly kind: FileKind,
  ) {
    super(`${path} is not a regular file (${kind})`);
  }
}

/**
 * A whole input file, refused unless it is a regular file (a device, a FIFO, a socket or a
 * folder are named). Opened without blocking, so a FIFO with no writer is refused too, and
 * the check is made on what was opened, not on the name.
 */
export async function readRegularFile(path: string): Promise<Uint8Array> {
  const fh = await open(path, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const st = await fh.stat();
    // A folder keeps the system's own word for it (EISDIR), as when it is an output.
    if (st.isDirectory()) throw Object.assign(new Error(`${path} is a folder`), { code: 'EISDIR', path });
    if (!st.isFile()) throw new NotRegularFile(path, kindOf(st));
    return new Uint8Array(await fh.readFile());
  } finally {
    await fh.close();
  }
}

// ---------------------------------------------------------------------------------------
// Writing

/**
 * A file to write: its bytes, or a writer that streams it into the temporary file (opened
 * for reading too, so the writer can read back what it wrote) — a workbook is never held whole.
 */
export type FileToWrite = { path: string; bytes: Uint8Array } | { path: string; write: (fh: FileHandle) => Promise<void> };

/** A file that could not be written; `cause` is the file system's error. Nothing was changed. */
export class WriteFailure extends Error {
  constructor(
    readonly path: string,
    readonly reason: unknown,
  ) {
    super(`cannot write ${path}`);
  }
}

export interface CommitOptions {
  /** Told which signal stopped the write, before the process ends (to say so). */
  onSignal?: (signal: NodeJS.Signals) => void;
  /** Tests stop here: every temporary file written, nothing renamed yet. */
  written?: () => Promise<void>;
  /** Tests stop here: the file `index` renamed into place, the next not yet. */
  renamed?: (index: number) => Promise<void>;
}

const TAG = 'binh-xet';
/**
 * The process number and a random part: in a container every start has the same pid, and a
 * name made of the pid alone, left by a killed run, would block that output for good.
 */
const runTag = () => `${process.pid}-${randomBytes(6).toString('hex')}`;
const tempOf = (path: string) => `${path}.${TAG}-${runTag()}.tmp`;
const backupOf = (path: string) => `${path}.${TAG}-${runTag()}.bak`;
/** What a temporary file or backup of ours is named: "<name>.binh-xet-<pid>[-<random>].tmp|bak". */
const LEFTOVER = new RegExp(`\\.${TAG}-(\\d+)(?:-[0-9a-f]+)?\\.(tmp|bak)$`);
/** A day: a leftover older than this is removed even if its process number is in use again. */
const STALE_MS = 24 * 3600 * 1000;

interface Swap {
  target: string;
  /** A second link to (or copy of) the target as it was; none when there was no target. */
  backup?: string;
}

interface Transaction {
  temps: Set<string>;
  swapped: Swap[];
  backups: Set<string>;
  /** Folders this write made (the papers' folder…): removed again when it does not complete. */
  folders: string[];
  /** Every target renamed into place: a signal now only tidies up. */
  committed: boolean;
  onSignal?: (signal: NodeJS.Signals) => void;
}

const active = new Set<Transaction>();
/** Temporary folders in use (a conversion's), removed if the process is stopped. */
const folders = new Set<string>();
/** Folders being made by this process (not yet in `folders`): while any is, none of its number is swept. */
let making = 0;
const SIGNALS: NodeJS.Signals[] = process.platform === 'win32' ? ['SIGINT', 'SIGTERM'] : ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** Puts everything as it was (or, once committed, only removes what is left over). Synchronous: it runs as the process ends. */
function undoSync(txn: Transaction): void {
  if (!txn.committed) {
    for (const s of [...txn.swapped].reverse()) {
      try {
        if (s.backup) renameSync(s.backup, s.target);
        else unlinkSync(s.target);
      } catch {
        // Best effort: the process is ending; the next run removes what is left.
      }
    }
  }
  for (const f of [...txn.temps, ...txn.backups]) rmSync(f, { force: true });
  if (!txn.committed) for (const dir of txn.folders.splice(0).reverse()) rmSync(dir, { recursive: true, force: true });
}

/** Process groups of children at work (LibreOffice converting), stopped with the command line. */
const children = new Set<number>();

/** Stops a child's whole process group (soffice starts soffice.bin under it), at once. */
export function killGroup(pid: number, signal: NodeJS.Signals = 'SIGKILL'): void {
  try {
    if (process.platform === 'win32') process.kill(pid, signal);
    else process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/** A child in its own process group, stopped (and its group) if the command line is. */
export function trackChild(pid: number): void {
  children.add(pid);
  rewatch();
}

export function untrackChild(pid: number): void {
  children.delete(pid);
  rewatch();
}

function onSignal(signal: NodeJS.Signals): void {
  // The children first: LibreOffice would otherwise write its profile into the folder removed below.
  for (const pid of children) killGroup(pid);
  children.clear();
  for (const txn of active) {
    undoSync(txn);
    txn.onSignal?.(signal);
  }
  active.clear();
  onExit();
  process.exit(128 + (osConstants.signals[signal] ?? 1));
}

function onExit(): void {
  for (const pid of children) killGroup(pid);
  children.clear();
  for (const txn of active) undoSync(txn);
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
  folders.clear();
}

/** The handlers are installed while something is in progress, and only then. */
function rewatch(): void {
  const busy = active.size + folders.size + children.size > 0;
  const installed = process.listeners('exit').includes(onExit);
  if (busy && !installed) {
    for (const s of SIGNALS) process.on(s, onSignal);
    process.on('exit', onExit);
  } else if (!busy && installed) {
    for (const s of SIGNALS) process.off(s, onSignal);
    process.off('exit', onExit);
  }
}

function watch(txn: Transaction): void {
  active.add(txn);
  rewatch();
}

function unwatch(txn: Transaction): void {
  active.delete(txn);
  rewatch();
}

/**
 * A temporary folder for this process ("binh-xet-convert-<pid>-…" in the system's temp
 * folder, or `root`), removed by `releaseFolder`, or when the process is stopped; folders of the same
 * kind that a killed process left are removed first.
 */
export async function temporaryFolder(prefix: string, root = tmpdir()): Promise<string> {
  const re = new RegExp(`^${escapeRe(prefix)}(\\d+)-`);
  for (const n of await readdir(root).catch(() => [] as string[])) {
    const m = re.exec(n);
    const dir = join(root, n);
    // One of this process's own is in use; one with its number that it did not make is a
    // previous run's (a container restarts with the same pid).
    if (!m || folders.has(dir)) continue;
    if (Number(m[1]) === process.pid) {
      if (!making) await rm(dir, { recursive: true, force: true });
      continue;
    }
    const old = await lstat(dir).then(
      (st) => Date.now() - st.mtimeMs > STALE_MS,
      () => false,
    );
    if (!alive(Number(m[1])) || old) await rm(dir, { recursive: true, force: true });
  }
  making++;
  let dir: string;
  try {
    dir = await mkdtemp(join(root, `${prefix}${process.pid}-`));
  } finally {
    making--;
  }
  folders.add(dir);
  rewatch();
  return dir;
}

export async function releaseFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  folders.delete(dir);
  rewatch();
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Whether a temporary file or backup belongs to a write in progress in this process. */
const inUse = (file: string) => [...active].some((t) => t.temps.has(file) || t.backups.has(file));

/**
 * Temporary files and backups left by a run that was killed (its process is gone, or a
 * day old, or it carries this process's number but no write of this process made it), in
 * the folder of `path`: of this target and of any other (the papers' names change from
 * year to year, so a leftover of last year's paper is found too).
 */
export async function removeLeftovers(path: string): Promise<string[]> {
  const dir = dirname(path);
  const removed: string[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return removed;
  }
  for (const n of names) {
    const m = LEFTOVER.exec(n);
    if (!m) continue;
    const file = join(dir, n);
    if (inUse(file)) continue;
    const pid = Number(m[1]);
    const old = await lstat(file).then(
      (st) => Date.now() - st.mtimeMs > STALE_MS,
      () => false,
    );
    if (pid !== process.pid && alive(pid) && !old) continue;
    await rm(file, { force: true });
    removed.push(file);
  }
  return removed;
}

async function writeTemp(path: string, f: FileToWrite): Promise<void> {
  const fh = await open(path, 'wx+');
  try {
    if ('bytes' in f) await fh.writeFile(f.bytes);
    else await f.write(fh);
    // On disk before it is renamed into place: a power cut never leaves an empty result.
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function syncFolder(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every file system lets a folder be flushed; the rename is done either way.
  }
}

/**
 * Writes `files` all or nothing (see the head of this file). Throws a WriteFailure naming
 * the file that could not be written; then every target is as it was.
 */
export async function commitFiles(given: FileToWrite[], options: CommitOptions = {}): Promise<void> {
  const txn: Transaction = { temps: new Set(), swapped: [], backups: new Set(), folders: [], committed: false, onSignal: options.onSignal };
  watch(txn);
  /** The file being worked on, for the message. */
  let at = 0;
  try {
    // A target that is a symbolic link is written where it points (the link stays a link).
    const files = await Promise.all(given.map(async (f) => ({ ...f, path: await realpath(resolve(f.path)).catch(() => resolve(f.path)) })));
    for (const [i, f] of files.entries()) {
      at = i;
      const made = await mkdir(dirname(f.path), { recursive: true }).catch((e: NodeJS.ErrnoException) => {
        // A file where a folder of the path should be: say so, not "file exists".
        throw e.code === 'EEXIST' ? Object.assign(new Error(e.message), { code: 'ENOTDIR' }) : e;
      });
      if (made) txn.folders.push(made);
      await removeLeftovers(f.path);
      // A folder in the way is said before anything is written; a device, a FIFO or a
      // socket is never replaced by a file (as root, --json /dev/null would replace /dev/null).
      const st = await stat(f.path).catch(() => null);
      if (st?.isDirectory()) throw Object.assign(new Error(`${f.path} is a folder`), { code: 'EISDIR' });
      if (st && !st.isFile()) throw new NotRegularFile(f.path, kindOf(st));
    }
    const temps = files.map((f) => tempOf(f.path));
    for (const [i, f] of files.entries()) {
      at = i;
      txn.temps.add(temps[i]);
      await writeTemp(temps[i], f);
    }
    await options.written?.();
    for (const [i, f] of files.entries()) {
      at = i;
      const last = i === files.length - 1;
      const swap: Swap = { target: f.path };
      // Every file but the last keeps its old content aside until the last is in place.
      if (!last && (await stat(f.path).catch(() => null))) {
        const backup = backupOf(f.path);
        txn.backups.add(backup);
        await link(f.path, backup).catch(() => copyFile(f.path, backup, fsConstants.COPYFILE_EXCL));
        swap.backup = backup;
      }
      await rename(temps[i], f.path);
      txn.temps.delete(temps[i]);
      txn.swapped.push(swap);
      if (!last) await options.renamed?.(i);
    }
    txn.committed = true;
    for (const dir of new Set(files.map((f) => dirname(f.path)))) syncFolder(dir);
  } catch (e) {
    undoSync(txn);
    throw new WriteFailure(given[at]?.path ?? '', e);
  } finally {
    for (const b of txn.backups) rmSync(b, { force: true });
    unwatch(txn);
  }
}
