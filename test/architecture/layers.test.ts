/**
 * Which layer may import which (README, "Layers"): imports point down the pipeline,
 *
 *   taskpane · cli · preview  →  workbook  →  pipeline  →  documents  →  sheets  →  dossier  →  rules  →  domain
 *
 * and `i18n` and `text` are leaf utilities anyone may use (they may use each other, never a
 * layer); `ooxml` (the zip and XML of a package, shared by the workbook editor and the Word
 * papers) is a leaf too, that may use those two, and that the pure middle may not use (it
 * holds packages: fflate, saxes). This test reads every import of src/ (static, type-only, re-exports and
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
  // What the papers say (agency, lists, order, counts, drafts), built once under both renderers:
  // the printed forms in sheets/forms and the Word papers in documents/word.
  dossier: 2,
  sheets: 3,
  documents: 4,
  pipeline: 5,
  workbook: 6,
  taskpane: 7,
  cli: 7,
  preview: 7,
};
const ORDER = 'taskpane · cli · preview → workbook → pipeline → documents → sheets → dossier → rules → domain';
/** Leaf utilities and what each may use besides itself: each other (a message fills in a date), never a layer. */
const LEAVES: Record<string, string[]> = { i18n: ['text'], text: ['i18n'], ooxml: ['i18n', 'text'] };
/** Edges between layers of the same rank that are part of the design. */
const SIDEWAYS = new Set(['preview→taskpane']); // the preview hosts the pane beside its sheet view
/** Layers that are pure TypeScript: no package, no Node built-in (README, "One pipeline, pure in the middle"). */
const PURE = new Set(['domain', 'rules', 'dossier', 'sheets', 'pipeline', 'i18n', 'text']);

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
  if (b in LEAVES && PURE.has(a) && !PURE.has(b)) return `${imp.from} imports ${imp.target}: the leaf ${b}/ uses packages, ${a}/ is pure TypeScript`;
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
    expect(edges).toContain('ooxml/xml.ts → saxes');
    expect(edges).toContain('documents/word/package.ts → ooxml/zip');
    expect(edges).toContain('workbook/xlsx.ts → ooxml/zip-read');
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
    expect(violation({ from: 'sheets/layout.ts', spec: '../ooxml/zip', target: 'ooxml/zip' })).toMatch(/leaf ooxml\/ uses packages, sheets\/ is pure/);
    expect(violation({ from: 'ooxml/zip-read.ts', spec: '../workbook/port', target: 'workbook/port' })).toMatch(/leaf ooxml\/ may not use the layer workbook\//);
    expect(violation({ from: 'text/dates.ts', spec: '../ooxml/zip', target: 'ooxml/zip' })).toMatch(/leaf ooxml\/ uses packages, text\/ is pure/);
    expect(violation({ from: 'documents/word/package.ts', spec: '../../ooxml/zip', target: 'ooxml/zip' })).toBeNull();
    // The dossier model sits under both renderers: neither the sheets nor the Word papers are its to import.
    expect(violation({ from: 'dossier/lists.ts', spec: '../sheets/forms/nomination', target: 'sheets/forms/nomination' })).toMatch(/dossier\/ may not import sheets\//);
    expect(violation({ from: 'dossier/lists.ts', spec: '../documents/word/render', target: 'documents/word/render' })).toMatch(/dossier\/ may not import documents\//);
    expect(violation({ from: 'sheets/forms/nomination.ts', spec: '../../dossier/lists', target: 'dossier/lists' })).toBeNull();
    expect(violation({ from: 'documents/word/render.ts', spec: '../../dossier/model', target: 'dossier/model' })).toBeNull();
  });
});

/**
 * The pure middle keeps nothing from one review to the next: what it remembers (folded
 * texts, header matches, date serials, filled catalogue texts) lives in the tables
 * `withReviewMemo` opens around one review (`remember`, `reviewTable`). State is any
 * module-level value that can change: a `let`; a collection made empty at the top of a module
 * (`new Map()`, `Set`, `Array`), or any `WeakMap` / `WeakSet` / `WeakRef` (only ever a cache);
 * and any module-level constant the module itself mutates (`X.set(…)`, `X.push(…)`,
 * `X.k = …`, `X[k] = …`, `delete X.k`, `X.k++`), at load or later. The few that are constants
 * filled once at load are listed here with the reason.
 */
