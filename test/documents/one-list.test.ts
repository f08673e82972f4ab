/**
 * One list, two renderers: the printed form in the workbook ("Mẫu DS LĐTT") and the list the
 * Word paper carries (the Quyết định's, the Tờ trình's) are the same list. Read back as a
 * clerk would compare them, each from what is printed (the sheet's cells; the .docx's XML):
 * the same heading, the same "(Kèm theo …)" line, the same column headers, the same rows in
 * the same order (unit group rows, then each person with position, unit, achievements and
 * note), the same count; and the people are those the review proposed, each once.
 */
import { strFromU8, unzipSync } from 'fflate';
import type { PersonTitleId, UnitTitleId } from '../../src/domain/types';
import { buildDossier } from '../../src/dossier/dossier';
import type { DocumentInput } from '../../src/dossier/letterhead';
import { renderDocx } from '../../src/documents/word/render';
import { DOC_SHEET_NAMES, nominationSheets } from '../../src/sheets/forms/nomination';
import type { SheetSpec } from '../../src/sheets/grid';
import { rowTexts, sampleInput } from './sample';

jest.setTimeout(120000);

const unescape = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** The text of a piece of WordprocessingML: its <w:t> runs, a <w:br/> as a line break. */
const textOf = (xml: string): string => unescape([...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : m[1])).join(''));

interface WordBlock {
  kind: 'p' | 'tbl';
  text: string;
  rows?: string[][];
}

