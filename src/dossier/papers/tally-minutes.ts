/**
 * The Biên bản kiểm phiếu: the counting committee, per voted title the ballots issued,
 * returned, valid and invalid, and each candidate's votes and share, ranked, with who is
 * proposed. Made from the tally the review read ("Kiểm phiếu <year>"); before the tally holds
 * votes it is the same paper with the figures left blank for the committee to write, a draft.
 */
import type { PersonTitleId, UnitTitleId } from '../../domain/types';
import type { TallyCandidate } from '../../domain/tally';
import type { TitleRule } from '../../rules/types';
import { titleName } from '../../rules/titles';
import { foldText as fold } from '../../text/fold';
import { decimal, vietnameseDate } from '../../text/format';
import { para, type Block, type Paper, type Row } from '../model';
import { candidatesOf, count, personName, votedTitles, type PaperContext } from '../context';
import { councilHeader } from './minutes';

const blank = '……';

/** A candidate as the tally's rows name it: folded name and unit (the reader's key, src/sheets/forms/tally.ts). */
const personKey = (name: string, unit: string | undefined): string => `${fold(name)}|${fold(unit ?? '')}`;

function capOf(c: PaperContext, r: TitleRule): number | undefined {
  const vs = r.scope === 'person' ? c.result.persons.map((p) => p.verdicts[r.id as PersonTitleId]) : c.result.units.map((u) => u.verdicts[r.id as UnitTitleId]);
  const limit = vs.find((v) => v?.status === 'over-cap')?.reasons.find((x) => x.code === 'cap')?.args.limit;
  return typeof limit === 'number' ? limit : undefined;
}

