import type { ReviewOutcome } from './run';
import { t } from '../i18n/catalogue';
import { verdictReasons, warningText } from '../sheets/layout';
import { describeIssue } from '../sheets/issue-text';
import { readReport } from '../sheets/read-report';
import type { Verdict } from '../domain/verdict';

/** The machine-readable result of issue 2's shape (extra fields allowed). */
export function outcomeToJson(outcome: ReviewOutcome): unknown {
  const { result, lang } = outcome;
  const verdicts = (vs: Partial<Record<string, Verdict>>) =>
    Object.fromEntries(
      Object.entries(vs).map(([id, v]) => {
        const texts = verdictReasons(v!, lang);
        return [
          id,
          {
            status: v!.status,
            reasons: v!.reasons.map((r, i) => ({ code: r.code, text: texts[i], citation: r.citation, args: r.args })),
            ...(v!.rank !== undefined ? { rank: v!.rank } : {}),
          },
        ];
      }),
    );
  return {
    preset: result?.ruleSetId ?? outcome.settings.preset,
    reviewDate: result?.reviewDate ?? outcome.settings.reviewDate,
    phase: result?.phase ?? outcome.settings.phase,
    people: (result?.persons ?? []).map((pr) => ({
      sheet: pr.person.source.sheet,
      row: pr.person.source.row,
      name: pr.person.name,
      unit: pr.person.unit ?? null,
      excluded: Boolean(pr.person.excluded),
      titles: verdicts(pr.verdicts),
    })),
    units: (result?.units ?? []).map((ur) => ({
      name: ur.unit.name,
      members: ur.members,
      collectiveTitle: ur.collectiveTitle ?? null,
      titles: verdicts(ur.verdicts),
    })),
    targets: (result?.targets ?? []).map((tr) => ({
      id: tr.id,
      label: t(tr.label, {}, lang),
      measure: tr.measure,
      required: tr.required,
      actual: tr.actual,
      count: tr.count,
      base: tr.base,
      met: tr.met,
      gap: tr.gap,
    })),
    warnings: (result?.warnings ?? []).map((w) => ({ code: w.code, text: warningText(w, lang) })),
    params: result?.params ?? [],
    // How the workbook was read ("Đã đọc như sau"): fields and their columns, rows that are no person, values not understood.
    reading: (() => {
      const r = outcome.papers?.reading ?? readReport(outcome.parsed, outcome.issues, lang);
      return {
        clean: r.clean,
        people: r.people,
        fields: r.lines.map((l) => ({ sheet: l.sheet, field: l.field, label: l.label, column: l.column || null, header: l.header, read: l.read, notRead: l.notRead, examples: l.examples })),
        unusedColumns: r.unused,
        rowsNotPeople: r.rows,
        unknownValues: r.unknownValues.map((u) => ({ field: u.field, value: u.value, count: u.count, sheet: u.sheet, cells: u.cells })),
      };
    })(),
    issues: outcome.issues.map((i) => ({ severity: i.severity, code: i.code, sheet: i.sheet ?? null, cell: i.cell ?? null, value: i.value ?? null, message: describeIssue(i, lang, true) })),
  };
}
