/**
 * Which layer may import which (README, "Layers"): imports point down the pipeline,
 *
 *   taskpane · cli · preview  →  workbook  →  pipeline  →  documents  →  sheets  →  rules  →  domain
 *
 * and `i18n` and `text` are leaf utilities anyone may use (they may use each other, never a
 * layer). This test reads every import of src/ (static, type-only, re-exports and
 * dynamic imports, found by TypeScript's own pre-processor, so comments and line breaks do
 * not fool it) and fails on an import that points up or sideways, on a package or Node
 * built-in in the pure middle, on a cycle between files, and on a folder of src/ that has no
 * place in the list: whoever adds one says where it sits.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SRC = resolve(__dirname, '../../src');

/** Rank of each layer: a file may import its own layer, a lower rank, or a leaf. */
const RANK: Record<string, number> = {
  domain: 0,
  rules: 1,
  sheets: 2,
  documents: 3,
  pipeline: 4,
  workbook: 5,
  taskpane: 6,
  cli: 6,
  preview: 6,
};
const ORDER = 'taskpane · cli · preview → workbook → pipeline → documents → sheets → rules → domain';
/** Leaf utilities and what each may use besides itself: each other (a message fills in a date), never a layer. */
const LEAVES: Record<string, string[]> = { i18n: ['text'], text: ['i18n'] };
/** Edges between layers of the same rank that are part of the design. */
const SIDEWAYS = new Set(['preview→taskpane']); // the preview hosts the pane beside its sheet view
/** Layers that are pure TypeScript: no package, no Node built-in (README, "One pipeline, pure in the middle"). */
const PURE = new Set(['domain', 'rules', 'sheets', 'pipeline', 'i18n', 'text']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(n) && !n.endsWith('.d.ts') ? [p] : [];
  });
}

interface Import {
  from: string;
  spec: string;
  /** The file imported, relative to src/ (without extension), for relative imports. */
  target?: string;
}

function importsOf(file: string): Import[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const from = relative(SRC, file);
  return info.importedFiles.map(({ fileName: spec }) => ({
    from,
    spec,
    ...(spec.startsWith('.') ? { target: relative(SRC, resolve(dirname(file), spec)) } : {}),
  }));
}

const layerOf = (path: string): string => path.split(/[\\/]/)[0];

const files = sourceFiles(SRC);
const imports = files.flatMap(importsOf);

/** Why an import is not allowed, or null. */
function violation(imp: Import): string | null {
  const a = layerOf(imp.from);
  if (imp.target === undefined) {
    if (PURE.has(a)) return `${imp.from} imports the package "${imp.spec}": ${a}/ is pure TypeScript`;
    return null;
  }
  const b = layerOf(imp.target);
  if (imp.target.startsWith('..')) return `${imp.from} imports "${imp.spec}", outside src/`;
  if (a === b) return null;
  if (b in LEAVES) return a in LEAVES && !LEAVES[a].includes(b) ? `${imp.from} imports ${imp.target}: the leaf ${a}/ may use ${LEAVES[a].join(', ') || 'nothing'}` : null;
  if (a in LEAVES) return `${imp.from} imports ${imp.target}: the leaf ${a}/ may not use the layer ${b}/`;
  if (RANK[b] < RANK[a] || SIDEWAYS.has(`${a}→${b}`)) return null;
  return `${imp.from} imports ${imp.target}: ${a}/ may not import ${b}/ (imports point down: ${ORDER})`;
}

