import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { emptySettings } from '../../src/domain/settings';
import { getPreset } from '../../src/rules/presets';
import { SAMPLE_SETTINGS } from '../../src/documents/agency';
import type { DocumentInput } from '../../src/sheets/documents/official-form';
import type { CellSpec, SheetGrid, SheetSpec } from '../../src/sheets/grid';

/** The sample's settings as `binh-xet sample` stores them in its workbook: its agency, council and plan. */
export const sampleSettings = () => ({ ...emptySettings(), ...structuredClone(SAMPLE_SETTINGS) });

/** The Bắc Giang 2014 sample reviewed on 20/12/2014: 105 people, 10 units, with the sample's own settings. */
export async function sampleInput(phase: 'year' | 'mid' = 'year'): Promise<DocumentInput> {
  const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  const o = runReview(grids, sampleSettings(), { reviewDate: phase === 'mid' ? '2014-07-05' : '2014-12-20', phase });
  return { result: o.result!, ruleSet: getPreset(o.result!.ruleSetId), unitOrder: o.parsed.units.map((u) => u.name), lang: 'vi', agency: o.papers!.agency };
}

export const texts = (spec: SheetSpec): string[] => spec.rows.flatMap((r) => r.map((c: CellSpec) => (c.v === null ? '' : String(c.v))));
export const rowTexts = (spec: SheetSpec): string[][] => spec.rows.map((r) => r.map((c) => (c.v === null ? '' : String(c.v))));

/** A spec as an adapter would read it back. */
export const gridOf = (spec: SheetSpec): SheetGrid => ({
  name: spec.name,
  visibility: 'visible',
  values: spec.rows.map((r) => r.map((c) => (c.v === '' ? null : c.v))),
  top: 0,
  left: 0,
  merges: spec.merges,
});

/** The sample as it is before the council's vote: its "Tỷ lệ phiếu bầu (%)" column taken out. */
export async function beforeTheVote(): Promise<SheetGrid[]> {
  const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
  return grids.map((g) => {
    const header = g.values.findIndex((r) => r.some((v) => v === 'Tỷ lệ phiếu bầu (%)'));
    if (header < 0) return g;
    const col = g.values[header].indexOf('Tỷ lệ phiếu bầu (%)');
    return { ...g, values: g.values.map((r) => r.filter((_, c) => c !== col)) };
  });
}
