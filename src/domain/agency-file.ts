/**
 * The agency and what its papers need, as read from outside: the agency file (`--agency
 * co-quan.json`, or the same file loaded in the pane) and the settings sheet. One check for
 * both: text fields are text, the council and the counting committee lists of members
 * (name, position, role), the basis a list of lines, the plan its number, date and subject.
 * What is not well formed is left out and named; unknown text fields are kept, for a newer
 * version to read back.
 */
import { jsonTooDeep, MAX_JSON_DEPTH } from '../text/json-depth';
import { t, type Lang } from '../i18n/catalogue';
import { jsonErrorText } from '../text/json-error';
import type { MemberSetting, StoredSettings } from './settings';

export type AgencySettings = NonNullable<StoredSettings['agency']>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const MEMBER_LISTS = new Set(['council', 'counting']);

function member(v: unknown): MemberSetting | undefined {
  if (!isRecord(v) || typeof v.name !== 'string') return undefined;
  const text = (x: unknown) => (typeof x === 'string' ? x : x === undefined ? '' : undefined);
  const position = text(v.position);
  const role = text(v.role);
  return position === undefined || role === undefined ? undefined : { name: v.name, position, role };
}

/** The well-formed part of an agency object; `drop` hears of each part left out ("council[2]"). */
export function checkAgency(raw: Record<string, unknown>, drop: (field: string, value: unknown) => void): AgencySettings {
  const a: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(raw)) {
    if (typeof v === 'string' && !MEMBER_LISTS.has(k) && k !== 'basis' && k !== 'plan') a[k] = v;
    else if (MEMBER_LISTS.has(k) && Array.isArray(v)) {
      a[k] = v.flatMap((m, i) => {
        const ok = member(m);
        if (!ok) drop(`agency.${k}[${i + 1}]`, m);
        return ok ? [ok] : [];
      });
    } else if (k === 'basis' && Array.isArray(v)) {
      a[k] = v.filter((line, i) => {
        if (typeof line !== 'string') drop(`agency.basis[${i + 1}]`, line);
        return typeof line === 'string';
      });
    } else if (k === 'plan' && isRecord(v) && typeof v.number === 'string' && typeof v.date === 'string' && typeof v.about === 'string') {
      a[k] = { number: v.number, date: v.date, about: v.about };
    } else drop(`agency.${k}`, v);
  }
  return a as AgencySettings;
}

const shown = (v: unknown): string => {
  let s: string;
  try {
    s = JSON.stringify(v) ?? String(v);
  } catch {
    s = String(v);
  }
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
};

/**
 * The agency file's text read and checked: the agency, or the reasons it is refused (not
 * JSON, not an object, a field of the wrong shape), each a sentence in the clerk's language.
 */
export function parseAgencyFile(text: string, lang: Lang): { agency?: AgencySettings; errors: string[] } {
  let parsed: unknown;
  if (jsonTooDeep(text)) return { errors: [t('agency.file.tooDeep', { max: MAX_JSON_DEPTH }, lang)] };
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return { errors: [t('agency.file.notJson', { detail: jsonErrorText(e, text.replace(/^\uFEFF/, ''), lang) }, lang)] };
  }
  if (!isRecord(parsed)) return { errors: [t('agency.file.notObject', {}, lang)] };
  const errors: string[] = [];
  const agency = checkAgency(parsed, (field, value) => errors.push(t('agency.file.badField', { field: field.replace(/^agency\./, ''), value: shown(value) }, lang)));
  return errors.length ? { errors } : { agency, errors };
}