export function tallyMinutesPaper(c: PaperContext): Paper | null {
  const rules = votedTitles(c);
  if (!rules.length) return null;
  const a = c.agencyP;
  const { year, reviewDate } = c.result;
  const tally = c.result.tally;
  // Counted once the review has the votes (the tally sheet, or a staff column the clerk named); a
  // tie left to settle keeps the paper a draft, its figures printed.
  const tieOf = (r: TitleRule) => (c.result.ties ?? []).find((x) => x.title === r.key);
  const counted = (r: TitleRule) => !c.result.pendingVote.includes(r.key) || tieOf(r)?.settled === false;
  // Before the vote this paper is a blank form for the committee (never "DỰ THẢO"); after it, a
  // draft only while a tie waits for the council's choice.
  const draft = rules.some((r) => tieOf(r)?.settled === false);
  // The committee as it recorded itself in the tally form; the agency's standing committee only before.
  const committee = tally?.committee?.length ? tally.committee : a.counting;
  const head = committee.find((m) => /trưởng ban/iu.test(m.role));
  const others = committee.filter((m) => m !== head);
  const when = tally?.time
    ? /ngày/iu.test(tally.time)
      ? `Vào hồi ${tally.time}`
      : `Hôm nay, vào hồi ${tally.time}, ${vietnameseDate(reviewDate)}`
    : `Hôm nay, vào hồi …… giờ …… phút, ${vietnameseDate(reviewDate)}`;
  const body: Block[] = [
    para('body', `${when}, tại ${tally?.place ?? a.meetingPlace}, Ban Kiểm phiếu do Hội đồng Thi đua - Khen thưởng ${a.nameInText} bầu ra gồm:`),
    ...(committee.length
      ? committee.map((m) => para('body', `- Đồng chí ${[m.name, m.position, m.role].filter(Boolean).join(', ')};`))
      : [para('field', '- Trưởng ban: ', ''), para('field', '- Ủy viên: ', ''), para('field', '- Ủy viên: ', '')]),
    para('body', `Đã tiến hành kiểm phiếu bầu ${rules.map((r) => (r.kind === 'title' ? `danh hiệu "${titleName(r, 'full')}"` : titleName(r, 'full'))).join(', ')} năm ${year}. Kết quả như sau:`),
  ];
  rules.forEach((r, i) => {
    const limit = capOf(c, r);
    const done = counted(r);
    const short = fold(titleName(r, 'short'));
    const votes = (tally?.candidates ?? []).filter((x) => fold(x.title) === short || fold(x.title) === fold(titleName(r, 'full')));
    const byKey = new Map<string, TallyCandidate>(votes.map((v) => [personKey(v.name, v.unit), v]));
    // The counts the committee recorded for this ballot (by its title, or the only one): nothing made up.
    const ballots = tally?.ballots ?? [];
    const ballot = ballots.find((b) => fold(b.title) === short || fold(b.title) === fold(titleName(r, 'full'))) ?? (ballots.length === 1 ? ballots[0] : undefined);
    const members = ballot?.members ?? (votes.length ? Math.max(...votes.map((v) => v.of)) : undefined);
    body.push(
      para(
        'heading',
        `${i + 1}. ${r.kind === 'title' ? `Danh hiệu "${titleName(r, 'full')}"` : titleName(r, 'full')}${limit !== undefined ? ` (số được đề nghị tối đa: ${count(limit)} ${r.scope === 'person' ? 'người' : 'tập thể'})` : ''}`,
      ),
    );
    const n = (x: number | undefined) => (done && x !== undefined ? count(x) : blank);
    body.push(
      para(
        'body',
        `Tổng số thành viên Hội đồng: ${done && members ? count(members) : blank}; số phiếu phát ra: ${n(ballot?.issued)}; số phiếu thu về: ${n(ballot?.returned)}; số phiếu hợp lệ: ${n(ballot?.valid)}; số phiếu không hợp lệ: ${n(ballot?.invalid)}.`,
      ),
    );
    const { persons, units } = candidatesOf(c, r);
    const lines = [
      ...persons.map((pr) => ({
        name: personName(c, pr),
        where: [pr.person.position, pr.person.unit].filter(Boolean).join(', '),
        key: personKey(pr.person.name, pr.person.unit),
        status: pr.verdicts[r.id as PersonTitleId]?.status,
        share: pr.person.voteShare,
      })),
      ...units.map((u) => ({
        name: u.unit.name,
        where: `${u.members} người`,
        key: personKey('', u.unit.name),
        status: u.verdicts[r.id as UnitTitleId]?.status,
        share: undefined as number | undefined,
      })),
    ].map((l) => ({ ...l, vote: byKey.get(l.key) }));
    const tie = tieOf(r);
    const tiedKeys = new Set((tie?.tied ?? []).map((p) => personKey(p.name, p.unit)));
    // Ranked by votes once counted (the order the council chooses in); by unit and name before.
    if (done) lines.sort((x, y) => (y.vote?.share ?? y.share ?? -1) - (x.vote?.share ?? x.share ?? -1));
    const rows: Row[] = lines.map((l, k) => ({
      cells: [
        String(k + 1),
        l.name,
        l.where,
        done && l.vote ? String(l.vote.yes) : '',
        done && (l.vote || l.share !== undefined) ? `${decimal((l.vote?.share ?? l.share!) * 100, 1)} %` : '',
        done ? (tie && !tie.settled && tiedKeys.has(l.key) ? 'Bằng phiếu' : l.status === 'awarded' ? 'Đề nghị' : l.status === 'over-cap' ? 'Vượt số lượng' : 'Không đủ tỷ lệ phiếu') : '',
      ],
    }));
    body.push({
      kind: 'table',
      compact: true,
      columns: [
        { header: 'STT', width: 8, align: 'center' },
        { header: r.scope === 'person' ? 'Họ và tên' : 'Tên tập thể', width: 26 },
        { header: r.scope === 'person' ? 'Chức vụ, đơn vị' : 'Số người', width: 30 },
        { header: 'Số phiếu đồng ý', width: 12, align: 'center' },
        { header: 'Tỷ lệ so với tổng số thành viên', width: 13, align: 'center' },
        { header: 'Kết quả', width: 13, align: 'center' },
      ],
      rows,
    });
    const grant = `${r.kind === 'title' ? 'công nhận' : 'tặng'} ${r.kind === 'title' ? `danh hiệu "${titleName(r, 'full')}"` : titleName(r, 'full')}`;
    const word = r.scope === 'person' ? 'người' : 'tập thể';
    if (done && tie) {
      const shown = tie.share !== undefined ? ` (${decimal(tie.share * 100, 1)} %)` : '';
      body.push(
        para(
          'body',
          `Các đồng chí ${tie.tied.map((p) => p.name).join(', ')} có số phiếu đồng ý bằng nhau${shown}, cùng xếp loại và số sáng kiến, cho ${count(tie.places)} suất còn lại trong số được đề nghị tối đa.`,
        ),
      );
      if (tie.settled) {
        const sure = lines.filter((l) => l.status === 'awarded' && !tiedKeys.has(l.key)).length;
        body.push(
          para(
            'body',
            `Hội đồng đã chọn các đồng chí ${(tie.chosen ?? []).map((p) => p.name).join(', ')}. Căn cứ kết quả kiểm phiếu, ${count(sure + tie.places)} ${word} (${count(sure)} ${word} có số phiếu đồng ý cao nhất và ${count(tie.places)} ${word} Hội đồng chọn khi bằng phiếu) được Hội đồng đề nghị ${grant}.`,
          ),
        );
      } else {
        body.push(para('field', 'Quyết định của Hội đồng (Chủ tịch Hội đồng quyết định hoặc bỏ phiếu lại giữa những người bằng phiếu): ', ''));
      }
    } else if (done) {
      const chosen = lines.filter((l) => l.status === 'awarded').length;
      body.push(para('body', `Căn cứ kết quả kiểm phiếu, ${count(chosen)} ${word} có số phiếu đồng ý cao nhất được Hội đồng đề nghị ${grant}.`));
    }
  });
  body.push(para('body', 'Biên bản kiểm phiếu được lập vào hồi …… giờ …… phút cùng ngày và công bố trước Hội đồng./.'));
  return {
    id: 'bien-ban-kiem-phieu',
    fileName: `02-bien-ban-kiem-phieu-${year}`,
    label: `Biên bản kiểm phiếu bình xét thi đua năm ${year}`,
    draft,
    orientation: 'portrait',
    letterhead: { ...councilHeader(c), placeDate: `${a.place}, ${vietnameseDate(reviewDate)}` },
    kind: 'BIÊN BẢN KIỂM PHIẾU',
    summary: [`Bầu ${rules.map((r) => titleName(r, 'full')).join(', ')} năm ${year}`],
    body,
    // Each member signs on a line of their own, the head last (at the right).
    signatures: [
      ...(others.length
        ? others
        : [
            { name: '', position: '', role: 'Ủy viên' },
            { name: '', position: '', role: 'Ủy viên' },
          ]
      ).map((m) => ({ title: (m.role || 'Ủy viên').toLocaleUpperCase('vi'), name: m.name })),
      { title: 'TRƯỞNG BAN KIỂM PHIẾU', name: head?.name ?? '' },
    ],
    appendices: [],
  };
}
