/** The lists attached to the papers: people grouped by unit, units in the unit sheet's order. */
import { roman } from '../../sheets/documents/official-form';
import type { TitleRule } from '../../rules/types';
import { titleName } from '../../rules/titles';
import { fold } from '../../sheets/reader/fold';
import type { Appendix, Row, Table } from '../model';
import { achievementSummary, awardedUnits, groupsOf, personName, unitSummary, type PaperContext } from './common';

/** STT · Họ và tên · Chức vụ · Đơn vị (a decision's list), with "Tóm tắt thành tích" for a proposal. */
export function personTable(c: PaperContext, rule: TitleRule, achievements: boolean): { table: Table; n: number } {
  const rows: Row[] = [];
  let n = 0;
  groupsOf(c, rule).forEach((g, gi) => {
    rows.push({ kind: 'group', cells: [`${roman(gi + 1)}. ${g.unit || 'Chưa rõ đơn vị'}`] });
    for (const pr of g.people) {
      const p = pr.person;
      rows.push({ cells: [String(++n), personName(c, pr), p.position ?? '', p.unit ?? '', ...(achievements ? [achievementSummary(c, pr)] : [])] });
    }
  });
  const columns = [
    { header: 'STT', width: 7, align: 'center' as const },
    { header: 'Họ và tên', width: 26 },
    { header: 'Chức vụ', width: 20 },
    { header: 'Đơn vị', width: achievements ? 26 : 34 },
    ...(achievements ? [{ header: 'Tóm tắt thành tích', width: 28 }] : []),
  ];
  return { table: { kind: 'table', columns, rows, compact: true }, n };
}

export function unitTable(c: PaperContext, rule: TitleRule, achievements: boolean): { table: Table; n: number } {
  const units = awardedUnits(c, rule);
  const rows: Row[] = units.map((u, i) => ({ cells: [String(i + 1), u.unit.name, String(u.members), ...(achievements ? [unitSummary(c, u)] : [])] }));
  const columns = [
    { header: 'STT', width: 7, align: 'center' as const },
    { header: 'Tên tập thể', width: 44 },
    { header: 'Số người', width: 10, align: 'center' as const },
    ...(achievements ? [{ header: 'Tóm tắt thành tích', width: 40 }] : []),
  ];
  return { table: { kind: 'table', columns, rows, compact: true }, n: units.length };
}

/** A list on pages of its own: title, "(Kèm theo …)", the table, the count. */
export function listAppendix(c: PaperContext, rule: TitleRule, heading: string, attachedTo: string, achievements: boolean): Appendix {
  const { table, n } = rule.scope === 'person' ? personTable(c, rule, achievements) : unitTable(c, rule, achievements);
  return {
    name: `${heading} năm ${c.result.year}`,
    slug: `ds-${fold(titleName(rule, 'short')).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`,
    orientation: achievements ? 'landscape' : 'portrait',
    letterhead: true,
    title: [heading.toUpperCase(), `NĂM ${c.result.year}`],
    subtitle: attachedTo,
    body: [table, { kind: 'paragraph', role: 'body', runs: [{ text: `Danh sách có ${n < 10 ? `0${n}` : n} ${rule.scope === 'person' ? 'cá nhân' : 'tập thể'}./.`, italic: true }], align: 'left' }],
  };
}
