/**
 * @jest-environment jsdom
 */
/**
 * Every word of the Vietnamese pane comes from the catalogue, on every workbook of the corpus
 * (test/fixtures/layouts): each step rendered, every sheet's mapping opened with all its
 * fields, and nothing shown may be a raw message key ("field.pastText:2012"), an English
 * sentence, a command-line option ("--plan") or a pointer to the README.
 */
import { render, screen, waitFor, cleanup } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import type { PaneHost } from '../../src/taskpane/useReview';
import type { CellValue, SheetGrid } from '../../src/sheets/grid';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { allKeys } from '../../src/i18n/catalogue';
import { LAYOUTS, L16, type Cell, type Layout } from '../fixtures/layouts/layouts';
import { SAMPLE_SETTINGS } from '../../src/dossier/agency';

jest.setTimeout(600000);
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
Element.prototype.scrollIntoView ??= function () {};

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

const host = (wb: MemoryWorkbook): PaneHost => ({ port: wb, by: 'preview', activate: async () => undefined, describeError: (e) => String(e) });

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

const byText = (text: string, selector = 'button'): HTMLElement => {
  const hit = screen.getAllByText(text, { exact: true }).map((e) => e.closest(selector)).find(Boolean);
  if (!hit) throw new Error(`no ${selector} "${text}"`);
  return hit as HTMLElement;
};

test.each(LAYOUTS.map((l) => [l.id, l] as const))('%s: every step in the clerk’s words', async (_id, layout) => {
  render(<App host={host(new MemoryWorkbook(gridsOf(layout)))} lang="vi" />);
  await waitFor(() => expect(document.getElementById('step-data')).toBeTruthy(), { timeout: 60000 });
  const found: string[] = [];
  // Step 1 with every sheet's mapping open and all its fields listed.
  for (const header of [...document.querySelectorAll('#step-panel h4 button')] as HTMLElement[]) {
    if (header.getAttribute('aria-expanded') !== 'true') await userEvent.click(header);
  }
  for (const more of screen.queryAllByText(/^Chọn cột cho thông tin khác \(\d+\)$/)) await userEvent.click(more.closest('button')!);
  found.push(...findings(layout).map((f) => `step 1: ${f}`));
  await userEvent.click(byText('2. Quy định', '[role=tab]'));
  for (const header of [...document.querySelectorAll('#step-panel h4 button')] as HTMLElement[]) {
    if (header.getAttribute('aria-expanded') !== 'true') await userEvent.click(header);
  }
  found.push(...findings(layout).map((f) => `step 2: ${f}`));
  // Another agency's workbook: no word of the sample's agency, signer, code or council in the
  // pane, as a value or as a greyed hint (layout 16 is the sample's own workbook, cut by unit).
  if (layout !== L16) {
    const a = SAMPLE_SETTINGS.agency!;
    const sample = [a.parent, a.name, a.signerName, a.place, a.code, ...(a.council ?? []).map((m) => m.name)].filter((w): w is string => !!w && w.length > 3);
    const text = shown();
    for (const w of sample) if (text.includes(w) && !workbookText(layout).has(w)) found.push(`step 2: the sample's "${w}"`);
  }
  await userEvent.click(byText('3. Kết quả', '[role=tab]'));
  found.push(...findings(layout).map((f) => `step 3: ${f}`));
  cleanup();
  expect(found).toEqual([]);
});
