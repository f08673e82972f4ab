import type { DataIssue } from '../domain/types';
import type { ReviewResult } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import { evaluate, leaveLimits, type RuleNotice } from '../rules/evaluate';
import { NameOrder } from '../rules/name-order';
import { diffOverPreset, resolveParams } from '../rules/params';
import { beforeTimeline, findPreset, presetForDate, ruleSetOn } from '../rules/presets';
import { awardMoney } from '../rules/money';
import type { RuleSet } from '../rules/types';
import { dongFigures } from '../text/number-words';
import { attainment, planConflicts, targetConfigs } from '../rules/targets';
import { parsePlan, planTargets, planWarnings } from '../rules/plan';
import { agencyFromSheets } from '../sheets/reader/agency-title';
import { papersAgency } from './agency';
import { staffVotes } from './staff-votes';
import { settleTies } from './ties';
import { decimal } from '../text/format';
import { titleName, ruleByKey } from '../rules/titles';
import { fold } from '../sheets/reader/fold';
import type { SheetGrid } from '../sheets/grid';
import { withReviewMemo } from '../sheets/text-memo';
import { splitOwned } from '../sheets/own-sheets';
import { checkSettings } from '../domain/settings-check';
import { applyMapOverrides, decodeGrids, readWorkbook } from '../sheets/read-workbook';
import { withValueMeaning } from '../sheets/choices';
import { readReport } from '../sheets/read-report';
import type { ReviewOutcome, ReviewOverrides } from './outcome';
import { SETTINGS_SHEET, type StoredSettings } from '../domain/settings';
import { DOC_SHEET_NAMES } from '../sheets/forms';
import { withPapers } from './documents';
import { readTally, personKey, shareOf, tallyReport } from '../sheets/forms/tally';
import { registrationNotes, readRegistration, requiredTitles, unitKey } from '../sheets/forms/registration';
import type { Person, TitleId } from '../domain/types';
import { shortDate } from '../text/format';
import { isIsoDate } from '../text/dates';
import { shownArgs } from '../i18n/reason-text';

const REGISTRATION_NAME = /^Đăng ký thi đua \d{4}$/;
const TALLY_NAME = /^Kiểm phiếu( \d{4})?$/;

/**
 * Forms the add-in hands to the clerk and reads back (the council's tally, the
 * registration): never taken for a staff or unit list, nor for the year of the review.
 */
function isForm(g: SheetGrid): boolean {
  const name = g.name.normalize('NFC');
  return TALLY_NAME.test(name) || REGISTRATION_NAME.test(name);
}

/** This year's forms: the tally and the registration of `year`. */
function formsOf(grids: SheetGrid[], year: number): { tally?: SheetGrid; registration?: SheetGrid } {
  const named = (n: string) => grids.find((g) => g.name.normalize('NFC') === n);
  return { tally: named(DOC_SHEET_NAMES.tally(year)), registration: named(DOC_SHEET_NAMES.registration(year)) };
}

/** The council's votes, typed in the tally, as each person's vote share (the tally wins over a column). */
function withVotes(persons: Person[], votes: Map<string, number>): Person[] {
  if (!votes.size) return persons;
  return persons.map((p) => {
    const share = shareOf(votes, p);
    return share === undefined ? p : { ...p, voteShare: share };
  });
}

/** Each person's registered titles, when a registration sheet was read. */
function withRegistration(persons: Person[], registered: Map<string, TitleId[]> | undefined): Person[] {
  if (!registered) return persons;
  return persons.map((p) => ({ ...p, registered: registered.get(personKey(p.name, p.unit)) ?? [] }));
}

/**
 * The year a workbook speaks of when nobody said: the latest "năm 2014" in the first rows
 * of its sheets (titles such as "DANH SÁCH … NĂM 2014" or "Kết quả năm 2014").
 */
export function yearFromGrids(grids: SheetGrid[]): number | undefined {
  let best: number | undefined;
  for (const g of grids) {
    for (const row of g.values.slice(0, 12)) {
      for (const v of row) {
        if (typeof v !== 'string') continue;
        const m = /n[aă]m\s+((?:19|20)\d\d)/i.exec(v.normalize('NFC'));
        if (m) best = Math.max(best ?? 0, Number(m[1]));
      }
    }
  }
  return best;
}

