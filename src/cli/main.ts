/**
 * The command line: the same pipeline as the task pane, on .xlsx files. Exit codes:
 * 0 the review ran (warnings allowed), 1 a data error stopped it, 2 usage, or a file that
 * cannot be read or written, 3 an unexpected fault (a bug to report); Ctrl+C or SIGTERM
 * while writing: 130 or 143, no file changed.
 */
import { readFile } from 'node:fs/promises';
import { resolve, basename } from 'node:path';
import { parseArgs } from 'node:util';
import { t, type Lang } from '../i18n/catalogue';
import { outcomeToJson } from '../pipeline/json';
import type { ReviewOverrides } from '../pipeline/run';
import { findPreset, generalParams, PRESETS, titleParams } from '../rules/presets';
import { checkParamArg } from '../rules/params';
import { parsePlan } from '../rules/plan';
import type { Plan } from '../domain/plan';
import type { ParamDef, RuleSet } from '../rules/types';
import { shortDate } from '../text/format';
import { isIsoDate } from '../text/dates';
import { parseDong } from '../text/number-words';
import { hasOtherScope, titleName } from '../rules/titles';
import type { PersonTitleId, UnitTitleId } from '../domain/types';
import { SHEET_NAMES, targetLine, warningText } from '../sheets/layout';
import { closeYear, reviewWorkbook, writeOutcome } from '../workbook/session';
import { HISTORY_SHEET } from '../sheets/carry-forward';
import { verifySaved, XlsxWorkbook } from '../workbook/xlsx';
import { describePackageError, isPackageError, type PackageError } from '../ooxml/package-error';
import { prepareInput } from './convert';
import { parseMapOption, parseMapValueOption } from './map-option';
import { mergeWorkbooks } from './merge';
import { describeIssue } from '../sheets/issue-text';
import { isSheetWide } from '../sheets/reader/coverage';
import { fileSink, fileSource, nodeCompressor, nodeInflate } from './node-zip';
import { commitFiles, findClash, readRegularFile, WriteFailure, type FileToWrite, type NamedPath } from './files';
import { clashSentence, isSystemError, systemReason, unexpectedFailure, writeFailureSentence } from './failures';
import { defaultDocsDir, prepareDocuments, readAgencyFile, type PreparedDocuments } from './documents';

export interface CliIO {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Directory holding the bundled sample workbook. */
  assetsDir: string;
  today?: string;
  /** The clock for the stamps in the output (last run, file properties). */
  now?: () => Date;
  /** Told how long a stage took, in milliseconds (the benchmark times the Word papers apart). */
  timing?: (stage: 'papers', ms: number) => void;
}

/**
 * Now, or the time SOURCE_DATE_EPOCH gives (seconds), as reproducible builds do: then the
 * same input gives byte-identical output.
 */
function clockOf(io: CliIO): () => Date {
  if (io.now) return io.now;
  const epoch = process.env.SOURCE_DATE_EPOCH;
  return epoch && /^\d+$/.test(epoch) ? () => new Date(Number(epoch) * 1000) : () => new Date();
}

class UsageError extends Error {}

function langOf(argv: string[]): Lang {
  const i = argv.indexOf('--lang');
  return i >= 0 && argv[i + 1] === 'en' ? 'en' : 'vi';
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  const lang = langOf(argv);
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'review':
        return await review(rest, io, lang);
      case 'close-year':
        return await closeYearCommand(rest, io, lang);
      case 'sample':
        return await sample(rest, io, lang);
      case 'presets':
        return presets(io, lang);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(usage(lang));
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(command);
    }
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(t('cli.error.usage', { detail: e instanceof UsageError ? e.message : parseArgsSentence(e as Error & { code: string }, lang) }, lang));
      io.err(usage(lang));
      return 2;
    }
    // Nothing reaches the clerk raw: a file system error is a sentence; anything else is a fault to report.
    // A package that cannot be read (or a copy that would not open): a sentence, exit 2.
    if (isPackageError(e)) {
      io.err(describePackageError(e, lang));
      return 2;
    }
    if (isSystemError(e)) {
      io.err(t('cli.error.unreadable', { file: e.path ?? '', detail: systemReason(e, lang) }, lang));
      return 2;
    }
    io.err(unexpectedFailure(e, lang));
    return 3;
  }
}

/**
 * node:util's parseArgs speaks English ("Unknown option '-ds.xlsx'"): its errors as the
 * clerk's sentences. A file whose name starts with "-" is told how to name it.
 */
