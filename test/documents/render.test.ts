/**
 * Every sheet the add-in writes, printed by LibreOffice (one soffice run for all of them,
 * each sheet in a workbook of its own so that each PDF is one sheet), read back as a clerk
 * would read the paper, with pdfinfo and pdftotext:
 *   - A4 in the sheet's orientation; nothing outside the margins;
 *   - one page wide: the table's header, first and last column, on every page;
 *   - no row printed over another (no two words overlap), and every printed cell's text there
 *     whole (rows as tall as their wrapped text);
 *   - a signed paper's signature on the page of the table's last row, never alone;
 *   - each proposed person exactly once on a list, its count the list's;
 *   - "DỰ THẢO" before the council's vote on the papers that wait for it, nowhere after;
 *   - no "{", "undefined", "NaN", ISO date, decimal point or parameter code.
 * Three reviews of the Bắc Giang sample: before the vote (its vote column removed), after the
 * committee typed the votes into the tally (with the history of "Chốt kết quả năm"), and at
 * mid-year. PNGs of a few first pages go to test-results/ (the README's copies in docs/images
 * are refreshed from there by hand).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { XlsxWorkbook, readXlsxGrids } from '../../src/workbook/xlsx';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { closeYear, reviewWorkbook, writeOutcome } from '../../src/workbook/session';
import { runReview } from '../../src/pipeline/review';
import { emptySettings } from '../../src/domain/settings';
import type { CellSpec, SheetSpec } from '../../src/sheets/grid';
import { parseRange } from '../../src/sheets/grid';
import { STYLES } from '../../src/sheets/styles';
import { namesOf } from '../../src/sheets/forms/people';
import type { ReviewResult } from '../../src/domain/verdict';
import type { PersonTitleId, UnitTitleId } from '../../src/domain/types';
import { getPreset } from '../../src/rules/presets';
import { titleName } from '../../src/rules/titles';
import { DOC_SHEET_NAMES } from '../../src/sheets/forms/nomination';
import { beforeTheVote, sampleSettings } from './sample';

const hasSoffice = existsSync('/usr/bin/soffice') || !!process.env.SOFFICE;
const maybe = hasSoffice ? describe : describe.skip;
jest.setTimeout(300000);

const PT_PER_MM = 72 / 25.4;
const squash = (s: string) => s.replace(/\s+/g, '');

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
interface Page {
  width: number;
  height: number;
  words: Word[];
  /** Text in reading order (pdftotext -raw). */
  raw: string;
}
interface Printed {
  set: 'before' | 'after' | 'mid';
  spec: SheetSpec;
  result: ReviewResult;
  pdf: string;
  pages: Page[];
}

/** Pages of a PDF: sizes, words with their boxes, raw text. */
function readPdf(pdf: string): Page[] {
  const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
  const pages: Page[] = [];
  for (const m of bbox.split('<page ').slice(1)) {
    const size = /width="([\d.]+)" height="([\d.]+)"/.exec(m)!;
    const words = [...m.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      x0: Number(w[1]),
      y0: Number(w[2]),
      x1: Number(w[3]),
      y1: Number(w[4]),
      text: w[5]
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    }));
    pages.push({ width: Number(size[1]), height: Number(size[2]), words, raw: raw[pages.length] ?? '' });
  }
  return pages;
}

/** The page footer ("Trang 2/5") is in the bottom margin, on purpose. */
const isFooter = (w: Word, p: Page) => w.y0 > p.height - 20 * PT_PER_MM;

/** Columns that print: the print area's, or all. */
function printedCols(spec: SheetSpec): [number, number] {
  const width = Math.max(spec.widths.length, ...spec.rows.map((r) => r.length));
  if (!spec.print?.area) return [0, width - 1];
  const a = parseRange(spec.print.area);
  return [a.left, a.right];
}

