/**
 * What the browser test (scripts/test-browser.mjs) and the pane's long-task benchmark
 * (bench/pane-long-tasks.mjs) share: Debian's Chromium (or CHROMIUM) started headless through
 * playwright-core, the pane and the preview served from dist/ on 127.0.0.1, and the same large
 * generated workbook, so that the benchmark measures the pane the test checks.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import ExcelJS from 'exceljs';
import { serveDist } from './serve-dist.mjs';

/** Where Chromium is: Debian's package, or the CHROMIUM variable (macOS, Windows, another Linux). */
export const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

/** Whether Chromium is there to start. */
export const haveChromium = () => existsSync(CHROMIUM);

/**
 * dist/ served on a free port of 127.0.0.1 and Chromium started headless (no GPU, no background
 * requests). `close()` stops both.
 */
export async function startBrowser(dir = 'dist') {
  const { server, port } = await serveDist(dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  return {
    browser,
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * n people in u units shaped like the sample's columns, written to `folder/lon-<n>.xlsx`: the
 * same every run (a fixed sequence), so the browser test and the benchmark see the same workbook.
 */
export async function largeWorkbook(n, u, folder) {
  let seed = 42;
  const next = () => (seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32;
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
    staff.addRow([
      i + 1,
      `${pick(FAMILY)} ${pick(MIDDLE)} ${pick(GIVEN)} ${i + 1}`,
      1960 + Math.floor(next() * 35),
      'Chuyên viên',
      units[i % u],
      pick(RATINGS),
      Math.floor(next() * 50),
      next() < 0.02 ? 'Khiển trách' : '',
      next() < 0.3 ? 'SK số 1' : '',
      pick(RATINGS),
    ]);
  }
  const unitSheet = wb.addWorksheet('Đơn vị');
  unitSheet.addRow(['STT', 'Tên phòng, đơn vị', 'Số CBCCVC', 'Xếp loại tập thể năm 2014']);
  units.forEach((name, i) => unitSheet.addRow([i + 1, name, Math.ceil(n / u), pick(RATINGS)]));
  const file = join(folder, `lon-${n}.xlsx`);
  await wb.xlsx.writeFile(file);
  return file;
}
