/**
 * Excel's refusals, told to the clerk: an error thrown by Excel.run / context.sync
 * (OfficeExtension.Error: `code`, `message`, `debugInfo`), a network failure, or anything
 * else, becomes one sentence saying what happened and what to do, Vietnamese or English.
 * Pure: no office.js import, the error is looked at only through `code`, `name`, `message`
 * and `debugInfo.code`. The text never carries the raw message or a stack trace.
 */
import { hasMessage, t, type Lang } from '../i18n/catalogue';

export interface OfficeErrorText {
  /**
   * What the add-in recognised: the Office error code (`'AccessDenied'`, `'ItemNotFound'`…),
   * `'NetworkFailure'` for a lost connection, or `'Unknown'`.
   */
  code: string;
  /** One sentence for the clerk. */
  text: string;
}

/** Office error code → message key (without the `office.error.` prefix). */
const KEY_OF_CODE: Readonly<Record<string, string>> = {
  AccessDenied: 'AccessDenied',
  InvalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  ItemAlreadyExists: 'ItemAlreadyExists',
  ItemNotFound: 'ItemNotFound',
  RequestPayloadSizeLimitExceeded: 'TooLarge',
  ResponsePayloadSizeLimitExceeded: 'TooLarge',
  RangeExceedsLimit: 'TooLarge',
  OperationCellsExceedLimit: 'TooLarge',
  MemoryLimitReached: 'TooLarge',
  InsertDeleteConflict: 'InsertDeleteConflict',
  GeneralException: 'GeneralException',
  Unauthenticated: 'Unauthenticated',
  ApiNotAvailable: 'ApiNotAvailable',
  ApiNotFound: 'ApiNotAvailable',
  NotImplemented: 'ApiNotAvailable',
  UnsupportedOperation: 'ApiNotAvailable',
  ActivityLimitReached: 'Busy',
  ServiceNotAvailable: 'Busy',
  RequestAborted: 'Busy',
  Timeout: 'Busy',
  ConnectionFailure: 'Network',
};

export const NETWORK_FAILURE = 'NetworkFailure';
export const UNKNOWN = 'Unknown';

/** A code worth showing: an identifier, not a sentence or a number from somewhere else. */
const CODE_SHAPE = /^[A-Za-z][A-Za-z0-9_]{1,63}$/;
/** What browsers, Node and Office say when the connection itself fails. */
const NETWORK_TEXT = /failed to fetch|fetch failed|network ?error|network request failed|net::ERR_|ERR_INTERNET_DISCONNECTED|ECONNRESET|ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EAI_AGAIN/i;
/** Safari's fetch says only this, as a TypeError. */
const SAFARI_FETCH = /^load failed$/i;

/** `e[name]`, or undefined for a non-object or a throwing getter. */
function field(e: unknown, name: string): unknown {
  if (e === null || (typeof e !== 'object' && typeof e !== 'function')) return undefined;
  try {
    return (e as Record<string, unknown>)[name];
  } catch {
    return undefined;
  }
}
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.length > 0 ? v : undefined);

/** The codes an error carries: its own `code` first, then `debugInfo.code`. */
function codesOf(e: unknown): string[] {
  return [str(field(e, 'code')), str(field(field(e, 'debugInfo'), 'code'))].filter((c): c is string => c !== undefined);
}

function isNetworkFailure(e: unknown, depth = 0): boolean {
  if (depth > 3) return false;
  const name = str(field(e, 'name'));
  if (name === 'NetworkError') return true;
  const message = typeof e === 'string' ? e : (str(field(e, 'message')) ?? '');
  if (name === 'TypeError' && SAFARI_FETCH.test(message)) return true;
  if (NETWORK_TEXT.test(message) || codesOf(e).some((c) => NETWORK_TEXT.test(c))) return true;
  // Node's fetch: TypeError('fetch failed') with the socket error as its cause.
  const cause = field(e, 'cause');
  return cause !== undefined && cause !== e && isNetworkFailure(cause, depth + 1);
}

/** The recognised code of an error: an Office code, `NetworkFailure`, or `Unknown`. */
export function officeErrorCode(e: unknown): string {
  const codes = codesOf(e);
  const known = codes.find((c) => Object.hasOwn(KEY_OF_CODE, c));
  if (known === 'ConnectionFailure') return NETWORK_FAILURE;
  if (known) return known;
  if (isNetworkFailure(e)) return NETWORK_FAILURE;
  return UNKNOWN;
}

/**
 * One sentence for the clerk about `e`, in `lang`. With `context.sheet` the message names
 * the sheet where that helps. Unknown errors get a generic sentence, with the error's code
 * when it has one that looks like a code (so support can be told), never its message.
 */
export function officeErrorMessage(e: unknown, lang: Lang, context: { sheet?: string } = {}): OfficeErrorText {
  const code = officeErrorCode(e);
  if (code === NETWORK_FAILURE) return { code, text: t('office.error.Network', {}, lang) };
  if (code !== UNKNOWN) {
    const key = `office.error.${KEY_OF_CODE[code]}`;
    const sheet = context.sheet?.trim();
    const withSheet = `${key}.sheet`;
    const text = sheet && hasMessage(withSheet) ? t(withSheet, { sheet }, lang) : t(key, {}, lang);
    return { code, text };
  }
  const raw = codesOf(e).find((c) => CODE_SHAPE.test(c));
  return raw ? { code: UNKNOWN, text: t('office.error.Unknown.code', { code: raw }, lang) } : { code: UNKNOWN, text: t('office.error.Unknown', {}, lang) };
}
