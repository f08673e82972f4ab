#!/usr/bin/env node
/**
 * The pane's main thread at 5 000 and 20 000 people, in Chromium (the browser preview, pane
 * alone at 320 px): the browser's long-task observer records every task over 50 ms while the
 * workbook is read and reviewed, while a parameter is typed (keystroke to result, after the
 * typing pause) and while the results are written. Goal (issue 19): no task over 200 ms, and
 * the result under 300 ms after the pause. The review and the result sheets run in the pane's
 * Web Worker (src/taskpane/review.worker.ts); what is measured here is the page's own thread.
 * Each line says the machine's load average (1 minute) when it was measured: on a shared
 * machine a task's length grows with the load, so run it three times and keep the longest.
 *
 *   node bench/pane-long-tasks.mjs [5000,20000]      (SKIP_BUILD=1 to reuse dist/)
 *
 * Timings live here, never in tests; docs/testing.md records the figures.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { largeWorkbook, startBrowser } from '../scripts/chromium.mjs';
import { loadavg } from 'node:os';

const OUT = join('out', 'bench');
mkdirSync(OUT, { recursive: true });
const sizes = (process.argv[2] ?? '5000,20000').split(',').map(Number);
const LONG = 600_000;
/** The pane's typing pause (src/taskpane/useReview.ts TYPING_PAUSE_MS). */
const PAUSE = 400;

if (!process.env.SKIP_BUILD) execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'only=preview'], { stdio: ['ignore', 'ignore', 'inherit'] });
const { browser, origin, close } = await startBrowser('dist');

/** Long tasks since the last call: [longest ms, count, total ms]. */
const drain = (page) =>
  page.evaluate(() => {
    const xs = window.__long.splice(0);
    return { longest: Math.round(Math.max(0, ...xs)), count: xs.length, total: Math.round(xs.reduce((a, b) => a + b, 0)) };
  });

const rows = [];
for (const n of sizes) {
  const file = await largeWorkbook(n, Math.max(10, Math.round(n / 100)), OUT);
  const context = await browser.newContext({ viewport: { width: 320, height: 720 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push(e.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(`${origin}/?pane`);
  await page.getByText('Đã đọc 105 người, 10 đơn vị.').waitFor({ timeout: LONG });
  await page.waitForTimeout(500);
  await drain(page);

  // Read and review.
  const t0 = Date.now();
  await page.getByTestId('file').setInputFiles(file);
  await page
    .getByText(new RegExp(`^Đã đọc ${n} người`))
    .first()
    .waitFor({ timeout: LONG });
  const openMs = Date.now() - t0;
  await page.waitForTimeout(300);
  const open = await drain(page);

  // A parameter typed (the generated workbook has no plan, so no target): keystroke to result, after the pause.
  await page.getByRole('tab', { name: '2. Quy định' }).click();
  await page.getByRole('button', { name: 'LĐTT', exact: true }).click();
  await page.waitForTimeout(300);
  await drain(page);
  const target = page.getByLabel('Số ngày nghỉ bị loại (từ … ngày)').first();
  await target.fill('1');
  await target.pressSequentially('0');
  const typed = await page.evaluate(() => performance.now());
  await page.waitForFunction(() => !document.body.textContent.includes('Đang tính lại…'), null, { timeout: LONG, polling: 10 });
  const doneAt = await page.evaluate(() => performance.now());
  const toResult = Math.round(doneAt - typed - PAUSE);
  await page.waitForTimeout(300);
  const change = await drain(page);

  // The write.
  await page.getByRole('tab', { name: '3. Kết quả' }).click();
  await page.waitForTimeout(300);
  await drain(page);
  const t1 = Date.now();
  await page.getByRole('button', { name: 'Ghi kết quả vào sổ', exact: true }).click();
  await page
    .getByText(/^Đã ghi \d+ trang kết quả vào sổ\.$/)
    .first()
    .waitFor({ timeout: LONG });
  const writeMs = Date.now() - t1;
  await page.waitForTimeout(500);
  const write = await drain(page);
  rows.push({ n, openMs, open, toResult, change, writeMs, write });
  console.log(
    `[load ${loadavg()[0].toFixed(1)}] ${n} people: open+review ${openMs} ms (longest task ${open.longest} ms, ${open.count} over 50 ms); ` +
      `typed parameter → result ${toResult} ms after the ${PAUSE} ms pause (longest task ${change.longest} ms); ` +
      `write ${writeMs} ms (longest task ${write.longest} ms, ${write.count} over 50 ms, ${write.total} ms in long tasks)`,
  );
  await context.close();
}
await close();
