import type { DataIssue } from '../domain/types';
import { hasMessage, t, type Lang } from '../i18n/catalogue';

/** "Sheet 'DS CBCCVC', cell G12: …" — every issue names its place when it has one. */
export function describeIssue(issue: DataIssue, lang: Lang = 'vi'): string {
  const args = { sheet: issue.sheet ?? '', cell: issue.cell ?? '', value: issue.value ?? '', ...(issue.args ?? {}) };
  const key = `issue.${issue.code}`;
  const body = hasMessage(key) ? t(key, args, lang) : `${issue.code}${issue.value ? `: ${issue.value}` : ''}`;
  if (!issue.sheet) return body;
  const where = issue.cell ? t('where.cell', args, lang) : t('where.sheet', args, lang);
  return `${where}: ${body}`;
}
