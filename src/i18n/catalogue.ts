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
};

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** The text of `key` in `lang` with `{name}` placeholders filled; the key itself if unknown. */
export function t(key: string, args: Record<string, string | number | undefined> = {}, lang: Lang = 'vi'): string {
  const m = catalogue[key];
  const template = m ? m[lang] : key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const v = args[name];
    return v === undefined ? `{${name}}` : String(v);
  });
}

/** Both languages of a key, for places that show Vietnamese with English beside it. */
export const both = (key: string, args: Record<string, string | number | undefined> = {}): string =>
  `${t(key, args, 'vi')} (${t(key, args, 'en')})`;

export const allKeys = (): string[] => Object.keys(catalogue);