/** What the clerk should know of the award money before the numbers: an unknown level, a total above the fund. */
function moneyWarnings(result: ReviewResult, ruleSet: RuleSet): { code: string; args: Record<string, string | number> }[] {
  const m = awardMoney(result, ruleSet, result.reviewDate);
  if ('problem' in m) return m.problem === 'no-wage' ? [{ code: 'money-no-wage', args: { date: shortDate(m.date), by: m.by ?? '' } }] : [];
  const fund = result.money?.fund;
  if (fund !== undefined && m.totals.agency > fund)
    return [{ code: 'money-over-fund', args: { total: dongFigures(m.totals.agency), fund: dongFigures(fund), over: dongFigures(m.totals.agency - fund) } }];
  return [];
}

/**
 * The year a review is of: the one the clerk set, else the meeting's year, or the year before
 * for a year-end review met in January to March (`previous`: said as information).
 */
export function yearUnderReview(meetingDate: string, phase: 'mid' | 'year', chosen?: number): { year: number; previous: boolean } {
  const meetingYear = Number(meetingDate.slice(0, 4));
  if (chosen !== undefined) return { year: chosen, previous: false };
  if (phase === 'year' && Number(meetingDate.slice(5, 7)) <= 3) return { year: meetingYear - 1, previous: true };
  return { year: meetingYear, previous: false };
}

/**
 * Whether the workbook is the plan's agency's: its name as the clerk set it, or in the first
 * rows of a list ("SỞ KHOA HỌC VÀ CÔNG NGHỆ" under the province), compared without diacritics.
 */
function namesAgency(grids: SheetGrid[], settingName: string | undefined, planAgency: string): boolean {
  const want = fold(planAgency);
  if (settingName) return fold(settingName) === want;
  return grids.some((g) => g.values.slice(0, 6).some((row) => row.some((v) => typeof v === 'string' && fold(v) === want)));
}

/**
 * The review pipeline: grids and settings in, verdicts, targets and sheets out. Pure: the
 * texts it remembers while laying out the sheets are its own, dropped when it returns.
 */
export function runReview(grids: SheetGrid[], stored: StoredSettings, overrides: ReviewOverrides & { today?: string } = {}, reading?: ReadingCache): ReviewOutcome {
  return withReviewMemo(() => review(grids, stored, overrides, reading));
}

/**
 * The reading of one set of grids, kept by its caller between reviews (the pane's worker, for
 * one workbook load): a parameter, a target or the date changed reruns the rules only, not the
 * reading of 20 000 rows. Kept per grids (by identity) and per what the reading depends on
 * (the year, the mapping, the value map, the add-in's own sheets); anything else reads afresh.
 * The records are never changed after reading, so sharing them between reviews changes nothing.
 */
export class ReadingCache {
  private decoded?: { grids: SheetGrid[]; key: string; value: ReturnType<typeof decodeGrids> };
  private parsed?: { of: ReturnType<typeof decodeGrids>; key: string; value: ReturnType<typeof readWorkbook> };

  decode(grids: SheetGrid[], key: string, read: () => ReturnType<typeof decodeGrids>): ReturnType<typeof decodeGrids> {
    if (this.decoded?.grids !== grids || this.decoded.key !== key) this.decoded = { grids, key, value: read() };
    return this.decoded.value;
  }

  parse(of: ReturnType<typeof decodeGrids>, key: string, read: () => ReturnType<typeof readWorkbook>): ReturnType<typeof readWorkbook> {
    if (this.parsed?.of !== of || this.parsed.key !== key) this.parsed = { of, key, value: read() };
    return this.parsed.value;
  }
}

