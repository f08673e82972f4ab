import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { Component, useEffect, useRef, type ReactNode } from 'react';
import { t, type Lang } from '../i18n/catalogue';
import { serialToIso } from '../text/dates';
import { shortDate } from '../text/format';
import { cellAddress, columnLetter, isCellError, parseAddress, type CellValue, type SheetGrid } from '../sheets/grid';

const MAX_ROWS = 400;
/** A stray cell in column XFD must not make a table of 16 384 columns. */
const MAX_COLS = 200;

const useStyles = makeStyles({
  tabs: { display: 'flex', flexWrap: 'wrap', gap: '2px', ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1) },
  tab: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    borderBottomStyle: 'none',
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    paddingTop: '2px',
    paddingBottom: '2px',
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    cursor: 'pointer',
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase200,
  },
  tabSelected: { backgroundColor: tokens.colorNeutralBackground1, fontWeight: tokens.fontWeightSemibold, color: tokens.colorBrandForeground1 },
  grid: { overflow: 'auto', flexGrow: 1, minHeight: 0 },
  table: { borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: {
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
    paddingTop: '1px',
    paddingBottom: '1px',
    paddingLeft: tokens.spacingHorizontalXS,
    paddingRight: tokens.spacingHorizontalXS,
    whiteSpace: 'nowrap',
    maxWidth: '320px',
    overflow: 'hidden',
    textOverflow: 'ellipsis',
  },
  head: { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3 },
  active: { outlineWidth: '2px', outlineStyle: 'solid', outlineColor: tokens.colorBrandStroke1, backgroundColor: tokens.colorBrandBackground2 },
});

const shown = (v: CellValue | undefined, date: boolean): string => {
  if (v === null || v === undefined) return '';
  if (isCellError(v)) return v.error;
  // Excel keeps dates as serial numbers; a column headed "Ngày…" shows them as dates.
  const day = date && typeof v === 'number' && v < 80000 ? serialToIso(v) : undefined;
  if (day) return shortDate(day);
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

/**
 * The cell a link points at: "G12"; a range's first cell ("A6:B7"); a whole column ("O", as an
 * issue about a column says it) at the table's first row; a whole row ("12") at its first
 * column. Anything else selects nothing (a view never throws on a link).
 */
function placeOf(address: string, grid: SheetGrid): { row: number; col: number } | null {
  const first = address.split(':')[0].trim();
  try {
    return parseAddress(first);
  } catch {
    if (/^[A-Za-z]{1,3}$/.test(first)) return { row: grid.top, col: parseAddress(`${first}1`).col };
    if (/^\d+$/.test(first)) return { row: Number(first) - 1, col: grid.left };
    return null;
  }
}

/** A plain view of the workbook's visible sheets: tabs, then the used range with row and column headers. */
export function SheetView(props: { grids: SheetGrid[]; active: { sheet: string; cell?: string; n?: number } | null; onSelect: (sheet: string) => void; lang: Lang }) {
  const { grids, active, lang } = props;
  const s = useStyles();
  const grid = grids.find((g) => g.name === active?.sheet) ?? grids[0];
  const target = active?.cell && grid && active.sheet === grid.name ? placeOf(active.cell, grid) : null;
  const ref = useRef<HTMLTableCellElement>(null);
  // A block body: an arrow returning scrollIntoView's value would hand React a "cleanup"
  // (a promise in browsers where scrollIntoView returns one), which React then calls and
  // throws on, blanking the page at the second click.
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center', inline: 'center' });
  }, [active]);
  if (!grid) return null;
  const used = grid.values.reduce((w, r) => Math.max(w, r.length), 0);
  const width = Math.min(used, MAX_COLS);
  const dates = dateColumns(grid);
  const rows = grid.values.slice(0, MAX_ROWS);
  return (
    <>
      <div className={s.tabs} role="tablist" aria-label={t('preview.sheets', {}, lang)} data-testid="sheet-tabs">
        {grids.map((g) => (
          <button key={g.name} role="tab" aria-selected={g.name === grid.name} className={`${s.tab} ${g.name === grid.name ? s.tabSelected : ''}`} onClick={() => props.onSelect(g.name)}>
            {g.name}
          </button>
        ))}
      </div>
      <div className={`pv-grid ${s.grid}`} role="tabpanel" aria-label={grid.name} data-sheet={grid.name}>
        <table className={s.table}>
          <thead>
            <tr>
              <th className={`${s.cell} ${s.head}`} />
              {Array.from({ length: width }, (_, c) => (
                <th key={c} className={`${s.cell} ${s.head}`}>
                  {columnLetter(grid.left + c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={i}>
                <th className={`${s.cell} ${s.head}`}>{grid.top + i + 1}</th>
                {Array.from({ length: width }, (_, c) => {
                  const hit = target && target.row === grid.top + i && target.col === grid.left + c;
                  return (
                    <td key={c} ref={hit ? ref : undefined} className={hit ? `${s.cell} ${s.active} pv-active` : s.cell} title={cellAddress(grid.top + i, grid.left + c)}>
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

/**
 * Keeps a failure in the workbook view from taking the pane down with it: the view says it
 * could not draw the sheet; the pane and the clerk's unsaved settings stay.
 */
export class ViewBoundary extends Component<{ children: ReactNode; message: string; resetKey: unknown }, { failed: boolean; key: unknown }> {
  override state = { failed: false, key: undefined as unknown };
  static getDerivedStateFromError(): Partial<{ failed: boolean }> {
    return { failed: true };
  }
  static getDerivedStateFromProps(props: { resetKey: unknown }, state: { failed: boolean; key: unknown }) {
    return props.resetKey !== state.key ? { failed: false, key: props.resetKey } : null;
  }
  override render() {
    return this.state.failed ? <p role="alert">{this.props.message}</p> : this.props.children;
  }
}
