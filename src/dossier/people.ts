/**
 * People as papers name them. Two people of the same name in one unit are told apart by
 * their year of birth ("Nguyễn Văn An (sinh năm 1980)"): a council member signing a list or
 * marking a ballot must know which one is meant. One namer for the printed forms, the result
 * sheets and the Word papers.
 */
import type { PersonResult } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';

/** name → the printed name, for a whole review (a list may hold only one of two namesakes). */
export function namesOf(persons: readonly PersonResult[], lang: Lang): (pr: PersonResult) => string {
  const count = new Map<string, number>();
  // Names as read (already NFC, trimmed): the same spelling is the same name.
  const key = (pr: PersonResult) => `${pr.person.name.toLowerCase()}|${(pr.person.unit ?? '').toLowerCase()}`;
  for (const pr of persons) if (!pr.person.excluded) count.set(key(pr), (count.get(key(pr)) ?? 0) + 1);
  return (pr) => {
    const p = pr.person;
    if ((count.get(key(pr)) ?? 0) < 2) return p.name;
    const year = p.birthYear ?? (p.birthDate ? Number(p.birthDate.slice(0, 4)) : undefined);
    return year ? t('doc.name.born', { name: p.name, year }, lang) : p.name;
  };
}
