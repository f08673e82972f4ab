import type { DataIssue } from '../domain/types';
import { hasMessage, t, type Lang } from '../i18n/catalogue';
import { fieldLabel } from './read-report';

/**
 * "Sheet 'DS CBCCVC', cell G12: …" — every issue names its place when it has one. A message
 * says what to choose in the pane's words; `forCommandLine` (the console and the JSON) adds
 * how the command line makes that choice ("dòng lệnh: --map rating=<trang>!<cột>"), which the
 * pane and the workbook's sheets never show.
 */
export function describeIssue(issue: DataIssue, lang: Lang = 'vi', forCommandLine = false): string {
  const field = issue.args?.field;
  // A field named in the clerk's words ("Kỷ luật"), as the pane's column picker names it.
  const fieldName = typeof field === 'string' ? fieldLabel(field, lang) : field;
  // What the review cannot do without the field, in the words of its own "missing" message.
  const lack = issue.args?.consequence;
  const consequence = typeof lack === 'string' && hasMessage(`issue.missing-${lack}`) ? t(`issue.missing-${lack}`, {}, lang) : lack;
  const args = {
    sheet: issue.sheet ?? '',
    cell: issue.cell ?? '',
    value: issue.value ?? '',
    ...(issue.args ?? {}),
    ...(fieldName !== undefined ? { fieldName } : {}),
    ...(consequence !== undefined ? { consequence } : {}),
  };
  const key = `issue.${issue.code}`;
  let body = hasMessage(key) ? t(key, args, lang) : `${issue.code}${issue.value ? `: ${issue.value}` : ''}`;
  if (forCommandLine && hasMessage(`${key}.cli`)) body += ` (${t(`${key}.cli`, args, lang)})`;
  if (!issue.sheet) return body;
  // A place is a cell ("O10"), a whole column ("O") or a whole row ("12"): each called by its name.
  const place = !issue.cell ? 'where.sheet' : /^[A-Z]{1,3}$/.test(issue.cell) ? 'where.column' : /^\d+$/.test(issue.cell) ? 'where.row' : 'where.cell';
  const where = t(place, args, lang);
  return `${where}: ${body}`;
}
