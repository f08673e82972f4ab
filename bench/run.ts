/**
 * npm run bench: the figures the README records. Timings live here, never in tests.
 *  1. the pure pipeline on 100 000 synthetic people in 100 units (goal: under 1 s);
 *  2. the command line on a 50 000-person .xlsx next to ExcelJS only reading and writing
 *     the same file, in the same run (goal: at most 1.0 × the time and 0.5 × the peak memory
 *     of that floor, the workbook alone: --no-docs); the Word papers timed apart in a run
 *     with them (goal: the papers add at most 15 % to the time and to the peak memory);
 *  3. a review of 20 000 people through the Office adapter on the fake Excel, next to the
 *     same review through the in-memory adapter;
 *  4. the command line on every crafted package (test/helpers/crafted-packages.ts): its
 *     exit code, time and peak memory (goal: none above 1 GB), and the package editor on
 *     defined names of 16 000 to 1 600 000 characters (linear).
 * BENCH_ONLY=pipeline (with the papers alone) | cli | office | crafted runs one part;
 * BENCH_CRAFTED=id,id… runs those crafted packages alone.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { runReview } from '../src/pipeline/run';
import { documentInput, resultSheets } from '../src/pipeline/documents';
import { buildDossier } from '../src/dossier/dossier';
import { renderDocx } from '../src/documents/word/render';
import { nodeCompressor } from '../src/cli/node-zip';
import { emptySettings } from '../src/domain/settings';
import { syntheticWorkbook } from './synthetic';

const root = resolve(__dirname, '..');
const outDir = join(root, 'out', 'bench');
mkdirSync(outDir, { recursive: true });

/**
 * The review (what the pane reruns on each change: verdicts and targets) and the documents
 * stage (the sheets and papers, made when the results are written), timed apart.
 */
function pipelineBench(n: number): void {
  const grids = syntheticWorkbook(n, 100);
  resultSheets(runReview(syntheticWorkbook(2000, 20), emptySettings(), { reviewDate: '2014-12-20' })); // warm up the JIT
  const review: number[] = [];
  const stage: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const outcome = runReview(grids, emptySettings(), { reviewDate: '2014-12-20' });
    review.push(performance.now() - t0);
    if (!outcome.result) throw new Error('bench review stopped');
    const t1 = performance.now();
    resultSheets(outcome);
    stage.push(performance.now() - t1);
  }
  const best = Math.min(...review);
  console.log(`pure pipeline: ${n} people in 100 units: review best of 3 ${best.toFixed(0)} ms (${Math.round((n / best) * 1000)} people/s); documents stage ${Math.min(...stage).toFixed(0)} ms`);
}

/** The Word papers of a review (the dossier laid out, every paper rendered with Node's zlib), best of 3. */
async function papersBench(n: number): Promise<void> {
  const outcome = runReview(syntheticWorkbook(n, 100), emptySettings(), { reviewDate: '2014-12-20' });
  const input = documentInput(outcome)!;
  const layout: number[] = [];
  const render: number[] = [];
  let bytes = 0;
  let papers = 0;
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const dossier = buildDossier(input, outcome.settings.plan);
    const t1 = performance.now();
    bytes = 0;
    for (const p of dossier.papers) bytes += (await renderDocx(p, nodeCompressor)).length;
    layout.push(t1 - t0);
    render.push(performance.now() - t1);
    papers = dossier.papers.length;
  }
  console.log(`Word papers, ${n} people: ${papers} papers, ${(bytes / 1e6).toFixed(1)} MB; dossier best of 3 ${Math.min(...layout).toFixed(0)} ms, rendering ${Math.min(...render).toFixed(0)} ms`);
  // One Báo cáo thành tích per nominee above the agency: the synthetic agency has none, so 500
  // people are given the provincial Bằng khen by hand (as the render test does for one).
  const bk = input.ruleSet.titles.find((r) => r.scope === 'person' && r.decidedBy === 'province-chair' && r.kind === 'award')!;
  let given = 0;
  const persons = input.result.persons.map((p) =>
    given < 500 && p.verdicts.LDTT?.status === 'awarded' && ++given ? { ...p, verdicts: { ...p.verdicts, [bk.id]: { title: bk.id, status: 'awarded' as const, reasons: [] } } } : p,
  );
  const forms = buildDossier({ ...input, result: { ...input.result, persons } }).papers.filter((p) => p.group);
  const t0 = performance.now();
  for (const p of forms) await renderDocx(p, nodeCompressor);
  const each = (performance.now() - t0) / forms.length;
  console.log(`Báo cáo thành tích: ${forms.length} rendered in ${(each * forms.length).toFixed(0)} ms, ${each.toFixed(1)} ms each`);
}