const MODULE_STATE_ALLOWED: Record<string, string> = {
  'text/measure.ts index': 'the font-metric table, filled once at load',
  'text/legacy.ts TCVN3': 'the TCVN3 code table, filled once at load',
  'text/legacy.ts VNI_SEQ': 'the VNI code table, filled once at load',
  'text/legacy.ts VNI_ONE': 'the VNI code table, filled once at load',
  'sheets/own-sheets.ts names': 'the names result sheets can take, built on first use from constants',
  'sheets/text-memo.ts current': 'the review whose tables are open (withReviewMemo), undefined between reviews',
};

const MUTATORS = new Set(['set', 'add', 'delete', 'clear', 'push', 'pop', 'shift', 'unshift', 'splice', 'sort', 'reverse', 'fill', 'copyWithin']);

function moduleState(file: string): string[] {
  const rel = relative(SRC, file).split(/[\\/]/).join('/');
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found = new Set<string>();
  const consts = new Set<string>();
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    const isLet = !(st.declarationList.flags & ts.NodeFlags.Const);
    for (const d of st.declarationList.declarations) {
      const name = d.name.getText(sf);
      const init = d.initializer;
      const made = init && ts.isNewExpression(init) ? init.expression.getText(sf) : '';
      const emptyCollection = /^(Map|Set|Array)$/.test(made) && (init as ts.NewExpression).arguments?.length === 0;
      const weak = /^(WeakMap|WeakSet|WeakRef)$/.test(made);
      if (isLet || emptyCollection || weak) found.add(name);
      else if (ts.isIdentifier(d.name)) consts.add(name);
    }
  }
  // A module-level constant the module mutates, wherever (a local of the same name would count too: rename it).
  const root = (e: ts.Expression): string | undefined => {
    let x: ts.Expression = e;
    while (ts.isPropertyAccessExpression(x) || ts.isElementAccessExpression(x) || ts.isParenthesizedExpression(x) || ts.isNonNullExpression(x)) x = x.expression;
    return ts.isIdentifier(x) && consts.has(x.text) ? x.text : undefined;
  };
  const isMember = (e: ts.Expression) => ts.isPropertyAccessExpression(e) || ts.isElementAccessExpression(e);
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind >= ts.SyntaxKind.FirstAssignment && n.operatorToken.kind <= ts.SyntaxKind.LastAssignment && isMember(n.left)) {
      const r = root(n.left);
      if (r) found.add(r);
    } else if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && MUTATORS.has(n.expression.name.text)) {
      const r = root(n.expression.expression);
      if (r) found.add(r);
    } else if (
      ts.isDeleteExpression(n) ||
      ((ts.isPrefixUnaryExpression(n) || ts.isPostfixUnaryExpression(n)) && (n.operator === ts.SyntaxKind.PlusPlusToken || n.operator === ts.SyntaxKind.MinusMinusToken))
    ) {
      const target = ts.isDeleteExpression(n) ? n.expression : n.operand;
      if (isMember(target)) {
        const r = root(target);
        if (r) found.add(r);
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return [...found].map((name) => `${rel} ${name}`);
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
      writeFileSync(
        f,
        [
          'const cache = new Map<string, string>();',
          'let last = 0;',
          'const TABLE = new Map([["a", 1]]);',
          'const byObject = new WeakMap<object, string>();',
          'const seen: string[] = ["x"];',
          'const counts: Record<string, number> = {};',
          'const FIXED = { a: 1 };',
          'const LIST = [1, 2, 3];',
          'export const f = (s: string, o: object) => { cache.set(s, s); last++; byObject.set(o, s); seen.push(s); counts[s] = (counts[s] ?? 0) + 1; return TABLE.get(s) ?? FIXED.a + LIST.length; };',
        ].join('\n'),
      );
      // The filled-once TABLE, the never-written FIXED and LIST are constants; everything else is state.
      expect(
        moduleState(f)
          .map((s) => s.split(' ')[1])
          .sort(),
      ).toEqual(['byObject', 'cache', 'counts', 'last', 'seen']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
