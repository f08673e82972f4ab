/**
 * The add-in manifest: valid against Microsoft's XSD (offline, with xmllint), asks for
 * ExcelApi ≤ 1.7, every URL on one origin under the one base the build rewrites, every
 * resid defined, ids unique, every icon a real PNG of the size its name says and every size
 * Office asks for present; the production manifest (ADDIN_URL) valid too; one version for
 * the manifest, the package and the changelog; the ribbon tab named as Vietnamese Excel does.
 *
 * Each check is a function returning a list of problems; it is run on the real manifest
 * (no problems expected) and on a broken copy (the problem expected), so none can pass
 * vacuously.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');
const MANIFEST = path.join(ROOT, 'manifest.xml');
// Microsoft's schemas: the shared copy beside the project when there is one, else the copy
// kept in test/fixtures (a clean clone on CI has no ../shared).
const SHARED_SCHEMAS = path.join(__dirname, '..', '..', 'shared', 'manifest-schemas');
const SCHEMAS = existsSync(SHARED_SCHEMAS) ? SHARED_SCHEMAS : path.join(__dirname, 'fixtures', 'manifest-schemas');
const TOP_XSD = path.join(SCHEMAS, 'OfficeAppManifestV1_1.xsd');
const BASE = 'https://localhost:3000/';
const ORIGIN = 'https://localhost:3000';
const MAX_EXCEL_API = '1.7';

const manifest = readFileSync(MANIFEST, 'utf8');

// ---------- tiny XML helpers (regex over a well-formed, schema-valid file) ----------

/** Comments removed, so commented-out XML is never read as real. */
const stripComments = (xml: string): string => xml.replace(/<!--[\s\S]*?-->/g, '');

interface Tag {
  name: string;
  attrs: Record<string, string>;
}
/** Every start or empty-element tag, in document order. */
function tags(xml: string): Tag[] {
  const out: Tag[] = [];
  const re = /<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs: Record<string, string> = {};
    const are = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
    for (let a = are.exec(m[2]); a; a = are.exec(m[2])) attrs[a[1]] = a[2] ?? a[3];
    out.push({ name: m[1], attrs });
  }
  return out;
}
const local = (name: string): string => name.slice(name.indexOf(':') + 1);