async function writeBenchWorkbook(n: number, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of syntheticWorkbook(n, 100)) {
    const ws = wb.addWorksheet(g.name);
    for (const row of g.values) ws.addRow(row as ExcelJS.CellValue[]);
  }
  await wb.xlsx.writeFile(file);
}

/**
 * Runs a child node process and returns its wall time and peak resident memory. Through a
 * shell that forks it: on Linux a process's peak memory (ru_maxrss) starts at the peak of
 * the process it was forked from, and this one has built workbooks and run the pipeline.
 */
function measured(script: string, args: string[]): { ms: number; rssMb: number; code?: number; err?: string; papersMs?: number } {
  const out = execFileSync('/bin/sh', ['-c', '"$0" "$@"; exit $?', process.execPath, join(root, 'bench', script), ...args], { cwd: root, encoding: 'utf8' });
  const last = out.trim().split('\n').pop()!;
  return JSON.parse(last);
}

async function cliBench(n: number): Promise<void> {
  const file = join(outDir, `bench-${n}.xlsx`);
  if (!existsSync(file)) await writeBenchWorkbook(n, file);
  // Side by side, alternately, three times: the machine is shared, so each takes its fastest
  // time (the least disturbed) and its largest peak of memory.
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const floors: { ms: number; rssMb: number }[] = [];
  const clis: { ms: number; rssMb: number }[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(measured('floor.cjs', [file, join(outDir, 'floor-out.xlsx')]));
    // The workbook alone (--no-docs), as the floor reads and writes the workbook alone.
    const r = measured('cli-child.cjs', [file, join(outDir, 'cli-out.xlsx'), '--no-docs']);
    if (r.code !== 0) throw new Error(`bench review exited ${r.code}: ${r.err}`);
    clis.push(r);
  }
  const best = (xs: { ms: number; rssMb: number }[]) => ({ ms: Math.min(...xs.map((x) => x.ms)), rssMb: Math.max(...xs.map((x) => x.rssMb)) });
  const floor = best(floors);
  const cli = best(clis);
  const list = (xs: { ms: number; rssMb: number }[]) => xs.map((x) => `${(x.ms / 1000).toFixed(1)} s ${x.rssMb.toFixed(0)} MB`).join(', ');
  console.log(`ExcelJS read+write floor, ${n} people: fastest ${floor.ms.toFixed(0)} ms, peak ${floor.rssMb.toFixed(0)} MB (${list(floors)})`);
  console.log(`binh-xet review --no-docs, ${n} people: fastest ${cli.ms.toFixed(0)} ms (${Math.round((n / cli.ms) * 1000)} people/s), peak ${cli.rssMb.toFixed(0)} MB (${list(clis)})`);
  console.log(`ratio to the floor: time ${(cli.ms / floor.ms).toFixed(2)} × (goal ≤ 1.0), memory ${(cli.rssMb / floor.rssMb).toFixed(2)} × (goal ≤ 0.5)`);
  if (process.env.BENCH_DOCS !== '0') {
    const docs = measured('cli-child.cjs', [file, join(outDir, 'cli-docs-out.xlsx')]);
    const papers = docs.papersMs ?? 0;
    console.log(`binh-xet review with the papers in Word (the default), ${n} people: ${docs.ms.toFixed(0)} ms, peak ${docs.rssMb.toFixed(0)} MB (exit ${docs.code})`);
    console.log(
      `the Word papers in that run: ${papers.toFixed(0)} ms, ${((papers / (docs.ms - papers)) * 100).toFixed(1)} % added to the rest of the run (goal ≤ 15 %); peak memory ${(((docs.rssMb - cli.rssMb) / cli.rssMb) * 100).toFixed(1)} % over --no-docs (goal ≤ 15 %)`,
    );
  }
}

