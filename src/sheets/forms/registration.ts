/**
 * Registration at the start of the year (đăng ký thi đua): the sheet the clerk hands out
 * (one row per person and per unit, an "x" under each title registered for, prefilled
 * from last year's results), its reader, registered against achieved, and the rule that
 * an unregistered person is not proposed (a parameter; by default they are, with a note).
 */
import type { DataIssue, PersonTitleId, TitleId, UnitTitleId } from '../../domain/types';
import type { PersonResult, ReviewResult, UnitResult, Verdict } from '../../domain/verdict';
import { t, type Lang } from '../../i18n/catalogue';
import type { ParamDef, ParamValues, RuleSet } from '../../rules/types';
import { sortByGroupThenName } from '../../rules/name-order';
import { indexCell } from '../text-memo';
import { cellAddress, type CellSpec, type CellValue, type SheetGrid, type SheetSpec } from '../grid';
import { fold } from '../reader/fold';
import { asText, parseTitle, parseYesNo } from '../reader/values';
import { DOC_SHEET_NAMES } from './nomination';
import { unitRank } from '../../dossier/lists';
import { ruleOf, titleName } from '../../rules/titles';
import { getPreset } from '../../rules/presets';
import { cell, DocBuilder, fitWidths, officialHeader, officialPrint, signatureBlock } from './official-form';
import { agencyOf, roman, type DocumentInput } from '../../dossier/letterhead';
import { findColumns, personKey } from './tally';
import { shortfallReport, type Road } from '../../rules/shortfall';
import { roadText } from '../shortfall';

export { personKey };
/** Units are keyed apart from people: "unit|<folded name>". */
export const unitKey = (name: string): string => `unit|${fold(name)}`;

/** One parameter per title: "<title>.registration.required", boolean, default false (may be proposed, with a note). */
export function registrationParams(ruleSet: RuleSet): ParamDef[] {
  return ruleSet.titles.map((r) => r.registration);
}

/** The titles for which registration is required, from resolved parameter values. */
export function requiredTitles(ruleSet: RuleSet, values: ParamValues): { persons: PersonTitleId[]; units: UnitTitleId[] } {
  const persons: PersonTitleId[] = [];
  const units: UnitTitleId[] = [];
  for (const r of ruleSet.titles) {
    if (values[r.registration.id] !== true) continue;
    if (r.scope === 'person') persons.push(r.id as PersonTitleId);
    else units.push(r.id as UnitTitleId);
  }
  return { persons, units };
}

const enabledTitles = (input: DocumentInput, scope: 'person' | 'unit'): TitleId[] => {
  const value = new Map(input.result.params.map((p) => [p.id, p.value]));
  return input.ruleSet.titles.filter((r) => r.scope === scope && value.get(r.enabled.id) !== false).map((r) => r.id);
};

/** A title's short name; the rule set is the result's own when the caller has none at hand. */
const headerOf = (ruleSet: RuleSet | string, id: TitleId, scope: 'person' | 'unit', lang: Lang): string => {
  const rule = ruleOf(typeof ruleSet === 'string' ? getPreset(ruleSet) : ruleSet, id, scope);
  return rule ? titleName(rule, 'short', lang) : id;
};

/**
 * The registration sheet for `year` (default: the year after the review), prefilled with
 * an "x" for each title the person or unit received in the review given, and for each
 * multi-year title one more year would complete (rules/shortfall.ts), the road in the note.
 */
