/**
 * The pane's words: the catalogue's text, with English counts of one in the singular. The
 * catalogue's templates say "{n} people", "{n} rows" once for every number; English needs
 * "1 person", "1 row" (Vietnamese has no plural, so nothing changes there).
 */
import { hasMessage, t, type Lang } from '../i18n/catalogue';
import { warningText } from '../sheets/layout';

/** English nouns the templates count, plural → singular. */
const SINGULAR: Record<string, string> = {
  people: 'person',
  units: 'unit',
  rows: 'row',
  sheets: 'sheet',
  'result sheets': 'result sheet',
  columns: 'column',
  fields: 'field',
  issues: 'issue',
  matches: 'match',
  days: 'day',
  months: 'month',
  years: 'year',
  titles: 'title',
  papers: 'paper',
  names: 'name',
};
const ONE = new RegExp(
  `(^|[^\\d.,])1 (${Object.keys(SINGULAR)
    .sort((a, b) => b.length - a.length)
    .join('|')})\\b`,
  'g',
);

/** English text with "1 people" → "1 person"; other languages as they are. */
export function singular(text: string, lang: Lang): string {
  return lang === 'en' ? text.replace(ONE, (_, before: string, noun: string) => `${before}1 ${SINGULAR[noun]}`) : text;
}

/** `t` for the pane. */
export const paneText = (key: string, args: Record<string, string | number> = {}, lang: Lang = 'vi'): string => singular(t(key, args, lang), lang);

/** A review warning as the pane says it: its pane wording where the shared one names a command-line option. */
export function paneWarning(w: { code: string; args: Record<string, string | number> }, lang: Lang): string {
  return singular(warningText(hasMessage(`warning.${w.code}.pane`) ? { ...w, code: `${w.code}.pane` } : w, lang), lang);
}
