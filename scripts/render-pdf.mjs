#!/usr/bin/env node
/**
 * Renders an .xlsx to PDF with LibreOffice, as a clerk's printer would see it:
 *   node scripts/render-pdf.mjs book.xlsx [outdir]   → prints the PDF's path
 * A private LibreOffice profile is used so that parallel runs do not share a lock.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export function renderPdf(xlsx, outDir) {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  try {
    execFileSync(
      process.env.SOFFICE ?? '/usr/bin/soffice',
      [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', resolve(outDir), resolve(xlsx)],
      { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const pdf = join(resolve(outDir), basename(xlsx).replace(/\.xlsx$/i, '.pdf'));
  if (!existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${xlsx}`);
  return pdf;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [xlsx, outDir = '.'] = process.argv.slice(2);
  if (!xlsx) {
    console.error('usage: node scripts/render-pdf.mjs book.xlsx [outdir]');
    process.exit(2);
  }
  console.log(renderPdf(xlsx, outDir));
}
