/**
 * npm run bench: the figures the README records. Timings live here, never in tests.
 *  1. the pure pipeline on 100 000 synthetic people in 100 units (goal: under 1 s);
 *  2. the command line on a 50 000-person .xlsx next to ExcelJS only reading and writing
 *     the same file (goal: at most 1.5 × the time and 2 × the peak memory of that floor);
 *     the Word papers timed apart inside it, and the run without them (--no-docs) beside it
 *     (goal: the papers add at most 15 % to the time and to the peak memory);
 *  3. a review of 20 000 people through the Office adapter on the fake Excel, next to the
 *     same review through the in-memory adapter.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { runReview } from '../src/pipeline/run';
import { documentInput, resultSheets } from '../src/pipeline/documents';
import { buildDossier } from '../src/documents/dossier';
import { renderDocx } from '../src/documents/word/render';
import { nodeDeflater } from '../src/cli/docx-deflate';
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
    for (const p of dossier.papers) bytes += (await renderDocx(p, nodeDeflater)).length;
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
  for (const p of forms) await renderDocx(p, nodeDeflater);
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

/** Runs a child node process and returns its wall time and peak resident memory. */
function measured(script: string, args: string[]): { ms: number; rssMb: number; papersMs?: number } {
  const out = execFileSync(process.execPath, [join(root, 'bench', script), ...args], { cwd: root, encoding: 'utf8' });
  const last = out.trim().split('\n').pop()!;
  return JSON.parse(last);
}

async function cliBench(n: number): Promise<void> {
  const file = join(outDir, `bench-${n}.xlsx`);
  if (!existsSync(file)) await writeBenchWorkbook(n, file);
  const floor = measured('floor.cjs', [file, join(outDir, 'floor-out.xlsx')]);
  const noDocs = measured('cli-child.cjs', [file, join(outDir, 'cli-out.xlsx'), '--no-docs']);
  const cli = measured('cli-child.cjs', [file, join(outDir, 'cli-out.xlsx')]);
  console.log(`ExcelJS read+write floor, ${n} people: ${floor.ms.toFixed(0)} ms, peak ${floor.rssMb.toFixed(0)} MB`);
  console.log(`binh-xet review --no-docs, ${n} people: ${noDocs.ms.toFixed(0)} ms, peak ${noDocs.rssMb.toFixed(0)} MB`);
  console.log(`binh-xet review, ${n} people: ${cli.ms.toFixed(0)} ms (${Math.round((n / cli.ms) * 1000)} people/s), peak ${cli.rssMb.toFixed(0)} MB`);
  console.log(`ratio to the floor: time ${(cli.ms / floor.ms).toFixed(2)} × (goal ≤ 1.5), memory ${(cli.rssMb / floor.rssMb).toFixed(2)} × (goal ≤ 2)`);
  const papers = cli.papersMs ?? 0;
  console.log(
    `the Word papers in that run: ${papers.toFixed(0)} ms, ${((papers / (cli.ms - papers)) * 100).toFixed(1)} % added to the rest of the run (goal ≤ 15 %); peak memory ${(((cli.rssMb - noDocs.rssMb) / noDocs.rssMb) * 100).toFixed(1)} % over --no-docs (goal ≤ 15 %)`,
  );
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
  // BENCH_ONLY=office: the Office adapter on the fake alone.
  if (process.env.BENCH_ONLY === 'office') return officeBench(20000);
  pipelineBench(Number(process.env.BENCH_PEOPLE ?? 100000));
  await papersBench(Number(process.env.BENCH_CLI_PEOPLE ?? 50000));
  // BENCH_ONLY=pipeline (or --pipeline-only): the pure pipeline alone, no .xlsx or adapter runs.
  if (process.env.BENCH_ONLY === 'pipeline' || process.argv.includes('--pipeline-only')) return;
  await cliBench(Number(process.env.BENCH_CLI_PEOPLE ?? 50000));
  await officeBench(20000);
  writeFileSync(join(outDir, 'done'), new Date().toISOString());
})();