describe('layers', () => {
  test('every folder of src/ has a place among the layers', () => {
    const folders = readdirSync(SRC).filter((n) => statSync(join(SRC, n)).isDirectory());
    expect(folders.filter((f) => !(f in RANK) && !(f in LEAVES))).toEqual([]);
  });

  test('the test sees the imports it judges (a sample of known ones)', () => {
    const edges = new Set(imports.map((i) => `${i.from} → ${i.target ?? i.spec}`));
    expect(edges).toContain('workbook/session.ts → pipeline/run');
    expect(edges).toContain('workbook/xml.ts → saxes');
    // A type-only import counts: a type two layers need lives in the lower one.
    expect(edges).toContain('workbook/port.ts → domain/settings');
  });

  test('no import points up or sideways, and the pure middle imports no package', () => {
    expect(imports.map(violation).filter(Boolean)).toEqual([]);
  });

  test('no file imports itself through others (no cycles)', () => {
    const key = (p: string) => p.replace(/\.tsx?$/, '').replace(/\/index$/, '');
    const graph = new Map<string, string[]>();
    for (const f of files) graph.set(key(relative(SRC, f)), []);
    for (const i of imports) {
      if (i.target === undefined) continue;
      const t = graph.has(key(i.target)) ? key(i.target) : key(`${i.target}/index`);
      if (graph.has(t)) graph.get(key(i.from))!.push(t);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const walk = (n: string, path: string[]) => {
      state.set(n, 'open');
      for (const m of graph.get(n)!) {
        if (state.get(m) === 'open') cycles.push([...path.slice(path.indexOf(m)), m].join(' → '));
        else if (!state.has(m)) walk(m, [...path, m]);
      }
      state.set(n, 'done');
    };
    for (const n of graph.keys()) if (!state.has(n)) walk(n, [n]);
    expect(cycles).toEqual([]);
  });

  test('the judge itself refuses what it should', () => {
    expect(violation({ from: 'sheets/layout.ts', spec: '../workbook/port', target: 'workbook/port' })).toMatch(/sheets\/ may not import workbook\//);
    expect(violation({ from: 'text/legacy.ts', spec: '../sheets/grid', target: 'sheets/grid' })).toMatch(/leaf text\/ may not use the layer sheets\//);
    expect(violation({ from: 'i18n/cli.ts', spec: '../rules/titles', target: 'rules/titles' })).toMatch(/leaf i18n\/ may not use the layer rules\//);
    expect(violation({ from: 'rules/evaluate.ts', spec: 'node:fs' })).toMatch(/pure TypeScript/);
    expect(violation({ from: 'cli/main.ts', spec: '../taskpane/App', target: 'taskpane/App' })).toMatch(/cli\/ may not import taskpane\//);
    expect(violation({ from: 'preview/preview.tsx', spec: '../taskpane/App', target: 'taskpane/App' })).toBeNull();
    expect(violation({ from: 'workbook/session.ts', spec: '../pipeline/run', target: 'pipeline/run' })).toBeNull();
  });
});

/**
 * The pure middle keeps nothing from one review to the next: what it remembers (folded
 * texts, header matches, date serials, filled catalogue texts) lives in the tables
 * `withReviewMemo` opens around one review (`remember`, `reviewTable`). A module-level
 * `let`, or an empty `new Map()` / `new Set()` / `new Array()` at the top of a module, is
 * state; the few that are constants filled once at load are listed here with the reason.
 */
const MODULE_STATE_ALLOWED: Record<string, string> = {
  'text/measure.ts index': 'the font-metric table, filled once at load',
  'text/legacy.ts TCVN3': 'the TCVN3 code table, filled once at load',
  'text/legacy.ts VNI_SEQ': 'the VNI code table, filled once at load',
  'text/legacy.ts VNI_ONE': 'the VNI code table, filled once at load',
  'sheets/own-sheets.ts names': 'the names result sheets can take, built on first use from constants',
  'sheets/text-memo.ts current': "the review whose tables are open (withReviewMemo), undefined between reviews",
};

function moduleState(file: string): string[] {
  const rel = relative(SRC, file).split(/[\\/]/).join('/');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isLet = !(st.declarationList.flags & ts.NodeFlags.Const);
    for (const d of st.declarationList.declarations) {
      const init = d.initializer;
      const emptyCollection = !!init && ts.isNewExpression(init) && /^(Map|Set|Array)$/.test(init.expression.getText(sf)) && (init.arguments?.length ?? 0) === 0;
      if (isLet || emptyCollection) found.push(`${rel} ${d.name.getText(sf)}`);
    }
  }
  return found;
}

describe('no state between reviews in the pure middle', () => {
  const pureFiles = files.filter((f) => PURE.has(layerOf(relative(SRC, f))) || layerOf(relative(SRC, f)) === 'documents');

  test('every module-level table or variable is a constant listed with its reason', () => {
    const state = pureFiles.flatMap(moduleState);
    expect(state.filter((s) => !(s in MODULE_STATE_ALLOWED))).toEqual([]);
    // The list holds nothing that is gone: each entry is still found.
    expect(Object.keys(MODULE_STATE_ALLOWED).filter((k) => !state.includes(k))).toEqual([]);
  });

  test('the check sees a cache when there is one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'binh-xet-state-'));
    try {
      const f = join(dir, 'cache.ts');
      writeFileSync(f, 'const cache = new Map<string, string>();\nlet last = 0;\nconst TABLE = new Map([["a", 1]]);\nexport const f = (s: string) => { cache.set(s, s); last++; return TABLE.get(s); };\n');
      expect(moduleState(f).map((s) => s.split(' ')[1])).toEqual(['cache', 'last']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
