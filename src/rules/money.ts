/**
 * Tiền thưởng (issue 17, section 1): the money that goes with each title and award, from the
 * same review. Each coefficient of the mức lương cơ sở is a value on the legal timeline (the
 * decree in force on the date of the decision), the mức lương cơ sở too; docs/regimes.md
 * quotes NĐ 152/2025/NĐ-CP Điều 47, 49, 50 and 54 and says what was not confirmed.
 *
 * - NĐ 152/2025 Điều 49 khoản 1: the mức lương cơ sở in force when the decision is signed;
 *   khoản 2: the amount rounded up to the ten thousand đồng; khoản 5: several titles for the same
 *   period → the highest only, for different periods → each; khoản 7: a title and an award → both.
 * - Điều 47 khoản 2: "Người ra quyết định khen thưởng có trách nhiệm chi tiền thưởng": the agency's
 *   fund pays what its head decides, the province what its chairman decides.
 */
import type { PersonTitleId, UnitTitleId } from '../domain/types';
import type { ReviewResult } from '../domain/verdict';
import type { Authority, RuleSet, TitleRule } from './types';

/** The mức lương cơ sở from a date, by the decree that set it. `amount` null: the level is known to change, its amount was not found. */
export interface BaseWage {
  from: string;
  amount: number | null;
  by: string;
  confirmed: boolean;
}

/**
 * The mức lương cơ sở on the timeline. Confirmed: NĐ 73/2024 Điều 3 (2 340 000 from 01/7/2024,
 * quoted); NĐ 161/2026 takes effect on 01/7/2026 (vbpl.vn) but its amount was not found: a
 * decision from that day needs the clerk's figure (`baseWage` option). The earlier levels are the
 * commonly known ones, their decrees not checked (docs/regimes.md).
 */
export const BASE_WAGE: BaseWage[] = [
  { from: '2013-07-01', amount: 1_150_000, by: 'NĐ 66/2013/NĐ-CP', confirmed: false },
  { from: '2016-05-01', amount: 1_210_000, by: 'NĐ 47/2016/NĐ-CP', confirmed: false },
  { from: '2017-07-01', amount: 1_300_000, by: 'NĐ 47/2017/NĐ-CP', confirmed: false },
  { from: '2018-07-01', amount: 1_390_000, by: 'NĐ 72/2018/NĐ-CP', confirmed: false },
  { from: '2019-07-01', amount: 1_490_000, by: 'NĐ 38/2019/NĐ-CP', confirmed: false },
  { from: '2023-07-01', amount: 1_800_000, by: 'NĐ 24/2023/NĐ-CP', confirmed: false },
  { from: '2024-07-01', amount: 2_340_000, by: 'NĐ 73/2024/NĐ-CP Điều 3 khoản 2', confirmed: true },
  { from: '2026-07-01', amount: null, by: 'NĐ 161/2026/NĐ-CP', confirmed: false },
];

/** The level in force on a date (none before the first). */
export function baseWageOn(isoDate: string): BaseWage | undefined {
  return [...BASE_WAGE].reverse().find((w) => w.from <= isoDate);
}

/** How the law classes what a title key gives: a danh hiệu thi đua or a hình thức khen thưởng (Đ49 k5–k7). */
interface Coefficient {
  coefficient: number;
  kind: 'title' | 'award';
  citation: string;
}

/** The coefficients set by one decree, from its date of effect. */
export interface CoefficientTable {
  from: string;
  to?: string;
  by: string;
  /** Whether the decree's articles were quoted (NĐ 152/2025) or the values are the common ones, not checked. */
  confirmed: boolean;
  values: Record<string, Coefficient>;
  /** The combining and rounding rules, quoted for NĐ 152/2025, taken as the same before. */
  rules: string;
}

const common = (by: string, articles: string): Record<string, Coefficient> => {
  const v = (coefficient: number, kind: 'title' | 'award'): Coefficient => ({ coefficient, kind, citation: `${by} ${articles} (hệ số thường dùng; điều khoản chưa đối chiếu)` });
  return {
    LDTT: v(0.3, 'title'),
    CSTDCS: v(1.0, 'title'),
    CSTD_TINH: v(3.0, 'title'),
    TTLDXS: v(1.5, 'title'),
    TTLDTT: v(0.8, 'title'),
    CO_TINH: v(8.0, 'title'),
    BK_TINH: v(1.0, 'award'),
    BK_BO: v(1.0, 'award'),
    BK_TINH_UNIT: v(2.0, 'award'),
    BK_BO_UNIT: v(2.0, 'award'),
    GIAY_KHEN: v(0.3, 'award'),
  };
};

