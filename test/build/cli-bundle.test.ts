/**
 * The command line's bundle lives where no web build cleans it. `npm run build` and
 * `npm run preview` run webpack, which empties its output folder (dist/) first; the CLI
 * bundle once lived there, so `npx binh-xet` failed after either until `npm run build:cli`.
 * The browser test runs the real `npm run build` and then `npx binh-xet presets`; this test
 * holds every webpack configuration the scripts use away from the bundle, and checks what
 * the command line says when the bundle is missing.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { tempDir } from '../helpers/cli';

const ROOT = resolve(__dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string>; scripts: Record<string, string> };
const bundle = resolve(ROOT, /outfile:\s*'([^']+)'/.exec(readFileSync(join(ROOT, 'scripts/build-cli.mjs'), 'utf8'))![1]);

test('the bundle is where the command line loads it from, and where npm ci builds it', () => {
  expect(relative(ROOT, bundle)).toBe(join('lib', 'cli.cjs'));
  const bin = readFileSync(join(ROOT, pkg.bin['binh-xet']), 'utf8');
  expect(bin).toContain("require('../lib/cli.cjs')");
  expect(pkg.scripts.prepare).toBe('node scripts/build-cli.mjs');
});

test('no webpack build of the scripts (the add-in, the preview, development) cleans the folder of the bundle', async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const config = require(join(ROOT, 'webpack.config.js')) as (env: Record<string, unknown>, argv: Record<string, unknown>) => Promise<{ output: { path: string } }>;
  const webpackScripts = Object.entries(pkg.scripts).filter(([, s]) => /\bwebpack\b/.test(s));
  expect(webpackScripts.map(([name]) => name).sort()).toEqual(['build', 'build:dev', 'dev-server', 'preview']);
  for (const [name, script] of webpackScripts) {
    // Each runs the one configuration, with no output folder of its own.
    expect({ name, overridesOutput: /--output-path|--config/.test(script) }).toEqual({ name, overridesOutput: false });
    const only = /--env only=(\w+)/.exec(script)?.[1];
    const mode = /--mode (\w+)/.exec(script)?.[1];
    const { output } = await config(only ? { only } : {}, { mode });
    const inside = !relative(output.path, bundle).startsWith('..');
    expect({ name, output: relative(ROOT, output.path), bundleInside: inside }).toEqual({ name, output: 'dist', bundleInside: false });
  }
});

test('without its bundle the command line says how to build it, in a sentence, exit 2', () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'bin'));
  copyFileSync(join(ROOT, 'bin/binh-xet.js'), join(dir, 'bin/binh-xet.js'));
  const r = spawnSync(process.execPath, [join(dir, 'bin/binh-xet.js'), 'presets'], { encoding: 'utf8' });
  expect(r.status).toBe(2);
  expect(r.stderr.split('\n')[0]).toBe('binh-xet chưa được đóng gói: chạy "npm run build:cli" (hoặc "npm ci") trong thư mục của binh-xet rồi chạy lại.');
});
