/**
 * The dossier's namer (src/dossier/people.ts: namesakes told apart by their year of birth),
 * worked out once per review's list of people: a review makes several lists and sheets from
 * one, so it is kept in the review's own table.
 */
import type { PersonResult } from '../../domain/verdict';
import type { Lang } from '../../i18n/catalogue';
import { namesOf as namer } from '../../dossier/people';
import { reviewTable } from '../text-memo';

const NAMERS = Symbol('namesOf');

/** name → the printed name, for a whole review (a list may hold only one of two namesakes). */
export function namesOf(persons: readonly PersonResult[], lang: Lang): (pr: PersonResult) => string {
  const table = reviewTable<readonly PersonResult[], Map<Lang, (pr: PersonResult) => string>>(NAMERS);
  if (!table) return namer(persons, lang);
  let byLang = table.get(persons);
  if (!byLang) table.set(persons, (byLang = new Map()));
  let fn = byLang.get(lang);
  if (!fn) byLang.set(lang, (fn = namer(persons, lang)));
  return fn;
}