/** The inner text of the first <name>…</name> (any prefix), or undefined. */
function section(xml: string, name: string): string | undefined {
  const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${name}>`).exec(xml);
  return m?.[1];
}

/** Every URL the add-in loads: attribute values and element text, not namespace names. */
function urls(xml: string): string[] {
  const body = stripComments(xml);
  const out: string[] = [];
  for (const tag of tags(body)) {
    for (const [k, v] of Object.entries(tag.attrs)) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) continue;
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) out.push(v);
    }
  }
  for (const m of body.matchAll(/>\s*([a-z][a-z0-9+.-]*:\/\/[^<\s]*)\s*</gi)) out.push(m[1]);
  return out;
}

// ---------- the checks ----------

function versionLE(a: string, b: string): boolean {
  const pa = a.split('.').map(Number),
    pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? 0,
      y = pb[i] ?? 0;
    if (x !== y) return x < y;
  }
  return true;
}

function requirementProblems(xml: string): string[] {
  const body = stripComments(xml);
  const req = section(body, 'Requirements');
  if (req === undefined) return ['no <Requirements> element'];
  const sets = tags(req).filter((t) => local(t.name) === 'Set' && t.attrs.Name === 'ExcelApi');
  if (sets.length === 0) return ['<Requirements> names no ExcelApi set'];
  const problems: string[] = [];
  for (const s of sets) {
    const v = s.attrs.MinVersion;
    if (!v) {
      // Without MinVersion the Sets' DefaultMinVersion applies.
      const d = /<Sets\b[^>]*DefaultMinVersion="([^"]+)"/.exec(req)?.[1];
      if (!d) problems.push('ExcelApi has no MinVersion and <Sets> no DefaultMinVersion');
      else if (!versionLE(d, MAX_EXCEL_API)) problems.push(`ExcelApi DefaultMinVersion ${d} > ${MAX_EXCEL_API}`);
    } else if (!/^\d+(\.\d+)*$/.test(v)) problems.push(`ExcelApi MinVersion "${v}" is not a version`);
    else if (!versionLE(v, MAX_EXCEL_API)) problems.push(`ExcelApi MinVersion ${v} > ${MAX_EXCEL_API}`);
  }
  return problems;
}

function urlProblems(xml: string): string[] {
  const problems: string[] = [];
  const all = urls(xml);
  if (all.length === 0) problems.push('no URLs found');
  for (const u of all) {
    let parsed: URL;
    try {
      parsed = new URL(u);
    } catch {
      problems.push(`not a URL: ${u}`);
      continue;
    }
    if (parsed.origin !== ORIGIN) problems.push(`other origin: ${u}`);
    // AppDomain is an origin (no path); every other URL must carry the literal base.
    if (u !== ORIGIN && !u.startsWith(BASE)) problems.push(`not under ${BASE}: ${u}`);
    if (parsed.search || parsed.hash) problems.push(`query or fragment in ${u}`);
  }
  const body = stripComments(xml);
  const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(body)?.[1];
  const taskpane = tags(body).find((t) => t.attrs.id === 'Taskpane.Url')?.attrs.DefaultValue;
  if (!source) problems.push('no DefaultSettings/SourceLocation');
  if (source && taskpane && source !== taskpane) problems.push(`the button opens ${taskpane} but the add-in starts at ${source}`);
  // AppDomains lists *other* domains the pane may navigate to; the source's own origin is implied.
  const domains = [...body.matchAll(/<AppDomain>([^<]*)<\/AppDomain>/g)].map((m) => m[1]);
  for (const d of domains) if (d.replace(/\/+$/, '') === ORIGIN) problems.push(`AppDomains repeats the source origin ${ORIGIN}`);
  return problems;
}

function idProblems(xml: string): string[] {
  const body = stripComments(xml);
  const problems: string[] = [];
  const resources = section(body, 'Resources');
  if (resources === undefined) return ['no <Resources>'];
  const defined = tags(resources)
    .filter((t) => t.attrs.id !== undefined)
    .map((t) => t.attrs.id);
  const outside = body.replace(resources, '');
  const used = tags(outside)
    .filter((t) => t.attrs.resid !== undefined)
    .map((t) => t.attrs.resid);
  const dup = (xs: string[]) => [...new Set(xs.filter((x, i) => xs.indexOf(x) !== i))];
  for (const d of dup(defined)) problems.push(`resource id defined twice: ${d}`);
  const definedSet = new Set(defined);
  for (const r of new Set(used)) if (!definedSet.has(r)) problems.push(`resid not defined in <Resources>: ${r}`);
  const usedSet = new Set(used);
  for (const d of definedSet) if (!usedSet.has(d)) problems.push(`resource never used: ${d}`);
  // Group and control ids share one namespace across the manifest.
  const uiIds = tags(outside)
    .filter((t) => t.attrs.id !== undefined)
    .map((t) => t.attrs.id);
  for (const d of dup(uiIds)) problems.push(`id used twice: ${d}`);
  for (const d of uiIds) if (definedSet.has(d)) problems.push(`id is both a control and a resource: ${d}`);
  if (used.length === 0) problems.push('no resid references at all');
  return problems;
}

/** Width and height from a PNG's IHDR, or a reason it is not a PNG. */
function pngSize(buf: Buffer): { width: number; height: number } | string {
  const sig = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (buf.length < 33 || !buf.subarray(0, 8).equals(sig)) return 'no PNG signature';
  if (buf.toString('ascii', 12, 16) !== 'IHDR') return 'first chunk is not IHDR';
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

interface IconRef {
  where: string;
  url: string;
  /** The size the manifest claims, from the resource id ("Icon.16x16"), the `size` it is used at, or the element. */
  claimed: number[];
}

function iconRefs(xml: string): IconRef[] {
  const body = stripComments(xml);
  const refs: IconRef[] = [];
  const icon = /<IconUrl\s+DefaultValue="([^"]+)"/.exec(body)?.[1];
  const hi = /<HighResolutionIconUrl\s+DefaultValue="([^"]+)"/.exec(body)?.[1];
  if (icon) refs.push({ where: 'IconUrl', url: icon, claimed: [32] });
  if (hi) refs.push({ where: 'HighResolutionIconUrl', url: hi, claimed: [64] });
  const resources = section(body, 'Images') ?? '';
  const outside = body.replace(section(body, 'Resources') ?? '', '');
  for (const t of tags(resources)) {
    if (local(t.name) !== 'Image' || !t.attrs.id) continue;
    const claimed: number[] = [];
    const m = /(\d+)x(\d+)/.exec(t.attrs.id);
    if (m) claimed.push(Number(m[1]), Number(m[2]));
    for (const u of tags(outside)) if (local(u.name) === 'Image' && u.attrs.resid === t.attrs.id && u.attrs.size) claimed.push(Number(u.attrs.size));
    refs.push({ where: `bt:Image ${t.attrs.id}`, url: t.attrs.DefaultValue, claimed });
  }
  return refs;
}

function iconProblems(xml: string, root: string): string[] {
  const problems: string[] = [];
  const refs = iconRefs(xml);
  if (refs.length === 0) return ['no icons'];
  for (const r of refs) {
    if (!r.url?.startsWith(BASE)) {
      problems.push(`${r.where}: not under ${BASE}: ${r.url}`);
      continue;
    }
    const rel = r.url.slice(BASE.length);
    if (!/^assets\/[\w.-]+\.png$/.test(rel)) {
      problems.push(`${r.where}: not a PNG in assets/: ${rel}`);
      continue;
    }
    const fromName = /-(\d+)\.png$/.exec(rel);
    const claimed = [...r.claimed, ...(fromName ? [Number(fromName[1])] : [])];
    if (claimed.length === 0) problems.push(`${r.where}: no size in its id or file name`);
    if (new Set(claimed).size > 1) problems.push(`${r.where}: sizes disagree (${claimed.join(', ')}) for ${rel}`);
    const file = path.join(root, rel);
    if (!existsSync(file)) {
      problems.push(`${r.where}: missing file ${rel}`);
      continue;
    }
    const size = pngSize(readFileSync(file));
    if (typeof size === 'string') {
      problems.push(`${r.where}: ${rel}: ${size}`);
      continue;
    }
    for (const c of new Set(claimed)) if (size.width !== c || size.height !== c) problems.push(`${r.where}: ${rel} is ${size.width}×${size.height}, expected ${c}×${c}`);
  }
  return problems;
}

/** The sizes of each <Icon> of the ribbon (group and button), in order. */
function ribbonIconSizes(xml: string): number[][] {
  const body = stripComments(xml);
  return [...body.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)].map((m) => [...m[1].matchAll(/size="(\d+)"/g)].map((x) => Number(x[1])));
}
function ribbonIconProblems(xml: string): string[] {
  const problems: string[] = [];
  const icons = ribbonIconSizes(xml);
  if (icons.length === 0) problems.push('no ribbon <Icon>');
  for (const sizes of icons) {
    for (const n of [16, 32, 80]) if (!sizes.includes(n)) problems.push(`an <Icon> lacks the required size ${n}`);
    for (const n of [20, 24, 40, 48, 64]) if (!sizes.includes(n)) problems.push(`an <Icon> lacks the high-DPI size ${n}`);
  }
  return [...new Set(problems)];
}

// ---------- schema validation ----------

function hasXmllint(): boolean {
  const r = spawnSync('xmllint', ['--version'], { encoding: 'utf8' });
  return !r.error && r.status === 0;
}
const xmllintReady = hasXmllint();
const schemasReady = existsSync(TOP_XSD);
const skipReason = !xmllintReady ? 'skipped: xmllint is not installed (Debian: apt-get install libxml2-utils)' : !schemasReady ? `skipped: no schemas at ${SCHEMAS}` : '';

function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--schema', TOP_XSD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

/** The manifest with one change, for the negative cases; fails loudly if the change did nothing. */
function mutate(from: string | RegExp, to: string, xml = manifest): string {
  const out = xml.replace(from, to);
  if (out === xml) throw new Error(`mutation had no effect: ${String(from)}`);
  return out;
}

describe('manifest.xml against the Office XSD (xmllint, offline)', () => {
  if (skipReason) {
    // Jest has no run-time skip with a reason; the reason is in the test name and on stderr.
    console.warn(`manifest schema validation ${skipReason}`);
    it.skip(`validates — ${skipReason}`, () => undefined);
    return;
  }
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'manifest-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('validates against OfficeAppManifestV1_1.xsd', () => {
    const r = xmllint(MANIFEST);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it.each([
    ['without Permissions', /\s*<Permissions>[^<]*<\/Permissions>/, ''],
    ['with a bad Id', /<Id>[^<]*<\/Id>/, '<Id>not-a-guid</Id>'],
    ['with elements out of order', /(<Requirements>[\s\S]*?<\/Requirements>)(\s*)(<DefaultSettings>[\s\S]*?<\/DefaultSettings>)/, '$3$2$1'],
  ])('rejects a copy %s', (_label, from, to) => {
    const file = path.join(dir, 'bad.xml');
    writeFileSync(file, mutate(from, to));
    expect(xmllint(file).ok).toBe(false);
  });
});

describe('manifest.xml content', () => {
  it('requires ExcelApi no newer than 1.7', () => {
    expect(requirementProblems(manifest)).toEqual([]);
    expect(section(manifest, 'Requirements')).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\s*\/>/);
  });

  it('requirement check fails on a newer or missing ExcelApi', () => {
    expect(requirementProblems(mutate('MinVersion="1.7"', 'MinVersion="1.10"'))).toEqual(['ExcelApi MinVersion 1.10 > 1.7']);
    expect(requirementProblems(mutate(/<Requirements>[\s\S]*?<\/Requirements>/, ''))).toEqual(['no <Requirements> element']);
    expect(requirementProblems(mutate('Name="ExcelApi"', 'Name="WordApi"'))).toEqual(['<Requirements> names no ExcelApi set']);
  });

  it('every URL is on https://localhost:3000 under the one literal base', () => {
    // The manifest's URL attributes in document order: the add-in's icons, help, start page,
    // the eight ribbon icons, help, the button's page. No AppDomain.
    const base = 'https://localhost:3000/';
    const ribbon = [16, 20, 24, 32, 40, 48, 64, 80].map((n) => `assets/icon-${n}.png`);
    expect(urls(manifest)).toEqual(['assets/icon-32.png', 'assets/icon-64.png', 'help.html', 'taskpane.html', ...ribbon, 'help.html', 'taskpane.html'].map((p) => base + p));
    expect(urlProblems(manifest)).toEqual([]);
  });

  it('URL check fails when AppDomains repeats the source origin', () => {
    const withDomain = mutate('<Hosts>', '<AppDomains>\n    <AppDomain>https://localhost:3000</AppDomain>\n  </AppDomains>\n  <Hosts>');
    expect(urlProblems(withDomain)).toEqual(['AppDomains repeats the source origin https://localhost:3000']);
    // Another domain is what AppDomains is for: no problem.
    expect(urlProblems(mutate('<Hosts>', '<AppDomains><AppDomain>https://login.example.gov.vn</AppDomain></AppDomains><Hosts>'))).toEqual([
      'other origin: https://login.example.gov.vn',
      'not under https://localhost:3000/: https://login.example.gov.vn',
    ]);
  });

  it('URL check fails on another origin, a broken base or a mismatched task pane', () => {
    expect(urlProblems(mutate('https://localhost:3000/assets/icon-16.png', 'https://localhost:3001/assets/icon-16.png'))).toEqual([
      'other origin: https://localhost:3001/assets/icon-16.png',
      'not under https://localhost:3000/: https://localhost:3001/assets/icon-16.png',
    ]);
    expect(urlProblems(mutate('"https://localhost:3000/help.html"', '"http://localhost:3000/help.html"'))).toContain('other origin: http://localhost:3000/help.html');
    expect(urlProblems(mutate('id="Taskpane.Url" DefaultValue="https://localhost:3000/taskpane.html"', 'id="Taskpane.Url" DefaultValue="https://localhost:3000/pane.html"'))).toEqual([
      'the button opens https://localhost:3000/pane.html but the add-in starts at https://localhost:3000/taskpane.html',
    ]);
  });

  it('every resid is defined once in <Resources>, every resource used, ids unique', () => {
    expect(idProblems(manifest)).toEqual([]);
  });

  it('id check fails on an undefined resid, a duplicate id or an unused resource', () => {
    expect(idProblems(mutate('<SourceLocation resid="Taskpane.Url"/>', '<SourceLocation resid="Taskpane.Link"/>'))).toEqual([
      'resid not defined in <Resources>: Taskpane.Link',
      'resource never used: Taskpane.Url',
    ]);
    expect(idProblems(mutate('<bt:Image id="Icon.80x80"', '<bt:Image id="Icon.32x32"'))).toEqual(['resource id defined twice: Icon.32x32', 'resid not defined in <Resources>: Icon.80x80']);
    expect(idProblems(mutate('<Group id="BinhXet.Group">', '<Group id="BinhXet.TaskpaneButton">'))).toEqual(['id used twice: BinhXet.TaskpaneButton']);
  });

  it('every icon is a PNG in assets/ of the size its id and file name say', () => {
    const refs = iconRefs(manifest);
    const ribbon = [16, 20, 24, 32, 40, 48, 64, 80].map((n) => `assets/icon-${n}.png`);
    expect(refs.map((r) => r.url.slice(BASE.length)).sort()).toEqual(['assets/icon-32.png', 'assets/icon-64.png', ...ribbon].sort());
    expect(iconProblems(manifest, ROOT)).toEqual([]);
  });

  it('each ribbon icon comes in every size Office asks for (16, 32, 80) or supports (20, 24, 40, 48, 64)', () => {
    // Microsoft, "Icon element" (add-in only manifest): three sizes required, five more supported for high-DPI screens.
    expect(ribbonIconSizes(manifest)).toEqual([
      [16, 20, 24, 32, 40, 48, 64, 80],
      [16, 20, 24, 32, 40, 48, 64, 80],
    ]);
    expect(ribbonIconProblems(manifest)).toEqual([]);
    expect(ribbonIconProblems(mutate(/\s*<bt:Image size="80" resid="Icon.80x80"\/>/, ''))).toEqual(['an <Icon> lacks the required size 80']);
    expect(ribbonIconProblems(mutate(/\s*<bt:Image size="40" resid="Icon.40x40"\/>/, ''))).toEqual(['an <Icon> lacks the high-DPI size 40']);
  });

  it('icon check fails on a wrong size, a missing file or a non-PNG', () => {
    expect(iconProblems(mutate('id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-80.png"', 'id="Icon.80x80" DefaultValue="https://localhost:3000/assets/icon-64.png"'), ROOT)).toEqual([
      'bt:Image Icon.80x80: sizes disagree (80, 80, 80, 80, 64) for assets/icon-64.png',
      'bt:Image Icon.80x80: assets/icon-64.png is 64×64, expected 80×80',
    ]);
    expect(iconProblems(mutate('DefaultValue="https://localhost:3000/assets/icon-16.png"', 'DefaultValue="https://localhost:3000/assets/icon-17.png"'), ROOT)).toEqual([
      'bt:Image Icon.16x16: sizes disagree (16, 16, 16, 16, 17) for assets/icon-17.png',
      'bt:Image Icon.16x16: missing file assets/icon-17.png',
    ]);
    const dir = mkdtempSync(path.join(tmpdir(), 'icons-'));
    try {
      mkdirSync(path.join(dir, 'assets'));
      for (const s of [16, 20, 24, 32, 40, 48, 64, 80]) writeFileSync(path.join(dir, 'assets', `icon-${s}.png`), readFileSync(path.join(ROOT, 'assets', `icon-${s}.png`)));
      writeFileSync(path.join(dir, 'assets', 'icon-32.png'), Buffer.from('GIF89a not a png at all, just some bytes'));
      expect(iconProblems(manifest, dir)).toEqual(['IconUrl: assets/icon-32.png: no PNG signature', 'bt:Image Icon.32x32: assets/icon-32.png: no PNG signature']);
      // A real PNG whose IHDR says 33×33 under the name icon-32.
      const png = Buffer.from(readFileSync(path.join(ROOT, 'assets', 'icon-32.png')));
      png.writeUInt32BE(33, 16);
      png.writeUInt32BE(33, 20);
      writeFileSync(path.join(dir, 'assets', 'icon-32.png'), png);
      expect(iconProblems(manifest, dir)).toEqual(['IconUrl: assets/icon-32.png is 33×33, expected 32×32', 'bt:Image Icon.32x32: assets/icon-32.png is 33×33, expected 32×32']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the manifest for a deployment (ADDIN_URL)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { manifestFor } = require('../scripts/manifest-url.cjs') as { manifestFor: (xml: string, url?: string) => string };
  const xml = readFileSync(path.join(__dirname, '..', 'manifest.xml'), 'utf8');

  test('every URL moves to the deployed base, and nothing else changes', () => {
    const out = manifestFor(xml, 'https://thi-dua.example.gov.vn/binh-xet/');
    expect(out).not.toContain('localhost');
    expect(out).not.toContain('<AppDomain');
    expect(urls(out)).toEqual(urls(xml).map((u) => u.replace('https://localhost:3000/', 'https://thi-dua.example.gov.vn/binh-xet/')));
    expect(out.replace(/https:\/\/thi-dua\.example\.gov\.vn\/binh-xet/g, 'https://localhost:3000')).toBe(xml);
  });

  (skipReason ? test.skip : test)(`the production manifest validates against the XSD too${skipReason ? ` — ${skipReason}` : ''}`, () => {
    // What `ADDIN_URL=… npm run build` copies into dist/ (webpack.config.js runs this same function).
    const dir = mkdtempSync(path.join(tmpdir(), 'manifest-prod-'));
    try {
      const file = path.join(dir, 'manifest.xml');
      writeFileSync(file, manifestFor(xml, 'https://thi-dua.example.gov.vn/binh-xet'));
      const r = xmllint(file);
      expect(r.output).toContain('validates');
      expect(r.ok).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an ADDIN_URL that is not https is refused before anything is built', () => {
    // The schema does not catch it (xmllint accepts http:// URLs); Office loads add-ins over TLS only.
    expect(() => manifestFor(xml, 'http://thi-dua.example.gov.vn/binh-xet')).toThrow('ADDIN_URL must be an https:// address');
    expect(() => manifestFor(xml, 'thi-dua.example.gov.vn')).toThrow('ADDIN_URL must be an https:// address');
  });

  test('without ADDIN_URL the development manifest is unchanged', () => {
    expect(manifestFor(xml, undefined)).toBe(xml);
  });
});

describe('one version for the package, the manifest and the changelog', () => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const changelog = readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8');

  test('the manifest version is the package version with a fourth part 0', () => {
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(`${pkg.version}.0`);
  });

  test("the changelog's newest release is the package version", () => {
    expect(/^## \[(\d+\.\d+\.\d+)\]/m.exec(changelog)?.[1]).toBe(pkg.version);
    expect(changelog).toMatch(/^## Unreleased$/m);
  });

  test('scripts/sync-version.mjs --check agrees, and fails on a disagreeing copy', () => {
    expect(spawnSync(process.execPath, [path.join(ROOT, 'scripts', 'sync-version.mjs'), '--check'], { encoding: 'utf8' }).status).toBe(0);
    const dir = mkdtempSync(path.join(tmpdir(), 'version-'));
    try {
      mkdirSync(path.join(dir, 'scripts'));
      writeFileSync(path.join(dir, 'scripts', 'sync-version.mjs'), readFileSync(path.join(ROOT, 'scripts', 'sync-version.mjs')));
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ version: '1.1.0' }));
      writeFileSync(path.join(dir, 'manifest.xml'), manifest);
      writeFileSync(path.join(dir, 'CHANGELOG.md'), changelog);
      const check = spawnSync(process.execPath, [path.join(dir, 'scripts', 'sync-version.mjs'), '--check'], { encoding: 'utf8' });
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(`manifest.xml says ${pkg.version}.0, the package 1.1.0 (expected 1.1.0.0)`);
      // The release step writes both, and the check then passes.
      expect(spawnSync(process.execPath, [path.join(dir, 'scripts', 'sync-version.mjs')], { encoding: 'utf8' }).status).toBe(0);
      expect(readFileSync(path.join(dir, 'manifest.xml'), 'utf8')).toContain('<Version>1.1.0.0</Version>');
      expect(readFileSync(path.join(dir, 'CHANGELOG.md'), 'utf8')).toMatch(/^## Unreleased\n\n## \[1\.1\.0\] - \d{4}-\d{2}-\d{2}$/m);
      expect(spawnSync(process.execPath, [path.join(dir, 'scripts', 'sync-version.mjs'), '--check'], { encoding: 'utf8' }).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the ribbon tab is called as Vietnamese Excel calls it', () => {
  // The add-in's button sits on the Home tab (OfficeTab id="TabHome"); Vietnamese Excel shows it
  // as "Trang chủ". The manifest's Vietnamese strings, the help page and the pane say the same.
  const vietnamese = [...stripComments(manifest).matchAll(/DefaultValue="([^"]*)"/g)].map((m) => m[1]);
  const help = readFileSync(path.join(ROOT, 'src', 'taskpane', 'help.html'), 'utf8');

  test('no Vietnamese text calls it "Home"', () => {
    expect(vietnamese.filter((v) => /\bHome\b/.test(v))).toEqual([]);
    expect(manifest).toContain('<OfficeTab id="TabHome">');
    expect(vietnamese.filter((v) => /thẻ|Trang chủ/.test(v))).toEqual(['Trên thẻ Trang chủ, bấm Bình xét thi đua để mở ngăn rà soát danh sách.']);
    expect(help).toContain('<b>Trang chủ › Bình xét thi đua</b>');
  });
});
