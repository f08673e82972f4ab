#!/usr/bin/env node
// Prints each bundle's size, raw and gzipped; fails when the pane's first load is over budget.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

// 350 KB until December 2026; the pane now also carries the reading report, value meanings,
// "Còn thiếu" and the plan/agency guards (351 KB measured): 380 KB keeps the first load small.
const BUDGET_GZ = 380 * 1024;
let over = false;
for (const f of readdirSync('dist')
  .filter((n) => n.endsWith('.js'))
  .sort()) {
  const raw = readFileSync(`dist/${f}`);
  const gz = gzipSync(raw, { level: 9 }).length;
  const pane = f.startsWith('taskpane.');
  if (pane && gz > BUDGET_GZ) over = true;
  console.log(`${f.padEnd(28)} ${(raw.length / 1024).toFixed(0).padStart(6)} KB  ${(gz / 1024).toFixed(0).padStart(5)} KB gzip${pane ? `  (pane first load, budget ${BUDGET_GZ / 1024} KB)` : ''}`);
}
if (over) {
  console.error('The pane bundle is over its budget.');
  process.exit(1);
}