export function registrationSheet(input: DocumentInput, year = input.result.year + 1, order = 60): SheetSpec {
  const { result, lang } = input;
  const pTitles = enabledTitles(input, 'person');
  const uTitles = enabledTitles(input, 'unit');
  const nt = Math.max(pTitles.length, uTitles.length);
  const widths = [6, 22, 26, ...Array.from({ length: nt }, () => 9), 14];
  const b = new DocBuilder(widths.length);
  const agency = agencyOf(input.agency);
  officialHeader(b, agency, lang, 3);
  b.line(t('doc.reg.title', { year }, lang), 'docTitle');
  b.line(t('doc.reg.howTo', { last: result.year }, lang), 'docSubtitle');
  b.blank();
  b.line(t('doc.reg.persons', {}, lang), 'signerTitle');
  const pad = (cells: CellSpec[], n: number, s: CellSpec['s']) => [...cells, ...Array.from({ length: n }, () => cell('', s))];
  const header = b.push(
    pad(
      [
        cell(t('col.index', {}, lang), 'header'),
        cell(t('col.name', {}, lang), 'header'),
        cell(t('col.unit', {}, lang), 'header'),
        ...pTitles.map((id) => cell(headerOf(input.ruleSet, id, 'person', lang), 'header')),
      ],
      nt - pTitles.length,
      'header',
    ).concat(cell(t('col.note', {}, lang), 'header')),
  );
  const rank = unitRank(input.unitOrder);
  // People by unit, in list order inside each unit.
  const byUnit = new Map<string, PersonResult[]>();
  for (const p of result.persons) {
    if (p.person.excluded) continue;
    const u = p.person.unit ?? '';
    const group = byUnit.get(u);
    if (group) group.push(p);
    else byUnit.set(u, [p]);
  }
  const units = [...byUnit.keys()].sort(rank);
  const marked = cell('x', 'cellCenter');
  const unmarked = cell('', 'cellCenter');
  const noNote = cell('', 'cell');
  // The titles one year away: "CSTĐ tỉnh: 2/3 năm CSTĐCS liên tục; cần sáng kiến cấp tỉnh".
  const nextYear = new Map<string, Road[]>();
  for (const r of shortfallReport(input.ruleSet, result).roads) if (r.yearsToGo === 1) nextYear.set(r.personId, (nextYear.get(r.personId) ?? []).concat(r));
  let n = 0;
  units.forEach((u, gi) => {
    b.span([{ from: 0, to: b.cols - 1, v: `${roman(gi + 1)}. ${u || '…'}`, s: 'groupRow' }]);
    const unitCell = cell(u, 'cell');
    for (const pr of sortByGroupThenName(
      byUnit.get(u)!,
      () => 0,
      (p) => p.person.name,
      input.names,
    )) {
      const row = [indexCell(++n, 'cellCenter'), cell(pr.person.name, 'cell'), unitCell];
      const roads = nextYear.get(pr.person.id) ?? [];
      for (const id of pTitles) row.push(pr.verdicts[id as PersonTitleId]?.status === 'awarded' || roads.some((r) => r.title === id) ? marked : unmarked);
      for (let k = pTitles.length; k < nt; k++) row.push(unmarked);
      row.push(roads.length ? cell(roads.map((r) => roadText(r, input.ruleSet, lang)).join('; '), 'cell') : noNote);
      b.push(row);
    }
  });
  b.blank();
  b.line(t('doc.reg.units', {}, lang), 'signerTitle');
  b.push(
    pad(
      [
        cell(t('col.index', {}, lang), 'header'),
        cell(t('doc.col.unitName', {}, lang), 'header'),
        cell(t('doc.col.members', {}, lang), 'header'),
        ...uTitles.map((id) => cell(headerOf(input.ruleSet, id, 'unit', lang), 'header')),
      ],
      nt - uTitles.length,
      'header',
    ).concat(cell(t('col.note', {}, lang), 'header')),
  );
  [...result.units]
    .sort((a, c) => rank(a.unit.name, c.unit.name))
    .forEach((ur, i) => {
      const marks = uTitles.map((id) => cell(ur.verdicts[id as UnitTitleId]?.status === 'awarded' ? 'x' : '', 'cellCenter'));
      b.push(pad([cell(i + 1, 'cellCenter'), cell(ur.unit.name, 'cell'), cell(ur.members, 'number'), ...marks], nt - uTitles.length, 'cellCenter').concat(cell('', 'cell')));
    });
  const fitted = fitWidths(b, header, widths);
  b.blank();
  signatureBlock(b, agency, String(year), lang, 3);
  return { name: DOC_SHEET_NAMES.registration(year), rows: b.rows, widths: fitted, merges: b.merges, freeze: { rows: header }, print: officialPrint('landscape', header), order };
}

