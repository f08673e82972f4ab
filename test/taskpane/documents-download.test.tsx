/**
 * @jest-environment jsdom
 */
/**
 * The Word papers in step 3: listed with their draft mark and downloaded where the host lets a
 * pane save a file (the preview, Excel on the web and on Windows); on Excel for Mac and iPad
 * the pane says how to get them and offers to open the browser.
 */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { unzipSync } from 'fflate';
import { DocumentsDownload } from '../../src/taskpane/DocumentsDownload';
import { runReview } from '../../src/pipeline/review';
import { emptySettings } from '../../src/domain/settings';
import { sampleGrids } from './sample-grids';
import { buildDossier } from '../../src/documents/dossier';
import { getPreset } from '../../src/rules/presets';

// jsdom has no ResizeObserver; Fluent's MessageBar measures itself with one.
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

// jsdom lacks what every browser has: TextEncoder (the Word renderer) and Blob#arrayBuffer.
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from 'node:util';
(globalThis as { TextEncoder?: unknown }).TextEncoder ??= NodeTextEncoder;
(globalThis as { TextDecoder?: unknown }).TextDecoder ??= NodeTextDecoder;
const bytesOf = (b: Blob) =>
  new Promise<Uint8Array>((resolve) => {
    const r = new FileReader();
    r.onload = () => resolve(new Uint8Array(r.result as ArrayBuffer));
    r.readAsArrayBuffer(b);
  });

jest.setTimeout(60000);

const outcome = () => runReview(sampleGrids(), emptySettings(), { reviewDate: '2014-12-20' });

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

test('the preview lists every paper and downloads them all in one zip', async () => {
  const saved: Blob[] = [];
  URL.createObjectURL = (b: Blob) => {
    saved.push(b);
    return 'blob:x';
  };
  URL.revokeObjectURL = () => undefined;
  const o = outcome();
  render(<DocumentsDownload lang="vi" outcome={o} />);
  expect(screen.getByText('Quyết định công nhận danh hiệu thi đua và tặng Giấy khen của Giám đốc Sở năm 2014')).toBeTruthy();
  const papers = buildDossier({ result: o.result!, ruleSet: getPreset(o.result!.ruleSetId), unitOrder: o.parsed.units.map((u) => u.name), lang: 'vi' }).papers;
  expect(screen.getAllByRole('listitem')).toHaveLength(papers.length);
  await userEvent.click(screen.getByRole('button', { name: 'Tải tất cả (.zip)' }));
  await waitFor(() => expect(saved.length + (screen.queryByText(/Không tạo được/) ? 10 : 0)).toBeGreaterThan(0));
  expect(screen.queryByText(/Không tạo được/)).toBeNull();
  expect(saved).toHaveLength(1);
  const files = unzipSync(await bytesOf(saved[0]));
  expect(Object.keys(files)).toContain('03-quyet-dinh-khen-thuong-2014.docx');
  expect(Object.keys(files)).toHaveLength(papers.length);
  expect(Object.keys(files).filter((f) => f.startsWith('bao-cao-thanh-tich/'))).toHaveLength(papers.filter((p) => p.group).length);
  // A .docx is a zip whose first part is [Content_Types].xml.
  expect(Object.keys(unzipSync(files['03-quyet-dinh-khen-thuong-2014.docx']))).toContain('word/document.xml');
});

test('Excel on Mac cannot save from a pane: the pane says how to get the papers and opens the browser', async () => {
  const opened: string[] = [];
  (globalThis as { Office?: unknown }).Office = {
    context: {
      diagnostics: { platform: 'Mac' },
      requirements: { isSetSupported: (name: string) => name === 'OpenBrowserWindowApi' },
      ui: { openBrowserWindow: (url: string) => opened.push(url) },
    },
  };
  render(<DocumentsDownload lang="vi" outcome={outcome()} />);
  expect(screen.queryByRole('button', { name: 'Tải tất cả (.zip)' })).toBeNull();
  expect(screen.getByText(/Excel trên Mac không cho ngăn tác vụ tải tệp về máy/)).toBeTruthy();
  await userEvent.click(screen.getByRole('button', { name: 'Mở Bình xét trong trình duyệt' }));
  expect(opened[0]).toMatch(/index\.html$/);
});
