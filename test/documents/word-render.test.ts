/**
 * The Word papers printed by LibreOffice (one soffice run for every document of three reviews
 * of the Bắc Giang sample) and read back from the PDF as the council would read them:
 * - "trước" — the staff list without its vote column and no tally: CSTĐCS waits for the vote;
 * - "sau" — the same with the tally "Kiểm phiếu 2014" filled in by the counting committee;
 * - "giữa năm" — the mid-year review.
 * Checked: A4 in each section's orientation, the margins of NĐ 30/2020 (nothing printed
 * outside them but the page number in the top margin, from page 2), the recipient, counts
 * equal to the lists, each proposed person exactly once in each list, "DỰ THẢO" before the
 * tally and not after, room to sign, no placeholder, "undefined", "NaN" or ISO date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { runReview } from '../../src/pipeline/review';
import { sampleSettings } from './sample';
import { getPreset } from '../../src/rules/presets';
import type { SheetGrid } from '../../src/sheets/grid';
import type { DocumentInput } from '../../src/dossier/letterhead';
import { tallySheet } from '../../src/sheets/forms/tally';
import { fold } from '../../src/sheets/reader/fold';
import { buildDossier } from '../../src/dossier/dossier';
import type { Paper } from '../../src/dossier/model';
import { renderDocx } from '../../src/documents/word/render';
import type { PersonTitleId, UnitTitleId } from '../../src/domain/types';
import { gridOf } from './sample';
import { titleName } from '../../src/rules/titles';

const hasSoffice = existsSync('/usr/bin/soffice') || !!process.env.SOFFICE;
const maybe = hasSoffice ? describe : describe.skip;
jest.setTimeout(240000);

const PT_PER_MM = 72 / 25.4;
/** Text as pdftotext gives it, spaces folded; and with the spaces inside words gone, for phrases that may wrap. */
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
const squeeze = (s: string) => s.replace(/\s+/g, '');