function review(grids: SheetGrid[], given: StoredSettings, overrides: ReviewOverrides & { today?: string }, cache?: ReadingCache): ReviewOutcome {
  // Settings are input too: each part that is not well formed is left out and reported.
  const checked = checkSettings(given);
  const stored = checked.settings;
  const lang: Lang = overrides.lang ?? stored.lang ?? 'vi';
  // A sheet the settings call the add-in's but that it never writes stays the clerk's.
  const { owned: ownedSheets, foreign } = splitOwned(stored.ownedSheets);
  const owned = new Set(ownedSheets);
  // Text typed in TCVN3 or VNI (legacy fonts) is read as Unicode; decomposed text as NFC.
  // The grids are copies: the input sheets stay as they are. Each converted range is an issue.
  const decodeAll = () => decodeGrids(grids.filter((g) => g.name !== SETTINGS_SHEET && !owned.has(g.name)));
  const decoded = cache ? cache.decode(grids, JSON.stringify(ownedSheets), decodeAll) : decodeAll();
  const inputs = decoded.grids;
  const issues: DataIssue[] = [
    ...checked.issues,
    ...foreign.map((sheet): DataIssue => ({ severity: 'warning', code: 'settings-foreign-sheet', sheet, args: { settingsSheet: SETTINGS_SHEET } })),
    ...decoded.issues,
  ];

  const lists = inputs.filter((g) => !isForm(g));
  const inferredYear = yearFromGrids(lists);
  let reviewDate = overrides.reviewDate ?? stored.reviewDate;
  if (reviewDate !== undefined && !isIsoDate(reviewDate)) {
    issues.push({ severity: 'warning', code: 'bad-review-date', value: reviewDate });
    reviewDate = undefined;
  }
  const chosenYear = overrides.reviewYear ?? stored.reviewYear;
  // Year-end reviews are held late in December (the 2014 plan): the 20th when only the year is known.
  reviewDate ??= chosenYear ? `${chosenYear}-12-20` : inferredYear ? `${inferredYear}-12-20` : (overrides.today ?? new Date().toISOString().slice(0, 10));
  const phase = overrides.phase ?? stored.phase ?? 'year';
  // The year under review and the meeting date are two things: a year-end review met in January
  // to March is the review of the year before (the review of 2023 met on 10/01/2024), said, and
  // settable (--year, the settings, the pane).
  const { year, previous } = yearUnderReview(reviewDate, phase, chosenYear);
  if (previous) issues.push({ severity: 'info', code: 'review-year-previous', value: shortDate(reviewDate), args: { date: shortDate(reviewDate), year, meetingYear: year + 1 } });

  const presetId = overrides.preset ?? stored.preset;
  // The criteria follow the year under review: the regime in force at its end when the meeting
  // is after it (the standards of the period the achievement covers: Luật 2022 Điều 93 khoản 2
  // điểm d speaks of "tiêu chuẩn … trong khoảng thời gian tính thành tích"). The papers cite the
  // texts in force on the meeting date (basisOn). When the meeting falls under a later regime,
  // that is said with its transition clause, and the clerk may choose it (--preset, the pane).
  const regimeDate = reviewDate > `${year}-12-31` ? `${year}-12-31` : reviewDate;
  const preset = (presetId && findPreset(presetId)) || presetForDate(regimeDate);
  const ofMeeting = presetForDate(reviewDate);
  if (!presetId && preset.id !== ofMeeting.id) {
    issues.push({
      severity: 'info',
      code: 'regime-of-year',
      value: preset.id,
      args: { year, date: shortDate(reviewDate), preset: preset.id, other: ofMeeting.id, transition: ofMeeting.transition ?? '' },
    });
  }
  // The rule set as it stood on the review date: each reason cites the article then in force.
  const ruleSet = ruleSetOn(preset, reviewDate);
  if (presetId && !findPreset(presetId)) issues.push({ severity: 'warning', code: 'unknown-preset', value: presetId, args: { used: ruleSet.id } });
  // The plan the targets come from: only the one the clerk loaded (the sample workbook's
  // settings hold the sample's). None: no targets, and said. A plan kept in the settings is
  // checked as a plan file is: one that does not read is left out, and said.
  const saved = stored.plan === undefined ? undefined : parsePlan(JSON.stringify(stored.plan), lang);
  if (saved && !saved.plan) issues.push({ severity: 'warning', code: 'settings-unreadable', value: saved.errors.join('; ').slice(0, 200), args: { field: 'plan', settingsSheet: SETTINGS_SHEET } });
  const chosenPlan = overrides.plan ?? saved?.plan;
  const plan = chosenPlan;

  const forms = formsOf(inputs, year);
  // A sheet's role or a field's column chosen on the command line is saved as the pane saves it.
  const mapping = overrides.map?.length ? applyMapOverrides(stored.mapping, overrides.map, lists, year) : stored.mapping;
  // What a value means, chosen on the command line (`--map-value`), is saved as the pane saves it.
  let valueMap = stored.valueMap;
  for (const v of overrides.mapValue ?? []) valueMap = withValueMeaning({ version: 1, ownedSheets: [], ...(valueMap ? { valueMap } : {}) }, v.field, v.value, v.meaning).valueMap;
  const readAll = () => readWorkbook(lists, { year, mapping, ...(valueMap ? { valueMap } : {}) });
  const parsed = cache ? cache.parse(decoded, JSON.stringify([year, mapping ?? null, valueMap ?? null]), readAll) : readAll();
  issues.push(...parsed.issues);
  const tally = forms.tally ? readTally(forms.tally) : undefined;
  const read = forms.registration ? readRegistration(forms.registration) : undefined;
  issues.push(...(tally?.issues ?? []), ...(read?.issues ?? []));
  // A registration sheet whose header cannot be found is no registration at all (not "nobody registered").
  const registration = read && !read.issues.some((i) => i.code === 'registration-no-header') ? read : undefined;

  const overrideSource = overrides.source ?? 'command-line';
  const { values, uses, rejected } = resolveParams(ruleSet, [
    // Parameters saved for another rule set do not carry over.
    { source: 'workbook', values: !stored.preset || stored.preset === ruleSet.id ? stored.params : undefined },
    { source: overrideSource, values: overrides.params },
  ]);
  const settingsTargets = overrides.targets ?? stored.targets;
  // Only what someone chose is saved: a date, phase or rule set worked out from the workbook
  // would pin every later review to this year's. Changed parameters keep their rule set.
  const params = diffOverPreset(ruleSet, values);
  const chosenDate = overrides.reviewDate ?? stored.reviewDate;
  const chosenPreset = overrides.preset ?? stored.preset ?? (Object.keys(params).length ? ruleSet.id : undefined);
  const { reviewDate: _savedDate, reviewYear: _savedYear, phase: _savedPhase, preset: _savedPreset, plan: _savedPlan, ...kept } = stored;
  const settings: StoredSettings = {
    ...kept,
    ...(mapping ? { mapping } : {}),
    ...(valueMap ? { valueMap } : {}),
    version: 1,
    ownedSheets,
    ...(chosenPreset && findPreset(chosenPreset) ? { preset: ruleSet.id } : {}),
    params,
    ...(isIsoDate(chosenDate) ? { reviewDate: chosenDate } : {}),
    ...(chosenYear !== undefined ? { reviewYear: chosenYear } : {}),
    ...(overrides.money ? { money: { ...stored.money, ...overrides.money } } : {}),
    ...((overrides.phase ?? stored.phase) ? { phase } : {}),
    lang,
    ...(settingsTargets ? { targets: settingsTargets } : {}),
    ...(overrides.agency ? { agency: { ...stored.agency, ...overrides.agency } } : {}),
    ...(overrides.staffVotes ? { staffVotes: overrides.staffVotes } : {}),
    ...(chosenPlan ? { plan: chosenPlan } : {}),
  };

  // No leave column is a loss only where a leave rule is in force; elsewhere it is said, without alarm.
  if (!leaveLimits(ruleSet, values).length) {
    for (const [i, issue] of issues.entries()) {
      if (issue.code === 'missing-leaveDays') issues[i] = { ...issue, severity: 'info', code: 'missing-leaveDays-unused', args: { preset: t(ruleSet.label, {}, lang) } };
    }
  }

  if (parsed.fatal) return { parsed, issues, sheets: [], settings, lang };

  // The vote is the tally form's; a staff column only by the clerk's word, each value a vote the council could cast.
  const fromStaff = staffVotes(parsed.persons, parsed.recognitions, settings.staffVotes?.council);
  issues.push(...fromStaff.issues);
  // Every list sorts by name: the order is worked out once for the whole review.
  const names = new NameOrder(parsed.persons.map((p) => p.name));
  const reg = registration?.registered;
  // A tie at a cap after the vote is the council's to settle, never the name's: its title stays a
  // draft until the tally records who was chosen, and then the rules run again with the choice
  // (src/pipeline/ties.ts), so the unit titles and every later title follow the chosen people.
  const chosen = new Set((tally?.form.candidates ?? []).filter((c) => c.chosen).map((c) => personKey(c.name, c.unit)));
  const voters = withRegistration(withVotes(fromStaff.persons, tally?.votes ?? new Map()), reg);
  const unitsIn = reg ? parsed.units.map((u) => ({ ...u, registered: reg.get(unitKey(u.name)) ?? [] })) : parsed.units;
  let notices: RuleNotice[] = [];
  // Registration is a criterion where the rule set requires it (before caps, so a place left
  // by someone unregistered goes to the next in rank); elsewhere it is a note.
  const settled = settleTies(ruleSet, values, chosen, (choice) => {
    const evaluated = evaluate({
      ruleSet,
      params: values,
      persons: voters,
      units: unitsIn,
      year,
      periodEnd: `${year}-12-31`,
      reviewDate,
      names,
      chosen: choice,
    });
    notices = evaluated.notices;
    return evaluated;
  });
  const { ties } = settled;
  const voting = settled.voting;
  // What a rule made of a record (a leave mark without days, a discipline without an end): information for the clerk.
  for (const n of notices) {
    issues.push({ severity: n.code === 'discipline-end-unknown' ? 'warning' : 'info', code: n.code, sheet: n.person.source.sheet, value: n.person.name, args: shownArgs(n.args, lang) });
  }
  const required = requiredTitles(ruleSet, values);
  const noted = reg ? registrationNotes({ ruleSetId: ruleSet.id, persons: settled.persons, units: settled.units } as ReviewResult, reg, lang) : settled;
  const { units, persons } = noted;
  if (!registration && (required.persons.length || required.units.length)) {
    issues.push({ severity: 'warning', code: 'registration-missing', value: DOC_SHEET_NAMES.registration(year) });
  }
  const configs = plan ? targetConfigs(settingsTargets, planTargets(plan)) : [];
  const agencyNamed = plan?.agency?.name ? namesAgency(lists, stored.agency?.name, plan.agency.name) : undefined;
  const money = overrides.money || stored.money ? { ...stored.money, ...overrides.money } : undefined;
  const warnings = [
    ...(ruleSet.confirmed ? [] : [{ code: 'preset-unconfirmed', args: { preset: ruleSet.id } }]),
    ...(beforeTimeline(reviewDate) ? [{ code: 'review-before-regimes', args: { date: shortDate(reviewDate), from: shortDate(ruleSet.inForce.from), preset: ruleSet.id } }] : []),
    ...(plan ? planWarnings(plan, { year, agencyNamed }) : [{ code: 'no-plan', args: {} }]),
    ...planConflicts(configs, ruleSet, values, units.length),
    ...rejected.map((r) => ({ code: 'param-rejected', args: r })),
    ...(phase === 'mid' ? [{ code: 'mid-year', args: {} }] : []),
    ...ties.map((x): { code: string; args: Record<string, string | number> } => {
      const names = x.tied.map((p) => (p.unit ? `${p.name} (${p.unit})` : p.name)).join(', ');
      const title = titleName(ruleByKey(ruleSet, x.title) ?? { key: x.title }, 'short', lang);
      return x.settled
        ? { code: 'cap-tie-settled', args: { title, names, chosen: (x.chosen ?? []).map((p) => p.name).join(', ') } }
        : { code: 'cap-tie', args: { title, n: x.tied.length, places: x.places, names, share: x.share === undefined ? '—' : `${decimal(x.share * 100, 1)} %`, sheet: DOC_SHEET_NAMES.tally(year) } };
    }),
  ];
  // What the counting committee recorded, for the minutes of the count (none while no vote is entered).
  const report = tally ? tallyReport(tally.form) : undefined;
  const result: ReviewResult = {
    ruleSetId: ruleSet.id,
    reviewDate,
    year,
    phase,
    params: uses,
    persons,
    units,
    targets: attainment(configs, persons, units),
    warnings,
    pendingVote: [...voting, ...ties.filter((x) => !x.settled && !voting.includes(x.title)).map((x) => x.title)],
    ...(report ? { tally: report } : {}),
    ...(ties.length ? { ties } : {}),
    ...(money ? { money } : {}),
  };
  // The award money (issue 17): a level the tool does not know, or a total above the fund, said before the numbers.
  if (phase === 'year') result.warnings.push(...moneyWarnings(result, ruleSet));
  // The agency the papers print: the clerk's (the workbook's settings, this run's file), else
  // the one the sheets' title rows name (and its plan's, when the plan is that agency's), else dots.
  const fromSheets = agencyFromSheets(lists);
  const agency = papersAgency(settings.agency, chosenPlan?.agency, fromSheets);
  if (!settings.agency?.name?.trim() && fromSheets) {
    issues.push({ severity: 'info', code: 'agency-from-sheets', sheet: fromSheets.sheet, cell: fromSheets.cell, value: [fromSheets.parent, fromSheets.name].filter(Boolean).join(' – ') });
  }
  // The sheets and papers are made by the documents stage when written, not on every review.
  return withPapers(
    { parsed, result, issues, settings, lang },
    {
      ruleSet,
      issues,
      recognitions: parsed.recognitions,
      unitOrder: parsed.units.map((u: { name: string }) => u.name),
      lang,
      agency,
      names,
      registered: registration?.registered,
      inputNames: inputs.map((g) => g.name),
      tally: tally?.form,
      reading: readReport(parsed, issues, lang),
    },
  );
}
