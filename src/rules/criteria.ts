/**
 * The one table of criterion kinds. A preset says which kinds a title uses and with
 * which parameters; this table says what each kind means. A check returns null when the
 * criterion is met, or the values that explain why not (the reason's arguments).
 */
import { atLeast, disciplineAtLeast, type Discipline, type ExemptLeave, type Person, type Rating, type TitleId, type Unit } from '../domain/types';
import type { CriterionKind, ParamValue } from './types';

export interface PersonSubject {
  scope: 'person';
  person: Person;
  year: number;
  /** ISO date: the last day of the review period. */
  periodEnd: string;
  /** Titles this person was awarded this year by the titles evaluated before. */
  awarded: ReadonlySet<TitleId>;
  /** Kinds of leave the regime counts as time worked. */
  exemptKinds: ReadonlySet<ExemptLeave['kind']>;
}

export interface MemberFacts {
  person: Person;
  awarded: ReadonlySet<TitleId>;
}

export interface UnitSubject {
  scope: 'unit';
  unit: Unit;
  year: number;
  members: MemberFacts[];
  /** Unit titles and awards this unit has this year from the titles evaluated before (its one collective title only). */
  awarded?: ReadonlySet<TitleId>;
}

export type Subject = PersonSubject | UnitSubject;
export type Args = Record<string, string | number>;
type Get = (name: string) => ParamValue;
export type Check = (s: Subject, get: Get, about?: TitleId) => Args | null;

const MET = null;

/** Whole months from `fromIso` to the day after `toIso` (a hire on 1 March counts 10 months to 31 December). */
export function monthsBetween(fromIso: string, toIso: string): number {
  const y1 = Number(fromIso.slice(0, 4));
  const m1 = Number(fromIso.slice(5, 7));
  const d1 = Number(fromIso.slice(8, 10));
  let y2 = Number(toIso.slice(0, 4));
  let m2 = Number(toIso.slice(5, 7));
  let d2 = Number(toIso.slice(8, 10)) + 1;
  // The day after `toIso`, by the calendar (no Date: this runs once per recruit per title).
  if (d2 > daysInMonth(y2, m2)) {
    d2 = 1;
    m2++;
    if (m2 > 12) {
      m2 = 1;
      y2++;
    }
  }
  let months = (y2 - y1) * 12 + (m2 - m1);
  if (d2 < d1) months--;
  return months;
}

const daysInMonth = (y: number, m: number): number => (m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31);

function person(s: Subject): PersonSubject {
  if (s.scope !== 'person') throw new Error('person criterion on a unit');
  return s;
}
function unit(s: Subject): UnitSubject {
  if (s.scope !== 'unit') throw new Error('unit criterion on a person');
  return s;
}

/** Past years (year-1 … year-(n-1)) in which `has` is false. */
function missingYears(year: number, n: number, has: (y: number) => boolean): number[] {
  const out: number[] = [];
  for (let k = 1; k < n; k++) if (!has(year - k)) out.push(year - k);
  return out;
}

const ratingOrNone = (r: Rating | undefined) => r ?? '—';

/** Disciplined (reprimand or heavier) in the review year: the discipline column speaks of this year unless it names another. */
export function disciplineInYear(p: Person, year: number): Discipline {
  return p.discipline !== 'none' && (p.disciplineYear === undefined || p.disciplineYear === year) ? p.discipline : 'none';
}

/**
 * The leave days a leave rule counts: exempt leave (maternity, injury on duty, approved
 * training) is time worked and taken off. A mark without a day count means the whole leave
 * is of that kind (`whole`).
 */
export function countedLeave(p: Person, kinds: ReadonlySet<ExemptLeave['kind']>): { days: number; exempt: number; whole?: ExemptLeave['kind'] } | undefined {
  if (p.leaveDays === undefined) return undefined;
  const marks = p.exemptLeave.filter((e) => kinds.has(e.kind));
  const whole = marks.find((e) => e.days === undefined);
  if (whole) return { days: 0, exempt: p.leaveDays, whole: whole.kind };
  const exempt = Math.min(
    p.leaveDays,
    marks.reduce((n, e) => n + (e.days ?? 0), 0),
  );
  return { days: p.leaveDays - exempt, exempt };
}

