/**
 * The mid-year report (sơ kết, phase 1): progress on the targets, unit by unit and for the
 * whole agency, in the official form. The numbers are provisional: titles are only
 * awarded at the year-end review.
 */
import { t } from '../../i18n/catalogue';
import type { SheetSpec } from '../grid';
import { targetLine } from '../layout';
import { DOC_SHEET_NAMES } from './nomination';
import { unitRank } from '../../dossier/lists';
import { isCollectiveTitle, ruleOf, titleName } from '../../rules/titles';
import { closeToTargets } from '../shortfall';
import { cell, DocBuilder, fitWidths, officialHeader, officialPrint, signatureBlock } from './official-form';
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
  const header = b.push(
    ['col.index', 'col.unitName', 'doc.mid.col.staff', 'doc.mid.col.ldtt', 'doc.mid.col.ldttShare', 'doc.mid.col.cstdcs', 'doc.mid.col.cstdcsShare', 'doc.mid.col.collective'].map((k) =>
      cell(t(k, {}, lang), 'header'),
    ),
  );
  const rank = unitRank(input.unitOrder);
  const units = [...result.units].sort((a, b) => rank(a.unit.name, b.unit.name));
  units.forEach((ur, i) =>
    b.push([
      cell(i + 1, 'cellCenter'),
      cell(ur.unit.name, 'cell'),
      cell(ur.members, 'number'),
      cell(ur.memberLdtt, 'number'),
      cell(ur.members ? ur.memberLdtt / ur.members : '', 'percent'),
      cell(ur.memberCstdcs, 'number'),
      cell(ur.members ? ur.memberCstdcs / ur.members : '', 'percent'),
      cell(ur.collectiveTitle ? titleName(ruleOf(input.ruleSet, ur.collectiveTitle, 'unit')!, 'short', lang) : '', 'cellCenter'),
    ]),
  );
  const staff = units.reduce((s, u) => s + u.members, 0);
  const ldtt = units.reduce((s, u) => s + u.memberLdtt, 0);
  const cstdcs = units.reduce((s, u) => s + u.memberCstdcs, 0);
  b.push([
    cell('', 'totalRow'),
    cell(t('doc.mid.total', {}, lang), 'totalRow'),
    cell(staff, 'number'),
    cell(ldtt, 'number'),
    cell(staff ? ldtt / staff : '', 'percent'),
    cell(cstdcs, 'number'),
    cell(staff ? cstdcs / staff : '', 'percent'),
    cell(
      input.ruleSet.titles
        .filter(isCollectiveTitle)
        .sort((a, b) => b.level! - a.level!)
        .map((r) => `${units.filter((u) => u.collectiveTitle === r.id).length} ${titleName(r, 'short', lang)}`)
        .join(', '),
      'totalRow',
    ),
  ]);
  const widths = fitWidths(b, header, WIDTHS);
  b.blank();
  b.line(t('doc.mid.targets', {}, lang), 'signerTitle');
  b.span([
    { from: 0, to: 0, v: t('col.index', {}, lang), s: 'header' },
    { from: 1, to: 2, v: t('col.target', {}, lang), s: 'header' },
    { from: 3, to: 3, v: t('col.required', {}, lang), s: 'header' },
    { from: 4, to: 5, v: t('col.actual', {}, lang), s: 'header' },
    { from: 6, to: 6, v: t('col.met', {}, lang), s: 'header' },
    { from: 7, to: 7, v: t('col.gap', {}, lang), s: 'header' },
  ]);
  result.targets.forEach((tr, i) => {
    const line = targetLine(tr, lang);
    b.span([
      { from: 0, to: 0, v: i + 1, s: 'cellCenter' },
      { from: 1, to: 2, v: t(tr.label, {}, lang), s: 'cell' },
      { from: 3, to: 3, v: line.required, s: 'cellCenter' },
      { from: 4, to: 5, v: line.actual, s: 'cellCenter' },
      { from: 6, to: 6, v: tr.met ? t('target.met', {}, lang) : t('target.notMet', {}, lang), s: 'cellCenter' },
      { from: 7, to: 7, v: line.gap, s: 'cell' },
    ]);
  });
  // Who could still close each gap (issue 17): the list the head uses at mid-year.
  const close = closeToTargets(result, input.ruleSet, lang);
  if (close.length) {
    b.blank();
    b.line(t('doc.mid.close', {}, lang), 'signerTitle');
    for (const target of close) {
      b.line(target.headline, 'cell');
      target.people.forEach((p, i) => b.span([{ from: 0, to: 0, v: i + 1, s: 'cellCenter' }, { from: 1, to: 2, v: p.name, s: 'cell' }, { from: 3, to: 4, v: p.unit, s: 'cell' }, { from: 5, to: 7, v: p.what, s: 'cell' }]));
    }
  }
  b.blank();
  signatureBlock(b, agency, result.reviewDate, lang, 3);
  return { name: DOC_SHEET_NAMES.midYear, rows: b.rows, widths, merges: b.merges, print: officialPrint('landscape', header), order };
}
