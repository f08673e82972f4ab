/**
 * One write plan for the three adapters (src/workbook/write-plan.ts): which earlier sheets
 * go, what each new sheet is called, what the settings say afterwards, each footer in its
 * sheet's language, and one resolved style table. Then the same write through the memory,
 * .xlsx and (fake) Excel adapters gives the same names, the same settings and the same report.
 */
import { emptySettings, type StoredSettings } from '../../src/domain/settings';
import type { SheetSpec, StyleId } from '../../src/sheets/grid';
import { MemoryWorkbook } from '../../src/workbook/memory';
import { OfficeWorkbook } from '../../src/workbook/office';
import { settingsFromCells } from '../../src/workbook/settings-store';
import { planWrite, RESOLVED_STYLES, type ResolvedStyle } from '../../src/workbook/write-plan';
import { addStyles } from '../../src/workbook/package';
import { XlsxWorkbook } from '../../src/workbook/xlsx';
import { FakeExcel, installExcelGlobals } from '../fakes/fake-excel';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { fixture, runCli, tempDir } from '../helpers/cli';

beforeAll(installExcelGlobals);

const print = { orientation: 'portrait' as const, margins: { top: 20, bottom: 20, left: 30, right: 15 }, fitToWidth: true, pageNumbers: true };
const spec = (name: string, extra: Partial<SheetSpec> = {}): SheetSpec => ({ name, rows: [[{ v: name, s: 'title' }]], widths: [10], merges: [], ...extra });

describe('planWrite', () => {
  const existing = ['DS CBCCVC 2014', 'KQ cá nhân', 'Mẫu DS LĐTT', 'kq tập thể', 'BinhXet_CaiDat'];
  const settings: StoredSettings = { version: 1, ownedSheets: ['Mẫu DS LĐTT', 'Vấn đề dữ liệu'], lang: 'en' };
  const specs = [spec('KQ cá nhân', { print }), spec('KQ tập thể'), spec('Mẫu DS LĐTT', { print }), spec('Kiểm phiếu 2014', { print, handOver: true, lang: 'vi' }), spec('Tên: có [dấu] cấm?')];
  const plan = planWrite(existing, specs, settings, settings.ownedSheets);

  test("only the add-in's earlier sheets that are there go; the settings sheet is replaced apart", () => {
    expect(plan.remove).toEqual(['Mẫu DS LĐTT']);
  });

  test('names: a clerk\'s sheet of the same name (any case) stays and the result gets " (2)"; a name Excel refuses is cleaned', () => {
    expect(plan.written).toEqual(['KQ cá nhân (2)', 'KQ tập thể (2)', 'Mẫu DS LĐTT', 'Kiểm phiếu 2014', 'Tên  có  dấu  cấm']);
    expect(plan.sheets.map((s) => s.name)).toEqual(plan.written);
  });

  test('the settings list the sheets written, but not the forms handed over, and nothing removed', () => {
    expect(plan.settings.name).toBe('BinhXet_CaiDat');
    expect(settingsFromCells(plan.settings.cells)!.ownedSheets).toEqual(['KQ cá nhân (2)', 'KQ tập thể (2)', 'Mẫu DS LĐTT', 'Tên  có  dấu  cấm']);
  });

  test("footers: in the review's language, but a form written in Vietnamese has a Vietnamese footer; none without page numbers", () => {
    expect(plan.sheets.map((s) => s.print?.footer)).toEqual(['Page &P of &N', undefined, 'Page &P of &N', 'Trang &P/&N', undefined]);
    expect(planWrite([], [spec('A', { print })], emptySettings(), []).sheets[0].print!.footer).toBe('Trang &P/&N');
  });

  test('the specs given are not changed', () => {
    expect(specs.map((s) => s.name)).toEqual(['KQ cá nhân', 'KQ tập thể', 'Mẫu DS LĐTT', 'Kiểm phiếu 2014', 'Tên: có [dấu] cấm?']);
    expect(specs[0].print).toEqual(print);
  });
});

describe('the resolved styles', () => {
  test('each says everything: font (Times New Roman 12 black unless the style says otherwise), borders, number format', () => {
    expect(RESOLVED_STYLES.header).toEqual({
      font: { name: 'Times New Roman', size: 12, bold: true, italic: false, underline: false, color: '#000000' },
      fill: '#D9E2F3',
      horizontal: 'center',
      vertical: 'center',
      wrap: true,
      border: true,
      numberFormat: 'General',
    });
    expect(RESOLVED_STYLES.bad.font.color).toBe('#9C0006');
    expect(RESOLVED_STYLES.percent.numberFormat).toBe('0.0%');
    expect(RESOLVED_STYLES.note).toEqual({
      font: { name: 'Times New Roman', size: 11, bold: false, italic: true, underline: false, color: '#000000' },
      wrap: false,
      border: false,
      numberFormat: 'General',
    });
  });
});