interface Word {
  page: number;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
interface Printed {
  paper: Paper;
  scenario: string;
  pages: { width: number; height: number; text: string }[];
  words: Word[];
  text: string;
}

async function gridsOf(): Promise<SheetGrid[]> {
  return readXlsxGrids(readFileSync(join(__dirname, '../fixtures/so-khcn-bac-giang-2014.xlsx')));
}

/** The sample without its vote-share column: the council has not voted yet. */
function withoutVotes(grids: SheetGrid[]): SheetGrid[] {
  return grids.map((g) => {
    const header = g.values.slice(0, 12).map((row) => row.findIndex((v) => typeof v === 'string' && /phieu/.test(fold(v))));
    const col = header.find((c) => c >= 0);
    if (col === undefined) return g;
    return { ...g, values: g.values.map((row) => row.map((v, c) => (c === col ? null : v))) };
  });
}

/** A review of the sample with its own settings (agency, council, plan), as `binh-xet sample` gives it. */
function inputOf(grids: SheetGrid[], phase: 'year' | 'mid' = 'year'): DocumentInput {
  const o = runReview(grids, sampleSettings(), { reviewDate: phase === 'mid' ? '2014-07-05' : '2014-12-20', phase });
  return { result: o.result!, ruleSet: getPreset(o.result!.ruleSetId), unitOrder: o.parsed.units.map((u) => u.name), lang: 'vi', agency: o.papers!.agency };
}

/**
 * Votes a counting committee would write: 9 members, all ballots valid; the first 12
 * candidates of the form get 9, 8 or 7 votes (9 − i mod 3), the others 6 or 5, so no tie
 * stands at the 12th place (ties have their own test, tie-at-cap.test.ts). Filled by the form's headers, so it follows the form as it changes:
 * a ballots table ("Số phiếu phát ra" …) where the form has one, labelled lines otherwise.
 */
function filledTally(before: DocumentInput): SheetGrid {
  const g = gridOf(tallySheet(before));
  const isText = (v: unknown): v is string => typeof v === 'string';
  const headerOf = (re: RegExp) => g.values.findIndex((row) => row.some((v) => isText(v) && re.test(fold(v))));
  const colOf = (row: number, re: RegExp) => g.values[row].findIndex((v) => isText(v) && re.test(fold(v)));
  const values = g.values.map((row) => row.slice());
  const votes = headerOf(/^so phieu dong y/);
  const ballots = headerOf(/^so phieu phat ra/);
  let i = 0;
  for (let r = votes + 1; r < values.length && values[r].some((v) => v !== null && v !== ''); r++) {
    if (!values[r][1] && !values[r][4]) continue;
    const members = colOf(votes, /^so thanh vien/);
    if (members >= 0) values[r][members] = 9;
    values[r][colOf(votes, /^so phieu dong y/)] = i < 12 ? 9 - (i % 3) : 6 - (i % 2);
    i++;
  }
  if (ballots >= 0) {
    for (let r = ballots + 1; r < values.length && values[r].some((v) => v !== null && v !== ''); r++) {
      for (const [re, n] of [
        [/^so thanh vien/, 9],
        [/^so phieu phat ra/, 9],
        [/^so phieu thu ve/, 9],
        [/^so phieu hop le/, 9],
        [/^so phieu khong hop le/, 0],
      ] as const) {
        const c = colOf(ballots, re);
        if (c >= 0) values[r][c] = n;
      }
    }
  } else values.push([], ['Số phiếu phát ra', 9], ['Số phiếu thu về', 9], ['Số phiếu hợp lệ', 9], ['Số phiếu không hợp lệ', 0]);
  return { ...g, values };
}

maybe('Word papers printed by LibreOffice', () => {
  let dir: string;
  let before: DocumentInput;
  let after: DocumentInput;
  let mid: DocumentInput;
  const printed: Printed[] = [];
  const find = (scenario: string, id: string) => printed.find((p) => p.scenario === scenario && p.paper.id === id)!;
  let seconds = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'binh-xet-word-'));
    const grids = withoutVotes(await gridsOf());
    before = inputOf(grids);
    after = inputOf([...grids, filledTally(before)]);
    mid = inputOf(await gridsOf(), 'mid');
    const files: { file: string; paper: Paper; scenario: string }[] = [];
    // The sample proposes no person above the agency under vn-2014 (a Bằng khen needs two
    // initiatives in two years): one person given a Bằng khen by hand shows the person's form.
    const rs = after.ruleSet;
    const bk = rs.titles.find((r) => r.scope === 'person' && r.decidedBy === 'province-chair' && r.kind === 'award')!;
    const who = after.result.persons.find((p) => p.person.rating === 'excellent' && p.person.initiatives > 0)!;
    const withBk: DocumentInput = {
      ...after,
      result: { ...after.result, persons: after.result.persons.map((p) => (p === who ? { ...p, verdicts: { ...p.verdicts, [bk.id]: { title: bk.id, status: 'awarded', reasons: [] } } } : p)) },
    };
    const forms = buildDossier(withBk).papers.filter((p) => p.id.startsWith('bao-cao-thanh-tich-ca-nhan'));
    // A list past the threshold goes in a file of its own (81 LĐTT against a threshold of 50 here; 1 000 by default).
    const long = buildDossier(after, undefined, { inlineListRows: 50 }).papers.filter((p) => p.id === 'quyet-dinh' || p.attachedTo);
    for (const [scenario, papers] of [
      ['truoc', buildDossier(before).papers],
      ['sau', buildDossier(after).papers],
      ['giua-nam', buildDossier(mid).papers],
      ['mau-02', forms],
      ['dai', long],
    ] as const) {
      for (const paper of papers) {
        const file = join(dir, `${scenario}--${paper.fileName.replace(/\//g, '--')}.docx`);
        writeFileSync(file, await renderDocx(paper));
        files.push({ file, paper, scenario });
      }
    }
    // One LibreOffice run for every document (a private profile, as scripts/render-pdf.mjs).
    const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
    const t0 = Date.now();
    try {
      execFileSync(
        process.env.SOFFICE ?? '/usr/bin/soffice',
        [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files.map((f) => f.file)],
        {
          stdio: ['ignore', 'pipe', 'pipe'],
          timeout: 200000,
        },
      );
    } finally {
      rmSync(profile, { recursive: true, force: true });
    }
    seconds = (Date.now() - t0) / 1000;
    for (const f of files) {
      const pdf = f.file.replace(/\.docx$/, '.pdf');
      const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1000', pdf], { encoding: 'utf8' });
      const sizes = [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
      const raw = execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 }).split('\f');
      const bbox = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
      const words: Word[] = [];
      bbox
        .split('<page')
        .slice(1)
        .forEach((pg, i) => {
          for (const m of pg.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)) {
            words.push({ page: i + 1, x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), text: m[5].replace(/&amp;/g, '&').replace(/&quot;/g, '"') });
          }
        });
      const pages = sizes.map((s, i) => ({ ...s, text: norm(raw[i] ?? '') }));
      printed.push({ paper: f.paper, scenario: f.scenario, pages, words, text: pages.map((p) => p.text).join(' ') });
    }
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('the dossier: minutes, tally minutes, a decision, a proposal to the province, a report per nominee; a mid-year report', () => {
    const ids = (s: string) => printed.filter((p) => p.scenario === s).map((p) => p.paper.id);
    for (const [s, input] of [
      ['truoc', before],
      ['sau', after],
    ] as const) {
      // The accountant's bảng kê follows the Quyết định it is attached to (issue 17).
      expect(ids(s).slice(0, 5)).toEqual(['bien-ban-hop', 'bien-ban-kiem-phieu', 'quyet-dinh', 'bang-ke-tien-thuong', 'to-trinh-tinh']);
      // A report per person and per unit proposed for anything decided above the agency, once each.
      const above = input.ruleSet.titles.filter((r) => r.decidedBy !== 'agency-head');
      const persons = input.result.persons.filter((p) => above.some((r) => r.scope === 'person' && p.verdicts[r.id as PersonTitleId]?.status === 'awarded'));
      const units = input.result.units.filter((u) => above.some((r) => r.scope === 'unit' && u.verdicts[r.id as UnitTitleId]?.status === 'awarded'));
      expect(units.length).toBeGreaterThan(0);
      expect(ids(s).filter((i) => i.startsWith('bao-cao-thanh-tich-ca-nhan'))).toHaveLength(persons.length);
      expect(ids(s).filter((i) => i.startsWith('bao-cao-thanh-tich-tap-the'))).toHaveLength(units.length);
    }
    expect(ids('giua-nam')).toEqual(['bao-cao-so-ket']);
    console.log(`${printed.length} documents, ${printed.reduce((s, p) => s + p.pages.length, 0)} pages, LibreOffice ${seconds.toFixed(1)} s`);
  });

  test("A4 in each section's orientation; nothing outside the margins but the page number, which starts on page 2", () => {
    for (const p of printed) {
      p.pages.forEach((pg, i) => {
        const landscape = pg.width > pg.height;
        expect([Math.round(landscape ? pg.height : pg.width), Math.round(landscape ? pg.width : pg.height)]).toEqual([595, 842]);
        const words = p.words.filter((w) => w.page === i + 1);
        // A word entirely above the 20 mm line is in the top margin; a word's box is the font's
        // (ascent above the line, Vietnamese marks included), so the body may reach 2 mm above it.
        const inTop = words.filter((w) => w.y1 < 20 * PT_PER_MM);
        // The only thing in the top margin is the page number, from page 2 on.
        expect({ id: p.paper.id, page: i + 1, top: inTop.map((w) => w.text) }).toEqual({ id: p.paper.id, page: i + 1, top: i === 0 ? [] : [String(i + 1)] });
        const body = words.filter((w) => !inTop.includes(w));
        expect(Math.min(...body.map((w) => w.y0))).toBeGreaterThanOrEqual(18 * PT_PER_MM);
        expect(Math.min(...body.map((w) => w.x0))).toBeGreaterThanOrEqual(29 * PT_PER_MM);
        expect(Math.max(...body.map((w) => w.x1))).toBeLessThanOrEqual(pg.width - 14 * PT_PER_MM);
        expect(Math.max(...body.map((w) => w.y1))).toBeLessThanOrEqual(pg.height - 19 * PT_PER_MM);
      });
    }
  });

  test('no placeholder, "undefined", "NaN" or ISO date; dates in words', () => {
    for (const p of printed) {
      expect({ id: p.paper.id, bad: p.text.match(/[{}]|undefined|NaN|\b\d{4}-\d{2}-\d{2}\b|\bnull\b/g) }).toEqual({ id: p.paper.id, bad: null });
    }
    expect(find('sau', 'bien-ban-hop').text).toContain('ngày 20 tháng 12 năm 2014');
    expect(find('giua-nam', 'bao-cao-so-ket').text).toContain('ngày 05 tháng 7 năm 2014');
  });

  test('"DỰ THẢO" on every paper that depends on the vote before the tally, on none after; the council\'s result is cited only after', () => {
    expect(before.result.pendingVote).toEqual(['CSTDCS']);
    expect(after.result.pendingVote).toEqual([]);
    const draftIds = printed.filter((p) => p.scenario === 'truoc' && p.text.includes('DỰ THẢO')).map((p) => p.paper.id);
    // CSTĐCS is voted; the decision lists it, TTLĐXS counts members' CSTĐCS (the proposal and its unit reports).
    expect(draftIds).toEqual(expect.arrayContaining(['bien-ban-hop', 'quyet-dinh', 'to-trinh-tinh']));
    // The blank minutes of the count are a form for the committee, never a draft.
    expect(draftIds).not.toContain('bien-ban-kiem-phieu');
    for (const p of printed.filter((x) => x.scenario !== 'truoc')) expect({ id: p.paper.id, draft: p.text.includes('DỰ THẢO') }).toEqual({ id: p.paper.id, draft: false });
    for (const id of ['quyet-dinh', 'to-trinh-tinh']) {
      expect(squeeze(find('truoc', id).text)).not.toContain(squeeze('Căn cứ kết quả bình xét'));
      expect(squeeze(find('sau', id).text)).toContain(squeeze('Căn cứ kết quả bình xét thi đua, khen thưởng năm 2014 của Hội đồng Thi đua - Khen thưởng'));
    }
  });

  test('the proposal goes to the provincial chairman through the board, for what only he gives; the decision keeps what the director gives', () => {
    const tt = find('sau', 'to-trinh-tinh');
    expect(squeeze(tt.text)).toContain(squeeze('Kính gửi: Chủ tịch Ủy ban nhân dân tỉnh Bắc Giang'));
    expect(squeeze(tt.text)).toContain(squeeze('(qua Ban Thi đua - Khen thưởng tỉnh Bắc Giang)'));
    expect(tt.text).toMatch(/Số: \/TTr-KHCN/);
    expect(squeeze(tt.text)).not.toMatch(/Laođộngtiêntiến"cho|Giấykhen/);
    const qd = find('sau', 'quyet-dinh');
    expect(qd.text).toMatch(/Số: \/QĐ-KHCN/);
    expect(squeeze(qd.text)).toContain(squeeze('Điều 1.'));
    expect(squeeze(qd.text)).toContain(squeeze('Điều 3.'));
    expect(squeeze(qd.text)).not.toContain(squeeze('Bằng khen của Chủ tịch UBND tỉnh'));
    // Bằng khen and Giấy khen are given ("tặng"), titles recognised ("công nhận danh hiệu").
    expect(squeeze(qd.text)).toContain(squeeze('Tặng Giấy khen của Giám đốc Sở cho'));
    expect(squeeze(qd.text)).toContain(squeeze('Công nhận danh hiệu "Lao động tiên tiến" cho'));
    expect(squeeze(tt.text)).toContain(squeeze('Tặng Bằng khen của Chủ tịch UBND tỉnh cho'));
    expect(squeeze(tt.text)).not.toMatch(/côngnhậndanhhiệu"?Bằngkhen/i);
  });

  test('counts equal the lists; totals count people once; each proposed person once in each list', () => {
    const r = after.result;
    const rs = after.ruleSet;
    const awardedP = (id: string) => r.persons.filter((p) => p.verdicts[id as PersonTitleId]?.status === 'awarded');
    const awardedU = (id: string) => r.units.filter((u) => u.verdicts[id as UnitTitleId]?.status === 'awarded');
    const two = (n: number) => (n < 10 ? `0${n}` : String(n));
    let lists = 0;
    for (const [id, authority] of [
      ['quyet-dinh', 'agency-head'],
      ['to-trinh-tinh', 'province-chair'],
    ] as const) {
      const p = find('sau', id);
      for (const rule of rs.titles.filter((x) => x.decidedBy === authority && x.scope === 'person')) {
        const people = awardedP(rule.id);
        if (!people.length) continue;
        lists++;
        // The list's heading names the title in capitals: "DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN …".
        const heading = new RegExp(`DANH SÁCH CÁ NHÂN [^"]{0,40}"?${titleName(rule, 'full').toLocaleUpperCase('vi')}`, 'u').exec(p.text);
        expect({ id, rule: rule.key, heading: !!heading }).toEqual({ id, rule: rule.key, heading: true });
        const start = heading!.index;
        const end = p.text.indexOf('Danh sách có', start);
        const list = p.text.slice(start, end + 30);
        expect(list).toContain(`Danh sách có ${two(people.length)} cá nhân`);
        expect(squeeze(p.text)).toMatch(new RegExp(squeeze(`cho (\\d+ tập thể và )?${two(people.length)} cá nhân`)));
        for (const name of new Set(people.map((x) => x.person.name))) {
          const expected = people.filter((x) => x.person.name === name).length;
          const found = (list.match(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu')) ?? []).length;
          expect({ name, found }).toEqual({ name, found: expected });
        }
      }
    }
    expect(lists).toBeGreaterThanOrEqual(3);
    // Two people named alike in one unit are told apart by their birth year.
    const twins = awardedP('LDTT').filter((x, _, all) => all.filter((o) => o.person.name === x.person.name && o.person.unit === x.person.unit).length > 1);
    for (const tw of twins) expect(find('sau', 'quyet-dinh').text).toContain(`${tw.person.name} (sinh năm ${tw.person.birthYear})`);
    // The proposal's total counts people and units once: a unit with TTLĐXS and a Bằng khen is one unit.
    const tt = find('sau', 'to-trinh-tinh');
    const units = new Set([...awardedU('BK_TINH'), ...awardedU('TTLDXS')].map((u) => u.unit.name));
    const persons = new Set([...awardedP('BK_TINH'), ...awardedP('CSTD_TINH')].map((x) => x.person.id));
    expect(tt.text).toContain(`Tổng số tập thể, cá nhân được đề nghị ${units.size} ${persons.size}`);
    const who = [persons.size ? `${two(persons.size)} cá nhân` : '', units.size ? `${two(units.size)} tập thể` : ''].filter(Boolean).join(' và ');
    expect(squeeze(tt.text)).toContain(squeeze(`Tổng cộng: ${who} được đề nghị`));
    expect(rs.titles.some((t) => t.key === 'BK_TINH_UNIT')).toBe(true);
  });

  test('a long list in a file of its own: the letterhead, "(Kèm theo Quyết định số …)", every person once, the count; the decision without it', () => {
    const people = after.result.persons.filter((p) => p.verdicts.LDTT?.status === 'awarded');
    const list = find('dai', 'quyet-dinh-ds-ldtt');
    expect(list.paper.attachedTo).toBe('quyet-dinh');
    expect(list.pages.length).toBeGreaterThan(1);
    expect(list.pages[0].text).toContain('SỞ KHOA HỌC VÀ CÔNG NGHỆ');
    expect(squeeze(list.pages[0].text)).toContain(squeeze('DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"'));
    expect(squeeze(list.pages[0].text)).toContain(squeeze('(Kèm theo Quyết định số /QĐ-KHCN'));
    expect(list.text).toContain(`Danh sách có ${people.length} cá nhân`);
    for (const name of new Set(people.map((x) => x.person.name))) {
      const expected = people.filter((x) => x.person.name === name).length;
      expect({ name, found: (list.text.match(new RegExp(`(?<![\\p{L}])${name}(?![\\p{L}])`, 'gu')) ?? []).length }).toEqual({ name, found: expected });
    }
    // The decision itself: its text and the shorter lists, not this one.
    const qd = find('dai', 'quyet-dinh');
    expect(squeeze(qd.text)).toContain(squeeze('Công nhận danh hiệu "Lao động tiên tiến" cho 81 cá nhân'));
    expect(squeeze(qd.text)).not.toContain(squeeze('DANH SÁCH CÁ NHÂN ĐƯỢC CÔNG NHẬN DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"'));
    expect(squeeze(qd.text)).toContain(squeeze('DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN'));
    expect(qd.pages.length).toBeLessThan(find('sau', 'quyet-dinh').pages.length);
  });

  test("the Biên bản kiểm phiếu: blank before the tally, the counts and each candidate's votes after", () => {
    const blank = find('truoc', 'bien-ban-kiem-phieu');
    expect(squeeze(blank.text)).toContain(squeeze('số phiếu phát ra: ……'));
    const done = find('sau', 'bien-ban-kiem-phieu');
    expect(squeeze(done.text)).toContain(squeeze('số phiếu phát ra: 09; số phiếu thu về: 09; số phiếu hợp lệ: 09; số phiếu không hợp lệ: 0'));
    const tally = after.result.tally!;
    const candidates = after.result.persons.filter((p) => ['awarded', 'over-cap'].includes(p.verdicts.CSTDCS?.status ?? '')).length;
    expect(candidates).toBeGreaterThan(12);
    expect(tally.candidates).toHaveLength(candidates);
    for (const c of tally.candidates) {
      const share = `${String(Math.round((c.yes / 9) * 1000) / 10).replace('.', ',')} %`;
      expect(done.text).toMatch(new RegExp(`${c.name}[^\\d]*?${c.yes} ${share.replace(' ', ' ?')}`));
    }
    expect(squeeze(done.text)).toContain(squeeze('Căn cứ kết quả kiểm phiếu, 12 người có số phiếu đồng ý cao nhất'));
  });

  test('the Báo cáo thành tích (Mẫu số 02) is prefilled with what the workbook knows, the rest left to fill', () => {
    const p = printed.find((x) => x.scenario === 'mau-02')!;
    const person = p.paper.label.replace(/^Báo cáo thành tích: /, '').replace(/ \(.*$/, '');
    expect(squeeze(p.text)).toContain(squeeze(`Họ tên (ghi đầy đủ bằng chữ in thường, không viết tắt): ${person}`));
    expect(p.text).toContain('Mẫu số 02');
    expect(squeeze(p.text)).toContain(squeeze('ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH'));
    expect(squeeze(p.text)).toContain(squeeze('năm 2014: Hoàn thành xuất sắc nhiệm vụ'));
    expect(p.text).toMatch(/Quê quán: \.{10,}/);
    expect(squeeze(p.text)).toContain(squeeze('NGƯỜI BÁO CÁO THÀNH TÍCH'));
  });

  test("room to sign and seal: at least 25 mm between the signer's title and name", () => {
    for (const p of printed.filter((x) => ['quyet-dinh', 'to-trinh-tinh'].includes(x.paper.id))) {
      const name = p.words.filter((w) => w.text === 'Kiên');
      const title = p.words.filter((w) => w.text === 'GIÁM' && name.some((n) => n.page === w.page && n.y0 > w.y0));
      expect(title.length).toBeGreaterThan(0);
      const t = title[title.length - 1];
      const n = name.find((x) => x.page === t.page && x.y0 > t.y0)!;
      expect((n.y0 - t.y1) / PT_PER_MM).toBeGreaterThanOrEqual(25);
    }
  });

  test('the mid-year report holds the targets against the plan and the tasks for the second half', () => {
    const p = find('giua-nam', 'bao-cao-so-ket');
    expect(squeeze(p.text)).toContain(squeeze('Kế hoạch số 05/KH-KHCN ngày 24 tháng 01 năm 2014'));
    expect(p.text).toContain('PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2014');
    for (const t of mid.result.targets.filter((x) => x.measure === 'share')) expect(p.text).toContain(`${String(Math.round(t.actual * 1000) / 10).replace('.', ',')} %`);
  });

  // Written to test-results/; the README's copies in docs/images are refreshed by hand from there.
  test('PNG of the first page of each kind of paper', () => {
    const out = join(__dirname, '../../test-results/word');
    mkdirSync(out, { recursive: true });
    for (const [scenario, id, name] of [
      ['sau', 'bien-ban-hop', 'word-bien-ban-hop'],
      ['sau', 'bien-ban-kiem-phieu', 'word-bien-ban-kiem-phieu'],
      ['truoc', 'quyet-dinh', 'word-quyet-dinh-du-thao'],
      ['sau', 'to-trinh-tinh', 'word-to-trinh'],
      ['mau-02', 'bao-cao-thanh-tich-ca-nhan-1', 'word-bao-cao-thanh-tich'],
      ['sau', 'bao-cao-thanh-tich-tap-the-1', 'word-bao-cao-thanh-tich-tap-the'],
      ['giua-nam', 'bao-cao-so-ket', 'word-bao-cao-so-ket'],
      ['dai', 'quyet-dinh-ds-ldtt', 'word-danh-sach-rieng'],
    ]) {
      const p = find(scenario, id);
      const pdf = join(dir, `${scenario}--${p.paper.fileName.replace(/\//g, '--')}.pdf`);
      execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, join(out, name)]);
      expect(existsSync(join(out, `${name}.png`))).toBe(true);
    }
  });
});
