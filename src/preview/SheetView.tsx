import { useEffect, useRef } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { cellAddress, columnLetter, isCellError, parseAddress, type CellValue, type SheetGrid } from '../sheets/grid';

const MAX_ROWS = 400;
/** A stray cell in column XFD must not make a table of 16 384 columns. */
const MAX_COLS = 200;

const shown = (v: CellValue | undefined, date: boolean): string => {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  // Excel keeps dates as serial numbers; a column headed "Ngày…" shows them as dates.
  if (date && typeof v === 'number' && v > 0 && v < 80000) {
    const d = new Date(Math.round((v - 25569) * 86400000));
    return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear()}`;
  }
  return String(v);
};

/** Columns whose header (in the first rows) speaks of a date: "Ngày tuyển dụng", "Ngày sinh". */
function dateColumns(grid: SheetGrid): Set<number> {
  const out = new Set<number>();
  for (const row of grid.values.slice(0, 12)) {
    row.forEach((v, c) => {
      if (typeof v === 'string' && /^ng[aà]y\b|^date\b/i.test(v.normalize('NFC').trim())) out.add(c);
    });
  }
  return out;
}

/** A plain view of the workbook's visible sheets: tabs, then the used range with row and column headers. */
export function SheetView(props: { grids: SheetGrid[]; active: { sheet: string; cell?: string } | null; onSelect: (sheet: string) => void; lang: Lang }) {
  const { grids, active, lang } = props;
  const grid = grids.find((g) => g.name === active?.sheet) ?? grids[0];
  const target = active?.cell && grid && active.sheet === grid.name ? parseAddress(active.cell) : null;
  const ref = useRef<HTMLTableCellElement>(null);
  useEffect(() => ref.current?.scrollIntoView({ block: 'center', inline: 'center' }), [active]);
  if (!grid) return null;
  const used = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const width = Math.min(used, MAX_COLS);
  const dates = dateColumns(grid);
  const rows = grid.values.slice(0, MAX_ROWS);
  return (
    <>
      <div className="pv-tabs" role="tablist" aria-label={t('preview.sheets', {}, lang)}>
        {grids.map((g) => (
          <button key={g.name} role="tab" aria-selected={g.name === grid.name} onClick={() => props.onSelect(g.name)}>
            {g.name}
          </button>
        ))}
      </div>
      <div className="pv-grid" role="tabpanel" aria-label={grid.name} data-sheet={grid.name}>
        <table>
          <thead>
            <tr>
              <th />
              {Array.from({ length: width }, (_, c) => (
                <th key={c}>{columnLetter(grid.left + c)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th>{grid.top + i + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const hit = target && target.row === grid.top + i && target.col === grid.left + c;
                  return (
                    <td key={c} ref={hit ? ref : undefined} className={hit ? 'pv-active' : undefined} title={cellAddress(grid.top + i, grid.left + c)}>
                      {shown(r[c], dates.has(c))}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {grid.values.length > MAX_ROWS && <p>{t('preview.rowsShown', { shown: MAX_ROWS, total: grid.values.length }, lang)}</p>}
        {used > MAX_COLS && <p>{t('preview.colsShown', { shown: MAX_COLS, total: used, last: columnLetter(grid.left + used - 1) }, lang)}</p>}
      </div>
    </>
  );
}