/** The body of document.xml as paragraphs and tables, in order (a table's rows as cell texts). */
function wordBlocks(docx: Uint8Array): WordBlock[] {
  const xml = strFromU8(unzipSync(docx)['word/document.xml']);
  const body = xml.slice(xml.indexOf('<w:body>'));
  const out: WordBlock[] = [];
  // Tables are never nested in these papers: a table runs from <w:tbl> to its </w:tbl>.
  const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g;
  for (const m of body.matchAll(re)) {
    if (m[0].startsWith('<w:tbl>')) {
      const rows = [...m[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((r) => [...r[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => textOf(c[0])));
      out.push({ kind: 'tbl', text: '', rows });
    } else out.push({ kind: 'p', text: textOf(m[0]) });
  }
  return out;
}

/** The printed form's list read from its cells: its lines above the header, the header, the rows, the lines below. */
function sheetList(spec: SheetSpec, header: string[]) {
  const rows = rowTexts(spec);
  const h = rows.findIndex((r) => r.length === header.length && r[0] === header[0] && r[1] === header[1]);
  expect(h).toBeGreaterThan(0);
  const body: string[][] = [];
  let i = h + 1;
  for (; i < rows.length && rows[i].some((c) => c !== ''); i++) {
    // A group row is one merged cell across the width: its text alone, as Word's one cell.
    const r = rows[i];
    body.push(r.slice(1).every((c) => c === '') && !/^\d+$/.test(r[0]) ? [r[0]] : r);
  }
  return { above: rows.slice(0, h).map((r) => r.filter(Boolean).join(' ')), header: rows[h], body, below: rows.slice(i).map((r) => r.filter(Boolean).join(' ')) };
}

const PERSON_HEADER = ['STT', 'Họ và tên', 'Chức vụ', 'Đơn vị', 'Tóm tắt thành tích', 'Ghi chú'];
const UNIT_HEADER = ['STT', 'Tên tập thể', 'Số người', 'Tóm tắt thành tích', 'Ghi chú'];

async function compareAll(input: DocumentInput): Promise<number> {
  const sheets = nominationSheets(input);
  const dossier = buildDossier(input);
  let compared = 0;
  for (const paper of dossier.papers) {
    if (!paper.appendices.length || paper.attachedTo) continue;
    const blocks = wordBlocks(await renderDocx(paper));
    for (const a of paper.appendices) {
      // The sheet of the same title: its heading is the appendix's first title line.
      const sheet = sheets.find((s) => rowTexts(s).some((r) => r[0] === a.title[0]));
      expect({ list: a.name, sheet: sheet?.name ?? null }).toEqual({ list: a.name, sheet: expect.any(String) });
      const person = rowTexts(sheet!).some((r) => r[1] === 'Họ và tên');
      const header = person ? PERSON_HEADER : UNIT_HEADER;
      const s = sheetList(sheet!, header);
      // Word: the heading paragraph, then the first table after it is the list.
      const at = blocks.findIndex((b) => b.kind === 'p' && b.text === a.title[0]);
      expect({ list: a.name, found: at >= 0 }).toEqual({ list: a.name, found: true });
      const table = blocks.slice(at).find((b) => b.kind === 'tbl')!;
      const wordLines = blocks.slice(at, blocks.indexOf(table)).map((b) => b.text);
      const [wordHeader, ...wordRows] = table.rows!;

      // The same column headers, as the official wording has them (written out here by hand).
      expect(s.header).toEqual(header);
      expect(wordHeader).toEqual(header);
      // The same heading and "(Kèm theo …)" line on both.
      // A draft's line ("Dự kiến 12 người theo thứ tự xếp hạng …") too.
      for (const line of [...a.title, a.subtitle!, ...(a.note ? [a.note] : [])]) {
        expect(s.above).toContain(line);
        expect(wordLines).toContain(line);
      }
      // The same rows, cell for cell, in the same order.
      expect(s.body).toEqual(wordRows);
      // The same count line, under the table on both.
      const count = s.below.find((l) => l.startsWith('Danh sách'))!;
      expect(count).toMatch(/^Danh sách (dự kiến )?có \d{2,} (cá nhân|tập thể)\.\/\.$/);
      expect(blocks.slice(blocks.indexOf(table) + 1).find((b) => b.kind === 'p' && b.text.startsWith('Danh sách'))!.text).toBe(count);

      // The people (or collectives) are those the review proposed for the title, each once, numbered 1..n.
      const data = s.body.filter((r) => r.length > 1);
      expect(data.map((r) => r[0])).toEqual(data.map((_, i) => String(i + 1)));
      const ruleOfList = input.ruleSet.titles.find((r) => DOC_SHEET_NAMES.list(r) === sheet!.name)!;
      const proposed =
        ruleOfList.scope === 'person'
          ? input.result.persons.filter((p) => p.verdicts[ruleOfList.id as PersonTitleId]?.status === 'awarded').map((p) => p.person.name)
          : input.result.units.filter((u) => u.verdicts[ruleOfList.id as UnitTitleId]?.status === 'awarded').map((u) => u.unit.name);
      expect(data.map((r) => r[1].replace(/ \(sinh năm \d{4}\)$/, '')).sort()).toEqual(proposed.sort());
      expect(count).toContain(` ${String(proposed.length).padStart(2, '0')} `);
      compared++;
    }
  }
  return compared;
}

test("after the vote: every title's list is the same on the printed form and in the Word paper", async () => {
  const input = await sampleInput();
  // The sample proposes LĐTT, CSTĐCS, Giấy khen, TTLĐTT (the Quyết định) and TTLĐXS, the Bằng khen to units (the Tờ trình).
  expect(await compareAll(input)).toBe(6);
});

test('before the vote: the draft lists agree too, with the ranking in the note and the draft line', async () => {
  const input = await sampleInput('year', false);
  expect(input.result.pendingVote).toContain('CSTDCS');
  expect(await compareAll(input)).toBe(6);
  const decision = buildDossier(input).papers.find((p) => p.id === 'quyet-dinh')!;
  expect(decision.appendices.find((a) => a.title[0].includes('CHIẾN SĨ THI ĐUA CƠ SỞ'))!.note).toBe(
    '(Dự kiến 12 người theo thứ tự xếp hạng trong 23 người đủ tiêu chuẩn; danh sách chính thức theo kết quả bỏ phiếu của Hội đồng Thi đua - Khen thưởng)',
  );
  const cstdcs = nominationSheets(input).find((s) => s.name === 'Mẫu DS CSTĐCS')!;
  const rows = rowTexts(cstdcs);
  expect(rows.some((r) => r[5]?.startsWith('Xếp thứ '))).toBe(true);
  expect(rows.some((r) => r[0]?.startsWith('Danh sách dự kiến có 12 cá nhân./.'))).toBe(true);
});

test('mid-year: the printed form and the Word Báo cáo sơ kết carry the same two tables, figure for figure', async () => {
  const { midYearReportSheet } = await import('../../src/sheets/forms/mid-year');
  const input = await sampleInput('mid');
  expect(input.result.targets.length).toBeGreaterThan(0);
  const sheet = midYearReportSheet(input);
  const rows = sheet.rows.map((r) => r.map((c) => c.v));
  const paper = buildDossier(input).papers[0];
  const tables = wordBlocks(await renderDocx(paper)).filter((b) => b.kind === 'tbl');
  // Word's text of a figure; the sheet keeps the number (a share as a fraction, shown as a percentage).
  const share = (v: number) => `${String(Math.round(v * 1000) / 10).replace('.', ',')} %`;
  const asWord = (v: unknown, col = -1): string => (v === null || v === undefined ? '' : typeof v === 'number' && (col === 4 || col === 6) ? share(v) : String(v));

  // By unit: the header, one row per unit in the unit sheet's order, the agency's total.
  const unitHeader = ['STT', 'Tên tập thể', 'Số CBCCVC', 'LĐTT dự kiến', 'Tỷ lệ LĐTT', 'CSTĐCS dự kiến', 'Tỷ lệ CSTĐCS', 'Danh hiệu tập thể dự kiến'];
  const h = rows.findIndex((r) => r[0] === 'STT' && r[1] === 'Tên tập thể');
  expect(rows[h]).toEqual(unitHeader);
  const byUnit = tables.find((tb) => tb.rows![0][1] === 'Tên tập thể')!;
  expect(byUnit.rows![0]).toEqual(unitHeader);
  const n = input.result.units.length + 1;
  expect(rows.slice(h + 1, h + 1 + n).map((r) => r.map((v, i) => asWord(v, i)))).toEqual(byUnit.rows!.slice(1));
  expect(byUnit.rows![n][1]).toBe('Toàn cơ quan');
  expect(byUnit.rows![n][2]).toBe(String(input.result.units.reduce((s, u) => s + u.members, 0)));

  // The targets against the plan: the sheet spreads some columns over two cells.
  const th = rows.findIndex((r) => r[0] === 'STT' && r[1] === 'Chỉ tiêu thi đua');
  const targets = tables.find((tb) => tb.rows![0][1] === 'Chỉ tiêu thi đua')!;
  const keep = [0, 1, 3, 4, 6];
  const sheetTargets = rows.slice(th, th + 1 + input.result.targets.length).map((r) => keep.map((i) => String(r[i] ?? '')));
  expect(sheetTargets).toEqual(targets.rows);
  expect(targets.rows![0]).toEqual(['STT', 'Chỉ tiêu thi đua', 'Kế hoạch', 'Dự kiến đạt', 'Đánh giá']);
});
