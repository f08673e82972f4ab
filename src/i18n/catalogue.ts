/**
 * The one catalogue of user-facing text: Vietnamese first, English second. Each area
 * keeps its messages in a file of its own beside this one; this file merges them and
 * fills templates ("{cell}" → "E12").
 */
import { issueMessages } from './issues';
import { reasonMessages } from './reasons';
import { sheetMessages } from './sheets';
import { cliMessages } from './cli';
import { paneMessages } from './pane';
import { officeMessages } from './office';
import { documentMessages } from './documents';
import { readerMessages } from './reader';
import { titleMessages } from './titles';

export type Lang = 'vi' | 'en';
export interface Message {
  vi: string;
  en: string;
}
export type Messages = Record<string, Message>;

const catalogue: Messages = {
  ...issueMessages,
  ...reasonMessages,
  ...sheetMessages,
  ...cliMessages,
  ...paneMessages,
  ...officeMessages,
  ...documentMessages,
  ...readerMessages,
  ...titleMessages,
};

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** A template cut once into literal text and placeholder names: "{days} ngày" → ['', 'days', ' ngày']. */
const compiled = new Map<string, string[]>();
function parts(template: string): string[] {
  let p = compiled.get(template);
  if (!p) {
    p = template.split(/\{(\w+)\}/);
    compiled.set(template, p);
  }
  return p;
}

/** The text of `key` in `lang` with `{name}` placeholders filled; the key itself if unknown. */
export function t(key: string, args: Record<string, string | number | undefined> = {}, lang: Lang = 'vi'): string {
  const m = catalogue[key];
  const template = m ? m[lang] : key;
  const p = parts(template);
  if (p.length === 1) return template;
  let out = p[0];
  for (let i = 1; i < p.length; i += 2) {
    const v = args[p[i]];
    out += (v === undefined ? `{${p[i]}}` : String(v)) + p[i + 1];
  }
  return out;
}

/** Both languages of a key, for places that show Vietnamese with English beside it. */
export const both = (key: string, args: Record<string, string | number | undefined> = {}): string =>
  `${t(key, args, 'vi')} (${t(key, args, 'en')})`;

export const allKeys = (): string[] => Object.keys(catalogue);
