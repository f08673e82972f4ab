/**
 * @jest-environment jsdom
 */
/**
 * Every word of the Vietnamese pane comes from the catalogue, on every workbook of the corpus
 * (test/fixtures/layouts): each step rendered, every sheet's mapping opened with all its
 * fields, and nothing shown may be a raw message key ("field.pastText:2012"), an English
 * sentence, a command-line option ("--plan") or a pointer to the README.
 */
import { fireEvent, render, screen, waitFor, cleanup } from '@testing-library/react';
import { App } from '../../src/taskpane/App';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { allKeys } from '../../src/i18n/catalogue';
import { LAYOUTS, L16, type Cell, type Layout } from '../fixtures/layouts/layouts';
import { SAMPLE_SETTINGS } from '../../src/dossier/agency';
import { paneHost, tab } from '../helpers/pane';

jest.setTimeout(600000);

/** A layout's sheets as the adapters give them: dates as serials, formulas as their cached results. */
function gridsOf(layout: Layout): SheetGrid[] {
  const value = (c: Cell): CellValue => {
    if (c === null || c === undefined) return null;
    if (c instanceof Date) return (c.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
    if (typeof c === 'object') return c.r === undefined ? null : (c.r as CellValue);
    return c;
  };
  return layout.sheets.map((s) => ({
    name: s.name,
    visibility: s.state ?? 'visible',
    top: 0,
    left: 0,
    merges: s.merges ?? [],
    values: s.rows.map((r) => r.map(value)),
  }));
}

/** The first part of every catalogue key ("field", "pane", "issue"…): a key shown raw starts with one. */
const PREFIXES = [...new Set(allKeys().map((k) => k.split('.')[0]))].filter((p) => p.length > 2);
const RAW_KEY = new RegExp(`\\b(${PREFIXES.join('|')})\\.[a-z][A-Za-z]+([.:][\\w-]+)*`, 'g');
/** English words no Vietnamese sentence of the pane holds. */
const ENGLISH = /\b(the|and|people|units|sheet|sheets|column|columns|with|which|needed|workbook|missing|should|cannot|Read|rows)\b/g;
const COMMAND_LINE = /--[a-z]{2,}|README|dòng lệnh/g;

/** Everything the clerk can see or hear: text, field values and placeholders, labels, tooltips. */
function shown(): string {
  const parts = [document.body.textContent ?? ''];
  for (const el of document.querySelectorAll('input, textarea')) parts.push((el as HTMLInputElement).value, (el as HTMLInputElement).placeholder);
  for (const el of document.querySelectorAll('[aria-label], [title]')) parts.push(el.getAttribute('aria-label') ?? '', el.getAttribute('title') ?? '');
  return parts.join('\n');
}

/** What the workbook itself holds (its cells and sheet names): shown as the clerk typed it, not checked. */
function workbookText(layout: Layout): Set<string> {
  const out = new Set<string>();
  for (const s of layout.sheets) {
    out.add(s.name);
    for (const r of s.rows) for (const c of r) if (typeof c === 'string') out.add(c);
  }
  return out;
}

function findings(layout: Layout): string[] {
  const text = shown();
  const own = workbookText(layout);
  const fromBook = (hit: string) => [...own].some((c) => c.includes(hit));
  const out: string[] = [];
  for (const m of text.matchAll(RAW_KEY)) if (!fromBook(m[0])) out.push(`raw key "${m[0]}"`);
  for (const m of text.matchAll(COMMAND_LINE)) out.push(`command line "${m[0]}"`);
  for (const line of text.split('\n')) for (const m of line.matchAll(ENGLISH)) if (!fromBook(m[0])) out.push(`English "${m[0]}" in "${line.slice(Math.max(0, m.index! - 40), m.index! + 40)}"`);
  return [...new Set(out)];
}

const MORE_FIELDS = /^Chọn cột cho thông tin khác \(\d+\)$/;
const headers = () => [...document.querySelectorAll('#step-panel h4 button')] as HTMLElement[];
const isOpen = (h: HTMLElement) => h.getAttribute('aria-expanded') === 'true';

/**
 * What the step shows as it opens, then with each of its sections open in turn (a sheet's
 * mapping with all its fields listed), each checked by `look`. One section at a time: the
 * pane renders every open section again on each click, so opening all of them before looking
 * cost jsdom a time growing with the square of the sections (layout 16, eleven sheets, took
 * most of this file's time), and what a section shows does not depend on another being open.
 * A click as the clerk's, without the pointer's way there (that costs jsdom a style
 * computation per ancestor and is the browser test's to check).
 */
function eachSection(look: (where: string) => void): void {
  look('as it opens');
  for (const h of headers()) if (isOpen(h)) fireEvent.click(h);
  expect(headers().filter(isOpen)).toEqual([]);
  const n = headers().length;
  for (let i = 0; i < n; i++) {
    const header = headers()[i];
    fireEvent.click(header);
    expect(isOpen(header)).toBe(true);
    for (const more of screen.queryAllByText(MORE_FIELDS)) fireEvent.click(more.closest('button')!);
    expect(screen.queryAllByText(MORE_FIELDS)).toEqual([]);
    look(`"${header.textContent}" open`);
    fireEvent.click(header);
  }
}

test.each(LAYOUTS.map((l) => [l.id, l] as const))('%s: every step in the clerk’s words', async (_id, layout) => {
  render(<App host={paneHost(new MemoryWorkbook(gridsOf(layout)))} lang="vi" />);
  await waitFor(() => expect(document.getElementById('step-data')).toBeTruthy(), { timeout: 60000 });
  const found: string[] = [];
  // Step 1, then each sheet's mapping open with all its fields listed.
  eachSection((where) => found.push(...findings(layout).map((f) => `step 1, ${where}: ${f}`)));
  fireEvent.click(tab('2. Quy định'));
  expect(tab('2. Quy định').getAttribute('aria-selected')).toBe('true');
  // Another agency's workbook: no word of the sample's agency, signer, code or council in the
  // pane, as a value or as a greyed hint (layout 16 is the sample's own workbook, cut by unit).
  const a = SAMPLE_SETTINGS.agency!;
  const sample = layout === L16 ? [] : [a.parent, a.name, a.signerName, a.place, a.code, ...(a.council ?? []).map((m) => m.name)].filter((w): w is string => !!w && w.length > 3);
  const own = workbookText(layout);
  eachSection((where) => {
    found.push(...findings(layout).map((f) => `step 2, ${where}: ${f}`));
    const text = shown();
    for (const w of sample) if (text.includes(w) && !own.has(w)) found.push(`step 2, ${where}: the sample's "${w}"`);
  });
  fireEvent.click(tab('3. Kết quả'));
  expect(tab('3. Kết quả').getAttribute('aria-selected')).toBe('true');
  found.push(...findings(layout).map((f) => `step 3: ${f}`));
  cleanup();
  expect(found).toEqual([]);
});
