import type { DataIssue } from '../domain/types';
import type { ReviewResult } from '../domain/verdict';
import type { Lang } from '../i18n/catalogue';
import { evaluate } from '../rules/evaluate';
import { diffOverPreset, resolveParams } from '../rules/params';
import { findPreset, presetForDate } from '../rules/presets';
import { attainment, planConflicts, targetConfigs } from '../rules/targets';
import type { SheetGrid } from '../sheets/grid';
import { layoutResults } from '../sheets/layout';
import { readWorkbook } from '../sheets/read-workbook';
import { SETTINGS_SHEET } from '../workbook/port';
import type { ReviewOutcome, ReviewOverrides } from './run';
import type { StoredSettings } from './settings';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The year a workbook speaks of when nobody said: the latest "năm 2014" in the first rows
 * of its sheets (titles such as "DANH SÁCH … NĂM 2014" or "Kết quả năm 2014").
 */
export function yearFromGrids(grids: SheetGrid[]): number | undefined {
  let best: number | undefined;
  for (const g of grids) {
    for (const row of g.values.slice(0, 12)) {
      for (const v of row) {
        if (typeof v !== 'string') continue;
        const m = /n[aă]m\s+((?:19|20)\d\d)/i.exec(v.normalize('NFC'));
        if (m) best = Math.max(best ?? 0, Number(m[1]));
      }
    }
  }
  return best;
}

/** The review pipeline: grids and settings in, verdicts, targets and sheets out. Pure. */
export function runReview(grids: SheetGrid[], stored: StoredSettings, overrides: ReviewOverrides & { today?: string } = {}): ReviewOutcome {
  const lang: Lang = overrides.lang ?? stored.lang ?? 'vi';
  const owned = new Set(stored.ownedSheets);
  const inputs = grids.filter((g) => g.name !== SETTINGS_SHEET && !owned.has(g.name));
  const issues: DataIssue[] = [];

  const inferredYear = yearFromGrids(inputs);
  let reviewDate = overrides.reviewDate ?? stored.reviewDate;
  if (reviewDate !== undefined && !ISO_DATE.test(reviewDate)) {
    issues.push({ severity: 'warning', code: 'bad-review-date', value: reviewDate });
    reviewDate = undefined;
  }
  // Year-end reviews are held late in December (the 2014 plan): the 20th when only the year is known.
  reviewDate ??= inferredYear ? `${inferredYear}-12-20` : overrides.today ?? new Date().toISOString().slice(0, 10);
  const year = Number(reviewDate.slice(0, 4));
  const phase = overrides.phase ?? stored.phase ?? 'year';

  const presetId = overrides.preset ?? stored.preset;
  const ruleSet = (presetId && findPreset(presetId)) || presetForDate(reviewDate);
  if (presetId && !findPreset(presetId)) issues.push({ severity: 'warning', code: 'unknown-preset', value: presetId, args: { used: ruleSet.id } });

  const parsed = readWorkbook(inputs, { year, mapping: stored.mapping });
  issues.push(...parsed.issues);

  const overrideSource = overrides.source ?? 'command-line';
  const { values, uses, rejected } = resolveParams(ruleSet, [
    // Parameters saved for another rule set do not carry over.
    { source: 'workbook', values: !stored.preset || stored.preset === ruleSet.id ? stored.params : undefined },
    { source: overrideSource, values: overrides.params },
  ]);
  const settingsTargets = overrides.targets ?? stored.targets;
  const settings: StoredSettings = {
    ...stored,
    version: 1,
    preset: ruleSet.id,
    params: diffOverPreset(ruleSet, values),
    reviewDate,
    phase,
    lang,
    ...(settingsTargets ? { targets: settingsTargets } : {}),
  };

  if (parsed.fatal) return { parsed, issues, sheets: [], settings, lang };

  const { persons, units } = evaluate({ ruleSet, params: values, persons: parsed.persons, units: parsed.units, year, periodEnd: `${year}-12-31` });
  const configs = targetConfigs(settingsTargets);
  const warnings = [
    ...planConflicts(configs, ruleSet, values, units.length),
    ...rejected.map((r) => ({ code: 'param-rejected', args: r })),
    ...(phase === 'mid' ? [{ code: 'mid-year', args: {} }] : []),
  ];
  const result: ReviewResult = {
    ruleSetId: ruleSet.id,
    reviewDate,
    year,
    phase,
    params: uses,
    persons,
    units,
    targets: attainment(configs, persons, units),
    warnings,
  };
  const sheets = layoutResults({
    result,
    ruleSet,
    issues,
    recognitions: parsed.recognitions,
    unitOrder: parsed.units.map((u: { name: string }) => u.name),
    lang,
  });
  return { parsed, result, issues, sheets, settings, lang };
}
