/**
 * @jest-environment jsdom
 */
/**
 * Nothing the clerk does reads the workbook again unless she asks (issue 19): after a column
 * fixed and a parameter changed, every tab, every issue link, a host object rebuilt by its
 * page (as the preview did on each render) and a theme change leave the changes and the undo
 * history where they were. Over the in-memory port and over the Office adapter on the fake Excel.
 */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from '../../src/taskpane/App';
import type { WorkbookPort } from '../../src/workbook/port';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { OfficeWorkbook } from '../../src/workbook/office';
import { FakeExcel, installExcelGlobals } from '../fakes/fake-excel';
import { sampleWorkbookGrids } from './sample-grids';
import { clerk, paneHost, READ, tab, undoButton } from '../helpers/pane';

jest.setTimeout(600000);
beforeAll(installExcelGlobals);
let user = clerk();
beforeEach(() => {
  user = clerk();
});

/** A new host object over the same port each call, as a page that builds it in its render. */
const hostOf = (port: WorkbookPort) => paneHost(port);

/** Counts the reads of the workbook. */
function counted(port: WorkbookPort): { port: WorkbookPort; reads: () => number } {
  let n = 0;
  const read = port.read.bind(port);
  port.read = (names) => {
    n++;
    return read(names);
  };
  return { port, reads: () => n };
}

async function clickEverything(): Promise<void> {
  for (const name of ['2. Quy định', '3. Kết quả', '1. Dữ liệu', '3. Kết quả', '2. Quy định', '1. Dữ liệu']) await user.click(tab(name));
  // Every issue link of step 1 (a cell to select, or a field to fix).
  const links = [...document.querySelectorAll('#data-issues button')] as HTMLElement[];
  for (const l of links.slice(0, 30)) {
    if (!l.isConnected) continue;
    await user.click(l);
  }
}

async function keepsTheDraft(port: WorkbookPort): Promise<void> {
  const c = counted(port);
  const view = render(<App host={hostOf(c.port)} lang="vi" theme={webLightTheme} />);
  await screen.findByText(READ);
  expect(c.reads()).toBe(1);
  fireEvent.change(screen.getByLabelText('Sáng kiến'), { target: { value: '' } });
  await user.click(tab('2. Quy định'));
  const target = screen.getByLabelText('CBCCVC đạt LĐTT') as HTMLInputElement;
  fireEvent.change(target, { target: { value: '70' } });
  await user.click(tab('1. Dữ liệu'));
  expect(document.querySelectorAll('#data-issues button').length).toBeGreaterThan(0);

  await clickEverything();
  // The page renders again with a host object of its own, then switches the theme.
  view.rerender(<App host={hostOf(c.port)} lang="vi" theme={webLightTheme} />);
  view.rerender(<App host={hostOf(c.port)} lang="vi" theme={webDarkTheme} />);
  await act(async () => new Promise((r) => setTimeout(r, 50)));
  await clickEverything();

  expect(c.reads()).toBe(1);
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('');
  await user.click(tab('2. Quy định'));
  expect((screen.getByLabelText('CBCCVC đạt LĐTT') as HTMLInputElement).value).toBe('70 %');
  // The undo history too: the last change first.
  expect(undoButton().disabled).toBe(false);
  await user.click(undoButton());
  await waitFor(() => expect((screen.getByLabelText('CBCCVC đạt LĐTT') as HTMLInputElement).value).toBe('80 %'));
  await user.click(undoButton());
  await user.click(tab('1. Dữ liệu'));
  expect((screen.getByLabelText('Sáng kiến') as HTMLSelectElement).value).toBe('K');
  expect(c.reads()).toBe(1);
}

test('in-memory workbook: tabs, issue links, a rebuilt host and a theme change keep the draft and the undo history', async () => {
  await keepsTheDraft(new MemoryWorkbook(sampleWorkbookGrids()));
});

test('Office adapter on the fake Excel: the same, and only "Đọc lại sổ" reads the workbook again', async () => {
  const fx = FakeExcel.withSheets(sampleWorkbookGrids().map((g) => ({ name: g.name, values: g.values, merges: g.merges, visibility: g.visibility === 'veryHidden' ? 'VeryHidden' : 'Visible' })));
  const port = new OfficeWorkbook(fx.run, { supports: fx.supports });
  await keepsTheDraft(port);
});
