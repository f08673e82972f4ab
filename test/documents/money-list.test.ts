/**
 * The accountant's bảng kê and the Quyết định's Điều 2 (issue 17, section 1): the agency's
 * part of the sample's money, by hand (NĐ 42/2010 coefficients as commonly quoted, mức lương cơ
 * sở 1 150 000): LĐTT not CSTĐCS × 350 000 + CSTĐCS × 1 150 000 + Giấy khen × 350 000 + TTLĐTT ×
 * 920 000, with the review's counts (81 LĐTT, 12 CSTĐCS, 31 Giấy khen on the sample).
 */
import { buildDossier } from '../../src/dossier/dossier';
import { paperTexts } from '../../src/dossier/model';
import { dongFigures, dongInWords } from '../../src/text/number-words';
import { sampleInput } from './sample';

async function agencyPart(): Promise<number> {
  const { result } = await sampleInput();
  const has = (v: { status: string } | undefined) => v?.status === 'awarded';
  const people = result.persons.map((p) => p.verdicts);
  return (
    people.filter((v) => has(v.LDTT) && !has(v.CSTDCS)).length * 350_000 +
    people.filter((v) => has(v.CSTDCS)).length * 1_150_000 +
    people.filter((v) => has(v.GIAY_KHEN)).length * 350_000 +
    result.units.filter((u) => has(u.verdicts.TTLDTT)).length * 920_000
  );
}

test("the bảng kê lists what the agency pays, with the total in figures and words; the province's part is not on it", async () => {
  const input = await sampleInput();
  const papers = buildDossier(input).papers;
  const list = papers.find((p) => p.id === 'bang-ke-tien-thuong')!;
  expect(papers.map((p) => p.id).indexOf('bang-ke-tien-thuong')).toBe(papers.map((p) => p.id).indexOf('quyet-dinh') + 1);
  expect(list.kind).toBe('BẢNG KÊ');
  const table = list.body.find((b) => b.kind === 'table')!;
  if (table.kind !== 'table') throw new Error('no table');
  const total = table.rows.find((r) => r.kind === 'total')!;
  const expected = await agencyPart();
  expect(total.cells[4]).toBe(dongFigures(expected));
  const titles = table.rows.filter((r) => r.kind !== 'total').map((r) => r.cells[3]);
  expect(titles.filter((t) => t === 'Lao động tiên tiến').length).toBe(69); // 81 LĐTT, 12 of them CSTĐCS
  expect(titles.filter((t) => t === 'Chiến sĩ thi đua cơ sở').length).toBe(12);
  expect(titles).not.toContain('Tập thể lao động xuất sắc'); // decided and paid by the province
  const text = paperTexts(list).join('\n');
  expect(text).toContain(`Bằng chữ: ${dongInWords(expected)}.`);
  expect(list.signatures.map((s) => s.title)).toEqual(['NGƯỜI LẬP BIỂU', 'KẾ TOÁN TRƯỞNG', 'GIÁM ĐỐC']);
});

test("Điều 2 of the Quyết định states the agency's amount in figures and words", async () => {
  const input = await sampleInput();
  const decision = buildDossier(input).papers.find((p) => p.id === 'quyet-dinh')!;
  const article2 = paperTexts(decision).find((t) => t.startsWith('Điều 2.'))!;
  const expected = await agencyPart();
  expect(article2).toContain(`tổng số tiền ${dongFigures(expected)} đồng (${dongInWords(expected)})`);
  expect(article2).toContain('(có bảng kê kèm theo)');
});

test('a paper cites only what was confirmed: no "chưa đối chiếu" (2014: neither the NĐ 42/2010 coefficients nor the 2013 wage decree were)', async () => {
  const input = await sampleInput();
  for (const p of buildDossier(input).papers.filter((x) => x.id === 'bang-ke-tien-thuong' || x.id === 'quyet-dinh')) {
    expect(paperTexts(p).join('\n')).not.toMatch(/chưa đối chiếu/);
  }
  const list = buildDossier(input).papers.find((p) => p.id === 'bang-ke-tien-thuong')!;
  expect(paperTexts(list)).toContain('Căn cứ tính: mức lương cơ sở 1.150.000 đồng/tháng.');
});

test('the bảng kê renders to a Word file with its table and three signers', async () => {
  const { renderDocx } = await import('../../src/documents/word/render');
  const { unzipSync, strFromU8 } = await import('fflate');
  const input = await sampleInput();
  const list = buildDossier(input).papers.find((p) => p.id === 'bang-ke-tien-thuong')!;
  const xml = strFromU8(unzipSync(await renderDocx(list))['word/document.xml']).replace(/<[^>]+>/g, '');
  expect(xml).toContain('BẢNG KÊ');
  expect(xml).toContain(dongFigures(await agencyPart()));
  expect(xml).toContain('KẾ TOÁN TRƯỞNG');
});
