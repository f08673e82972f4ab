/**
 * The dossier of a review, split by who decides: the council's minutes and its tally, the
 * Quyết định of the head of the agency for what is his to give, a Tờ trình to each authority
 * above for the rest, a Báo cáo thành tích per nominee of those; at mid-year the Báo cáo sơ
 * kết. Pure: the review's result in, papers (dossier/model.ts) out.
 */
import type { DocumentInput } from './letterhead';
import type { Appendix, Dossier, Paper } from './model';
import type { Plan } from '../domain/plan';
import { contextOf, isDraft } from './context';
import { minutesPaper } from './papers/minutes';
import { tallyMinutesPaper } from './papers/tally-minutes';
import { decisionPaper } from './papers/decision';
import { proposalPaper } from './papers/proposal';
import { achievementPapers } from './papers/achievement';
import { midYearPaper } from './papers/mid-year';
import { moneyListPaper } from './papers/money-list';

/**
 * Past this many people (or collectives) a list goes in a file of its own, beside its paper.
 * The paper is what the head of the agency reads, corrects and signs; a list of thousands of
 * names is printed once and attached, stamped across the pages. In one file the signed text
 * would sit in front of hundreds of pages that every edit repaginates (LibreOffice had not
 * converted a decision with 43 000 rows after 20 minutes); apart, the paper opens at once and the list is printed from
 * its own file, under the same letterhead and "(Kèm theo Quyết định số …)". A thousand rows is
 * some 30 pages: an agency of a few hundred keeps its lists inside the paper, as before.
 */
export const INLINE_LIST_ROWS = 1000;

const listRows = (a: Appendix): number => a.body.reduce((n, b) => n + (b.kind === 'table' ? b.rows.filter((r) => !r.kind || r.kind === 'data').length : 0), 0);

/** Each list longer than `max` rows taken out of its paper into a paper of its own, right after it. */
export function splitLongLists(papers: Paper[], max = INLINE_LIST_ROWS): Paper[] {
  return papers.flatMap((p) => {
    const long = p.appendices.filter((a) => listRows(a) > max);
    if (!long.length) return [p];
    const kind = p.kind ? p.kind.charAt(0) + p.kind.slice(1).toLocaleLowerCase('vi') : '';
    return [
      { ...p, appendices: p.appendices.filter((a) => !long.includes(a)) },
      ...long.map((a): Paper => ({
        id: `${p.id}-${a.slug}`,
        fileName: `${p.fileName}-${a.slug}`,
        label: `${a.name}${kind ? ` (kèm theo ${kind})` : ''}`,
        ...(p.group ? { group: p.group } : {}),
        draft: p.draft,
        attachedTo: p.id,
        orientation: a.orientation,
        letterhead: p.letterhead,
        body: [],
        signatures: [],
        appendices: [a],
      })),
    ];
  });
}

export function buildDossier(input: DocumentInput, plan?: Plan, options: { inlineListRows?: number } = {}): Dossier {
  const c = contextOf({ ...input, lang: 'vi' }, plan);
  const year = input.result.year;
  if (input.result.phase === 'mid') return { year, papers: [midYearPaper(c)] };
  const papers = [
    minutesPaper(c),
    tallyMinutesPaper(c),
    decisionPaper(c),
    moneyListPaper(c),
    proposalPaper(c, 'province-chair'),
    proposalPaper(c, 'minister'),
    ...achievementPapers(c, (rules) => isDraft(c, rules)),
  ].filter((p): p is Paper => p !== null);
  return { year, papers: splitLongLists(papers, options.inlineListRows) };
}

/** Fields of the agency's paper settings the papers had to guess or leave blank. */
export const missingAgencyFields = (input: DocumentInput, plan?: Plan): string[] => contextOf(input, plan).agencyP.missing;
