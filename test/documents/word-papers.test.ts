/**
 * The papers as data, without printing: who decides what, what waits for the vote, the
 * agency's fields, the wording. (Their print is checked in word-render.test.ts.)
 */
import { buildDossier, INLINE_LIST_ROWS } from '../../src/dossier/dossier';
import { paperAgency, SAMPLE_SETTINGS } from '../../src/dossier/agency';
import { localityOf, placeOf } from '../../src/dossier/letterhead';
import { paperTexts } from '../../src/dossier/model';
import { contextOf, isDraft } from '../../src/dossier/context';
import { balance } from '../../src/documents/word/render';
import { ruleByKey } from '../../src/rules/titles';
import { sampleInput } from './sample';

test('a paper is a draft when one of the titles it lists is (the rule of the lists: rules/drafts.ts)', async () => {
  const input = await sampleInput();
  const rs = input.ruleSet;
  const pending = contextOf({ ...input, result: { ...input.result, pendingVote: ['CSTDCS'] } });
  expect([...pending.drafts].sort()).toEqual(['CO_TINH', 'CSTDCS', 'CSTD_TINH', 'TTLDTT', 'TTLDXS']);
  expect(isDraft(pending, [ruleByKey(rs, 'GIAY_KHEN')!])).toBe(false);
  expect(isDraft(pending, [ruleByKey(rs, 'GIAY_KHEN')!, ruleByKey(rs, 'TTLDTT')!])).toBe(true);
  expect(isDraft(pending, [ruleByKey(rs, 'TTLDXS')!])).toBe(true);
  expect(isDraft(contextOf(input), [ruleByKey(rs, 'TTLDXS')!])).toBe(false);
});

test("the agency: the sample's papers fields only from the sample's own settings; another agency gets its province from the parent agency", () => {
  expect(localityOf('UBND TỈNH BẮC GIANG')).toBe('tỉnh Bắc Giang');
  expect(localityOf('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH')).toBe('thành phố Hồ Chí Minh');
  expect(localityOf('BỘ KHOA HỌC VÀ CÔNG NGHỆ')).toBeUndefined();
  // The place of the date line is the locality's name alone.
  expect(placeOf('UBND TỈNH THÁI NGUYÊN')).toBe('Thái Nguyên');
  expect(placeOf('ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH')).toBe('Hồ Chí Minh');
  expect(placeOf('BỘ KHOA HỌC VÀ CÔNG NGHỆ')).toBeUndefined();
  const sample = paperAgency(SAMPLE_SETTINGS.agency);
  expect(sample).toMatchObject({ code: 'KHCN', recipient: 'Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang', headInText: 'Giám đốc Sở Khoa học và Công nghệ', missing: [] });
  // Nothing set is nobody's agency: dots everywhere, every field missing, no word of the sample.
  const none = paperAgency(undefined);
  expect(JSON.stringify(none)).not.toMatch(/Bắc Giang|BẮC GIANG|Khoa học|KHOA HỌC|Kiên|KHCN|05\/KH/);
  expect(none).toMatchObject({ parent: '……', name: '……', signerName: '……', code: '……', council: [], counting: [] });
  expect(none.missing).toEqual(expect.arrayContaining(['parent', 'name', 'signerTitle', 'signerName', 'code', 'council', 'counting', 'plan']));
  const other = paperAgency({ parent: 'UBND TỈNH THÁI NGUYÊN', name: 'SỞ TƯ PHÁP' });
  expect(other.recipient).toBe('Chủ tịch Ủy ban nhân dân tỉnh Thái Nguyên');
  expect(other.council).toEqual([]);
  expect(other.code).toBe('……');
  expect(other.missing).toEqual(expect.arrayContaining(['nameInText', 'code', 'council', 'counting']));
});

test('every paper: no placeholder, no ISO date, no tool wording; awards are given ("tặng"), titles recognised', async () => {
  const input = await sampleInput();
  for (const p of buildDossier(input).papers) {
    const text = paperTexts(p).join('\n');
    expect({ id: p.id, bad: text.match(/[{}]|undefined|NaN|\b\d{4}-\d{2}-\d{2}\b|\.enabled|tham số|mặc định/g) }).toEqual({ id: p.id, bad: null });
    expect(text).not.toMatch(/công nhận danh hiệu "?(Bằng khen|Giấy khen)/i);
  }
  const mid = buildDossier(await sampleInput('mid'));
  expect(mid.papers.map((p) => p.id)).toEqual(['bao-cao-so-ket']);
});

test('a long agency name is set on balanced lines, never starting with the dash', () => {
  expect(balance('HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG', 12, 3600)).toEqual(['HỘI ĐỒNG THI ĐUA -', 'KHEN THƯỞNG']);
  expect(balance('SỞ KHOA HỌC VÀ CÔNG NGHỆ', 12, 4000)).toEqual(['SỞ KHOA HỌC VÀ CÔNG NGHỆ']);
});

test("a list of more than 1 000 rows goes in a file of its own right after its paper; the sample's lists stay inside", async () => {
  const input = await sampleInput();
  const inside = buildDossier(input).papers;
  expect(inside.filter((p) => p.attachedTo)).toEqual([]);
  expect(INLINE_LIST_ROWS).toBe(1000);
  // 81 LĐTT and the 12 CSTĐCS, 31 Giấy khen against a threshold of 50: only the LĐTT list goes apart.
  const apart = buildDossier(input, undefined, { inlineListRows: 50 }).papers;
  const at = apart.findIndex((p) => p.id === 'quyet-dinh');
  expect(apart[at + 1]).toMatchObject({
    id: 'quyet-dinh-ds-ldtt',
    fileName: '03-quyet-dinh-khen-thuong-2014-ds-ldtt',
    label: 'Danh sách cá nhân được công nhận danh hiệu "Lao động tiên tiến" năm 2014 (kèm theo Quyết định)',
    attachedTo: 'quyet-dinh',
    body: [],
    signatures: [],
  });
  const qd = inside.find((p) => p.id === 'quyet-dinh')!;
  expect(apart[at].appendices.map((a) => a.slug)).toEqual(qd.appendices.map((a) => a.slug).filter((s) => s !== 'ds-ldtt'));
  expect(apart[at + 1].appendices).toEqual(qd.appendices.filter((a) => a.slug === 'ds-ldtt'));
  // Nothing else moves.
  expect(apart.filter((p) => !p.attachedTo).map((p) => p.id)).toEqual(inside.map((p) => p.id));
});

test("before the vote: DỰ THẢO exactly on what depends on it: the collectives' reports quoting CSTĐCS counts yes, the blank minutes of the count no", async () => {
  const input = await sampleInput('year', false);
  expect(input.result.pendingVote).toEqual(['CSTDCS']);
  const papers = buildDossier(input).papers;
  const draft = (id: string) => papers.find((p) => p.id === id)?.draft;
  // The blank form the committee writes on is not a draft.
  expect(draft('bien-ban-kiem-phieu')).toBe(false);
  expect(draft('quyet-dinh')).toBe(true);
  // Every collective report quotes "… người đạt danh hiệu Chiến sĩ thi đua cơ sở": drafts.
  const collective = papers.filter((p) => p.id.startsWith('bao-cao-thanh-tich-tap-the') || p.fileName.includes('tap-the-'));
  expect(collective.length).toBeGreaterThan(0);
  for (const p of collective) {
    expect(paperTexts(p).join('\n')).toMatch(/người đạt danh hiệu "Chiến sĩ thi đua cơ sở"/);
    expect({ id: p.id, draft: p.draft }).toEqual({ id: p.id, draft: true });
  }
});
