/**
 * The appendix of the clerk's guide (docs/huong-dan-su-dung.md, "Phụ lục: danh mục thông báo"):
 * every data issue and every warning of the catalogue (src/i18n), code and Vietnamese text, the
 * blanks the program fills ("{cell}", "{value}"…) shown as "…".
 *
 *   node -r @swc-node/register scripts/warnings-guide.ts           prints the table
 *   node -r @swc-node/register scripts/warnings-guide.ts --write   rewrites it in the guide
 *
 * test/docs/user-guide.test.ts fails when a code of the catalogue is missing from the guide.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { allKeys, t } from '../src/i18n/catalogue';

export const GUIDE = join(__dirname, '..', 'docs', 'huong-dan-su-dung.md');
const START = '<!-- danh-muc:start (scripts/warnings-guide.ts) -->';
const END = '<!-- danh-muc:end -->';

/** The codes a clerk can meet: issue.* (the command line's ".cli" additions aside) and warning.*. */
export function guideKeys(): string[] {
  return allKeys()
    .filter((k) => (k.startsWith('issue.') || k.startsWith('warning.')) && !k.endsWith('.cli'))
    .sort((a, b) => a.localeCompare(b));
}

const blankOut = (s: string): string => s.replace(/\{\w+\}/g, '…').replace(/\|/g, '\\|');

export function warningsTable(): string {
  const rows = guideKeys().map((k) => `| \`${k}\` | ${blankOut(t(k, {}, 'vi'))} |`);
  return ['| mã | nội dung thông báo |', '|---|---|', ...rows].join('\n');
}

export function withTable(guide: string): string {
  const a = guide.indexOf(START);
  const b = guide.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${GUIDE} has no ${START} … ${END} block`);
  return `${guide.slice(0, a + START.length)}\n${warningsTable()}\n${guide.slice(b)}`;
}

if (require.main === module) {
  if (process.argv.includes('--write')) writeFileSync(GUIDE, withTable(readFileSync(GUIDE, 'utf8')));
  else console.log(warningsTable());
}
