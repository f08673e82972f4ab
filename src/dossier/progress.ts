/**
 * The mid-year figures as both renderers print them: the Báo cáo sơ kết in Word
 * (papers/mid-year.ts) and its form in the workbook ("Báo cáo sơ kết",
 * src/sheets/forms/mid-year.ts). One table of the targets against the plan, one of the units'
 * provisional figures with the agency's total: the same columns, words and numbers in both.
 * Provisional: titles are only given at the year-end review. Pure.
 */
import type { TargetResult, UnitResult } from '../domain/verdict';
import { t, type Lang } from '../i18n/catalogue';
import { isCollectiveTitle, ruleOf, titleName } from '../rules/titles';
import { percent } from '../text/format';
import type { DocumentInput } from './letterhead';
import { count, unitRank } from './lists';
import type { Column, Row, Table } from './model';

/** "người" or "tập thể": what a target counts. */
export const targetWord = (tr: TargetResult, lang: Lang): string => t(tr.id.includes('unit') || tr.id.startsWith('tt') ? 'word.units' : 'word.people', {}, lang);

/** The plan's figure, the figure reached so far, and the assessment, as the report prints them. */
export function targetFigures(tr: TargetResult, lang: Lang): { plan: string; actual: string; assessment: string } {
  if (tr.measure === 'recorded')
    return { plan: t('target.met', {}, lang), actual: t(tr.met ? 'target.met' : 'doc.mid.notAssessed', {}, lang), assessment: t(tr.met ? 'target.met' : 'doc.mid.yearEnd', {}, lang) };
  const assessment = tr.met ? t('target.met', {}, lang) : t('doc.mid.short', { n: count(tr.gap), word: targetWord(tr, lang) }, lang);
  if (tr.measure === 'share') return { plan: percent(tr.required, 0, lang), actual: `${percent(tr.actual, 1, lang)} (${count(tr.count)}/${count(tr.base)})`, assessment };
  return { plan: count(tr.required), actual: count(tr.count), assessment };
}

const col = (key: string, width: number, lang: Lang, more: Partial<Column> = {}): Column => ({ header: t(key, {}, lang), width, ...more });

/** The targets against the plan: STT · Chỉ tiêu thi đua · Kế hoạch · Dự kiến đạt · Đánh giá. */
export function targetTable(input: Pick<DocumentInput, 'result' | 'lang'>): Table {
  const { lang } = input;
  return {
    kind: 'table',
    compact: true,
    columns: [
      col('col.index', 6, lang, { align: 'center' }),
      col('doc.mid.col.target', 41, lang),
      col('col.required', 14, lang, { align: 'center' }),
      col('doc.mid.col.actual', 26, lang, { align: 'center' }),
      col('col.met', 28, lang, { align: 'center' }),
    ],
    rows: input.result.targets.map((tr, i) => {
      const f = targetFigures(tr, lang);
      return { cells: [String(i + 1), t(tr.label, {}, lang), f.plan, f.actual, f.assessment], values: [i + 1] };
    }),
  };
}

/** The units in the unit sheet's order. */
export function unitsInOrder(input: Pick<DocumentInput, 'result' | 'unitOrder'>): UnitResult[] {
  const rank = unitRank(input.unitOrder);
  return [...input.result.units].sort((a, b) => rank(a.unit.name, b.unit.name));
}

/** The units' provisional figures, and the agency's total: STT · Tên tập thể · Số CBCCVC · LĐTT dự kiến · Tỷ lệ LĐTT · CSTĐCS dự kiến · Tỷ lệ CSTĐCS · Danh hiệu tập thể dự kiến. */
export function unitProgressTable(input: Pick<DocumentInput, 'result' | 'unitOrder' | 'ruleSet' | 'lang'>): Table {
  const { lang, ruleSet } = input;
  const units = unitsInOrder(input);
  const share = (n: number, of: number) => (of ? n / of : undefined);
  const shareText = (x: number | undefined) => (x === undefined ? '' : percent(x, 1, lang));
  const rows: Row[] = units.map((u, i) => {
    const ldtt = share(u.memberLdtt, u.members);
    const cstdcs = share(u.memberCstdcs, u.members);
    return {
      cells: [
        String(i + 1),
        u.unit.name,
        String(u.members),
        String(u.memberLdtt),
        shareText(ldtt),
        String(u.memberCstdcs),
        shareText(cstdcs),
        u.collectiveTitle ? titleName(ruleOf(ruleSet, u.collectiveTitle, 'unit')!, 'short', lang) : '',
      ],
      values: [i + 1, undefined, u.members, u.memberLdtt, ldtt, u.memberCstdcs, cstdcs],
    };
  });
  const staff = units.reduce((s, u) => s + u.members, 0);
  const ldtt = units.reduce((s, u) => s + u.memberLdtt, 0);
  const cstdcs = units.reduce((s, u) => s + u.memberCstdcs, 0);
  const collective = ruleSet.titles
    .filter(isCollectiveTitle)
    .sort((a, b) => b.level! - a.level!)
    .map((r) => `${units.filter((u) => u.collectiveTitle === r.id).length} ${titleName(r, 'short', lang)}`)
    .join(', ');
  rows.push({
    kind: 'total',
    cells: ['', t('doc.mid.total', {}, lang), String(staff), String(ldtt), shareText(share(ldtt, staff)), String(cstdcs), shareText(share(cstdcs, staff)), collective],
    values: [undefined, undefined, staff, ldtt, share(ldtt, staff), cstdcs, share(cstdcs, staff)],
  });
  return {
    kind: 'table',
    compact: true,
    columns: [
      col('col.index', 6, lang, { align: 'center' }),
      col('col.unitName', 30, lang),
      col('doc.mid.col.staff', 11, lang, { align: 'center', figure: 'count' }),
      col('doc.mid.col.ldtt', 14, lang, { align: 'center', figure: 'count' }),
      col('doc.mid.col.ldttShare', 12, lang, { align: 'center', figure: 'share' }),
      col('doc.mid.col.cstdcs', 16, lang, { align: 'center', figure: 'count' }),
      col('doc.mid.col.cstdcsShare', 14, lang, { align: 'center', figure: 'share' }),
      col('doc.mid.col.collective', 28, lang, { align: 'center' }),
    ],
    rows,
  };
}
