/**
 * What every jsdom test of the task pane needs, in one place: the two things jsdom lacks that
 * Fluent calls (ResizeObserver, scrollIntoView), the host the pane runs in (over a workbook
 * port, recording the cells it is asked to select), controls found by their visible text (role
 * queries are slow in jsdom), and the clerk's mouse and keyboard.
 *
 * The clerk (`clerk()`) is Testing Library's user-event without its pointer-events check: that
 * check asks jsdom for the computed style of the target and each of its ancestors on every
 * click, and jsdom walks every one of Fluent's CSS rules for each (the largest cost of the corpus
 * test, whose clicks are many; figures in docs/testing.md). jsdom has no layout, so the check sees only `pointer-events`
 * rules, not what covers a button; whether a control can really be clicked is what the browser
 * test (scripts/test-browser.mjs: Playwright's actionability checks in Chromium) holds, on every
 * step. What a disabled button does is asserted by the tests themselves (`.disabled`).
 */
import { screen } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel } from '@testing-library/user-event';
import { useMemo } from 'react';
import { RulesStep } from '../../src/taskpane/RulesStep';
import { useReview, type PaneHost, type ReviewState } from '../../src/taskpane/useReview';
import type { WorkbookPort } from '../../src/workbook/port';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};
// jsdom does not scroll.
if (typeof Element !== 'undefined') Element.prototype.scrollIntoView ??= function () {};
// Fluent's focus manager (tabster) puts invisible inputs at the edges of focus groups and, after
// each change, moves them to follow any CSS transform of their ancestors: a timer that asks jsdom
// for the computed style of every ancestor, each walking all of Fluent's CSS rules (the largest
// cost of the pane tests, measured in docs/testing.md). jsdom lays nothing out, so every offset is
// 0 and the move does nothing; the inputs themselves, and what Tab does, stay.
(jest.requireActual('tabster/dist/cjs/DummyInput.cjs') as { DummyInputObserver: { prototype: { updatePositions(): void } } }).DummyInputObserver.prototype.updatePositions = () => undefined;

/** Step 1's summary of the sample workbook (test/fixtures/so-khcn-bac-giang-2014.xlsx), once read. */
export const READ = 'Đã đọc 105 người, 10 đơn vị.';

/** A cell the pane asked the host to select: [sheet, A1 cell or none]. */
export type Activation = [string, string | undefined];

/**
 * The preview's host over a workbook port. A new object on each call, as a page that builds it
 * in its render does; `activated` collects the cells the pane asks to select.
 */
export function paneHost(port: WorkbookPort, options: { activated?: Activation[]; describeError?: PaneHost['describeError'] } = {}): PaneHost {
  return {
    port,
    by: 'preview',
    activate: async (sheet, cell) => {
      options.activated?.push([sheet, cell]);
    },
    describeError: options.describeError ?? ((e) => String(e)),
  };
}

/** A control found by its visible text (a tab, a button). */
export function byText(text: string, selector = 'button'): HTMLElement {
  const hit = screen
    .getAllByText(text, { exact: true })
    .map((e) => e.closest(selector))
    .find(Boolean);
  if (!hit) throw new Error(`no ${selector} "${text}"`);
  return hit as HTMLElement;
}
/** A step's tab ("2. Quy định"). */
export const tab = (name: string): HTMLElement => byText(name, '[role=tab]');
/** The pane's undo button. */
export const undoButton = (): HTMLButtonElement => screen.getByText('Hoàn tác', { selector: 'button' }) as HTMLButtonElement;

/** The clerk's mouse and keyboard: user-event without its pointer-events check (see above). One per test. */
export const clerk = () => userEvent.setup({ pointerEventsCheck: PointerEventsCheckLevel.Never });

/**
 * Step 2 alone over a workbook, as the clerk sees it, and the review it shows: `review()` is the
 * pane's state after the last render (one harness per test file).
 */
export function rulesStepHarness() {
  let current: ReviewState | null = null;
  function Harness(props: { wb: WorkbookPort }) {
    const host = useMemo<PaneHost>(() => paneHost(props.wb), [props.wb]);
    const review = useReview(host, 'vi');
    current = review;
    if (!review.outcome) return <p>…</p>;
    return <RulesStep lang="vi" review={review} notify={() => undefined} />;
  }
  return { Harness, review: (): ReviewState => current! };
}
