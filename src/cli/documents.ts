/**
 * The command line's Word papers: the dossier of the review written beside the output
 * workbook (--docs DIR, default "<output>-van-ban"), the agency's own templates where
 * --templates DIR has one named after the paper ("quyet-dinh.docx"), the agency file
 * (--agency FILE.json) read into the settings.
 */
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { t, type Lang } from '../i18n/catalogue';
import type { ReviewOutcome } from '../pipeline/run';
import type { StoredSettings } from '../domain/settings';
import { parseAgencyFile } from '../domain/agency-file';
import { documentInput, papersMissing } from '../pipeline/documents';
import { titleName, ruleByKey } from '../rules/titles';
import { buildDossier } from '../dossier/dossier';
import type { Paper } from '../dossier/model';
import { renderDocx } from '../documents/word/render';
import { nodeCompressor } from './node-zip';
import { fillTemplate, TemplateError } from '../documents/template';
import { readRegularFile, type FileToWrite } from './files';
import { isSystemError, systemReason } from './failures';

/** "out/ket-qua.xlsx" → "out/ket-qua-van-ban". */
export const defaultDocsDir = (out: string): string => join(dirname(out), `${basename(out, extname(out))}-van-ban`);

/** The agency file: a JSON object with the letterhead and the papers' fields (README lists them), checked as the pane checks it. */
export async function readAgencyFile(file: string, lang: Lang): Promise<StoredSettings['agency']> {
  let text: string;
  try {
    text = new TextDecoder().decode(await readRegularFile(file));
  } catch (e) {
    throw new Error(t('cli.docs.badAgency', { file, detail: systemReason(e, lang) }, lang));
  }
  const read = parseAgencyFile(text, lang);
  if (!read.agency) throw new Error(t('cli.docs.badAgency', { file, detail: read.errors.join('; ') }, lang));
  return read.agency;
}

/** The template for a paper: "<id>.docx", or for the per-person reports "bao-cao-thanh-tich-ca-nhan.docx" / "-tap-the.docx". */
function templateFor(dir: string | undefined, p: Paper): string | undefined {
  if (!dir) return undefined;
  const names = [`${p.id}.docx`, `${p.id.replace(/-\d+$/, '')}.docx`];
  return names.map((n) => join(dir, n)).find((f) => existsSync(f));
}

/** The papers of a review, ready to be written with the workbook, and what to say once they are. */
export interface PreparedDocuments {
  files: FileToWrite[];
  /** The agency's templates used: read like the inputs, so no paper may be written over one. */
  templates: string[];
  /** The lines to print once the files are written. */
  report: (io: { out: (l: string) => void }) => void;
}

/**
 * Every paper of the dossier as bytes, nothing written: the command line writes them with the
 * JSON and the workbook, all or nothing (src/cli/files.ts).
 */
export async function prepareDocuments(outcome: ReviewOutcome, dir: string, lang: Lang, templates?: string): Promise<PreparedDocuments> {
  // The documents stage's input, as the sheets are made from: the review's rule set, the agency
  // of the settings (the workbook's, or this run's file) or else the one the loaded plan names.
  const input = documentInput(outcome)!;
  const { result, ruleSet } = input;
  const plan = outcome.settings.plan;
  const dossier = buildDossier(input, plan);
  const files: FileToWrite[] = [];
  const used: string[] = [];
  const lines: string[] = [];
  for (const p of dossier.papers) {
    const file = join(dir, `${p.fileName}.docx`);
    const template = templateFor(templates, p);
    let bytes: Uint8Array;
    if (template) {
      try {
        const filled = fillTemplate(await readRegularFile(template), p);
        bytes = filled.bytes;
        if (filled.unknown.length) lines.push(t('cli.docs.unknownTags', { template, tags: filled.unknown.map((x) => `{${x}}`).join(', ') }, lang));
      } catch (e) {
        throw new Error(
          t('cli.docs.badTemplate', { file: template, detail: e instanceof TemplateError ? e.message : isSystemError(e) ? systemReason(e, lang) : t('cli.docs.templateUnreadable', {}, lang) }, lang),
        );
      }
      used.push(template);
      lines.push(t('cli.docs.template', { file: relative(dir, file), template }, lang));
    } else bytes = await renderDocx(p, nodeCompressor);
    files.push({ path: file, bytes });
  }
  // What the papers still lack is said before they are listed as written.
  const missing = papersMissing(outcome);
  if (missing.length) lines.unshift(t('cli.docs.missing', { fields: missing.map((m) => m.label).join(', ') }, lang));
  const shown = relative(process.cwd(), dir);
  lines.push(t('cli.docs.written', { n: files.length, dir: shown && !shown.startsWith('..') ? shown : dir }, lang));
  const drafts = dossier.papers.filter((p) => p.draft);
  if (drafts.length) {
    const titles = result.pendingVote.map((k) => titleName(ruleByKey(ruleSet, k) ?? { key: k }, 'short', lang)).join(', ');
    lines.push(t('cli.docs.drafts', { titles, files: drafts.map((p) => basename(p.fileName)).join(', ') }, lang));
  }
  return { files, templates: used, report: (io) => lines.forEach((l) => io.out(l)) };
}

export { resolve };
