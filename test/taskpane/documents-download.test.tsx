/**
 * @jest-environment jsdom
 */
/**
 * The Word papers in step 3: made only when the clerk asks (the review reruns on every change
 * in step 3), with a progress; listed with their draft mark and downloaded where the host lets
 * a pane save a file (the preview, Excel on the web and on Windows); on Excel for Mac and iPad
 * the pane says how to get them and offers to open the browser.
 */
import { render, screen, waitFor } from '@testing-library/react';
import { unzipSync } from 'fflate';
import { DocumentsDownload } from '../../src/taskpane/DocumentsDownload';
import { runReview } from '../../src/pipeline/review';
import { documentInput } from '../../src/pipeline/documents';
import { emptySettings } from '../../src/domain/settings';
import { SAMPLE_SETTINGS } from '../../src/dossier/agency';
import { sampleGrids } from './sample-grids';
import * as dossierModule from '../../src/dossier/dossier';
import * as word from '../../src/documents/word/render';
import { clerk } from '../helpers/pane';

jest.mock('../../src/dossier/dossier', () => {
  const actual = jest.requireActual('../../src/dossier/dossier');
  return { ...actual, buildDossier: jest.fn(actual.buildDossier) };
});
jest.mock('../../src/documents/word/render', () => {
  // jsdom lacks TextEncoder and TextDecoder, which every browser has: the renderer's zip (src/ooxml) makes one as it loads.
  const util = jest.requireActual('node:util');
  (globalThis as { TextEncoder?: unknown }).TextEncoder ??= util.TextEncoder;
  (globalThis as { TextDecoder?: unknown }).TextDecoder ??= util.TextDecoder;
  const actual = jest.requireActual('../../src/documents/word/render');
  return { ...actual, renderDocx: jest.fn(actual.renderDocx) };
});
const built = dossierModule.buildDossier as jest.Mock;
const rendered = word.renderDocx as jest.Mock;
const { buildDossier } = jest.requireActual('../../src/dossier/dossier') as typeof dossierModule;

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
let user = clerk();
beforeEach(() => {
  user = clerk();
});

// The sample as bundled: its agency, council and plan are its settings.
const outcome = () => runReview(sampleGrids(), { ...emptySettings(), ...JSON.parse(JSON.stringify(SAMPLE_SETTINGS)) }, { reviewDate: '2014-12-20' });

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
});

function catchDownloads(): Blob[] {
  const saved: Blob[] = [];
  URL.createObjectURL = (b: Blob) => {
    saved.push(b);
    return 'blob:x';
  };
  URL.revokeObjectURL = () => undefined;
  // jsdom cannot follow the link; the Blob handed to it is the download.
  HTMLAnchorElement.prototype.click = () => undefined;
  return saved;
}

beforeEach(() => {
  built.mockClear();
  rendered.mockClear();
});

test('nothing is made while the clerk works in step 3: each review shows two buttons and builds no paper', () => {
  const first = outcome();
  const { rerender } = render(<DocumentsDownload lang="vi" outcome={first} />);
  // The clerk changes something: the review runs again, the pane renders again.
  rerender(<DocumentsDownload lang="vi" outcome={outcome()} />);
  rerender(<DocumentsDownload lang="vi" outcome={outcome()} />);
  expect(screen.getByRole('button', { name: 'Tải tất cả (.zip)' })).toBeTruthy();
  expect(screen.getByRole('button', { name: 'Chọn từng văn bản' })).toBeTruthy();
  expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  expect(built).not.toHaveBeenCalled();
  expect(rendered).not.toHaveBeenCalled();
});