describe('the three adapters apply the same plan', () => {
  const grids = [
    { name: 'DS CBCCVC 2014', visibility: 'visible' as const, values: [['Họ và tên']], top: 0, left: 0, merges: [] },
    { name: 'KQ cá nhân', visibility: 'visible' as const, values: [['ghi chú của văn thư']], top: 0, left: 0, merges: [] },
  ];
  const specs = [spec('KQ cá nhân', { print }), spec('Vấn đề dữ liệu')];
  const expected = { written: ['KQ cá nhân (2)', 'Vấn đề dữ liệu'], removed: [], notes: [] };

  test('memory', async () => {
    const wb = new MemoryWorkbook(grids);
    expect(await wb.write(specs, emptySettings(), { replace: [] })).toEqual(expected);
    expect((await wb.sheets()).map((s) => s.name)).toEqual(['DS CBCCVC 2014', 'KQ cá nhân', 'KQ cá nhân (2)', 'Vấn đề dữ liệu', 'BinhXet_CaiDat']);
    expect((await wb.getSettings())!.ownedSheets).toEqual(expected.written);
  });

  test('.xlsx', async () => {
    const x = await XlsxWorkbook.create();
    // The same sheets in an .xlsx: the two grids written as the clerk's (forms handed over are not the add-in's).
    await x.write(
      grids.map((g) => ({ name: g.name, rows: g.values.map((r) => r.map((v) => ({ v }))), widths: [], merges: [], handOver: true })),
      emptySettings(),
      { replace: [] },
    );
    const reopened = await XlsxWorkbook.open(await x.save());
    expect(await reopened.write(specs, (await reopened.getSettings())!, { replace: [] })).toEqual(expected);
    const after = await XlsxWorkbook.open(await reopened.save());
    expect((await after.sheets()).map((s) => s.name)).toEqual(['DS CBCCVC 2014', 'KQ cá nhân', 'KQ cá nhân (2)', 'Vấn đề dữ liệu', 'BinhXet_CaiDat']);
    expect((await after.getSettings())!.ownedSheets).toEqual(expected.written);
  });

  test('Excel (the fake)', async () => {
    const fx = FakeExcel.withSheets(grids.map((g) => ({ name: g.name, values: g.values })));
    const wb = new OfficeWorkbook(fx.run, { supports: fx.supports });
    expect(await wb.write(specs, emptySettings(), { replace: [] })).toEqual(expected);
    expect((await wb.sheets()).map((s) => s.name)).toEqual(['DS CBCCVC 2014', 'KQ cá nhân', 'KQ cá nhân (2)', 'Vấn đề dữ liệu', 'BinhXet_CaiDat']);
    expect((await wb.getSettings())!.ownedSheets).toEqual(expected.written);
    expect(fx.sheet('KQ cá nhân (2)')!.page).toEqual(expect.objectContaining({ centerFooter: 'Trang &P/&N' }));
  });
});

describe('the footer of the printed sheets, end to end', () => {
  test('review --lang en: English page numbers on the lists, Vietnamese on the forms written in Vietnamese', async () => {
    const out = join(tempDir(), 'kq.xlsx');
    const r = await runCli(['review', fixture('so-khcn-bac-giang-2014.xlsx'), '--out', out, '--lang', 'en']);
    expect(r.code).toBe(0);
    const parts = unzipSync(readFileSync(out));
    const wbXml = strFromU8(parts['xl/workbook.xml']);
    const rels = strFromU8(parts['xl/_rels/workbook.xml.rels']);
    const footerOf = (sheet: string) => {
      const rid = new RegExp(`<sheet name="${sheet}"[^>]*r:id="([^"]+)"`).exec(wbXml)![1];
      const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
      return /<oddFooter>([^<]*)<\/oddFooter>/.exec(strFromU8(parts[`xl/${target.replace(/^\/?xl\//, '')}`]))?.[1];
    };
    expect(footerOf('Mẫu DS LĐTT')).toBe('&amp;CPage &amp;P of &amp;N');
    expect(footerOf('Phiếu bầu CSTĐCS')).toBe('&amp;CPage &amp;P of &amp;N');
    expect(footerOf('Kiểm phiếu 2014')).toBe('&amp;CTrang &amp;P/&amp;N');
    expect(footerOf('Đăng ký thi đua 2015')).toBe('&amp;CTrang &amp;P/&amp;N');
  });
});

