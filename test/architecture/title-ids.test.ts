/**
 * What a title is (its names, collective or not, title or award, who decides it, its unit
 * variant) is said once, on its rule (src/rules/types.ts TitleRule), and every layer asks the
 * rule (src/rules/titles.ts). A layer that tests a title id is a second place: this test
 * reads the sources and fails on any title id written outside the places that define titles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const SRC = join(__dirname, '../../src');
const ID = /'(LDTT|CSTDCS|CSTD_TINH|BK_TINH|BK_BO|GIAY_KHEN|TTLDTT|TTLDXS|CO_TINH)(_UNIT)?'|startsWith\('BK/g;

/** Where titles are defined: the rule sets, the glossary's types, the names in the catalogue. */
const DEFINING = [/^rules\/presets\//, /^domain\/types\.ts$/, /^i18n\//];
/** Reading a title's name in the clerk's text is a table from words to ids: data, not a special case. */
const TEXT_TO_ID = [/^sheets\/reader\/values\.ts$/];
/**
 * Still special-cased, to be moved onto the rules (each entry is a debt, not a licence):
 * the count may only go down.
 */
const KNOWN: Record<string, number> = {
  'sheets/reader/field-table.ts': 1, // a CSTĐCS of a past year was an LĐTT that year
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|tsx)$/.test(n) ? [p] : [];
  });
}

test('no layer tests a title id: it asks the title rule', () => {
  const found: Record<string, string[]> = {};
  for (const f of files(SRC)) {
    const rel = relative(SRC, f).split('\\').join('/');
    if ([...DEFINING, ...TEXT_TO_ID].some((r) => r.test(rel))) continue;
    const hits = readFileSync(f, 'utf8')
      .split('\n')
      .flatMap((line, i) => (line.match(ID) ? [`${rel}:${i + 1}: ${line.trim()}`] : []));
    if (hits.length) found[rel] = hits;
  }
  const over = Object.entries(found).filter(([rel, hits]) => hits.length > (KNOWN[rel] ?? 0));
  expect(over.flatMap(([, hits]) => hits)).toEqual([]);
});