function parseArgsSentence(e: Error & { code: string }, lang: Lang): string {
  const option = /'([^']*)'/.exec(e.message)?.[1] ?? '';
  if (e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t('cli.error.unknownOption', { option }, lang);
  if (e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return t('cli.error.optionValue', { option: option.split(' ')[0] }, lang);
  return t('cli.error.badArgs', {}, lang);
}

/** The paths of one command: refused when an output is an input, or two outputs are one file. */
async function checkPaths(inputs: string[], outputs: NamedPath[], lang: Lang): Promise<void> {
  const clash = await findClash(inputs, outputs);
  if (clash) throw new UsageError(clashSentence(clash, lang));
}

/** Writes every file or none; the sentence and exit code 2 when it cannot. */
async function writeAll(files: FileToWrite[], io: CliIO, lang: Lang): Promise<boolean> {
  try {
    await commitFiles(files, { onSignal: (signal) => io.err(t('cli.interrupted', { signal }, lang)) });
    return true;
  } catch (e) {
    // The workbook written did not read back as it should: what is wrong with it, not a file system error.
    if (e instanceof WriteFailure && isPackageError(e.reason)) io.err(describePackageError(e.reason, lang));
    else io.err(writeFailureSentence(e, lang));
    return false;
  }
}

/**
 * The workbook as a file to write: streamed into the temporary file part by part, then read
 * back from the disk (its directory, workbook, relationships and content types) and checked
 * to hold the sheets it lists, before anything is renamed into place.
 */
function workbookFile(path: string, wb: XlsxWorkbook, input: string): FileToWrite {
  return {
    path,
    write: async (fh) => {
      try {
        await wb.writeTo(fileSink(fh), nodeCompressor);
        verifySaved(fileSource(fh.fd, (await fh.stat()).size), await wb.savedSheets());
      } catch (e) {
        throw isPackageError(e) ? e.inFile(input) : e;
      }
    },
  };
}

const jsonBytes = (outcome: Parameters<typeof outcomeToJson>[0]): Uint8Array => new TextEncoder().encode(JSON.stringify(outcomeToJson(outcome), null, 2));

/**
 * The first argument that looks like an option but is none ("-ds.xlsx", a file named with a
 * leading dash), whole: parseArgs would name only its first letter ("-d").
 */
function unknownOption(args: string[], options: Record<string, { type: string; short?: string }>): string | undefined {
  const short = new Map(Object.entries(options).flatMap(([k, o]) => (o.short ? [[o.short, k]] : [])));
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') return undefined;
    if (!a.startsWith('-') || a === '-') continue;
    const long = a.startsWith('--') ? a.slice(2).split('=')[0] : short.get(a.slice(1));
    const o = long ? options[long] : undefined;
    if (!o) return a;
    if (o.type === 'string' && !a.includes('=')) i++;
  }
  return undefined;
}

const REVIEW_OPTIONS = {
  out: { type: 'string', short: 'o' },
  json: { type: 'string' },
  preset: { type: 'string' },
  date: { type: 'string' },
  year: { type: 'string' },
  'base-wage': { type: 'string' },
  fund: { type: 'string' },
  phase: { type: 'string' },
  lang: { type: 'string' },
  param: { type: 'string', multiple: true },
  map: { type: 'string', multiple: true },
  'map-value': { type: 'string', multiple: true },
  plan: { type: 'string' },
  docs: { type: 'string' },
  'no-docs': { type: 'boolean' },
  agency: { type: 'string' },
  templates: { type: 'string' },
  'staff-votes': { type: 'string' },
} as const;

