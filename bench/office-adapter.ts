/**
 * A review of n people through the Office adapter on the fake Excel (load/sync semantics,
 * round trips and bytes counted both ways as UTF-8 JSON), next to the same review through
 * the in-memory adapter: what the adapter itself costs.
 */
import { performance } from 'node:perf_hooks';
import { FakeExcel, installExcelGlobals } from '../test/fakes/fake-excel';
import { OfficeWorkbook } from '../src/workbook/office';
import { MemoryWorkbook } from '../src/workbook/memory';
import { reviewWorkbook, writeOutcome } from '../src/workbook/session';
import { syntheticWorkbook } from './synthetic';

export interface OfficeBench {
  roundTrips: number;
  readRoundTrips: number;
  writeRoundTrips: number;
  /** Bytes of every answer (what was read) and of every request (what was written). */
  bytesRead: number;
  bytesWritten: number;
  largestRequestBytes: number;
  largestResponseBytes: number;
  ms: number;
  memoryMs: number;
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export async function benchOfficeAdapter(n: number, maxRequestBytes = 4_000_000): Promise<OfficeBench> {
  installExcelGlobals();
  const grids = syntheticWorkbook(n, Math.max(1, Math.round(n / 1000)));
  const fx = FakeExcel.withSheets(grids.map((g) => ({ name: g.name, values: g.values })));
  const port = new OfficeWorkbook(fx.run, { supports: fx.supports, maxRequestBytes });
  let t0 = performance.now();
  const outcome = await reviewWorkbook(port, { reviewDate: '2014-12-20' });
  const readTrips = fx.roundTrips;
  await writeOutcome(port, outcome, 'addin');
  const ms = performance.now() - t0;

  const memory = new MemoryWorkbook(grids);
  t0 = performance.now();
  const o2 = await reviewWorkbook(memory, { reviewDate: '2014-12-20' });
  await writeOutcome(memory, o2, 'preview');
  const memoryMs = performance.now() - t0;
  return {
    roundTrips: fx.roundTrips,
    readRoundTrips: readTrips,
    writeRoundTrips: fx.roundTrips - readTrips,
    bytesRead: sum(fx.responseSizes),
    bytesWritten: sum(fx.requestSizes),
    largestRequestBytes: Math.max(...fx.requestSizes),
    largestResponseBytes: Math.max(...fx.responseSizes),
    ms,
    memoryMs,
  };
}
