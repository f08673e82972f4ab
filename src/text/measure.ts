/**
 * How wide a text prints in Times New Roman, and how many lines it takes in a given width:
 * what a spreadsheet does when it wraps a cell, worked out ahead so that every row can be
 * given the height its text needs (Excel and LibreOffice do not grow a row for wrapped or
 * merged text when they open a file, so a row too short prints over the next).
 */
import { METRIC_CHARS, TIMES_WIDTHS } from './font-metrics';

export interface FontSpec {
  /** Points. */
  size: number;
  bold?: boolean;
  italic?: boolean;
}

const index = new Map<string, number>();
{
  let i = 0;
  for (const ch of METRIC_CHARS) index.set(ch, i++);
}

/** Combining marks (text in decomposed form) take no room of their own. */
const COMBINING = /[\u0300-\u036f]/;
/** Characters outside the table (symbols, other scripts): taken as wide as an "M", never narrower than they print. */
const UNKNOWN = 1000;

function styleOf(f: FontSpec): keyof typeof TIMES_WIDTHS {
  return f.bold ? (f.italic ? 'boldItalic' : 'bold') : f.italic ? 'italic' : 'regular';
}

/** Width of `text` on one line, in points. */
export function textWidth(text: string, font: FontSpec): number {
  const widths = TIMES_WIDTHS[styleOf(font)];
  let units = 0;
  // A letter typed as base + marks ("ơ" as o + U+031B) is measured as the letter it composes.
  for (const ch of COMBINING.test(text) ? text.normalize('NFC') : text) {
    const i = index.get(ch);
    if (i !== undefined) units += widths[i];
    else if (!COMBINING.test(ch)) units += UNKNOWN;
  }
  return (units / 1000) * font.size;
}

/**
 * Lines `text` takes when wrapped in `width` points, as a spreadsheet wraps: at spaces, a
 * word longer than the line broken where it must, each line break a new line.
 */
export function lineCount(text: string, width: number, font: FontSpec): number {
  if (!text) return 1;
  const space = textWidth(' ', font);
  let lines = 0;
  for (const paragraph of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(' ')) {
      if (!word) {
        used += space;
        continue;
      }
      let w = textWidth(word, font);
      const needed = used ? used + space + w : w;
      if (needed <= width) {
        used = needed;
        continue;
      }
      if (used) lines++;
      // A word wider than the line is cut where it reaches the edge.
      while (w > width && width > 0) {
        lines++;
        w -= width;
      }
      used = w;
    }
  }
  return lines;
}