function parseReviewArgs(args: string[], lang: Lang) {
  const unknown = unknownOption(args, REVIEW_OPTIONS);
  if (unknown) throw new UsageError(t('cli.error.unknownOption', { option: unknown }, lang));
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: REVIEW_OPTIONS,
  });
  if (!positionals.length) throw new UsageError(t('cli.error.noInput', {}, lang));
  if (!values.out) throw new UsageError(t('cli.error.noOut', {}, lang));
  // The copy is an .xlsx (or an .xlsm, for a workbook with macros): another extension would
  // give Excel a file it refuses (xlsx bytes named ket-qua.csv).
  if (!/\.xls[xm]$/i.test(values.out)) throw new UsageError(t('cli.error.outExtension', { file: values.out }, lang));
  const bad = (option: string, value: string, expected: string) => new UsageError(t('cli.error.badOption', { option, value, expected }, lang));
  if (values.preset && !PRESETS.some((p) => p.id === values.preset)) throw bad('--preset', values.preset, PRESETS.map((p) => p.id).join(' | '));
  if (values.date && !isIsoDate(values.date)) throw bad('--date', values.date, 'YYYY-MM-DD');
  if (values.year && !/^(19|20)\d\d$/.test(values.year)) throw bad('--year', values.year, 'YYYY');
  // Đồng, as a clerk types them: "2340000", "2.340.000", "2 340 000".
  const dong = (option: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    const n = parseDong(v);
    if (n === undefined) throw bad(option, v, lang === 'vi' ? 'số đồng, ví dụ 2340000 hoặc 2.340.000' : 'an amount in đồng, e.g. 2340000 or 2.340.000');
    return n;
  };
  const baseWage = dong('--base-wage', values['base-wage']);
  const fund = dong('--fund', values.fund);
  if (values.phase && values.phase !== 'mid' && values.phase !== 'year') throw bad('--phase', values.phase, 'mid | year');
  if (values.lang && values.lang !== 'vi' && values.lang !== 'en') throw bad('--lang', values.lang, 'vi | en');
  // Each parameter is checked against the rule sets before anything is read: an unknown id or a
  // value its type does not take is a usage error naming what is accepted.
  const params: Record<string, number | boolean | string | null> = {};
  for (const p of values.param ?? []) {
    const eq = p.indexOf('=');
    if (eq <= 0) throw bad('--param', p, 'ID=VALUE');
    const checked = checkParamArg(p.slice(0, eq).trim(), p.slice(eq + 1).trim(), lang);
    if (!checked.ok && checked.problem === 'unknown-id') {
      throw new UsageError(t('cli.error.unknownParam', { id: checked.id, suggestions: checked.suggestions.length ? checked.suggestions.join(', ') : t('cli.error.seePresets', {}, lang) }, lang));
    }
    if (!checked.ok) throw bad(`--param ${checked.id}`, checked.problem === 'bad-value' ? checked.value : '', checked.problem === 'bad-value' ? checked.accepted : '');
    params[checked.id] = checked.value;
  }
  const map = (values.map ?? []).map((m) => {
    const r = parseMapOption(m);
    if ('error' in r) throw bad('--map', r.error, r.expected);
    return r.ok;
  });
  const mapValue = (values['map-value'] ?? []).map((m) => {
    const r = parseMapValueOption(m);
    if ('error' in r) throw bad('--map-value', r.error, r.expected);
    return r.ok;
  });
  const council = values['staff-votes'];
  if (council !== undefined && !(/^\d{1,3}$/.test(council) && Number(council) > 0)) throw bad('--staff-votes', council, t('cli.error.councilSize', {}, lang));
  const overrides: ReviewOverrides = {
    source: 'command-line',
    ...(council ? { staffVotes: { council: Number(council) } } : {}),
    ...(map.length ? { map } : {}),
    ...(mapValue.length ? { mapValue } : {}),
    ...(values.preset ? { preset: values.preset } : {}),
    ...(values.date ? { reviewDate: values.date } : {}),
    ...(values.year ? { reviewYear: Number(values.year) } : {}),
    ...(baseWage !== undefined || fund !== undefined ? { money: { ...(baseWage !== undefined ? { baseWage } : {}), ...(fund !== undefined ? { fund } : {}) } } : {}),
    ...(values.phase ? { phase: values.phase as 'mid' | 'year' } : {}),
    ...(values.lang ? { lang: values.lang as Lang } : {}),
    ...(Object.keys(params).length ? { params } : {}),
  };
  const papers = { docs: values['no-docs'] ? null : (values.docs ?? defaultDocsDir(values.out)), agency: values.agency, templates: values.templates };
  return { inputs: positionals, out: values.out, json: values.json, plan: values.plan, overrides, papers };
}

/** A plan file given with --plan, read and checked: its problems are usage errors. */
async function readPlanOption(file: string | undefined, lang: Lang): Promise<Plan | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = new TextDecoder().decode(await readRegularFile(file));
  } catch (e) {
    throw new UsageError(t('cli.error.unreadable', { file, detail: systemReason(e, lang) }, lang));
  }
  const read = parsePlan(text.replace(/^\uFEFF/, ''), lang);
  if (!read.plan) throw new UsageError(`${file}: ${read.errors.join('; ')}`);
  return read.plan;
}