/** The text each printed cell shows, as LibreOffice prints it (numbers as their format shows them). */
function printedTexts(spec: SheetSpec): string[] {
  const [from, to] = printedCols(spec);
  const out: string[] = [];
  for (const row of spec.rows)
    row.forEach((c: CellSpec, i) => {
      if (i < from || i > to || c.v === null || c.v === '') return;
      // Amounts print with the thousands separator of the locale (LibreOffice here: en-US; Excel in Vietnamese: ".").
      out.push(typeof c.v === 'number' && c.s === 'date' ? '' : typeof c.v === 'number' && c.s === 'money' ? c.v.toLocaleString('en-US') : String(c.v));
    });
  return out.filter(Boolean);
}

const isTableRow = (row: CellSpec[]) => row.some((c) => c?.s && STYLES[c.s].border);

maybe('every sheet printed by LibreOffice', () => {
  const printed: Printed[] = [];
  let dir: string;
  const sheet = (set: Printed['set'], name: string) => printed.find((p) => p.set === set && p.spec.name === name)!;
  const rawOf = (p: Printed) => p.pages.map((x) => x.raw).join('\n');

  beforeAll(async () => {
    // Times New Roman's and Calibri's metric twins: without them LibreOffice lays out another page than Excel's.
    const fonts = execFileSync('fc-list', { encoding: 'utf8' });
    for (const font of ['Liberation Serif', 'Carlito']) if (!fonts.includes(font)) throw new Error(`font ${font} missing: run scripts/system-deps.sh`);
    dir = mkdtempSync(join(tmpdir(), 'binh-xet-print-'));
    const sets: { set: Printed['set']; specs: SheetSpec[]; result: ReviewResult }[] = [];
    // Before the vote.
    // The sample as bundled: its agency, council and plan are its settings.
    const before = runReview(await beforeTheVote(), sampleSettings(), { reviewDate: '2014-12-20' });
    sets.push({ set: 'before', specs: before.sheets, result: before.result! });
    // After the committee typed the votes (council of 30; the last candidate gets the most), then the year closed.
    const wb = new MemoryWorkbook(await beforeTheVote());
    await wb.write([], sampleSettings(), { replace: [] });
    await writeOutcome(wb, await reviewWorkbook(wb, { reviewDate: '2014-12-20' }), 'cli');
    const tally = wb.grids.find((g) => g.name === 'Kiểm phiếu 2014')!;
    const header = tally.values.findIndex((r) => r[1] === 'Họ và tên' && r.includes('Số phiếu đồng ý'));
    const yes = tally.values[header].indexOf('Số phiếu đồng ý');
    tally.values
      .slice(header + 1)
      .filter((r) => typeof r[0] === 'number' && r[1])
      .forEach((r, i) => (r[yes] = 7 + i));
    const ballots = tally.values.findIndex((r) => r[1] === 'Phiếu bầu');
    tally.values[ballots + 1][tally.values[ballots].indexOf('Số thành viên Hội đồng')] = 30;
    const after = await reviewWorkbook(wb, { reviewDate: '2014-12-20' });
    await writeOutcome(wb, after, 'cli');
    const closed = await closeYear(wb, { reviewDate: '2014-12-20' });
    expect(closed.ok).toBe(true);
    const history = wb.writes[wb.writes.length - 1];
    sets.push({ set: 'after', specs: [...after.sheets.filter((s) => !s.handOver), ...history], result: after.result! });
    // Mid-year.
    const grids = await readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
    const mid = runReview(grids, sampleSettings(), { reviewDate: '2014-07-05', phase: 'mid' });
    sets.push({ set: 'mid', specs: mid.sheets, result: mid.result! });

    const files: { set: Printed['set']; spec: SheetSpec; result: ReviewResult; file: string }[] = [];
    for (const { set, specs, result } of sets)
      for (const [i, spec] of specs.entries()) {
        const book = await XlsxWorkbook.create();
        await book.write([spec], emptySettings(), { replace: [] });
        const file = join(dir, `${set}-${String(i).padStart(2, '0')}.xlsx`);
        writeFileSync(file, await book.save());
        files.push({ set, spec, result, file });
      }
    const pdfs = execFileSync('node', [join(__dirname, '../../scripts/render-pdf.mjs'), ...files.map((f) => f.file), '--outdir', dir], { encoding: 'utf8' })
      .trim()
      .split('\n');
    files.forEach((f, i) => printed.push({ ...f, pdf: pdfs[i], pages: readPdf(pdfs[i]) }));
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('every sheet the add-in writes is there: the results, the lists, the papers, the forms, the basis, the history', () => {
    const names = (set: Printed['set']) => printed.filter((p) => p.set === set).map((p) => p.spec.name);
    expect(names('before')).toEqual(
      expect.arrayContaining([
        'Chỉ tiêu - Kết quả',
        'KQ cá nhân',
        'KQ tập thể',
        'DS đề nghị LĐTT',
        'Mẫu DS LĐTT',
        'Mẫu DS CSTĐCS',
        'Phiếu bầu CSTĐCS',
        'Kiểm phiếu 2014',
        'Đăng ký thi đua 2015',
        'Căn cứ bình xét',
        'Vấn đề dữ liệu',
      ]),
    );
    expect(names('after')).toContain('Danh hiệu các năm');
    expect(names('mid')).toEqual(expect.arrayContaining(['Sơ kết 6 tháng', 'KQ cá nhân', 'Căn cứ bình xét']));
    console.log(`${printed.length} sheets, ${printed.reduce((s, p) => s + p.pages.length, 0)} pages`);
  });

  test('the results tables print large enough to read: the persons’ and the units’ at 65 % or more, their body text at least 7 pt tall on paper', () => {
    for (const name of ['KQ cá nhân', 'KQ tập thể']) {
      for (const p of printed.filter((x) => x.spec.name === name)) {
        // All 17 columns of the persons' table printed at 42 % (5 pt type); the citations and the
        // source cell now stay on screen and the narrow columns wrap.
        expect({ name, scale: p.spec.print!.scale! >= 65 }).toEqual({ name, scale: true });
        const heights = p.pages.flatMap((page) => page.words.filter((w) => !isFooter(w, page)).map((w) => w.y1 - w.y0)).sort((a, b) => a - b);
        const median = heights[Math.floor(heights.length / 2)];
        expect({ name, median: median >= 7 }).toEqual({ name, median: true });
      }
    }
  });

  test('A4 in the sheet’s orientation, nothing outside the margins', () => {
    for (const p of printed) {
      const print = p.spec.print!;
      expect({ sheet: p.spec.name, print: !!print }).toEqual({ sheet: p.spec.name, print: true });
      const landscape = print.orientation === 'landscape';
      const m = print.margins;
      expect(m.left).toBeGreaterThanOrEqual(30);
      expect(m.right).toBeGreaterThanOrEqual(15);
      expect(m.top).toBeGreaterThanOrEqual(20);
      expect(m.bottom).toBeGreaterThanOrEqual(20);
      for (const page of p.pages) {
        expect([Math.round(page.width), Math.round(page.height)]).toEqual(landscape ? [842, 595] : [595, 842]);
        const outside = page.words.filter(
          (w) => !isFooter(w, page) && (w.x0 < m.left * PT_PER_MM - 2 || w.x1 > page.width - m.right * PT_PER_MM + 2 || w.y0 < m.top * PT_PER_MM - 2 || w.y1 > page.height - m.bottom * PT_PER_MM + 2),
        );
        expect({ sheet: p.spec.name, outside: outside.map((w) => w.text) }).toEqual({ sheet: p.spec.name, outside: [] });
      }
    }
  });

  test('one page wide: the table’s header, its first and its last column, on every page from the first that has it', () => {
    for (const p of printed) {
      const rr = p.spec.print!.repeatRows;
      expect({ sheet: p.spec.name, repeated: !!rr }).toEqual({ sheet: p.spec.name, repeated: true });
      const [from, to] = printedCols(p.spec);
      const header = p.spec.rows[rr![0] - 1]
        .slice(from, to + 1)
        .map((c) => String(c.v ?? ''))
        .filter(Boolean);
      const first = squash(header[0]);
      const last = squash(header[header.length - 1]);
      const start = p.pages.findIndex((page) => squash(page.raw).includes(first));
      expect({ sheet: p.spec.name, start: start >= 0 }).toEqual({ sheet: p.spec.name, start: true });
      for (const page of p.pages.slice(start)) expect({ sheet: p.spec.name, last: squash(page.raw).includes(last) }).toEqual({ sheet: p.spec.name, last: true });
    }
  });

  test('no row prints over another, and every printed cell is there whole', () => {
    let words = 0;
    for (const p of printed) {
      for (const page of p.pages) {
        const ws = page.words.filter((w) => !isFooter(w, page)).sort((a, b) => a.y0 - b.y0);
        words += ws.length;
        const over: string[][] = [];
        for (let i = 0; i < ws.length; i++)
          for (let j = i + 1; j < ws.length && ws[j].y0 < ws[i].y1; j++) {
            const a = ws[i];
            const b = ws[j];
            const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
            const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
            // Glyph boxes of neighbouring lines touch; text printed over text overlaps by more.
            if (dx > 1 && dy > 0.35 * Math.min(a.y1 - a.y0, b.y1 - b.y0)) over.push([a.text, b.text]);
          }
        expect({ sheet: p.spec.name, over }).toEqual({ sheet: p.spec.name, over: [] });
      }
      const text = squash(rawOf(p));
      const missing = printedTexts(p.spec).filter((x) => !text.includes(squash(x)));
      expect({ sheet: p.spec.name, missing }).toEqual({ sheet: p.spec.name, missing: [] });
      // The rows are as tall as the computed heights ask: LibreOffice kept them.
      expect(p.spec.heights).toHaveLength(p.spec.rows.length);
    }
    expect(words).toBeGreaterThan(10000);
  });

  test('a signed paper never leaves its signature alone: the signer is on the page of the table’s last rows', () => {
    let signed = 0;
    for (const p of printed) {
      const rows = p.spec.rows;
      const lastTable = rows.map(isTableRow).lastIndexOf(true);
      const closing = rows
        .slice(lastTable + 1)
        .flat()
        .filter((c) => c.v !== null && c.v !== '');
      const signer = closing.filter((c) => c.s === 'signerTitle' && c.v);
      if (!signer.length) continue;
      signed++;
      const lastPage = p.pages[p.pages.length - 1];
      const raw = squash(lastPage.raw);
      for (const c of closing) expect({ sheet: p.spec.name, onLastPage: raw.includes(squash(String(c.v))), text: c.v }).toEqual({ sheet: p.spec.name, onLastPage: true, text: c.v });
      // The table's last row is printed with them.
      const lastRow = rows[lastTable].map((c) => String(c.v ?? '')).filter(Boolean);
      expect({ sheet: p.spec.name, lastRow: lastRow.every((x) => raw.includes(squash(x))) }).toEqual({ sheet: p.spec.name, lastRow: true });
    }
    expect(signed).toBeGreaterThanOrEqual(10);
  });

  test('each proposed person exactly once on each list, the count printed equal to the list', () => {
    let lists = 0;
    for (const set of ['before', 'after'] as const) {
      const { result } = printed.find((p) => p.set === set)!;
      const ruleSet = getPreset(result.ruleSetId);
      const named = namesOf(result.persons, 'vi');
      for (const rule of ruleSet.titles) {
        const awardedPersons = rule.scope === 'person' ? result.persons.filter((p) => p.verdicts[rule.id as PersonTitleId]?.status === 'awarded') : [];
        const n = rule.scope === 'person' ? awardedPersons.length : result.units.filter((u) => u.verdicts[rule.id as UnitTitleId]?.status === 'awarded').length;
        for (const name of [DOC_SHEET_NAMES.list(rule), `DS đề nghị ${titleName(rule, 'tab')}`]) {
          const p = printed.find((x) => x.set === set && x.spec.name === name);
          if (!n) {
            expect(p).toBeUndefined();
            continue;
          }
          lists++;
          // A name that wraps in its cell comes out on two lines, one after the other.
          const raw = rawOf(p!).replace(/\s+/g, ' ');
          // The printed form is the dossier's list ("có 04 cá nhân./.", as the Word paper); the working list counts "người".
          const form = name === DOC_SHEET_NAMES.list(rule);
          const unit = rule.scope === 'person' ? (form ? 'cá nhân' : 'người') : 'tập thể';
          expect(raw).toMatch(new RegExp(`Danh sách (dự kiến )?có ${form ? String(n).padStart(2, '0') : n} ${unit}`));
          // Two people of one name in different units are two lines: each printed name as often as people bear it.
          const expected = new Map<string, number>();
          for (const pr of awardedPersons) expected.set(named(pr), (expected.get(named(pr)) ?? 0) + 1);
          for (const [printedName, times] of expected) {
            const esc = printedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
            const found = raw.match(new RegExp(`(^|\\s)${esc}(?=\\s|$)(?! \\(sinh năm)`, 'g'))?.length ?? 0;
            expect({ list: `${set} ${name}`, name: printedName, found }).toEqual({ list: `${set} ${name}`, name: printedName, found: times });
          }
        }
      }
    }
    expect(lists).toBeGreaterThanOrEqual(20);
  });

  test('"DỰ THẢO" on the papers that wait for the council’s vote before the tally, on none after', () => {
    for (const name of ['Mẫu DS CSTĐCS', 'DS đề nghị CSTĐCS', 'Mẫu DS TTLĐXS']) expect({ name, draft: rawOf(sheet('before', name)).includes('DỰ THẢO') }).toEqual({ name, draft: true });
    // The blank ballot and the blank tally are forms, never drafts.
    for (const name of ['Mẫu DS LĐTT', 'Mẫu DS Giấy khen', 'Kiểm phiếu 2014', 'Phiếu bầu CSTĐCS'])
      expect({ name, draft: rawOf(sheet('before', name)).includes('DỰ THẢO') }).toEqual({ name, draft: false });
    for (const p of printed.filter((x) => x.set === 'after')) expect({ sheet: p.spec.name, draft: rawOf(p).includes('DỰ THẢO') }).toEqual({ sheet: p.spec.name, draft: false });
    expect(rawOf(sheet('before', 'Phiếu bầu CSTĐCS'))).toContain('Chọn quá 12 người thì phiếu không hợp lệ.');
    // A ballot is one sheet of paper per council member: its 23 candidates on one page.
    for (const set of ['before', 'after'] as const) expect(sheet(set, 'Phiếu bầu CSTĐCS').pages).toHaveLength(1);
    expect(rawOf(sheet('before', 'Phiếu bầu CSTĐCS')).split('☐').length - 1).toBe(46);
  });

  test('the words are the agency’s: no placeholder, no "undefined" or "NaN", no ISO date, no decimal point, no parameter code', () => {
    for (const p of printed) {
      // Amounts in figures group thousands with "." the Vietnamese way (1.150.000): not a decimal point.
      const raw = rawOf(p).replace(/\b\d{1,3}(?:\.\d{3})+\b/g, '');
      const bad = [/\{/, /\bundefined\b/, /\bNaN\b/, /\b\d{4}-\d{2}-\d{2}\b/, /\d\.\d/, /\b[A-Z][A-Z_]+\.[a-z]\w*/].filter((re) => re.test(raw)).map((re) => `${re} → ${raw.match(re)![0]}`);
      expect({ sheet: `${p.set} ${p.spec.name}`, bad }).toEqual({ sheet: `${p.set} ${p.spec.name}`, bad: [] });
    }
    // Decimal commas where shares are printed.
    expect(rawOf(sheet('before', 'Chỉ tiêu - Kết quả'))).toMatch(/\d+,\d %/);
  });

  test('PNG renders of first pages for the README', () => {
    const out = join(__dirname, '../../test-results');
    mkdirSync(out, { recursive: true });
    for (const [set, name, file] of [
      ['after', 'Mẫu DS LĐTT', 'danh-sach-ldtt'],
      ['before', 'Mẫu DS CSTĐCS', 'danh-sach-cstdcs-du-thao'],
      ['before', 'Phiếu bầu CSTĐCS', 'phieu-bau-cstdcs'],
      ['before', 'Kiểm phiếu 2014', 'kiem-phieu'],
      ['after', 'KQ cá nhân', 'kq-ca-nhan'],
      ['after', 'Căn cứ bình xét', 'can-cu-binh-xet'],
    ] as const) {
      const p = sheet(set, name);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', p.pdf, join(out, file)]);
      expect(existsSync(join(out, `${file}.png`))).toBe(true);
    }
  });
});