/** This year's count plus the `years - 1` years before, from the history. */
function overYears(p: Person, year: number, years: number, field: 'initiatives' | 'researchProjects'): number {
  let n = p[field];
  for (let k = 1; k < years; k++) n += p.history[year - k]?.[field] ?? 0;
  return n;
}
export const CHECKS: Record<Exclude<CriterionKind, 'any-of'>, Check> = {
  'min-rating': (s, get) => {
    const p = person(s).person;
    const min = get('min') as Rating;
    return atLeast(p.rating, min) ? MET : { found: ratingOrNone(p.rating), min };
  },
  'min-months-worked': (s, get) => {
    const { person: p, year, periodEnd } = person(s);
    const min = get('minMonths');
    if (min === null) return MET;
    // The months count from the recruitment date, never from the arrival (general.transfer): someone
    // transferred is reviewed by the new agency on the time since recruitment, so a person recruited
    // elsewhere in April and transferred in September is still a recruit of April. A transfer with
    // no recruitment date was recruited before, as far as the sheet says; the months worked a
    // sheet gives for a transfer are months here, not since recruitment, and are not used.
    if (p.arrival === 'transferred' && !p.hireDate) return MET;
    let months = p.arrival === 'transferred' ? undefined : p.monthsWorked;
    if (months === undefined && p.hireDate) {
      const start = p.hireDate > `${year}-01-01` ? p.hireDate : `${year}-01-01`;
      months = Math.max(0, monthsBetween(start, periodEnd));
    }
    if (months === undefined) return MET; // no hire date: not a new recruit as far as the sheet says
    return months >= (min as number) ? MET : { months, min: min as number, hired: p.hireDate ?? '' };
  },
  'max-leave-days': (s, get) => {
    const ps = person(s);
    const from = get('fromDays');
    const leave = countedLeave(ps.person, ps.exemptKinds);
    if (from === null || leave === undefined) return MET;
    return leave.days < (from as number) ? MET : { days: leave.days, max: from as number, exempt: leave.exempt };
  },
  'max-discipline': (s, get) => {
    const ps = person(s);
    const from = get('from') as Discipline | null;
    const found = disciplineInYear(ps.person, ps.year);
    if (from === null || found === 'none') return MET;
    return disciplineAtLeast(found, from) ? { found, from } : MET;
  },
  // This year's title of the person, or of the unit (Cờ thi đua is chosen among the TTLĐXS).
  'requires-title': (s, _get, about) => (about && s.awarded?.has(about) ? MET : { title: about ?? '' }),
  achievement: (s, get) => {
    const { person: p, year } = person(s);
    const years = (get('years') as number | null) ?? 1;
    const minCount = (get('minCount') as number | null) ?? 1;
    // "02 sáng kiến … hoặc 02 đề tài": each kind counted on its own unless the rule set combines them.
    const initiatives = get('initiative') ? overYears(p, year, years, 'initiatives') : 0;
    const research = get('research') ? overYears(p, year, years, 'researchProjects') : 0;
    const count = get('combine') ? initiatives + research : Math.max(initiatives, research);
    if (count >= minCount) return MET;
    if (get('excellentRating') && p.rating === 'excellent') return MET;
    return { count, min: minCount, years };
  },
  'consecutive-titles': (s, get, about) => {
    const ps = person(s);
    const n = get('years') as number;
    const t = about as TitleId;
    const missing = missingYears(ps.year, n, (y) => ps.person.history[y]?.titles.includes(t) ?? false);
    if (!ps.awarded.has(t)) missing.unshift(ps.year);
    return missing.length === 0 ? MET : { title: t, years: n, missing: missing.join(', ') };
  },
  'consecutive-ratings': (s, get) => {
    const ps = person(s);
    const n = get('years') as number;
    const min = get('min') as Rating;
    const missing = missingYears(ps.year, n, (y) => atLeast(ps.person.history[y]?.rating, min));
    if (!atLeast(ps.person.rating, min)) missing.unshift(ps.year);
    return missing.length === 0 ? MET : { min, years: n, missing: missing.join(', ') };
  },
  'provincial-initiative': (s, get) => {
    const p = person(s).person;
    return !get('required') || p.provincialInitiative ? MET : {};
  },
  'unit-rating': (s, get) => {
    const u = unit(s).unit;
    const min = get('min') as Rating;
    return atLeast(u.rating, min) ? MET : { found: ratingOrNone(u.rating), min };
  },
  'unit-consecutive-ratings': (s, get) => {
    const us = unit(s);
    const n = get('years') as number;
    const min = get('min') as Rating;
    const missing = missingYears(us.year, n, (y) => atLeast(us.unit.history[y]?.rating, min));
    if (!atLeast(us.unit.rating, min)) missing.unshift(us.year);
    return missing.length === 0 ? MET : { min, years: n, missing: missing.join(', ') };
  },
  'members-ldtt-share': (s, get, about) => {
    const { members } = unit(s);
    const min = get('minShare') as number;
    const strict = Boolean(get('strict'));
    const ldtt = about ? members.filter((m) => m.awarded.has(about)).length : 0;
    const share = members.length ? ldtt / members.length : 0;
    // Compare in whole people to avoid 0.7 vs 7/10 rounding: ldtt vs min × members.
    const needed = min * members.length;
    const ok = strict ? ldtt > needed + 1e-9 : ldtt >= needed - 1e-9;
    return ok ? MET : { ldtt, members: members.length, share: Math.round(share * 1000) / 10, min: Math.round(min * 1000) / 10, strict: strict ? 1 : 0 };
  },
  'members-min-rating': (s, get) => {
    const min = get('min') as Rating;
    const below = unit(s).members.filter((m) => !atLeast(m.person.rating, min));
    return below.length === 0
      ? MET
      : {
          count: below.length,
          names: below
            .map((m) => m.person.name)
            .slice(0, 5)
            .join(', '),
          min,
        };
  },
  'members-cstdcs': (s, get, about) => {
    const min = get('min') as number;
    const n = about ? unit(s).members.filter((m) => m.awarded.has(about)).length : 0;
    return n >= min ? MET : { count: n, min };
  },
  'members-max-discipline': (s, get) => membersDisciplined(unit(s), get('from') as Discipline | null),
  'has-members': (s) => (unit(s).members.length > 0 ? MET : {}),
  // The cluster's choice is recorded by the clerk, not worked out: without the mark, no. The
  // column it was looked for in is named; no column at all says so (the reader's notice too).
  'cluster-selection': (s) => {
    const choice = unit(s).unit.clusterChoice;
    return choice?.selected ? MET : { column: choice?.column ?? '', sheet: choice ? (unit(s).unit.source?.sheet ?? '') : '' };
  },
};

/** Members disciplined at or above `from` in the year: the unit's reason, or null. */
export function membersDisciplined(s: UnitSubject, from: Discipline | null): Args | null {
  if (from === null) return MET;
  const hit = s.members.filter((m) => {
    const d = disciplineInYear(m.person, s.year);
    return d !== 'none' && disciplineAtLeast(d, from);
  });
  return hit.length === 0
    ? MET
    : {
        count: hit.length,
        names: hit
          .map((m) => m.person.name)
          .slice(0, 5)
          .join(', '),
        from,
      };
}