async function openInput(file: string, lang: Lang): Promise<{ bytes: Uint8Array; wb: XlsxWorkbook; note?: string } | { code: number; message: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(file);
  } catch (e) {
    return { code: 2, message: t('cli.error.unreadable', { file, detail: systemReason(e, lang) }, lang) };
  }
  // .xls, .ods, .csv or an HTML table: converted by LibreOffice when it is installed.
  const name = basename(file);
  let opened: XlsxWorkbook | undefined;
  let broken: PackageError | undefined;
  const opens = async (b: Uint8Array) => {
    try {
      opened = await XlsxWorkbook.open(b, { name, native: nodeInflate });
      return true;
    } catch (e) {
      // A zip that is a broken or hostile .xlsx: say what is wrong with it, naming the part.
      if (b === bytes && isPackageError(e) && e.code !== 'not-zip') broken = e;
      return false;
    }
  };
  const prepared = await prepareInput(file, bytes, lang, opens);
  if ('message' in prepared) return { code: 2, message: broken ? describePackageError(broken, lang, name) : prepared.message };
  return { bytes: prepared.bytes, wb: opened ?? (await XlsxWorkbook.open(prepared.bytes, { name, native: nodeInflate })), ...(prepared.note ? { note: prepared.note } : {}) };
}

async function review(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { inputs, out, json, plan: planFile, overrides, papers } = parseReviewArgs(args, lang);
  // The plan and agency files are read like the workbooks: no output may overwrite them either.
  const read = [...inputs, ...(planFile ? [planFile] : []), ...(papers.agency ? [papers.agency] : [])];
  const outputs: NamedPath[] = [{ option: '--out', path: out }, ...(json ? [{ option: '--json', path: json }] : []), ...(papers.docs ? [{ option: '--docs', path: papers.docs }] : [])];
  await checkPaths(read, outputs, lang);
  const plan = await readPlanOption(planFile, lang);
  if (plan) overrides.plan = plan;
  if (papers.agency) {
    try {
      overrides.agency = await readAgencyFile(papers.agency, lang);
    } catch (e) {
      io.err((e as Error).message);
      return 2;
    }
  }
  const opened = [];
  for (const file of inputs) {
    const o = await openInput(file, lang);
    if ('code' in o) {
      io.err(o.message);
      return o.code;
    }
    opened.push({ file, ...o });
  }
  const port = opened.length === 1 ? opened[0].wb : await mergeWorkbooks(opened.map((o) => ({ file: basename(o.file), wb: o.wb })));
  const sheetNames = (await port.sheets()).map((x) => x.name);
  const unknownSheet = overrides.map?.find((m) => !sheetNames.includes(m.sheet));
  if (unknownSheet) throw new UsageError(t('cli.error.mapSheet', { sheet: unknownSheet.sheet, sheets: sheetNames.join(', ') }, lang));
  const outcome = await reviewWorkbook(port, { ...overrides, today: io.today ?? clockOf(io)().toISOString().slice(0, 10) });
  const L = outcome.lang;
  io.out(t('cli.header', { files: inputs.map((f) => basename(f)).join(', ') }, L));
  for (const o of opened) if (o.note) io.out(o.note);

  const errors = outcome.issues.filter((i) => i.severity === 'error');
  const countLine = issueCountLine(outcome.issues, L);
  if (!outcome.result) {
    for (const e of errors) io.err(`✘ ${describeIssue(e, L, true)}`);
    io.err(countLine);
    io.err(t('cli.stopped', {}, L));
    if (json && !(await writeAll([{ path: json, bytes: jsonBytes(outcome) }], io, L))) return 2;
    return 1;
  }
  printSummary(outcome, io, L);
  // Errors that do not stop the review still leave a row unread, and a warning on a row or a column changes
  // a verdict: the first of each are named here (the sheet-wide warnings came above), all on the issues sheet.
  const shown = 5;
  const rowWarnings = outcome.issues.filter((i) => i.severity === 'warning' && !isSheetWide(i));
  for (const [mark, list, more] of [
    ['✘', errors, 'cli.errors.more'],
    ['⚠', rowWarnings, 'cli.warnings.more'],
  ] as const) {
    for (const e of list.slice(0, shown)) io.out(`${mark} ${describeIssue(e, L, true)}`);
    if (list.length > shown) io.out(t(more, { n: list.length - shown, sheet: SHEET_NAMES.issues }, L));
  }
  io.out(countLine);
  if (overrides.map?.length) io.out(t('cli.map.saved', { n: overrides.map.length }, L));
  if (overrides.mapValue?.length) io.out(t('cli.mapValue.saved', { n: overrides.mapValue.length }, L));

  // The copy keeps every part of the clerk's file (the package is edited, not rewritten);
  // macros only survive in an .xlsm, so with an .xlsx output the results go apart.
  const parts = opened.length === 1 ? (await opened[0].wb.lossyParts()).found : [];
  // The review holds what it read: the grids are not needed to write.
  for (const o of opened) o.wb.releaseGrids();
  // An .xlsm is a macro-enabled package: only a workbook with macros can be written as one.
  if (/\.xlsm$/i.test(out) && !parts.includes('macros')) throw new UsageError(t('cli.error.xlsmWithoutMacros', {}, L));
  const macrosLost = parts.includes('macros') && !/\.xlsm$/i.test(out);
  const notEditable = opened.length === 1 && !opened[0].wb.editable;
  if (notEditable) io.out(t('cli.notEditable', {}, L));
  const target = macrosLost || notEditable || opened.length > 1 ? await XlsxWorkbook.create() : (port as XlsxWorkbook);
  const kept = parts.filter((p) => p !== 'macros' || !macrosLost);
  if (kept.length && !macrosLost) io.out(t('cli.kept', { parts: kept.map((p) => t(`cli.lossy.${p}`, {}, L)).join(', ') }, L));
  if (macrosLost) io.out(t('cli.lossy', {}, L));
  const now = clockOf(io);
  const report = await writeOutcome(target, outcome, 'cli', undefined, () => now().toISOString());
  target.stamp(now());
  target.saveAs(/\.xlsm$/i.test(out) ? 'xlsm' : 'xlsx');
  const workbook = workbookFile(out, target, basename(inputs[0]));
  // The papers are made before anything is written, and no paper may land on a file read.
  let docs: PreparedDocuments | undefined;
  if (papers.docs) {
    try {
      const t0 = performance.now();
      docs = await prepareDocuments(outcome, resolve(papers.docs), L, papers.templates);
      io.timing?.('papers', performance.now() - t0);
    } catch (e) {
      io.err((e as Error).message);
      return 2;
    }
    await checkPaths([...read, ...docs.templates], [...outputs.filter((o) => o.option !== '--docs'), ...docs.files.map((f) => ({ option: '--docs', path: f.path }))], L);
  }
  // The JSON first, then the papers, then the workbook: all new, or all as they were.
  if (!(await writeAll([...(json ? [{ path: json, bytes: jsonBytes(outcome) }] : []), ...(docs?.files ?? []), workbook], io, L))) return 2;
  io.out(t('cli.written', { file: out, n: report.written.length, sheets: report.written.join(', ') }, L));
  if (report.removed.length) io.out(t('cli.replaced', { sheets: report.removed.join(', ') }, L));
  if (target.droppedNames.length) io.out(t('cli.namesDropped', { names: target.droppedNames.join(', ') }, L));
  docs?.report(io);
  if (json) io.out(t('cli.json', { file: json }, L));
  return 0;
}

