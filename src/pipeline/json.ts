import type { ReviewOutcome } from './run';
import { t } from '../i18n/catalogue';
import { verdictReasons, warningText } from '../sheets/layout';
import { describeIssue } from '../sheets/issue-text';
import { readReport } from '../sheets/read-report';
import type { Verdict } from '../domain/verdict';
import { papersAgencyShown, papersMissing } from './documents';
import { isOneStep, shortfallReport, type Shortfall } from '../rules/shortfall';
import { roadText, shortfallText, stepText, targetHeadline } from '../sheets/shortfall';
import { titleName, ruleByKey } from '../rules/titles';

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
    /** The meeting date; `year` is the year under review (a January meeting reviews the year before). */
    reviewDate: result?.reviewDate ?? outcome.settings.reviewDate,
    year: result?.year ?? outcome.settings.reviewYear,
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
    ...(result && outcome.papers ? { shortfall: shortfallJson(outcome) } : {}),
    warnings: (result?.warnings ?? []).map((w) => ({ code: w.code, text: warningText(w, lang) })),
    params: result?.params ?? [],
    // What the papers will print as the agency, and what they still lack (listed before they are made).
    papers: { agency: papersAgencyShown(outcome) ?? null, missing: papersMissing(outcome) },
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

/** "Còn thiếu gì": each shortfall with its steps, the targets' candidates, the roads (rules/shortfall.ts). */
function shortfallJson(outcome: ReviewOutcome): unknown {
  const { result, lang } = outcome;
  const ruleSet = outcome.papers!.ruleSet;
  const report = shortfallReport(ruleSet, result!);
  const one = (s: Shortfall) => ({
    scope: s.scope,
    id: s.id,
    name: s.name,
    unit: s.unit ?? null,
    title: s.title,
    titleName: titleName(ruleByKey(ruleSet, s.key) ?? { key: s.key }, 'short', lang),
    status: s.status,
    oneStep: isOneStep(s),
    capOnly: s.capOnly,
    ...(s.rank !== undefined ? { rank: s.rank } : {}),
    text: shortfallText(s, lang),
    steps: s.steps.map((x) => ({ title: x.title, criterion: x.criterion, code: x.code, text: stepText(x, s.title, lang), citation: x.citation, args: x.args })),
  });
  return {
    targets: report.targets.map((tc) => ({
      id: tc.target.id,
      gap: tc.target.gap,
      text: targetHeadline(tc, lang),
      couldClose: tc.couldClose,
      capLimit: tc.capLimit,
      capRoom: tc.capRoom,
      more: tc.more,
      candidates: tc.candidates.map(one),
    })),
    near: report.shortfalls.filter(isOneStep).map(one),
    others: report.shortfalls.filter((s) => !isOneStep(s)).map(one),
    roads: report.roads.map((r) => ({ personId: r.personId, name: r.name, unit: r.unit ?? null, title: r.title, yearsToGo: r.yearsToGo, text: roadText(r, ruleSet, lang), parts: r.parts })),
  };
}
