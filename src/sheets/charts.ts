/**
 * "Biểu đồ": the pictures the council looks at, as native charts drawn from small tables on
 * the same sheet (so every bar has its number beside it): the plan's targets against the
 * results, the titles by unit, and the titles over the years when the history holds several.
 * Each table says where its numbers come from. Pure: a SheetSpec with ChartSpecs; the .xlsx
 * writer and the Office adapter draw them.
 */
import type { PersonTitleId, TitleId } from '../domain/types';
import type { ReviewResult } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import type { RuleSet } from '../rules/types';
import { titleName } from '../rules/titles';
import { percent, shortDate } from '../text/format';
import { cellAddress, type CellSpec, type ChartSpec, type SheetSpec, type StyleId } from './grid';

const c = (v: CellSpec['v'], s?: StyleId): CellSpec => (s ? { v, s } : { v });
/** Columns: the category, then up to five series. */
const WIDTHS = [44, 12, 12, 12, 12, 12];
const LAST = 'F';

interface Table {
  heading: string;
  source: string;
  header: string[];
  rows: (string | number)[][];
  kind: ChartSpec['kind'];
  /** Rows the chart takes below its table. */
  height: number;
}

/** Plan against results, in people or units (a share target as the people it asks for). */
function targetsTable(result: ReviewResult, lang: Lang): Table | null {
  const rows = result.targets
    .filter((tr) => tr.measure !== 'recorded')
    .map((tr) => {
      const unit = t(tr.counts?.scope === 'unit' ? 'word.units' : 'word.people', {}, lang);
      const plan = tr.measure === 'share' ? Math.ceil(Math.round(tr.required * tr.base * 1e9) / 1e9) : tr.required;
      const label = tr.measure === 'share' ? `${t(tr.label, {}, lang)} (${percent(tr.required, 1, lang)}, ${unit})` : `${t(tr.label, {}, lang)} (${unit})`;
      return [label, plan, tr.count];
    });
  if (!rows.length) return null;
  return {
    heading: t('chart.targets.heading', {}, lang),
    source: t('chart.targets.source', {}, lang),
    header: [t('col.target', {}, lang), t('chart.plan', {}, lang), t('chart.achieved', {}, lang)],
    rows,
    kind: 'bar',
    height: Math.max(16, 6 + rows.length * 2),
  };
}

/** People given each person title, per unit (titles nobody got left out). */
function unitsTable(result: ReviewResult, ruleSet: RuleSet, unitOrder: string[], lang: Lang): Table | null {
  const rules = ruleSet.titles.filter((r) => r.scope === 'person' && result.persons.some((p) => p.verdicts[r.id as PersonTitleId]?.status === 'awarded')).slice(0, WIDTHS.length - 1);
  const units = unitOrder.length ? unitOrder : result.units.map((u) => u.unit.name);
  if (!rules.length || !units.length) return null;
  const byUnit = new Map<string, typeof result.persons>();
  for (const p of result.persons) {
    if (p.person.unit === undefined) continue;
    const list = byUnit.get(p.person.unit);
    if (list) list.push(p);
    else byUnit.set(p.person.unit, [p]);
  }
  const rows = units.map((u) => [u, ...rules.map((r) => (byUnit.get(u) ?? []).filter((p) => p.verdicts[r.id as PersonTitleId]?.status === 'awarded').length)]);
  return {
    heading: t('chart.units.heading', {}, lang),
    source: t('chart.units.source', {}, lang),
    header: [t('col.unit', {}, lang), ...rules.map((r) => titleName(r, 'short', lang))],
    rows,
    kind: 'bar',
    height: Math.max(18, 6 + units.length * 2),
  };
}

