/**
 * A result sheet's charts as package parts: one drawing per sheet (xl/drawings/drawingN.xml)
 * anchoring each chart to its cells, and one DrawingML chart part per chart
 * (xl/charts/chartN.xml) whose series point at the sheet's table and carry its values as a
 * cache, so a reader that does not recalculate draws them too (ECMA-376 Part 1 §21.2 charts,
 * §20.5 spreadsheet drawing). Pure: text out.
 */
import { columnLetter, parseRange, type ChartSpec, type SheetSpec } from '../sheets/grid';
import { escapeXml } from './sheet-xml';

const NS_C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const NS_A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const NS_R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_REL = `${NS_R}/drawing`;
export const CHART_REL = `${NS_R}/chart`;

/** Series colours: the agency's print is often grey-scale, so they differ in lightness too. */
const COLOURS = ['1F4E79', 'ED7D31', '70AD47', 'A5A5A5', 'FFC000'];
const FONT = 'Times New Roman';

const quote = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;
const abs = (col: number, row: number) => `$${columnLetter(col)}$${row + 1}`;

/** The chart's table: categories, series names and values, with their references. */
export function chartTable(spec: SheetSpec, chart: ChartSpec) {
  const r = parseRange(chart.data);
  const cell = (row: number, col: number) => spec.rows[row]?.[col]?.v ?? null;
  const categories: string[] = [];
  for (let row = r.top + 1; row <= r.bottom; row++) categories.push(String(cell(row, r.left) ?? ''));
  const series = [];
  for (let col = r.left + 1; col <= r.right; col++) {
    const values: number[] = [];
    for (let row = r.top + 1; row <= r.bottom; row++) {
      const v = cell(row, col);
      values.push(typeof v === 'number' ? v : Number(v) || 0);
    }
    series.push({ name: String(cell(r.top, col) ?? ''), nameRef: abs(col, r.top), valuesRef: `${abs(col, r.top + 1)}:${abs(col, r.bottom)}`, values });
  }
  return { categories, categoriesRef: `${abs(r.left, r.top + 1)}:${abs(r.left, r.bottom)}`, series };
}

const runProps = (size: number, bold = false) => `<a:defRPr sz="${size * 100}" b="${bold ? 1 : 0}"><a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/></a:defRPr>`;
const textProps = (size: number) => `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(size)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>`;
const strCache = (values: string[]) => `<c:strCache><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join('')}</c:strCache>`;
const numCache = (values: number[]) =>
  `<c:numCache><c:formatCode>0</c:formatCode><c:ptCount val="${values.length}"/>${values.map((v, i) => `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`).join('')}</c:numCache>`;

/** The chart part (c:chartSpace) for `chart` of `spec`, on the sheet named `sheet` (its final name). */
export function chartXml(spec: SheetSpec, chart: ChartSpec, sheet: string): string {
  const table = chartTable(spec, chart);
  const ref = (a: string) => `${escapeXml(quote(sheet))}!${a}`;
  const line = chart.kind === 'line';
  const labels = `<c:dLbls><c:numFmt formatCode="0" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${textProps(9)}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const series = table.series
    .map((s, i) => {
      const colour = COLOURS[i % COLOURS.length];
      const look = line
        ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:marker>`
        : `<c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${ref(s.nameRef)}</c:f>${strCache([s.name])}</c:strRef></c:tx>` +
        look +
        labels +
        `<c:cat><c:strRef><c:f>${ref(table.categoriesRef)}</c:f>${strCache(table.categories)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(s.valuesRef)}</c:f>${numCache(s.values)}</c:numRef></c:val>` +
        (line ? '<c:smooth val="0"/>' : '') +
        `</c:ser>`
      );
    })
    .join('');
  const horizontal = chart.kind === 'bar';
  const plot = line
    ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/><c:axId val="50010"/><c:axId val="50020"/></c:lineChart>`
    : `<c:barChart><c:barDir val="${horizontal ? 'bar' : 'col'}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>`;
  // Horizontal bars: the first row of the table at the top, as it reads.
  const catAx =
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="${horizontal ? 'maxMin' : 'minMax'}"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'l' : 'b'}"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `${textProps(9)}<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/><c:min val="0"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? 'b' : 'l'}"/><c:majorGridlines><c:spPr><a:ln w="6350"><a:solidFill><a:srgbClr val="D9D9D9"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>` +
    `<c:numFmt formatCode="0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>${textProps(9)}` +
    `<c:crossAx val="50010"/><c:crosses val="${horizontal ? 'max' : 'autoZero'}"/><c:crossBetween val="between"/></c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS_C}" xmlns:a="${NS_A}" xmlns:r="${NS_R}"><c:lang val="vi-VN"/><c:roundedCorners val="0"/>` +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(12, true)}</a:pPr><a:r><a:rPr lang="vi-VN" sz="1200" b="1"><a:latin typeface="${FONT}"/></a:rPr><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/>${textProps(10)}</c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(10)}</a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

/** The drawing part of a sheet: each chart anchored over its cells; `rids[i]` is chart i's relationship. */
export function drawingXml(charts: ChartSpec[], rids: string[]): string {
  const anchors = charts
    .map((chart, i) => {
      const r = parseRange(chart.anchor);
      const at = (col: number, row: number) => `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
      return (
        `<xdr:twoCellAnchor editAs="oneCell"><xdr:from>${at(r.left, r.top)}</xdr:from><xdr:to>${at(r.right + 1, r.bottom + 1)}</xdr:to>` +
        `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS_C}"><c:chart xmlns:c="${NS_C}" r:id="${rids[i]}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${NS_XDR}" xmlns:a="${NS_A}" xmlns:r="${NS_R}">${anchors}</xdr:wsDr>`;
}

export const relsXml = (rels: { id: string; type: string; target: string }[]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels
    .map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeXml(r.target)}"/>`)
    .join('')}</Relationships>`;
