/**
 * Values the reader did not understand in a sheet's rating (or discipline) column, each once
 * with how many people hold it, and a choice of what it means on the field's scale. The
 * choice goes through the one choices module the command line's --map-value uses, and is kept
 * in the settings; a value already given a meaning stays listed so it can be changed back.
 */
import { Select, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { StoredSettings } from '../domain/settings';
import { t, type Lang } from '../i18n/catalogue';
import type { SheetRecognition } from '../sheets/fields';
import type { UnknownValue } from '../sheets/reading';
import { SCALE, valueKey, type MappableField } from '../sheets/reader/value-map';
import { withValueMeaning } from '../sheets/choices';
import type { ChangeOptions } from './useReview';
import { usePaneStyles } from './styles';

/** The field of a sheet's role whose values a clerk can map, and the issue code of its unknown values. */
const MAPPABLE: { role: SheetRecognition['role']; field: string; maps: MappableField; code: string }[] = [
  { role: 'staff', field: 'rating', maps: 'rating', code: 'unknown-rating' },
  { role: 'staff', field: 'discipline', maps: 'discipline', code: 'unknown-discipline' },
  { role: 'units', field: 'unitRating', maps: 'rating', code: 'unknown-unit-rating' },
];

export function ValueMeanings(props: { rec: SheetRecognition; unknown: readonly UnknownValue[]; draft: StoredSettings; change: (next: StoredSettings, options: ChangeOptions) => void; lang: Lang }) {
  const { rec, unknown, draft, change, lang } = props;
  const L = (k: string, a: Record<string, string | number> = {}) => t(k, a, lang);
  const s = usePaneStyles();
  return (
    <>
      {MAPPABLE.filter((m) => m.role === rec.role && rec.columns.some((c) => c.field === m.field)).map((m) => {
        const asked = unknown.filter((u) => u.sheet === rec.sheet && u.code === m.code);
        const given = Object.entries(draft.valueMap?.[m.maps] ?? {}).filter(([v]) => !asked.some((u) => valueKey(u.value) === valueKey(v)));
        const rows = [...asked.map((u) => ({ value: u.value, count: u.count as number | undefined })), ...given.map(([value]) => ({ value, count: undefined }))];
        if (!rows.length) return null;
        const fieldName = L(`field.${m.field}`);
        const meaningOf = (value: string) => Object.entries(draft.valueMap?.[m.maps] ?? {}).find(([k]) => valueKey(k) === valueKey(value))?.[1] ?? '';
        const scaleName = (id: string) => L(`${m.maps}.${id}`);
        return (
          <div key={m.field} className={s.section} data-value-map={m.field}>
            <Subtitle2 as="h5">{L('pane.values.title', { field: fieldName })}</Subtitle2>
            <Table size="small" aria-label={L('pane.values.title', { field: fieldName })}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{L('reading.col.value')}</TableHeaderCell>
                  <TableHeaderCell>{L('reading.col.count')}</TableHeaderCell>
                  <TableHeaderCell>{L('pane.values.choose')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rows.map((r) => (
                  <TableRow key={r.value}>
                    <TableCell>{r.value}</TableCell>
                    <TableCell>{r.count === undefined ? '' : L('pane.values.count', { count: r.count })}</TableCell>
                    <TableCell>
                      <Select
                        aria-label={`${L('pane.values.choose')} "${r.value}"`}
                        value={meaningOf(r.value)}
                        onChange={(_, d) =>
                          change(withValueMeaning(draft, m.maps, r.value, d.value || undefined), {
                            label: L('pane.change.value', { value: r.value, meaning: d.value ? scaleName(d.value) : L('pane.values.unset') }),
                          })
                        }
                      >
                        <option value="">{L('pane.values.unset')}</option>
                        {SCALE[m.maps].map((id) => (
                          <option key={id} value={id}>
                            {scaleName(id)}
                          </option>
                        ))}
                      </Select>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        );
      })}
    </>
  );
}
