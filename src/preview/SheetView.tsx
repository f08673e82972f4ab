import { useEffect, useRef } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { cellAddress, columnLetter, isCellError, parseAddress, type CellValue, type SheetGrid } from '../sheets/grid';

const MAX_ROWS = 400;

const shown = (v: CellValue | undefined): string => (v === null || v === undefined ? '' : isCellError(v) ? v.error : String(v));

/** A plain view of the workbook's visible sheets: tabs, then the used range with row and column headers. */
export function SheetView(props: { grids: SheetGrid[]; active: { sheet: string; cell?: string } | null; onSelect: (sheet: string) => void; lang: Lang }) {
  const { grids, active, lang } = props;
  const grid = grids.find((g) => g.name === active?.sheet) ?? grids[0];
  const target = active?.cell && grid && active.sheet === grid.name ? parseAddress(active.cell) : null;
  const ref = useRef<HTMLTableCellElement>(null);
  useEffect(() => ref.current?.scrollIntoView({ block: 'center', inline: 'center' }), [active]);
  if (!grid) return null;
  const width = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
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
                      {shown(r[c])}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {grid.values.length > MAX_ROWS && <p>{t('preview.rowsShown', { shown: MAX_ROWS, total: grid.values.length }, lang)}</p>}
      </div>
    </>
  );
}
