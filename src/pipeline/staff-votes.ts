/**
 * The council's vote comes from its tally form ("Kiểm phiếu <year>"), the paper the counting
 * committee signs. A share column in the staff list ("Tỷ lệ phiếu bầu (%)") is only taken as
 * that vote when the clerk says so and gives the council's size: then every value must be a
 * vote the council could have cast (k of N members: 6/9 is 66,7 %, 97 % is no vote of 9
 * people), and one that is not is an error naming its cell. Without the clerk's word the
 * column is left out, and said, so a column of some other poll never decides a title.
 */
import type { DataIssue, Person } from '../domain/types';
import type { SheetRecognition } from '../sheets/fields';
import { cellAddress } from '../sheets/grid';
import { decimal } from '../text/format';

/** A whole-number percent typed for k/N is within half a percent of it. */
const TOLERANCE = 0.005 + 1e-9;

function columnOf(recognitions: SheetRecognition[], sheet: string): { col: number; header: string } | undefined {
  const m = recognitions.find((r) => r.sheet === sheet)?.columns.find((c) => c.field === 'voteShare');
  return m ? { col: m.col, header: m.header } : undefined;
}

/**
 * The persons with the staff column's shares kept (the clerk's word, `council` members) or
 * dropped (no word), and what was done said. With the council's size, a column of whole
 * numbers no larger than it ("6", read as 6 %) is read as counts of votes.
 */
export function staffVotes(persons: Person[], recognitions: SheetRecognition[], council: number | undefined): { persons: Person[]; issues: DataIssue[] } {
  const voted = persons.filter((p) => p.voteShare !== undefined);
  if (!voted.length) return { persons, issues: [] };
  const issues: DataIssue[] = [];
  const sheets = [...new Set(voted.map((p) => p.source.sheet))];
  if (!council) {
    for (const sheet of sheets) {
      const col = columnOf(recognitions, sheet);
      issues.push({ severity: 'warning', code: 'staff-votes-unused', sheet, ...(col ? { cell: cellAddress(0, col.col).replace(/\d+$/, '') } : {}), value: col?.header ?? '' });
    }
    return { persons: persons.map((p) => (p.voteShare === undefined ? p : { ...p, voteShare: undefined })), issues };
  }
  // "6" of a council of 9 is six votes, not 6 %: a column of whole numbers up to the council's size holds counts.
  const counts = voted.every((p) => Math.abs(p.voteShare! * 100 - Math.round(p.voteShare! * 100)) < 1e-9 && p.voteShare! * 100 <= council);
  const out = persons.map((p) => {
    if (p.voteShare === undefined) return p;
    const share = counts ? Math.round(p.voteShare * 100) / council : p.voteShare;
    const k = Math.round(share * council);
    if (Math.abs(share - k / council) <= TOLERANCE && k >= 0 && k <= council) return { ...p, voteShare: k / council };
    const col = columnOf(recognitions, p.source.sheet);
    issues.push({
      severity: 'error',
      code: 'staff-votes-impossible',
      sheet: p.source.sheet,
      ...(col ? { cell: cellAddress(p.source.row - 1, col.col) } : {}),
      value: p.name,
      args: { share: `${decimal(share * 100, 1)} %`, council, near: `${Math.floor(share * council)}/${council} = ${decimal((Math.floor(share * council) / council) * 100, 1)} %` },
    });
    return { ...p, voteShare: undefined };
  });
  return { persons: out, issues };
}