/** "Chốt kết quả năm": the year's final titles into the history sheet of a copy of the workbook. */
async function closeYearCommand(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const { inputs, out, overrides } = parseReviewArgs(args, lang);
  if (inputs.length !== 1) throw new UsageError(t('cli.error.oneInput', {}, lang));
  await checkPaths(inputs, [{ option: '--out', path: out }], lang);
  const o = await openInput(inputs[0], lang);
  if ('code' in o) {
    io.err(o.message);
    return o.code;
  }
  if ((await o.wb.lossyParts()).found.includes('macros') && !/\.xlsm$/i.test(out)) {
    io.err(t('cli.close.lossy', {}, lang));
    return 1;
  }
  if (!o.wb.editable) {
    io.err(t('cli.close.notEditable', {}, lang));
    return 1;
  }
  const closed = await closeYear(o.wb, { ...overrides, today: io.today ?? clockOf(io)().toISOString().slice(0, 10) });
  const L = closed.outcome.lang;
  if (!closed.ok) {
    io.err(t(`cli.close.${closed.reason}`, { sheet: HISTORY_SHEET }, L));
    return 1;
  }
  for (const a of closed.ambiguous) io.out(t('cli.close.ambiguous', { name: a.name, unit: a.unit, rows: a.candidates.join('; ') }, L));
  o.wb.stamp(clockOf(io)());
  o.wb.saveAs(/\.xlsm$/i.test(out) ? 'xlsm' : 'xlsx');
  if (!(await writeAll([workbookFile(out, o.wb, basename(inputs[0]))], io, L))) return 2;
  io.out(t('cli.close.done', { year: closed.outcome.result!.year, n: closed.added, sheet: HISTORY_SHEET, file: out, ambiguous: closed.ambiguous.length }, L));
  return 0;
}

