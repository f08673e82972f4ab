#!/usr/bin/env node
/**
 * Renders .xlsx files to PDF with LibreOffice, as a clerk's printer would see them:
 *   node scripts/render-pdf.mjs book.xlsx [more.xlsx …] [--outdir dir]   → prints each PDF's path
 * One LibreOffice run for all the files (its start-up is most of the time). A private
 * LibreOffice profile is used so that parallel runs do not share a lock.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** `xlsx`: one file or several; returns the PDF's path (or the paths, in order). */
export function renderPdf(xlsx, outDir) {
  const files = Array.isArray(xlsx) ? xlsx : [xlsx];
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      process.env.SOFFICE ?? '/usr/bin/soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', resolve(outDir), ...files.map((f) => resolve(f))],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdfs = files.map((f) => {
    const pdf = join(resolve(outDir), basename(f).replace(/\.xlsx$/i, '.pdf'));
    if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${f}`);
    return pdf;
  });
  return Array.isArray(xlsx) ? pdfs : pdfs[0];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = [];
  let outDir;
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--outdir') outDir = args[++i];
    else files.push(args[i]);
  }
  // The former form "book.xlsx outdir" still works.
  if (!outDir && files.length === 2 && !/\.xlsx$/i.test(files[1])) outDir = files.pop();
  if (!files.length) {
    console.error('usage: node scripts/render-pdf.mjs book.xlsx [more.xlsx …] [--outdir dir]');
    process.exit(2);
  }
  for (const pdf of renderPdf(files, outDir ?? '.')) console.log(pdf);
}