const isMark = (v: CellValue): boolean | undefined => {
  if (v === null || v === '' || v === false || v === 0) return false;
  if (v === true || v === 1) return true;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (!s) return false;
    if (['x', 'v', '✓', '✔', '☑', '☒', 'có', 'co'].includes(s)) return true;
    const yn = parseYesNo(v);
    if (yn !== undefined) return yn;
  }
  return undefined;
};

/**
 * The registration sheet back: titles per person (`${folded name}|${folded unit}`) and per
 * unit (`unit|${folded name}`). Reads every section whose header has "Họ và tên" (people)
 * or "Tên tập thể" (units) and title columns the reader recognises.
 */
export function readRegistration(grid: SheetGrid): { registered: Map<string, TitleId[]>; issues: DataIssue[] } {
  const registered = new Map<string, TitleId[]>();
  const issues: DataIssue[] = [];
  let section: { scope: 'person' | 'unit'; name: number; unit?: number; titles: [number, TitleId][] } | null = null;
  let sections = 0;
  grid.values.forEach((row, r) => {
    const header = findColumns<'name' | 'unitName' | 'unit'>(
      [row],
      [
        ['name', /^(ho va ten|ho ten)$/],
        ['unitName', /^ten (tap the|don vi|phong)/],
        ['unit', /^don vi$/],
      ],
      [],
      1,
    );
    const cols = header?.cols;
    if (cols && (cols.has('name') || cols.has('unitName'))) {
      const titles: [number, TitleId][] = [];
      row.forEach((v, c) => {
        if (typeof v !== 'string' || c === cols.get('name') || c === cols.get('unitName')) return;
        const id = /^(stt|ghi chu|don vi|so nguoi)/.test(fold(v)) ? undefined : parseTitle(v);
        if (id) titles.push([c, id]);
      });
      section = cols.has('name') ? { scope: 'person', name: cols.get('name')!, unit: cols.get('unit'), titles } : { scope: 'unit', name: cols.get('unitName')!, titles };
      sections++;
      return;
    }
    if (!section) return;
    const name = asText(row[section.name] ?? null).trim();
    if (!name) return;
    const ids: TitleId[] = [];
    for (const [c, id] of section.titles) {
      const m = isMark(row[c] ?? null);
      if (m === undefined) issues.push({ severity: 'warning', code: 'registration-unknown-mark', sheet: grid.name, cell: cellAddress(grid.top + r, grid.left + c), value: asText(row[c] ?? null) });
      else if (m) ids.push(id);
    }
    const key = section.scope === 'person' ? personKey(name, section.unit !== undefined ? asText(row[section.unit] ?? null) : '') : unitKey(name);
    registered.set(key, [...new Set([...(registered.get(key) ?? []), ...ids])]);
  });
  if (!sections) issues.push({ severity: 'warning', code: 'registration-no-header', sheet: grid.name });
  return { registered, issues };
}

const keyOfPerson = (pr: PersonResult) => personKey(pr.person.name, pr.person.unit);

/**
 * Registered against achieved: extra cells for the per-person and per-unit result rows
 * (header + one row of cells per id) and a block of rows for the attainment sheet.
 */