function printSummary(outcome: Awaited<ReturnType<typeof reviewWorkbook>>, io: CliIO, L: Lang): void {
  const result = outcome.result!;
  const preset = PRESETS.find((p) => p.id === result.ruleSetId)!;
  io.out(t('cli.rules', { preset: preset.id, label: t(preset.label, {}, L), year: String(result.year), date: shortDate(result.reviewDate), phase: t(`phase.${result.phase}`, {}, L) }, L));
  // A list kept over several sheets names them all ('trang "Văn phòng", "Thanh tra", …').
  const staffSheets = outcome.parsed.recognitions.filter((r) => r.role === 'staff').map((r) => r.sheet);
  const unitsRec = outcome.parsed.recognitions.find((r) => r.role === 'units');
  io.out(
    t(
      'cli.read',
      {
        people: result.persons.filter((p) => !p.person.excluded).length,
        staff: staffSheets.join('", "'),
        units: result.units.length,
        unitSheet: unitsRec ? t('cli.read.unitSheet', { sheet: unitsRec.sheet }, L) : '',
      },
      L,
    ),
  );
  const excluded = result.persons.filter((p) => p.person.excluded).length;
  if (excluded) io.out(t('cli.read.excluded', { n: excluded }, L));
  // What the reader could not find or had to choose comes first: the numbers below depend on it.
  for (const i of outcome.issues) if (i.severity === 'warning' && isSheetWide(i)) io.out(`⚠ ${describeIssue(i, L, true)}`);
  for (const w of result.warnings) {
    io.out(`⚠ ${warningText(w, L)}`);
  }
  io.out(t(result.phase === 'mid' ? 'cli.titles.mid' : 'cli.titles', {}, L));
  const ruleSet = findPreset(result.ruleSetId)!;
  for (const rule of ruleSet.titles) {
    const vs = rule.scope === 'person' ? result.persons.map((p) => p.verdicts[rule.id as PersonTitleId]) : result.units.map((u) => u.verdicts[rule.id as UnitTitleId]);
    if (!vs.some(Boolean)) continue;
    const n = vs.filter((v) => v?.status === 'awarded').length;
    const over = vs.filter((v) => v?.status === 'over-cap').length;
    const label = titleName(rule, 'short', L);
    io.out(t('cli.title.line', { title: label, n }, L) + (over ? t('cli.title.overCap', { n: over }, L) : ''));
  }
  if (result.targets.length) io.out(t('cli.targets', {}, L));
  for (const tr of result.targets) {
    const line = targetLine(tr, L);
    io.out(t('cli.target.line', { mark: tr.met ? '✔' : '✘', label: t(tr.label, {}, L), required: line.required, actual: line.actual, gap: line.gap ? ` — ${line.gap}` : '' }, L));
  }
}

/** "0 lỗi" only when the review saw everything: with warnings standing, the line says so instead. */
function issueCountLine(issues: { severity: string }[], L: Lang): string {
  const n = (s: string) => issues.filter((i) => i.severity === s).length;
  const counts = { errors: n('error'), warnings: n('warning'), infos: n('info') };
  return t(counts.errors === 0 && counts.warnings > 0 ? 'cli.issues.warnings' : 'cli.issues', counts, L);
}

async function sample(args: string[], io: CliIO, lang: Lang): Promise<number> {
  const file = args.find((a) => !a.startsWith('--'));
  if (!file) throw new UsageError(t('cli.error.noOut', {}, lang));
  // The sample's agency, council and plan are the sample workbook's own settings (its hidden
  // settings sheet, scripts/sample-settings.ts), as a clerk's would be after loading an agency
  // file and a plan: no other workbook borrows them.
  const bytes = await readFile(resolve(io.assetsDir, 'mau-so-khcn-bac-giang-2014.xlsx'));
  if (!(await writeAll([{ path: file, bytes }], io, lang))) return 2;
  io.out(t('cli.sample.written', { file }, lang));
  return 0;
}