test('"Tải tất cả": the dossier from the documents stage\'s input, a progress while the papers are made, one zip of them all, then the list', async () => {
  const saved = catchDownloads();
  const o = outcome();
  render(<DocumentsDownload lang="vi" outcome={o} />);
  await user.click(screen.getByRole('button', { name: 'Tải tất cả (.zip)' }));
  // The progress shows while the papers are made.
  await screen.findByText(/^Đã tạo \d+\/\d+ văn bản…$/);
  expect(screen.getByRole('progressbar')).toBeTruthy();
  // Rendering every paper takes a while on a busy machine: wait for it, however long (not a timing).
  await waitFor(() => expect(saved.length + (screen.queryByText(/Không tạo được/) ? 10 : 0)).toBeGreaterThan(0), { timeout: 50000 });
  expect(screen.queryByText(/Không tạo được/)?.textContent ?? null).toBeNull();
  expect(screen.queryByRole('progressbar')).toBeNull();
  expect(built).toHaveBeenCalledTimes(1);
  expect(built.mock.calls[0][0]).toEqual(documentInput(o));
  const papers = buildDossier(documentInput(o)!).papers;
  expect(rendered).toHaveBeenCalledTimes(papers.length);
  expect(saved).toHaveLength(1);
  const files = unzipSync(await bytesOf(saved[0]));
  expect(Object.keys(files)).toContain('03-quyet-dinh-khen-thuong-2014.docx');
  expect(Object.keys(files)).toHaveLength(papers.length);
  expect(Object.keys(files).filter((f) => f.startsWith('bao-cao-thanh-tich/'))).toHaveLength(papers.filter((p) => p.group).length);
  // A .docx is a zip whose first part is [Content_Types].xml.
  expect(Object.keys(unzipSync(files['03-quyet-dinh-khen-thuong-2014.docx']))).toContain('word/document.xml');
  // Made once: the list is there now, without laying the dossier out again.
  expect(screen.getAllByRole('listitem')).toHaveLength(papers.length);
  expect(built).toHaveBeenCalledTimes(1);
});

test('"Chọn từng văn bản": the papers listed with their draft mark, one rendered on its click; a new review drops them', async () => {
  const saved = catchDownloads();
  const o = outcome();
  const { rerender } = render(<DocumentsDownload lang="vi" outcome={o} />);
  await user.click(screen.getByRole('button', { name: 'Chọn từng văn bản' }));
  await screen.findByText('Quyết định công nhận danh hiệu thi đua và tặng Giấy khen của Giám đốc Sở năm 2014');
  const papers = buildDossier(documentInput(o)!).papers;
  expect(screen.getAllByRole('listitem')).toHaveLength(papers.length);
  expect(rendered).not.toHaveBeenCalled();
  await user.click(screen.getByRole('button', { name: 'Quyết định công nhận danh hiệu thi đua và tặng Giấy khen của Giám đốc Sở năm 2014' }));
  await waitFor(() => expect(saved).toHaveLength(1), { timeout: 50000 });
  expect(rendered).toHaveBeenCalledTimes(1);
  expect(Object.keys(unzipSync(await bytesOf(saved[0])))).toContain('word/document.xml');
  rerender(<DocumentsDownload lang="vi" outcome={outcome()} />);
  expect(screen.queryAllByRole('listitem')).toHaveLength(0);
  expect(screen.getByRole('button', { name: 'Chọn từng văn bản' })).toBeTruthy();
});

test('before the vote the papers that wait for it carry the draft mark', async () => {
  const o = runReview(
    sampleGrids().map((g) => {
      const header = g.values.findIndex((r) => r.includes('Tỷ lệ phiếu bầu (%)'));
      if (header < 0) return g;
      const col = g.values[header].indexOf('Tỷ lệ phiếu bầu (%)');
      return { ...g, values: g.values.map((r) => r.filter((_, c) => c !== col)) };
    }),
    emptySettings(),
    { reviewDate: '2014-12-20' },
  );
  expect(o.result!.pendingVote).toEqual(['CSTDCS']);
  render(<DocumentsDownload lang="vi" outcome={o} />);
  await user.click(screen.getByRole('button', { name: 'Chọn từng văn bản' }));
  await screen.findByText(/Các văn bản ghi "DỰ THẢO" chờ kết quả bỏ phiếu/);
  const drafts = buildDossier(documentInput(o)!).papers.filter((p) => p.draft);
  expect(drafts.length).toBeGreaterThan(0);
  expect(screen.getAllByText('dự thảo')).toHaveLength(drafts.length);
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
  await user.click(screen.getByRole('button', { name: 'Mở Bình xét trong trình duyệt' }));
  expect(opened[0]).toMatch(/index\.html$/);
});
