/**
 * Values the reader does not know are asked, not guessed. A rating or discipline cell is read
 * through, in order: the clerk's own mapping (saved in the settings: "A1" → Hoàn thành xuất sắc
 * nhiệm vụ), the legend written under the table, then the whole forms the reader knows
 * (values.ts). What none of them reads is collected once per value with how many cells hold
 * it ("'Khá': 23 người"), for the clerk to map.
 */
import type { DataIssue, Discipline, Rating } from '../../domain/types';
import { DISCIPLINE_ORDER, RATING_ORDER } from '../../domain/types';
import type { ValueMapSetting } from '../../domain/settings';
import { cellAddress, type CellValue } from '../grid';
import { fold } from './fold';
import type { LegendEntry, UnknownValue } from '../reading';

export type { UnknownValue } from '../reading';
import { asText, isBlank, parseDiscipline, parseRating, RATING_TEXT } from './values';

/** The fields whose values a clerk can map, and the scale each maps onto. */
export const MAPPABLE_FIELDS = ['rating', 'discipline'] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];
export const SCALE: Record<MappableField, readonly string[]> = { rating: RATING_ORDER, discipline: DISCIPLINE_ORDER };

/** The words a discipline is printed with, for a mapped value read through the discipline column. */
export const DISCIPLINE_TEXT: Record<Discipline, string> = {
  none: 'Không',
  reprimand: 'Khiển trách',
  warning: 'Cảnh cáo',
  'salary-downgrade': 'Hạ bậc lương',
  demotion: 'Giáng chức',
  dismissal: 'Cách chức',
  'forced-resignation': 'Buộc thôi việc',
};

/** A value as the clerk wrote it → the key it is mapped under (case, accents and spacing do not matter). */
export const valueKey = (v: CellValue | string): string => fold(asText(v as CellValue));

/** A scale value as the clerk may give it: an id ("excellent"), initials ("HTXSNV") or the words ("Hoàn thành xuất sắc nhiệm vụ", "Khiển trách"). */
export function scaleValue(field: MappableField, text: string): string | undefined {
  const t = text.trim();
  if ((SCALE[field] as readonly string[]).includes(t)) return t;
  if (field === 'rating') return parseRating(t);
  const d = parseDiscipline(t);
  return d === 'not-a-form' ? undefined : d;
}

/** One review's reading of mapped values: the clerk's map, the legends found, the values left unknown. */
export class ValueReader {
  private readonly legends = new Map<string, Map<string, LegendEntry>>();
  private readonly unknown = new Map<string, UnknownValue>();
  constructor(private readonly map: ValueMapSetting | undefined) {}

  /** A legend read under a sheet's table: its codes are read in that sheet's rating columns. */
  addLegend(sheet: string, entries: LegendEntry[]): void {
    const m = this.legends.get(sheet) ?? new Map<string, LegendEntry>();
    for (const e of entries) m.set(e.code, e);
    this.legends.set(sheet, m);
  }
  legendOf(sheet: string): LegendEntry[] {
    return [...(this.legends.get(sheet)?.values() ?? [])];
  }

  private mapped(field: MappableField, v: CellValue): string | undefined {
    const m = this.map?.[field];
    if (!m) return undefined;
    const key = valueKey(v);
    for (const [k, target] of Object.entries(m)) if (valueKey(k) === key) return target;
    return undefined;
  }

  rating(sheet: string, v: CellValue): Rating | undefined {
    if (isBlank(v)) return undefined;
    const m = this.mapped('rating', v);
    if (m && (RATING_ORDER as readonly string[]).includes(m)) return m as Rating;
    const legend = this.legends.get(sheet)?.get(valueKey(v));
    if (legend) return legend.rating;
    return parseRating(v);
  }

  /** The text a field's own reader understands for a mapped or legend value, or undefined to read the cell as it is. */
  translated(field: MappableField, sheet: string, v: CellValue): string | undefined {
    if (isBlank(v)) return undefined;
    if (field === 'rating') {
      const m = this.mapped('rating', v);
      if (m && (RATING_ORDER as readonly string[]).includes(m)) return RATING_TEXT[m as Rating];
      const legend = this.legends.get(sheet)?.get(valueKey(v));
      return legend ? RATING_TEXT[legend.rating] : undefined;
    }
    const m = this.mapped('discipline', v);
    return m && (DISCIPLINE_ORDER as readonly string[]).includes(m) ? DISCIPLINE_TEXT[m as Discipline] : undefined;
  }

  /** A value none of the readers understood, counted once per value and field. */
  note(field: MappableField, code: string, sheet: string, row: number, col: number, v: CellValue): void {
    const key = `${code}|${sheet}|${valueKey(v)}`;
    const hit = this.unknown.get(key);
    if (hit) {
      hit.count++;
      if (hit.cells.length < 5) hit.cells.push(cellAddress(row, col));
    } else this.unknown.set(key, { field, code, value: asText(v).trim().slice(0, 100), count: 1, sheet, cells: [cellAddress(row, col)] });
  }

  unknownValues(): UnknownValue[] {
    return [...this.unknown.values()];
  }
}

/** The issue of each value not understood, once per value: "Xếp loại 'Khá' không hiểu được (23 người)". */
export function unknownValueIssues(values: UnknownValue[]): DataIssue[] {
  return values.map((u): DataIssue => ({ severity: 'warning', code: u.code, sheet: u.sheet, cell: u.cells[0], value: u.value, args: { count: u.count, field: u.field, cells: u.cells.join(', ') } }));
}