const ND152 = 'NĐ 152/2025/NĐ-CP';
const q = (coefficient: number, kind: 'title' | 'award', where: string): Coefficient => ({ coefficient, kind, citation: `${ND152} ${where}` });

export const COEFFICIENTS: CoefficientTable[] = [
  {
    from: '2010-04-15',
    to: '2017-09-30',
    by: 'NĐ 42/2010/NĐ-CP',
    confirmed: false,
    values: common('NĐ 42/2010/NĐ-CP', 'Điều 70–76'),
    rules: 'NĐ 42/2010/NĐ-CP (nguyên tắc như NĐ 152/2025/NĐ-CP Điều 49; chưa đối chiếu)',
  },
  {
    from: '2017-10-01',
    to: '2023-12-31',
    by: 'NĐ 91/2017/NĐ-CP',
    confirmed: false,
    values: common('NĐ 91/2017/NĐ-CP', 'Điều 69–73'),
    rules: 'NĐ 91/2017/NĐ-CP (nguyên tắc như NĐ 152/2025/NĐ-CP Điều 49; chưa đối chiếu)',
  },
  {
    from: '2024-01-01',
    to: '2025-06-30',
    by: 'NĐ 98/2023/NĐ-CP',
    confirmed: false,
    values: common('NĐ 98/2023/NĐ-CP', 'Chương VII'),
    rules: 'NĐ 98/2023/NĐ-CP (nguyên tắc như NĐ 152/2025/NĐ-CP Điều 49; chưa đối chiếu)',
  },
  {
    from: '2025-07-01',
    by: ND152,
    confirmed: true,
    values: {
      LDTT: q(0.3, 'title', 'Điều 50 khoản 1 điểm d'),
      CSTDCS: q(1.0, 'title', 'Điều 50 khoản 1 điểm c'),
      CSTD_TINH: q(3.0, 'title', 'Điều 50 khoản 1 điểm b'),
      TTLDXS: q(1.5, 'title', 'Điều 50 khoản 2 điểm a'),
      TTLDTT: q(0.8, 'title', 'Điều 50 khoản 2 điểm b'),
      CO_TINH: q(8.0, 'title', 'Điều 50 khoản 2 điểm e'),
      BK_TINH: q(1.5, 'award', 'Điều 54 khoản 1 điểm b'),
      BK_BO: q(1.5, 'award', 'Điều 54 khoản 1 điểm b'),
      BK_TINH_UNIT: q(3.0, 'award', 'Điều 54 khoản 2 điểm a'),
      BK_BO_UNIT: q(3.0, 'award', 'Điều 54 khoản 2 điểm a'),
      GIAY_KHEN: q(0.3, 'award', 'Điều 54 khoản 1 điểm e'),
    },
    rules: `${ND152} Điều 49 khoản 1, 2, 5, 7; Điều 47 khoản 2`,
  },
];

/** The table in force on a date (the decision's). */
export function coefficientsOn(isoDate: string): CoefficientTable | undefined {
  return COEFFICIENTS.find((c) => c.from <= isoDate && (!c.to || isoDate <= c.to));
}

/** Who pays (Điều 47 khoản 2: the one who decides). */
export type Payer = 'agency' | 'province' | 'ministry';
const PAYER: Record<Authority, Payer> = { 'agency-head': 'agency', 'province-chair': 'province', minister: 'ministry' };

/** Rounded up to the ten thousand đồng (Điều 49 khoản 2). */
export const roundUpTenThousand = (x: number): number => Math.ceil(Math.round(x) / 10_000) * 10_000;

export interface MoneyLine {
  key: string;
  title: PersonTitleId | UnitTitleId;
  coefficient: number;
  /** The amount of this title alone. */
  amount: number;
  /** What is paid for it: the amount, or 0 when a higher title of the same period is paid instead. */
  paid: number;
  payer: Payer;
  citation: string;
  /** Why it is not paid: the key of the title paid instead (Điều 49 khoản 5). */
  insteadOf?: string;
}

export interface MoneyRow {
  scope: 'person' | 'unit';
  name: string;
  unit?: string;
  lines: MoneyLine[];
  total: number;
}

