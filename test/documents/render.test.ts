/**
 * Prints every document through LibreOffice (one soffice run, one workbook) and checks the
 * PDF as a clerk would: A4 of the right orientation, one page wide (the rightmost column on
 * every page), the header on every page, each proposed person exactly once, the proposal's
 * numbers equal to the lists'. Writes PNGs of a list and the proposal for the README.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { emptySettings } from '../../src/domain/settings';
import type { SheetSpec } from '../../src/sheets/grid';
import { nominationSheets } from '../../src/sheets/documents/nomination';
import { proposalLines, proposalSheet } from '../../src/sheets/documents/proposal';
import { ballotSheets, ballotCandidates, votedTitles } from '../../src/sheets/documents/ballots';
import { tallySheet } from '../../src/sheets/documents/tally';
import { midYearReportSheet } from '../../src/sheets/documents/mid-year';
import { registrationSheet } from '../../src/sheets/documents/registration';
import type { DocumentInput } from '../../src/sheets/documents/official-form';
import type { PersonTitleId } from '../../src/domain/types';
import { sampleInput } from './sample';

const hasSoffice = existsSync('/usr/bin/soffice') || !!process.env.SOFFICE;
const maybe = hasSoffice ? describe : describe.skip;
jest.setTimeout(120000);

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

interface Page {
  sheet: string;
  text: string;
  layout: string;
  width: number;
  height: number;
  number: number;
}

maybe('documents printed by LibreOffice', () => {
  let input: DocumentInput;
  let specs: SheetSpec[];
  let pages: Page[];
  let pdf: string;
  const pagesOf = (name: string) => pages.filter((p) => p.sheet === name);

  beforeAll(async () => {
    input = await sampleInput();
    const mid = await sampleInput('mid');
    specs = [
      proposalSheet(input),
      ...nominationSheets(input),
      ...ballotSheets(input),
      tallySheet(input),
      midYearReportSheet(mid),
      registrationSheet(input),
    ];
    const wb = await XlsxWorkbook.create();
    await wb.write(specs, emptySettings(), { replace: [] });
    const dir = mkdtempSync(join(tmpdir(), 'binh-xet-docs-'));
    const xlsx = join(dir, 'tai-lieu.xlsx');
    writeFileSync(xlsx, await wb.save());
    pdf = execFileSync('node', [join(__dirname, '../../scripts/render-pdf.mjs'), xlsx, dir], { encoding: 'utf8' }).trim();
    const layout = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', pdf], { encoding: 'utf8' });
    const sizes = [...info.matchAll(/Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ n: Number(m[1]), w: Number(m[2]), h: Number(m[3]) }));
    // Each sheet starts on the page that shows its own title line.
    const markers = specs.map((s) => {
      const titles = s.rows.flat().filter((c) => c.s === 'docTitle' || c.s === 'docSubtitle').map((c) => norm(String(c.v)));
      const unique = titles.find((tx) => specs.filter((o) => o !== s && o.rows.flat().some((c) => norm(String(c.v ?? '')) === tx)).length === 0);
      return { name: s.name, marker: unique! };
    });
    let current = '';
    let next = 0;
    pages = sizes.map(({ n, w, h }) => {
      const text = norm(layout[n - 1] ?? '');
      if (next < markers.length && text.includes(markers[next].marker)) current = markers[next++].name;
      return { sheet: current, text, layout: layout[n - 1] ?? '', width: w, height: h, number: n };
    });
    expect(next).toBe(markers.length);
  });

  test('every document is A4, in its orientation, and one page wide with its header on every page', () => {
    for (const s of specs) {
      const ps = pagesOf(s.name);
      expect(ps.length).toBeGreaterThan(0);
      const landscape = s.print!.orientation === 'landscape';
      const headerRow = s.print!.repeatRows![0] - 1;
      const header = s.rows[headerRow].map((c) => norm(String(c.v ?? ''))).filter(Boolean);
      for (const p of ps) {
        expect(Math.round(landscape ? p.width : p.height)).toBe(842);
        expect(Math.round(landscape ? p.height : p.width)).toBe(595);
        // The rightmost column's header is on each page: nothing spilled onto a page of its own.
        expect(p.text).toContain(header[header.length - 1].split(' ')[0]);
        for (const h of header) for (const word of h.split(' ')) expect(p.text).toContain(word);
        expect(p.text).toMatch(/Trang \d+\/\d+/);
      }
    }
    console.log(specs.map((s) => `${s.name}: ${pagesOf(s.name).length} page(s) ${s.print!.orientation}`).join('\n'));
  });

  test('each list shows every proposed person exactly once, and the count the proposal states', () => {
    const lists = specs.filter((s) => s.name.startsWith('Mẫu DS '));
    const proposal = pagesOf('Tờ trình khen thưởng').map((p) => p.layout).join('\n');
    for (const line of proposalLines(input)) {
      const text = pagesOf(line.list).map((p) => p.text).join(' ');
      expect(text).toContain(`Danh sách có ${line.count} ${line.scope === 'person' ? 'người' : 'tập thể'}`);
      const row = proposal.split('\n').find((l) => l.includes(line.list))!;
      expect(row).toBeDefined();
      expect(row.replace(line.list, '').match(/\b\d+\b/g)!.map(Number).slice(1)).toEqual([line.count]);
      if (line.scope !== 'person') continue;
      const names = input.result.persons.filter((p) => p.verdicts[line.id as PersonTitleId]?.status === 'awarded').map((p) => p.person.name);
      expect(names).toHaveLength(line.count);
      for (const name of new Set(names)) {
        const expected = names.filter((n) => n === name || n.endsWith(` ${name}`)).length;
        const found = text.split(` ${name} `).length - 1;
        expect({ name, found }).toEqual({ name, found: expected });
      }
    }
    expect(lists).toHaveLength(6);
  });

  test('a ballot fits one page (one copy per member) and lists awarded and over-cap candidates', () => {
    const titles = votedTitles(input);
    expect(titles.map((v) => v.id)).toEqual(['CSTDCS']);
    const ps = pagesOf('Phiếu bầu CSTĐCS');
    expect(ps).toHaveLength(1);
    const { persons } = ballotCandidates(input, titles[0]);
    expect(persons).toHaveLength(23);
    for (const p of persons) expect(ps[0].text).toContain(p.person.name);
    expect(ps[0].text.split('☐').length - 1).toBe(46);
  });

  // Written to test-results/; the README's copies in docs/images are refreshed by hand from there.
  test('PNG renders of the first page of the LĐTT list and of the proposal', () => {
    const out = join(__dirname, '../../test-results');
    mkdirSync(out, { recursive: true });
    for (const [sheet, file] of [
      ['Mẫu DS LĐTT', 'danh-sach-ldtt'],
      ['Tờ trình khen thưởng', 'to-trinh'],
      ['Phiếu bầu CSTĐCS', 'phieu-bau-cstdcs'],
    ]) {
      const n = String(pagesOf(sheet)[0].number);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', n, '-l', n, '-singlefile', pdf, join(out, file)]);
      expect(existsSync(join(out, `${file}.png`))).toBe(true);
    }
  });
});
