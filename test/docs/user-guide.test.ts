/**
 * The clerk's guide (docs/huong-dan-su-dung.md) can go stale in three ways a reader would
 * notice: a message the pane shows that the guide does not explain, a picture that is not
 * there, a link to a page that is not there. Each is checked against the repository itself.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { guideKeys, warningsTable, withTable, GUIDE } from '../../scripts/warnings-guide';

const ROOT = path.join(__dirname, '..', '..');
const guide = readFileSync(GUIDE, 'utf8');

test('every data issue and warning of the catalogue is in the guide, once, in the appendix', () => {
  const missing = guideKeys().filter((k) => !guide.includes(`| \`${k}\` |`));
  // If this fails: node -r @swc-node/register scripts/warnings-guide.ts --write
  expect(missing).toEqual([]);
  for (const k of guideKeys()) expect(guide.split(`| \`${k}\` |`).length - 1).toBe(1);
  // The appendix is the catalogue's current text (blanks as "…"): regenerating changes nothing.
  expect(withTable(guide)).toBe(guide);
});

test('the appendix shows no blank left as a placeholder and no command-line-only wording', () => {
  const table = warningsTable();
  expect(table).not.toMatch(/\{\w+\}/);
  expect(guideKeys().filter((k) => k.endsWith('.cli'))).toEqual([]);
  // Known codes a clerk meets: present (the list is not empty by accident).
  expect(guideKeys()).toEqual(expect.arrayContaining(['issue.no-staff-sheet', 'issue.bad-date', 'warning.target-impossible']));
});

test('every picture and every relative link of the guide exists', () => {
  const targets = [...guide.matchAll(/\]\(([^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]).filter((t) => !/^[a-z]+:/.test(t));
  expect(targets.length).toBeGreaterThan(10);
  const missing = targets.filter((t) => !existsSync(path.join(ROOT, 'docs', t)));
  expect(missing).toEqual([]);
});