/** Every crafted package through the command line, each in a process of its own. */
async function craftedBench(): Promise<void> {
  const { CASES, bookEntries } = await import('../test/helpers/crafted-packages');
  const dir = join(outDir, 'crafted');
  mkdirSync(dir, { recursive: true });
  let worst = { id: '', rssMb: 0 };
  // BENCH_CRAFTED=id,id…: those cases alone (the shapes of issue 20: rels-bomb,rels-nodes,styles-bomb,package-nodes,deep-workbook,deep-styles,formula-cells-15m).
  const only = process.env.BENCH_CRAFTED?.split(',').filter(Boolean);
  for (const c of CASES) {
    if (only && !only.includes(c.id)) continue;
    const file = join(dir, `${c.id}.xlsx`);
    writeFileSync(file, c.build());
    const r = measured('cli-child.cjs', [file, join(dir, `${c.id}-out.xlsx`), '--no-docs']);
    const flag = r.code !== c.code ? `  ✘ expected exit ${c.code}` : r.rssMb > 1024 ? '  ✘ above 1 GB' : '';
    console.log(`crafted ${c.id.padEnd(24)} exit ${r.code}  ${r.ms.toFixed(0).padStart(6)} ms  ${r.rssMb.toFixed(0).padStart(5)} MB${flag}`);
    if (r.rssMb > worst.rssMb) worst = { id: c.id, rssMb: r.rssMb };
  }
  console.log(`crafted packages: ${only ? only.length : CASES.length}, the most memory: ${worst.id} ${worst.rssMb.toFixed(0)} MB (goal ≤ 1024)`);
  // The package editor on a defined name 10 and 100 times longer: linear time.
  const { editPackage } = await import('../src/workbook/package');
  for (const k of [1150, 11500, 115000]) {
    const entries = new Map(
      bookEntries({ workbook: (x) => x.replace('</definedNames>', `<definedName name="Dai">${"'Cán bộ'!$A$1,".repeat(k)}'Cán bộ'!$A$2</definedName></definedNames>`) }).map((e) => [
        e.name,
        typeof e.data === 'string' ? new TextEncoder().encode(e.data) : e.data,
      ]),
    );
    const t0 = performance.now();
    editPackage(entries, { remove: [], add: [{ spec: { name: 'KQ', rows: [[{ v: 1 }]], widths: [], merges: [] }, visibility: 'visible' }] });
    console.log(`package editor, a defined name of ${(k * 14).toLocaleString('en')} characters: ${(performance.now() - t0).toFixed(0)} ms`);
  }
}

async function officeBench(n: number): Promise<void> {
  const path = join(root, 'bench', 'office-adapter.ts');
  if (!existsSync(path)) {
    console.log('office adapter bench: not present');
    return;
  }
  const { benchOfficeAdapter } = (await import(path)) as typeof import('./office-adapter');
  const r = await benchOfficeAdapter(n);
  const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
  console.log(
    `office adapter on the fake, ${n} people: ${r.roundTrips} round trips (${r.readRoundTrips} to read, ${r.writeRoundTrips} to write), ` +
      `${mb(r.bytesRead)} read, ${mb(r.bytesWritten)} written, largest request ${mb(r.largestRequestBytes)}, largest answer ${mb(r.largestResponseBytes)}, ${r.ms.toFixed(0)} ms`,
  );
  console.log(`same review through the in-memory adapter: ${r.memoryMs.toFixed(0)} ms`);
}

(async () => {
  const only = process.env.BENCH_ONLY ?? (process.argv.includes('--pipeline-only') ? 'pipeline' : '');
  // BENCH_ONLY=office: the Office adapter on the fake alone.
  if (only === 'office') return officeBench(20000);
  if (!only || only === 'pipeline') {
    pipelineBench(Number(process.env.BENCH_PEOPLE ?? 100000));
    await papersBench(Number(process.env.BENCH_CLI_PEOPLE ?? 50000));
  }
  // BENCH_ONLY=pipeline (or --pipeline-only): the pure pipeline alone, no .xlsx or adapter runs.
  if (only === 'pipeline') return;
  if (!only || only === 'cli') await cliBench(Number(process.env.BENCH_CLI_PEOPLE ?? 50000));
  if (!only) await officeBench(20000);
  if (!only || only === 'crafted') await craftedBench();
  writeFileSync(join(outDir, 'done'), new Date().toISOString());
})();