/** People with each title, year by year: the history's years and this year's results. */
function yearsTable(result: ReviewResult, ruleSet: RuleSet, lang: Lang): Table | null {
  const personTitles = new Set(ruleSet.titles.filter((r) => r.scope === 'person').map((r) => r.id as TitleId));
  const years = new Set<number>();
  const titles = new Set<TitleId>();
  for (const p of result.persons) {
    for (const [y, rec] of Object.entries(p.person.history)) {
      const inSet = rec.titles.filter((x) => personTitles.has(x));
      if (inSet.length && Number(y) < result.year) years.add(Number(y));
      for (const x of inSet) titles.add(x);
    }
  }
  // The base title (LĐTT) is written into a past year with every grassroots one (a CSTĐCS was an
  // LĐTT): drawn only when the history records it of someone else, not as a copy of the CSTĐCS.
  const { base, grassroots } = ruleSet.roles;
  const recorded = result.persons.some((p) => Object.values(p.person.history).some((rec) => rec.titles.includes(base) && !rec.titles.includes(grassroots)));
  if (!recorded) titles.delete(base);
  // Several years: at least two past years beside this one.
  if (years.size < 2 || !titles.size) return null;
  const order = ruleSet.titles.filter((r) => r.scope === 'person' && titles.has(r.id)).slice(0, WIDTHS.length - 1);
  const counted = result.persons.filter((p) => !p.person.excluded);
  const rows = [...years, result.year]
    .sort((a, b) => a - b)
    .map((y) => [
      String(y),
      ...order.map((r) =>
        y === result.year ? counted.filter((p) => p.verdicts[r.id as PersonTitleId]?.status === 'awarded').length : counted.filter((p) => p.person.history[y]?.titles.includes(r.id)).length,
      ),
    ]);
  return {
    heading: t('chart.years.heading', {}, lang),
    source: t('chart.years.source', { year: result.year }, lang),
    header: [t('chart.year', {}, lang), ...order.map((r) => titleName(r, 'short', lang))],
    rows,
    kind: 'column',
    height: 18,
  };
}

export const CHART_SHEET = (lang: Lang) => t('chart.sheet', {}, lang);

/** The "Biểu đồ" sheet, or null when there is nothing to draw. */
export function chartSheet(result: ReviewResult, ruleSet: RuleSet, unitOrder: string[], lang: Lang): SheetSpec | null {
  const tables = [targetsTable(result, lang), unitsTable(result, ruleSet, unitOrder, lang), yearsTable(result, ruleSet, lang)].filter((x): x is Table => x !== null);
  if (!tables.length) return null;
  const rows: CellSpec[][] = [];
  const merges: string[] = [];
  const charts: ChartSpec[] = [];
  const breaks: number[] = [];
  const wide = (text: string, style: StyleId) => {
    rows.push([c(text, style)]);
    merges.push(`A${rows.length}:${LAST}${rows.length}`);
  };
  wide(t(result.phase === 'mid' ? 'chart.title.mid' : 'chart.title', { year: result.year }, lang), 'title');
  wide(t('sheet.subtitle', { preset: t(`preset.${result.ruleSetId}`, {}, lang), date: shortDate(result.reviewDate) }, lang), 'subtitle');
  tables.forEach((tb, k) => {
    // Each chart with its table on a page of its own.
    if (k > 0) breaks.push(rows.length + 1);
    rows.push([]);
    wide(`${k + 1}. ${tb.heading}`, 'groupRow');
    const headerRow = rows.length;
    rows.push(tb.header.map((h) => c(h, 'header')));
    for (const r of tb.rows) rows.push(r.map((v, i) => c(v, i === 0 ? 'cell' : 'number')));
    const data = `A${headerRow + 1}:${cellAddress(rows.length - 1, tb.header.length - 1)}`;
    wide(tb.source, 'note');
    rows.push([]);
    const top = rows.length + 1;
    for (let i = 0; i < tb.height; i++) rows.push([]);
    charts.push({ kind: tb.kind, title: tb.heading, data, anchor: `A${top}:${LAST}${rows.length}` });
  });
  return {
    name: CHART_SHEET(lang),
    rows,
    widths: WIDTHS,
    merges,
    charts,
    // The sheet's title on every page: each page is one chart and its table.
    print: { orientation: 'portrait', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [1, 1], fitToWidth: true, pageNumbers: true, rowBreaks: breaks },
    order: 4,
  };
}
