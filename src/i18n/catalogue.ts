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
import { paperMessages } from './papers';
import { packageMessages } from './package';
import { agencyMessages } from './agency';
import { paneGuardMessages } from './pane-guards';
import { shortfallMessages } from './shortfall';
import { chartMessages } from './charts';
import { readingMessages } from './reading';
import { moneyMessages } from './money';
import type { Lang, Messages } from './types';

export type { Lang, Message, Messages } from './types';

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
  ...paperMessages,
  ...packageMessages,
  ...agencyMessages,
  ...paneGuardMessages,
  ...shortfallMessages,
  ...chartMessages,
  ...readingMessages,
  ...moneyMessages,
};

export function hasMessage(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(catalogue, key);
}

/** A template cut into literal text and placeholder names: "{days} ngày" → ['', 'days', ' ngày']. */
const cut = (template: string): string[] => template.split(/\{(\w+)\}/);

/**
 * Every message cut once, when the catalogue is loaded: a table as fixed as the catalogue
 * (no entry is added by any input), looked up by own keys only ("constructor" is no message).
 */
const templates = new Map<string, { vi: string[]; en: string[] }>(Object.entries(catalogue).map(([k, m]) => [k, { vi: cut(m.vi), en: cut(m.en) }]));

/** The text of `key` in `lang` with `{name}` placeholders filled; the key itself if unknown. */
export function t(key: string, args: Record<string, string | number | undefined> = {}, lang: Lang = 'vi'): string {
  const p = templates.get(key)?.[lang] ?? cut(key);
  if (p.length === 1) return p[0];
  let out = p[0];
  for (let i = 1; i < p.length; i += 2) {
    const v = Object.prototype.hasOwnProperty.call(args, p[i]) ? args[p[i]] : undefined;
    out += (v === undefined ? `{${p[i]}}` : String(v)) + p[i + 1];
  }
  return out;
}

/** Both languages of a key, for places that show Vietnamese with English beside it. */
export const both = (key: string, args: Record<string, string | number | undefined> = {}): string => `${t(key, args, 'vi')} (${t(key, args, 'en')})`;

export const allKeys = (): string[] => Object.keys(catalogue);
