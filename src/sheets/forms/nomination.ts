/**
 * The lists of the dossier as printed forms in the workbook ("Mẫu DS LĐTT"): the sheet
 * renderer of src/dossier/lists.ts. What a list says (its heading, "(Kèm theo …)", the DỰ
 * THẢO mark, the columns, the people grouped by unit and their order, the count, the signer)
 * is the dossier's, the same as the list attached to the Word paper; here it is only laid out
 * in cells: the letterhead beside the national motto, merged title rows, the header row
 * repeated on every printed page, landscape A4.
 */
import type { PersonTitleId, UnitTitleId } from '../../domain/types';
import type { SheetSpec } from '../grid';
import type { TitleRule } from '../../rules/types';
import { ruleOf, titleName } from '../../rules/titles';
import { agencyOf, type DocumentInput } from '../../dossier/letterhead';
import { titleList, titleLists, titlesInOrder, type ListMemo, type TitleList } from '../../dossier/lists';
import { resultDrafts } from '../../rules/drafts';
import { DocBuilder, draftMark, officialHeader, officialPrint, signatureBlock, tableRows } from './official-form';
import { namesOf } from './people';

export const DOC_SHEET_NAMES = {
  list: (rule: Pick<TitleRule, 'key'>) => `Mẫu DS ${titleName(rule, 'tabDoc')}`,
  /**
   * No longer written (the Tờ trình is a Word paper per authority), still the add-in's own in a
   * workbook an earlier version wrote: taken out at the next write, never read as input.
   */
  proposal: 'Tờ trình khen thưởng',
  ballot: (rule: Pick<TitleRule, 'key'>) => `Phiếu bầu ${titleName(rule, 'tabDoc')}`,
  tally: (year: number) => `Kiểm phiếu ${year}`,
  midYear: 'Báo cáo sơ kết',
  registration: (year: number) => `Đăng ký thi đua ${year}`,
} as const;

/** The caches one review's lists share: drafts and names worked out once. */
const memoOf = (input: DocumentInput): ListMemo => ({ drafts: resultDrafts(input.ruleSet, input.result), named: namesOf(input.result.persons, input.lang) });

/** A title's list laid out as a printed form. */
export function listSheet(input: DocumentInput, list: TitleList, order: number): SheetSpec {
  const { lang } = input;
  const cols = list.table.columns;
  const b = new DocBuilder(cols.length);
  officialHeader(b, agencyOf(input.agency), lang, 3);
  if (list.draft) draftMark(b, lang);
  for (const line of list.title) b.line(line, 'docTitle');
  b.line(list.attachedTo, 'docSubtitle');
  if (list.draftLine) b.line(list.draftLine, 'docSubtitle');
  b.blank();
  const header = tableRows(b, list.table);
  b.blank();
  b.span([{ from: 0, to: 3, v: list.count, s: 'subtitle' }]);
  b.blank();
  signatureBlock(b, agencyOf(input.agency), input.result.reviewDate, lang, 3, [], list.signature);
  return {
    name: DOC_SHEET_NAMES.list(list.rule),
    rows: b.rows,
    widths: cols.map((c) => c.width),
    merges: b.merges,
    print: officialPrint('landscape', header),
    order,
  };
}

/** The printed list of a person title, or null when nobody is proposed. */
export function personNominationSheet(input: DocumentInput, id: PersonTitleId, order = 20): SheetSpec | null {
  const list = titleList(input, ruleOf(input.ruleSet, id, 'person')!, memoOf(input));
  return list && listSheet(input, list, order);
}

/** The printed list of a unit title, or null when no unit is proposed. */
export function unitNominationSheet(input: DocumentInput, id: UnitTitleId, order = 30): SheetSpec | null {
  const list = titleList(input, ruleOf(input.ruleSet, id, 'unit')!, memoOf(input));
  return list && listSheet(input, list, order);
}

/** How many are proposed per title, with the name of the title's list: the same filter as the lists, so the numbers agree. */
export interface ProposalLine {
  id: PersonTitleId | UnitTitleId;
  scope: 'person' | 'unit';
  count: number;
  /** Name of the list's sheet ("Mẫu DS LĐTT"). */
  list: string;
  rule: TitleRule;
}

export function proposalLines(input: DocumentInput): ProposalLine[] {
  const out: ProposalLine[] = [];
  for (const rule of titlesInOrder(input.ruleSet)) {
    const { id, scope } = rule;
    const count =
      scope === 'person'
        ? input.result.persons.filter((p) => p.verdicts[id as PersonTitleId]?.status === 'awarded').length
        : input.result.units.filter((u) => u.verdicts[id as UnitTitleId]?.status === 'awarded').length;
    if (count) out.push({ id, scope, count, list: DOC_SHEET_NAMES.list(rule), rule });
  }
  return out;
}

/** Every list with someone proposed, in the rule set's order (a title with nobody keeps its place in the numbering). */
export function nominationSheets(input: DocumentInput, firstOrder = 20): SheetSpec[] {
  const rank = new Map(titlesInOrder(input.ruleSet).map((r, i) => [r.key, firstOrder + i]));
  return titleLists(input, memoOf(input)).map((l) => listSheet(input, l, rank.get(l.rule.key)!));
}
