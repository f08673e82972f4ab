/**
 * What the file system says, as the clerk reads it: Node's errors (ENOSPC, EACCES, EISDIR,
 * ENOENT…) are English and name a system call; the command line says what happened to
 * which file, in the clerk's language, and what to do. Nothing here reaches the clerk raw.
 */
import { t, type Lang } from '../i18n/catalogue';
import { NotRegularFile, WriteFailure, type PathClash } from './files';

/** Codes that have a sentence of their own ("cli.fs.<code>"). */
const KNOWN = new Set([
  'ENOENT',
  'EACCES',
  'EPERM',
  'EISDIR',
  'ENOTDIR',
  'ENOSPC',
  'EDQUOT',
  'EROFS',
  'EBUSY',
  'ETXTBSY',
  'EMFILE',
  'ENFILE',
  'ENAMETOOLONG',
  'EEXIST',
  'EIO',
  'ELOOP',
  'EXDEV',
  'EFBIG',
]);

/** An error from the file system (it has a code such as "ENOSPC"). */
export const isSystemError = (e: unknown): e is NodeJS.ErrnoException =>
  // Not `instanceof Error`: errors made in another realm (a VM context, a worker) are not instances of this one's Error.
  typeof e === 'object' && e !== null && typeof (e as NodeJS.ErrnoException).code === 'string' && /^E[A-Z0-9]+$/.test((e as NodeJS.ErrnoException).code!);

/**
 * What went wrong, as a phrase ("ổ đĩa đã đầy", "the disk is full"); the code is kept in
 * brackets for whoever helps the clerk.
 */
export function systemReason(e: unknown, lang: Lang): string {
  if (e instanceof NotRegularFile) return t('cli.fs.ENOTREG', { kind: t(`cli.filekind.${e.kind}`, {}, lang) }, lang);
  const code = isSystemError(e) ? e.code! : '';
  const key = code === 'EPERM' ? 'EACCES' : code === 'ETXTBSY' ? 'EBUSY' : code === 'ENFILE' ? 'EMFILE' : code;
  return KNOWN.has(code) ? `${t(`cli.fs.${key}`, {}, lang)} (${code})` : t('cli.fs.other', { code: code || '?' }, lang);
}

/** A failure the command line did not foresee (a bug): a sentence, and the detail to report. */
export function unexpectedFailure(e: unknown, lang: Lang): string {
  const detail = typeof e === 'object' && e !== null && 'message' in e ? `${(e as Error).name}: ${(e as Error).message}` : String(e);
  return t('cli.error.unexpected', { detail }, lang);
}

/** Why the paths of a command cannot be used together, as the usage error's detail. */
export function clashSentence(clash: PathClash, lang: Lang): string {
  switch (clash.kind) {
    case 'output-is-input':
      return t(clash.spelledAlike ? 'cli.error.sameFile' : 'cli.error.sameFileOtherName', { option: clash.output.option, output: clash.output.path, input: clash.input }, lang);
    case 'outputs-clash':
      return t('cli.error.outputsClash', { a: clash.a.option, b: clash.b.option, fileA: clash.a.path, fileB: clash.b.path }, lang);
    case 'input-twice':
      return t('cli.error.inputTwice', { first: clash.first, second: clash.second }, lang);
  }
}

/** A write that did not happen: which file, why, and that nothing changed. */
export function writeFailureSentence(e: unknown, lang: Lang): string {
  if (e instanceof WriteFailure) return t('cli.error.write', { file: e.path, detail: systemReason(e.reason, lang) }, lang);
  return unexpectedFailure(e, lang);
}
