/**
 * package.json "engines" says the Node that runs everything: the command line's own needs
 * (zlib.crc32, Node 20.15 on the 20 line) and the floors of the installed packages that accept
 * the 20 line at all. Packages that ask for 22 but run on 20 (the build and the browser test run
 * them here on 20) are named below, each with what uses it.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..', '..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { engines?: { node?: string } | string[] }> };

type V = [number, number, number];
const parse = (v: string): V => {
  const [a, b = '0', c = '0'] = v.replace(/^v/, '').split('.');
  return [Number(a), Number(b), Number(c)];
};
const cmp = (x: V, y: V) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];

/** Whether `v` satisfies a range of the forms the lock uses: "^A.B.C", ">=A.B.C", "A", "A.x", joined by "||". */
function admits(range: string, v: V): boolean {
  return range.split('||').some((alt) => {
    const a = alt.trim().replace(/\s+/g, '');
    let m = /^\^(\d+(?:\.\d+){0,2})$/.exec(a);
    if (m) {
      const r = parse(m[1]);
      return v[0] === r[0] && cmp(v, r) >= 0;
    }
    m = /^>=v?(\d+(?:\.\d+){0,2})$/.exec(a);
    if (m) return cmp(v, parse(m[1])) >= 0;
    m = /^(\d+)(?:\.x)?$/.exec(a);
    if (m) return v[0] === Number(m[1]);
    return true; // a form not used on the 20 line's floors: not judged here
  });
}

/** Packages that ask for Node 22 yet run on 20: what uses them. */
const ON_22_YET_RUN_ON_20: Record<string, string> = {
  'node_modules/nanoid': 'docx (the Word papers) makes its ids with it; every Word test runs docx on Node 20',
  'node_modules/rechoir': 'webpack-cli 7 reading webpack.config.js; npm run build passes on Node 20',
};

const minimum = parse(/^>=\s*(\d+(?:\.\d+){0,2})$/.exec(pkg.engines.node)?.[1] ?? '0');

test('engines is a plain minimum', () => {
  expect(pkg.engines.node).toMatch(/^>=\d+\.\d+$/);
});

test('the command line uses zlib.crc32, so the minimum is at least 20.15', () => {
  const files = (d: string): string[] => readdirSync(d).flatMap((n) => (statSync(path.join(d, n)).isDirectory() ? files(path.join(d, n)) : [path.join(d, n)]));
  const usesCrc32 = files(path.join(ROOT, 'src')).some((f) => /import \{[^}]*\bcrc32\b[^}]*\} from 'node:zlib'/.test(readFileSync(f, 'utf8')));
  expect(usesCrc32).toBe(true);
  expect(cmp(minimum, [20, 15, 0])).toBeGreaterThanOrEqual(0);
});

test('every installed package accepts the minimum, or is named as asking for 22 while running on 20', () => {
  const refused = Object.entries(lock.packages)
    .filter(([name, p]) => name && p.engines && !Array.isArray(p.engines) && typeof p.engines.node === 'string')
    .filter(([, p]) => !admits((p.engines as { node: string }).node, minimum))
    .map(([name]) => name);
  expect(refused.filter((n) => !(n in ON_22_YET_RUN_ON_20))).toEqual([]);
  // The list holds nothing that is gone or fixed.
  expect(Object.keys(ON_22_YET_RUN_ON_20).filter((n) => !refused.includes(n))).toEqual([]);
  // And the range check itself refuses what it should.
  expect(admits('^20.19.0 || ^22.13.0 || >=24', [20, 18, 0])).toBe(false);
  expect(admits('^20.19.0 || ^22.13.0 || >=24', [20, 19, 0])).toBe(true);
  expect(admits('>= 22.15.0', [20, 19, 0])).toBe(false);
});
