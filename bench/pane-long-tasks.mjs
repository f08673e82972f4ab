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
import { loadavg } from 'node:os';
import { chromium } from 'playwright-core';
import ExcelJS from 'exceljs';
import { serveDist } from '../scripts/serve-dist.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const OUT = join('out', 'bench');
mkdirSync(OUT, { recursive: true });
const sizes = (process.argv[2] ?? '5000,20000').split(',').map(Number);
const LONG = 600_000;
/** The pane's typing pause (src/taskpane/useReview.ts TYPING_PAUSE_MS). */
const PAUSE = 400;

/** n people in u units shaped like the sample's columns, the same every run (as the browser test makes them). */
async function largeWorkbook(n, u) {
  let seed = 42;
  const next = () => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const pick = (xs) => xs[Math.floor(next() * xs.length)];
  const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô'];
  const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thu', 'Hữu', 'Ngọc', 'Xuân', 'Đức'];
  const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam', 'Sơn', 'Yến'];
  const RATINGS = ['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành tốt nhiệm vụ', 'Hoàn thành nhiệm vụ'];
  const units = Array.from({ length: u }, (_, i) => `Phòng số ${i + 1}`);
  const wb = new ExcelJS.Workbook();
  const staff = wb.addWorksheet('Cán bộ');
  staff.addRow(['STT', 'Họ và tên', 'Năm sinh', 'Chức vụ', 'Đơn vị', 'Xếp loại', 'Số ngày nghỉ', 'Kỷ luật', 'Sáng kiến', 'Xếp loại 2013']);
  for (let i = 0; i < n; i++) {
    staff.addRow([i + 1, `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i + 1}`, 1960 + Math.floor(next() * 35), 'Chuyên viên', units[i % u], pick(RATINGS), Math.floor(next() * 50), next() < 0.02 ? 'Khiển trách' : '', next() < 0.3 ? 'SK số 1' : '', pick(RATINGS)]);
  }
  const unitSheet = wb.addWorksheet('Đơn vị');
  unitSheet.addRow(['STT', 'Tên phòng, đơn vị', 'Số CBCCVC', 'Xếp loại tập thể năm 2014']);
  units.forEach((name, i) => unitSheet.addRow([i + 1, name, Math.ceil(n / u), pick(RATINGS)]));
  const file = join(OUT, `lon-${n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}

if (!process.env.SKIP_BUILD) execFileSync('npx', ['webpack', '--mode', 'production', '--env', 'only=preview'], { stdio: ['ignore', 'ignore', 'inherit'] });
const { server, port } = await serveDist('dist');
const origin = `http://127.0.0.1:${port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

/** Long tasks since the last call: [longest ms, count, total ms]. */
const drain = (page) =>
  page.evaluate(() => {
    const xs = window.__long.splice(0);
    return { longest: Math.round(Math.max(0, ...xs)), count: xs.length, total: Math.round(xs.reduce((a, b) => a + b, 0)) };
  });

const rows = [];
for (const n of sizes) {
  const file = await largeWorkbook(n, Math.max(10, Math.round(n / 100)));
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
  await page.getByText(new RegExp(`^Đã đọc ${n} người`)).first().waitFor({ timeout: LONG });
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
  await page.getByText(/^Đã ghi \d+ trang kết quả vào sổ\.$/).first().waitFor({ timeout: LONG });
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
await browser.close();
server.close();
