/**
 * The mid-year report (sơ kết, phase 1) as a printed form: the units' provisional figures
 * with the agency's total, then the targets against the plan, the two tables of the Word
 * Báo cáo sơ kết (src/dossier/progress.ts), then who could still close each gap. The numbers
 * are provisional: titles are only awarded at the year-end review.
 */
import { t } from '../../i18n/catalogue';
import type { SheetSpec } from '../grid';
import { DOC_SHEET_NAMES } from './nomination';
import { targetTable, unitProgressTable } from '../../dossier/progress';
import { closeToTargets } from '../shortfall';
import { DocBuilder, fitWidths, officialHeader, officialPrint, signatureBlock, tableRows } from './official-form';
import { agencyOf, type DocumentInput } from '../../dossier/letterhead';

const WIDTHS = [6, 30, 11, 14, 12, 16, 14, 28];

export function midYearReportSheet(input: DocumentInput, order = 5): SheetSpec {
  const { result, lang } = input;
  const agency = agencyOf(input.agency);
  const b = new DocBuilder(WIDTHS.length);
  officialHeader(b, agency, lang, 3);
  b.line(t('doc.mid.title', { year: result.year }, lang), 'docTitle');
  b.line(t('doc.mid.sub', {}, lang), 'docSubtitle');
  b.blank();
  b.line(t('doc.mid.byUnit', {}, lang), 'signerTitle');
  const header = tableRows(b, unitProgressTable(input));
  const widths = fitWidths(b, header, WIDTHS);
  b.blank();
  b.line(t('doc.mid.targets', {}, lang), 'signerTitle');
  // The same table as the Word report's, its wide columns over two cells of the sheet's grid.
  tableRows(b, targetTable(input), [
    [0, 0],
    [1, 2],
    [3, 3],
    [4, 5],
    [6, 7],
  ]);
  // Who could still close each gap (issue 17): the list the head uses at mid-year.
  const close = closeToTargets(result, input.ruleSet, lang);
  if (close.length) {
    b.blank();
    b.line(t('doc.mid.close', {}, lang), 'signerTitle');
    for (const target of close) {
      b.line(target.headline, 'cell');
      target.people.forEach((p, i) =>
        b.span([
          { from: 0, to: 0, v: i + 1, s: 'cellCenter' },
          { from: 1, to: 2, v: p.name, s: 'cell' },
          { from: 3, to: 4, v: p.unit, s: 'cell' },
          { from: 5, to: 7, v: p.what, s: 'cell' },
        ]),
      );
    }
  }
  b.blank();
  signatureBlock(b, agency, result.reviewDate, lang, 3);
  return { name: DOC_SHEET_NAMES.midYear, rows: b.rows, widths, merges: b.merges, print: officialPrint('landscape', header), order };
}