describe('one style mapping: the .xlsx style table and the Excel calls say what the resolved table says', () => {
  const ids = Object.keys(RESOLVED_STYLES) as StyleId[];
  const EMPTY =
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

  /** A style as read back from the .xlsx style table, in the resolved table's terms. */
  function fromXlsx(xml: string, xfIndex: number): ResolvedStyle {
    const items = (block: string, tag: string) =>
      [...new RegExp(`<${block}[^>]*>([\\s\\S]*?)</${block}>`).exec(xml)![1].matchAll(new RegExp(`<${tag}\\b[^>]*/>|<${tag}\\b[^>]*>[\\s\\S]*?</${tag}>`, 'g'))].map((m) => m[0]);
    const xf = items('cellXfs', 'xf')[xfIndex];
    const at = (el: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(el)?.[1];
    const font = items('fonts', 'font')[Number(at(xf, 'fontId'))];
    const fill = items('fills', 'fill')[Number(at(xf, 'fillId'))];
    const border = items('borders', 'border')[Number(at(xf, 'borderId'))];
    const fmtId = Number(at(xf, 'numFmtId'));
    const custom = [...xml.matchAll(/<numFmt\b[^>]*\/>/g)].map((m) => m[0]).find((f) => Number(at(f, 'numFmtId')) === fmtId);
    const builtin: Record<number, string> = { 0: 'General', 1: '0', 9: '0%', 10: '0.00%', 49: '@' };
    const alignment = /<alignment\b[^>]*\/>/.exec(xf)?.[0] ?? '';
    const fg = fill && /patternType="solid"/.test(fill) ? at(/<fgColor[^>]*>/.exec(fill)![0], 'rgb') : undefined;
    return {
      font: {
        name: at(/<name [^>]*>/.exec(font)![0], 'val')!,
        size: Number(at(/<sz [^>]*>/.exec(font)![0], 'val')),
        bold: /<b\/>/.test(font),
        italic: /<i\/>/.test(font),
        underline: /<u\/>/.test(font),
        color: `#${at(/<color [^>]*>/.exec(font)![0], 'rgb')!.slice(2)}`,
      },
      ...(fg ? { fill: `#${fg.slice(2)}` } : {}),
      ...(at(alignment, 'horizontal') ? { horizontal: at(alignment, 'horizontal') as ResolvedStyle['horizontal'] } : {}),
      ...(at(alignment, 'vertical') ? { vertical: at(alignment, 'vertical') as ResolvedStyle['vertical'] } : {}),
      wrap: at(alignment, 'wrapText') === '1',
      border: ['left', 'right', 'top', 'bottom'].every((side) => new RegExp(`<${side} style="thin"`).test(border)),
      numberFormat: custom ? at(custom, 'formatCode')! : builtin[fmtId],
    };
  }

  test(".xlsx: every named style in the workbook's style table", () => {
    const { xml, index } = addStyles(EMPTY);
    for (const id of ids) expect({ id, style: fromXlsx(xml, index.get(id)!) }).toEqual({ id, style: RESOLVED_STYLES[id] });
  });

  test('Excel: every named style as format calls, every cell of a two-row range bordered', async () => {
    const fx = FakeExcel.withSheets([]);
    const wb = new OfficeWorkbook(fx.run, { supports: fx.supports });
    // Two rows per style (a vertical run, as a table column is), one column per style.
    const rows = [0, 1].map(() => ids.map((s) => ({ v: 'x', s })));
    await wb.write([{ name: 'Kiểu', rows, widths: [], merges: [] }], emptySettings(), { replace: [] });
    const cells = fx.sheet('Kiểu')!.cells;
    ids.forEach((id, c) => {
      const got = cells.get(`0,${c}`)!.style ?? {};
      const st = RESOLVED_STYLES[id];
      const edges = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'];
      expect({ id, got }).toEqual({
        id,
        got: {
          'font.name': st.font.name,
          'font.size': st.font.size,
          ...(st.font.bold ? { 'font.bold': true } : {}),
          ...(st.font.italic ? { 'font.italic': true } : {}),
          ...(st.font.underline ? { 'font.underline': 'Single' } : {}),
          ...(st.font.color !== '#000000' ? { 'font.color': st.font.color } : {}),
          ...(st.fill ? { 'fill.color': st.fill } : {}),
          ...(st.horizontal ? { horizontalAlignment: { left: 'Left', center: 'Center', right: 'Right' }[st.horizontal] } : {}),
          ...(st.vertical ? { verticalAlignment: { top: 'Top', center: 'Center', bottom: 'Bottom' }[st.vertical] } : {}),
          ...(st.wrap ? { wrapText: true } : {}),
          ...(st.border ? Object.fromEntries(edges.map((e) => [`border.${e}.style`, 'Continuous'])) : {}),
        },
      });
      expect({ id, format: cells.get(`1,${c}`)!.fmt ?? 'General' }).toEqual({ id, format: st.numberFormat });
    });
  });
});
