/**
 * The one reading of a percentage typed by a clerk, on the command line, in the pane or in a
 * cell: "1 %" is one percent; "0,8", "80" and "80 %" are eighty percent. A number with the
 * sign is always a percentage; without it, a number above 1 is a percentage and one of at
 * most 1 a fraction (a cell formatted as a percentage holds 0.8). Decimal comma or point.
 */

const NUMBER = /^[+]?(\d+(?:[.,]\d+)?|[.,]\d+)$/;

/** A share 0..1, or undefined when the text is not a percentage between 0 and 100 %. */
export function parsePercent(input: unknown): number | undefined {
  let n: number;
  let withSign = false;
  if (typeof input === 'number') {
    n = input;
  } else if (typeof input === 'string') {
    let s = input.normalize('NFC').trim().replace(/\s+/g, '');
    if (s.endsWith('%')) {
      withSign = true;
      s = s.slice(0, -1);
    }
    if (!NUMBER.test(s)) return undefined;
    n = Number(s.replace(',', '.'));
  } else {
    return undefined;
  }
  if (!Number.isFinite(n) || n < 0) return undefined;
  const share = withSign || n > 1 ? n / 100 : n;
  // 100.0000001 % from floating point is still 100 %.
  const clean = Math.round(share * 1e12) / 1e12;
  return clean <= 1 ? clean : undefined;
}