export interface MoneyResult {
  date: string;
  wage: BaseWage & { amount: number };
  table: CoefficientTable;
  rows: MoneyRow[];
  totals: Record<Payer, number> & { all: number };
  /** Title keys the table has no coefficient for (none in the shipped rule sets): no amount, said. */
  missing: string[];
}

export type MoneyProblem = { problem: 'no-wage'; date: string; by?: string } | { problem: 'no-table'; date: string };

/**
 * The money of a review decided on `date`: per person and unit, each title's coefficient and
 * amount, what is paid after combining, who pays; totals per payer. `baseWage` is the clerk's
 * figure where the timeline has none (from 01/7/2026).
 */
export function awardMoney(result: ReviewResult, ruleSet: RuleSet, date: string, baseWage: number | undefined = result.money?.baseWage): MoneyResult | MoneyProblem {
  const level = baseWageOn(date);
  const amount = baseWage ?? level?.amount ?? null;
  if (amount === null) return { problem: 'no-wage', date, ...(level ? { by: level.by } : {}) };
  const wage = { ...(level ?? { from: date, by: '', confirmed: false }), amount, ...(baseWage !== undefined ? { by: 'số do văn thư nhập', confirmed: false } : {}) };
  const table = coefficientsOn(date);
  if (!table) return { problem: 'no-table', date };
  const missing = new Set<string>();
  const lineOf = (rule: TitleRule): MoneyLine | undefined => {
    const c = table.values[rule.key];
    if (!c) {
      missing.add(rule.key);
      return undefined;
    }
    const a = roundUpTenThousand(c.coefficient * amount);
    return { key: rule.key, title: rule.id, coefficient: c.coefficient, amount: a, paid: a, payer: PAYER[rule.decidedBy], citation: c.citation };
  };
  /** The years a title's achievement covers (CSTĐ tỉnh: its consecutive years): the "period" of Điều 49 khoản 5. */
  const period = (rule: TitleRule): number => {
    const years = rule.criteria.flatMap((c) => c.params).find((p) => p.id.endsWith('.consecutive.years'));
    return typeof years?.default === 'number' ? years.default : 1;
  };
  const combine = (rules: TitleRule[]): MoneyLine[] => {
    const lines = rules.map((r) => ({ r, l: lineOf(r) })).filter((x): x is { r: TitleRule; l: MoneyLine } => !!x.l);
    // Titles of the same period: the highest only (khoản 5); awards, and a title beside an award, each (khoản 6, 7).
    const byPeriod = new Map<number, { r: TitleRule; l: MoneyLine }[]>();
    for (const x of lines) {
      if (table.values[x.r.key].kind !== 'title') continue;
      const p = period(x.r);
      byPeriod.set(p, [...(byPeriod.get(p) ?? []), x]);
    }
    for (const group of byPeriod.values()) {
      const best = group.reduce((a, b) => (b.l.amount > a.l.amount ? b : a));
      for (const x of group) {
        if (x === best) continue;
        x.l.paid = 0;
        x.l.insteadOf = best.r.key;
      }
    }
    return lines.map((x) => x.l);
  };
  const rows: MoneyRow[] = [];
  for (const pr of result.persons) {
    const rules = ruleSet.titles.filter((r) => r.scope === 'person' && pr.verdicts[r.id as PersonTitleId]?.status === 'awarded');
    if (!rules.length) continue;
    const lines = combine(rules);
    rows.push({ scope: 'person', name: pr.person.name, ...(pr.person.unit ? { unit: pr.person.unit } : {}), lines, total: lines.reduce((n, l) => n + l.paid, 0) });
  }
  for (const ur of result.units) {
    const rules = ruleSet.titles.filter((r) => r.scope === 'unit' && ur.verdicts[r.id as UnitTitleId]?.status === 'awarded');
    if (!rules.length) continue;
    const lines = combine(rules);
    rows.push({ scope: 'unit', name: ur.unit.name, lines, total: lines.reduce((n, l) => n + l.paid, 0) });
  }
  const totals = { agency: 0, province: 0, ministry: 0, all: 0 };
  for (const r of rows) {
    for (const l of r.lines) {
      totals[l.payer] += l.paid;
      totals.all += l.paid;
    }
  }
  return { date, wage, table, rows, totals, missing: [...missing] };
}
