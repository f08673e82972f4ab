/**
 * The "Tiền thưởng" result sheet (issue 17, section 1): per person and unit, each title and
 * award with its coefficient and amount, what is paid after combining, who pays; then the
 * agency's part, the province's part and the total, in figures and in words.
 */
import { t, type Lang } from '../i18n/catalogue';
import { awardMoney, type MoneyResult } from '../rules/money';
import { ruleByKey, titleName } from '../rules/titles';
import type { RuleSet } from '../rules/types';
import type { ReviewResult } from '../domain/verdict';
import { decimal, shortDate } from '../text/format';
import { dongFigures, dongInWords } from '../text/number-words';
import { cellAddress, type CellSpec, type SheetSpec, type StyleId } from './grid';

export const MONEY_SHEET = 'Tiền thưởng';

const c = (v: CellSpec['v'], s?: StyleId): CellSpec => (s ? { v, s } : { v });

/** The sheet, or undefined when nobody is proposed (a mid-year review has no lists either). */
export function moneySheet(result: ReviewResult, ruleSet: RuleSet, lang: Lang, order: number, baseWage?: number): SheetSpec | undefined {
  const money = awardMoney(result, ruleSet, result.reviewDate, baseWage);
  const rows: CellSpec[][] = [[c(t('sheet.money.title', { year: result.year }, lang), 'title')]];
  const width = 8;
  const last = cellAddress(0, width - 1).replace(/\d+$/, '');
  const merges = [`A1:${last}1`, `A2:${last}2`];
  if ('problem' in money) {
    const by = money.problem === 'no-wage' ? (money.by ?? '') : '';
    rows.push([c(t('sheet.money.noWage', { date: shortDate(money.date), by }, lang), 'warn')]);
    return sheet(rows, merges, order);
  }
  if (!money.rows.length) return undefined;
  rows.push([c(subtitle(money, lang), 'subtitle')]);
  rows.push(['col.index', 'col.money.who', 'col.unit', 'col.money.title', 'col.money.coefficient', 'col.money.amount', 'col.money.paid', 'col.money.payer'].map((k) => c(t(k, {}, lang), 'header')));
  const header = rows.length;
  money.rows.forEach((r, i) => {
    r.lines.forEach((l, j) => {
      const rule = ruleByKey(ruleSet, l.key)!;
      const instead = l.insteadOf ? ` — ${t('money.instead', { title: titleName(ruleByKey(ruleSet, l.insteadOf)!, 'short', lang) }, lang)}` : '';
      rows.push([
        c(j === 0 ? i + 1 : null, 'cellCenter'),
        c(j === 0 ? r.name : '', 'cell'),
        c(j === 0 ? (r.unit ?? '') : '', 'cell'),
        c(`${titleName(rule, 'full', lang)}${instead}`, 'cell'),
        c(decimal(l.coefficient, 1, lang), 'cellCenter'),
        c(l.amount, 'money'),
        c(l.paid, 'money'),
        c(t(`money.payer.${l.payer}`, {}, lang), 'cell'),
      ]);
    });
  });
  const total = (label: string, n: number) => {
    rows.push([c(label, 'totalRow'), c(null, 'totalRow'), c(null, 'totalRow'), c(null, 'totalRow'), c(null, 'totalRow'), c(null, 'totalRow'), c(n, 'money'), c(null, 'totalRow')]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  total(t('money.total.agency', {}, lang), money.totals.agency);
  total(t('money.total.province', {}, lang), money.totals.province);
  if (money.totals.ministry) total(t('money.total.ministry', {}, lang), money.totals.ministry);
  total(t('money.total.all', {}, lang), money.totals.all);
  rows.push([c(t('money.total.words', { words: lang === 'vi' ? dongInWords(money.totals.all) : `${dongFigures(money.totals.all)} đồng` }, lang), 'subtitle')]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  return { ...sheet(rows, merges, order), freeze: { rows: header } };
}

function subtitle(m: MoneyResult, lang: Lang): string {
  const note = t('sheet.money.unconfirmed', {}, lang);
  return t(
    'sheet.money.subtitle',
    {
      wage: dongFigures(m.wage.amount),
      wageBy: m.wage.by,
      wageFrom: shortDate(m.wage.from),
      wageNote: m.wage.confirmed ? '' : note,
      tableBy: m.table.by,
      tableNote: m.table.confirmed ? '' : note,
      rules: m.table.rules,
    },
    lang,
  );
}

function sheet(rows: CellSpec[][], merges: string[], order: number): SheetSpec {
  return {
    name: MONEY_SHEET,
    rows,
    widths: [5, 26, 20, 40, 8, 14, 14, 16],
    merges,
    print: { orientation: 'landscape', margins: { top: 20, bottom: 20, left: 30, right: 15 }, repeatRows: [3, 3], fitToWidth: true, pageNumbers: true },
    order,
  };
}
