/**
 * The proposal (tờ trình đề nghị khen thưởng): one page that states, title by title, how
 * many people and units the agency proposes, on which legal basis, with the lists attached.
 */
import type { PersonTitleId, UnitTitleId } from '../../domain/types';
import { t } from '../../i18n/catalogue';
import type { SheetSpec } from '../grid';
import type { TitleRule } from '../../rules/types';
import { titleName } from '../../rules/titles';
import { DOC_SHEET_NAMES, titlesInOrder } from './nomination';
import { agencyOf, cell, DocBuilder, officialHeader, officialPrint, placeDate, signatureBlock, type DocumentInput } from './official-form';

export interface ProposalLine {
  id: PersonTitleId | UnitTitleId;
  scope: 'person' | 'unit';
  count: number;
  /** Name of the attached list's sheet. */
  list: string;
  rule: TitleRule;
}

/** How many are proposed per title: the same filter the lists use, so the numbers agree. */
export function proposalLines(input: DocumentInput): ProposalLine[] {
  const out: ProposalLine[] = [];
  for (const rule of titlesInOrder(input)) {
    const { id, scope } = rule;
    const count =
      scope === 'person'
        ? input.result.persons.filter((p) => p.verdicts[id as PersonTitleId]?.status === 'awarded').length
        : input.result.units.filter((u) => u.verdicts[id as UnitTitleId]?.status === 'awarded').length;
    if (count) out.push({ id, scope, count, list: DOC_SHEET_NAMES.list(rule), rule });
  }
  return out;
}

/** Cuts a paragraph into lines of at most `width` characters (merged cells do not wrap well when printed). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

const WIDTHS = [6, 44, 11, 11, 30];
const LINE = 96;

export function proposalSheet(input: DocumentInput, order = 19): SheetSpec {
  const { result, ruleSet, lang } = input;
  const agency = agencyOf(input.agency);
  const lines = proposalLines(input);
  const b = new DocBuilder(WIDTHS.length);
  officialHeader(b, agency, lang, 2, { left: t('doc.proposal.number', {}, lang), right: placeDate(agency.place, result.reviewDate, lang) });
  b.line(t('doc.proposal.kind', {}, lang), 'docTitle');
  b.line(t('doc.proposal.about', { year: result.year }, lang), 'docSubtitle');
  b.blank();
  b.line(t('doc.proposal.to', {}, lang), 'signerTitle');
  b.blank();
  const para = (text: string) => {
    for (const l of wrapText(text, LINE)) b.line(l, 'subtitle');
  };
  for (const text of ruleSet.texts.split(';').map((s) => s.trim()).filter(Boolean)) para(t('doc.proposal.basis', { text }, lang));
  for (const line of lines) {
    const rule = line.rule;
    const cites = [...new Set(rule.criteria.map((c) => c.citation).concat(rule.cap ? [rule.cap.citation] : []))].filter(Boolean);
    if (cites.length) para(t('doc.proposal.basisCriteria', { title: titleName(rule, 'short', lang), text: cites.join('; ') }, lang));
  }
  para(t('doc.proposal.basisReview', { year: result.year }, lang));
  para(t('doc.proposal.body', {}, lang));
  b.blank();
  const header = b.push(['col.index', 'doc.proposal.col.title', 'doc.proposal.col.persons', 'doc.proposal.col.units', 'doc.proposal.col.list'].map((k) => cell(t(k, {}, lang), 'header')));
  lines.forEach((l, i) =>
    b.push([
      cell(i + 1, 'cellCenter'),
      cell(titleName(l.rule, 'full', lang), 'cell'),
      cell(l.scope === 'person' ? l.count : '', 'number'),
      cell(l.scope === 'unit' ? l.count : '', 'number'),
      cell(l.list, 'cell'),
    ]),
  );
  b.push([
    cell('', 'totalRow'),
    cell(t('doc.proposal.total', {}, lang), 'totalRow'),
    cell(lines.filter((l) => l.scope === 'person').reduce((s, l) => s + l.count, 0), 'number'),
    cell(lines.filter((l) => l.scope === 'unit').reduce((s, l) => s + l.count, 0), 'number'),
    cell('', 'totalRow'),
  ]);
  b.line(t('doc.proposal.attached', {}, lang), 'subtitle');
  b.line(t('doc.proposal.closing', {}, lang), 'subtitle');
  b.blank();
  signatureBlock(b, agency, null, lang, 2, [
    { v: t('doc.proposal.recipients', {}, lang), s: 'subtitle' },
    { v: t('doc.proposal.recipients.1', {}, lang), s: 'subtitle' },
    { v: t('doc.proposal.recipients.2', {}, lang), s: 'subtitle' },
  ]);
  return { name: DOC_SHEET_NAMES.proposal, rows: b.rows, widths: WIDTHS, merges: b.merges, print: officialPrint('portrait', header), order };
}
