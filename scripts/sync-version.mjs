#!/usr/bin/env node
/**
 * One version for the package and the add-in: run by `npm version <patch|minor|major>` (the
 * "version" lifecycle script, after package.json is raised and before npm commits).
 *   - manifest.xml <Version> becomes the package's version with a fourth part 0 (1.2.3 → 1.2.3.0);
 *   - CHANGELOG.md: the "## Unreleased" heading becomes "## [1.2.3] - <today>" and a new empty
 *     "## Unreleased" is put above it.
 * With --check it changes nothing and exits 1 when the three disagree (the test does the same).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const version = pkg.version;
if (!/^\d+\.\d+\.\d+$/.test(version)) {
  console.error(`package.json version "${version}" is not major.minor.patch: Office needs four numbers, the package three`);
  process.exit(1);
}
const manifestFile = join(ROOT, 'manifest.xml');
const changelogFile = join(ROOT, 'CHANGELOG.md');
const manifest = readFileSync(manifestFile, 'utf8');
const changelog = readFileSync(changelogFile, 'utf8');
const manifestVersion = `${version}.0`;

if (process.argv.includes('--check')) {
  const inManifest = /<Version>([^<]*)<\/Version>/.exec(manifest)?.[1];
  const newest = /^## \[(\d+\.\d+\.\d+)\]/m.exec(changelog)?.[1];
  const problems = [];
  if (inManifest !== manifestVersion) problems.push(`manifest.xml says ${inManifest}, the package ${version} (expected ${manifestVersion})`);
  if (newest !== version) problems.push(`CHANGELOG.md's newest version is ${newest}, the package's ${version}`);
  for (const p of problems) console.error(p);
  process.exit(problems.length ? 1 : 0);
}

const nextManifest = manifest.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion}</Version>`);
writeFileSync(manifestFile, nextManifest);
const today = new Date().toISOString().slice(0, 10);
if (!new RegExp(`^## \\[${version.replace(/\./g, '\\.')}\\]`, 'm').test(changelog)) {
  if (!/^## Unreleased$/m.test(changelog)) {
    console.error('CHANGELOG.md has no "## Unreleased" heading to release');
    process.exit(1);
  }
  writeFileSync(changelogFile, changelog.replace(/^## Unreleased$/m, `## Unreleased\n\n## [${version}] - ${today}`));
}
console.log(`version ${version}: manifest ${manifestVersion}, CHANGELOG.md`);