/** A parameter's value in words: "off" for a limit switched off. */
const valueWord = (v: ParamDef['default']) => (v === null ? 'off' : String(v));

/** What a regime changes over the one it extends: defaults and citations, compared by parameter id. */
function differences(rs: RuleSet, lang: Lang): string[] {
  const base = rs.extends ? findPreset(rs.extends) : undefined;
  if (!base) return [];
  const before = new Map([...generalParams(base), ...base.titles.flatMap(titleParams)].map((d) => [d.id, d]));
  const out: string[] = [];
  for (const d of [...generalParams(rs), ...rs.titles.flatMap(titleParams)]) {
    const b = before.get(d.id);
    if (!b) out.push(t('cli.presets.added', { id: d.id, value: valueWord(d.default) }, lang));
    else if (b.default !== d.default) out.push(t('cli.presets.changed', { id: d.id, from: valueWord(b.default), to: valueWord(d.default), citation: d.citation }, lang));
  }
  return out;
}

/** The usage, its rule sets listed from the rule sets themselves (a new regime appears without editing the text). */
function usage(lang: Lang): string {
  const presetLines = PRESETS.map(
    (p) =>
      t('cli.presets.usageLine', { id: p.id, label: t(p.label, {}, lang), from: shortDate(p.inForce.from), to: p.inForce.to ? t('cli.presets.to', { to: shortDate(p.inForce.to) }, lang) : '' }, lang) +
      (p.confirmed ? '' : ` [${t('preset.unconfirmed', {}, lang)}]`),
  ).join('\n');
  return t('cli.usage', { presets: PRESETS.map((p) => p.id).join('|'), presetLines }, lang);
}

function presets(io: CliIO, lang: Lang): number {
  for (const p of PRESETS) {
    const to = p.inForce.to ? t('cli.presets.to', { to: shortDate(p.inForce.to) }, lang) : '';
    const mark = p.confirmed ? '' : ` [${t('preset.unconfirmed', {}, lang)}]`;
    io.out(`${p.id} — ${t(p.label, {}, lang)}${mark}`);
    io.out(`  ${t('cli.presets.inForce', { from: shortDate(p.inForce.from), to }, lang)}${p.extends ? t('cli.presets.extends', { base: p.extends }, lang) : ''}`);
    io.out(`  ${t('cli.presets.basis', {}, lang)}`);
    for (const b of p.basis) {
      // Each text with its own interval in force; one whose date was not confirmed is printed without it.
      const when = ` (${[t('cli.presets.from', { from: shortDate(b.inForce.from) }, lang), b.inForce.to && t('cli.presets.to', { to: shortDate(b.inForce.to) }, lang).trim()].filter(Boolean).join(' ')})`;
      io.out(`    ${t('doc.proposal.basis', { text: b.printed }, lang)}${when}${b.confirmed ? '' : ` [${t('cli.presets.dateUnconfirmed', {}, lang)}]`}`);
    }
    for (const a of p.amendments ?? []) {
      io.out(`  ${t('cli.presets.amendment', { from: shortDate(a.from), by: a.by }, lang)}`);
      for (const [key, citation] of Object.entries(a.citations ?? {})) io.out(`    ${key}: ${citation}`);
      for (const [id, value] of Object.entries(a.defaults ?? {})) io.out(`    ${id} = ${valueWord(value)}`);
    }
    const diff = differences(p, lang);
    if (diff.length) {
      io.out(`  ${t('cli.presets.differences', { base: p.extends ?? '' }, lang)}`);
      for (const line of diff) io.out(`    ${line}`);
    }
    io.out(`  ${t('preset.general', {}, lang)}`);
    for (const d of generalParams(p)) io.out(t('cli.presets.param', { id: d.id, value: valueWord(d.default), citation: d.citation }, lang));
    for (const title of p.titles) {
      io.out(`  ${titleName(title, 'full', lang)}${hasOtherScope(p, title) ? ` (${t(title.scope === 'unit' ? 'word.unit' : 'word.person', {}, lang)})` : ''}`);
      for (const d of titleParams(title)) {
        io.out(t('cli.presets.param', { id: d.id, value: valueWord(d.default), citation: d.citation }, lang));
      }
    }
  }
  return 0;
}