export function registrationColumns(
  result: ReviewResult,
  registered: Map<string, TitleId[]>,
  lang: Lang,
): { header: CellSpec[]; persons: Map<string, CellSpec[]>; units: Map<string, CellSpec[]>; attainment: CellSpec[][] } {
  const header = [cell(t('doc.reg.col.registered', {}, lang), 'header'), cell(t('col.note', {}, lang), 'header')];
  const persons = new Map<string, CellSpec[]>();
  const units = new Map<string, CellSpec[]>();
  const stats = new Map<string, { scope: 'person' | 'unit'; id: TitleId; reg: number; got: number; both: number }>();
  const stat = (scope: 'person' | 'unit', id: TitleId) => {
    const k = `${scope}:${id}`;
    if (!stats.has(k)) stats.set(k, { scope, id, reg: 0, got: 0, both: 0 });
    return stats.get(k)!;
  };
  const row = (scope: 'person' | 'unit', regs: TitleId[], verdicts: Partial<Record<TitleId, Verdict>>): CellSpec[] => {
    const missing: string[] = [];
    for (const id of regs) stat(scope, id).reg++;
    for (const [id, v] of Object.entries(verdicts) as [TitleId, Verdict | undefined][]) {
      if (v?.status !== 'awarded') continue;
      const s = stat(scope, id);
      s.got++;
      if (regs.includes(id)) s.both++;
      else missing.push(t('doc.reg.notRegistered', { title: headerOf(result.ruleSetId, id, scope, lang) }, lang));
    }
    return [cell(regs.map((id) => headerOf(result.ruleSetId, id, scope, lang)).join(', '), 'cell'), cell(missing.join('; '), missing.length ? 'warn' : 'cell')];
  };
  for (const pr of result.persons) persons.set(pr.person.id, row('person', registered.get(keyOfPerson(pr)) ?? [], pr.verdicts));
  for (const ur of result.units) units.set(ur.unit.id, row('unit', registered.get(unitKey(ur.unit.name)) ?? [], ur.verdicts));
  const attainment: CellSpec[][] = [
    [cell(t('doc.reg.block.title', {}, lang), 'title')],
    ['col.title', 'doc.reg.block.registered', 'doc.reg.block.achieved', 'doc.reg.block.both', 'doc.reg.block.unregistered'].map((k) => cell(t(k, {}, lang), 'header')),
    ...[...stats.values()].map((s) => [
      cell(headerOf(result.ruleSetId, s.id, s.scope, lang), 'cell'),
      cell(s.reg, 'number'),
      cell(s.got, 'number'),
      cell(s.both, 'number'),
      cell(s.got - s.both, 'number'),
    ]),
  ];
  return { header, persons, units, attainment };
}

/**
 * A note on each person and unit proposed for a title they did not register for. Where
 * the rule set requires registration, the evaluator has already left them out (criterion
 * `registration`, src/rules/evaluate.ts); this only says so where it is not required.
 * Returns a new result; the input is unchanged.
 */
export function registrationNotes(result: ReviewResult, registered: Map<string, TitleId[]>, lang: Lang = 'vi'): ReviewResult {
  const notesOf = (verdicts: Partial<Record<TitleId, Verdict>>, regs: TitleId[], scope: 'person' | 'unit'): string[] =>
    (Object.entries(verdicts) as [TitleId, Verdict | undefined][])
      .filter(([id, v]) => v?.status === 'awarded' && !regs.includes(id))
      .map(([id]) => t('doc.reg.notRegistered', { title: headerOf(result.ruleSetId, id, scope, lang) }, lang));
  const withNote = (note: string | undefined, notes: string[]) => (notes.length ? [note, ...notes].filter(Boolean).join('; ') : note);
  const persons: PersonResult[] = result.persons.map((pr) => {
    const note = withNote(pr.person.note, notesOf(pr.verdicts, registered.get(keyOfPerson(pr)) ?? [], 'person'));
    return note === pr.person.note ? pr : { ...pr, person: { ...pr.person, note } };
  });
  const units: UnitResult[] = result.units.map((ur) => {
    const note = withNote(ur.unit.note, notesOf(ur.verdicts, registered.get(unitKey(ur.unit.name)) ?? [], 'unit'));
    return note === ur.unit.note ? ur : { ...ur, unit: { ...ur.unit, note } };
  });
  return { ...result, persons, units };
}
