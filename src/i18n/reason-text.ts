/**
 * A reason in words, as every sheet, paper, pane and the JSON show it: a rating, a discipline,
 * a title or a kind of leave named in the clerk's terms, numbers with a decimal comma
 * ("62,5 %"), dates day first ("04/07/2014"). One place, so no layer leaves a "{found}".
 */
import { hasMessage, t, type Lang } from './catalogue';
import { decimal, shortDate } from '../text/format';
import { isIsoDate } from '../text/dates';

/** Arguments as they are shown: each value in words. */
export function shownArgs(args: Record<string, string | number>, lang: Lang): Record<string, string> {
  const shown: Record<string, string> = {};
  for (const [k, v] of Object.entries(args)) {
    if (typeof v === 'number') shown[k] = decimal(v, 1, lang);
    else if (k === 'title' && v && hasMessage(`short.${v}`)) shown[k] = t(`short.${v}`, {}, lang);
    else if (k === 'kind' && hasMessage(`leave.${v}`)) shown[k] = t(`leave.${v}`, {}, lang);
    else if (k === 'kinds')
      shown[k] = v
        .split(',')
        .map((x) => (hasMessage(`leave.${x}`) ? t(`leave.${x}`, {}, lang) : x))
        .join(', ');
    else if (hasMessage(`rating.${v}`)) shown[k] = t(`rating.${v}`, {}, lang);
    else if (v !== 'none' && hasMessage(`discipline.${v}`)) shown[k] = t(`discipline.${v}`, {}, lang);
    else if (isIsoDate(v)) shown[k] = shortDate(v);
    else shown[k] = v;
  }
  return shown;
}

/**
 * The text of a reason code with its arguments. A reason with an optional detail has a second
 * template named after it (`reason.leave-days.exempt`), used when the detail is there (not 0).
 */
export function reasonText(code: string, args: Record<string, string | number>, lang: Lang): string {
  const detail = Object.keys(args).find((k) => args[k] !== 0 && args[k] !== '' && hasMessage(`reason.${code}.${k}`));
  return t(detail ? `reason.${code}.${detail}` : `reason.${code}`, shownArgs(args, lang), lang);
}
