/**
 * Why a JSON file does not read, in the clerk's words: the engine's own message is English
 * ("Unexpected token } in JSON at position 12") and changes between engines, so only the place
 * is taken from it (line and column, counted in the text) and the sentence is the catalogue's.
 */
import { t, type Lang } from '../i18n/catalogue';

export function jsonErrorText(e: unknown, text: string, lang: Lang): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/end of (JSON )?input|Unterminated string/i.test(message) && !/position \d+/.test(message)) return t('json.error.end', {}, lang);
  const lc = /line (\d+) column (\d+)/.exec(message);
  const pos = /position (\d+)/.exec(message);
  let line: number | undefined;
  let col: number | undefined;
  if (lc) [line, col] = [Number(lc[1]), Number(lc[2])];
  else if (pos) {
    const before = text.slice(0, Number(pos[1]));
    line = before.split('\n').length;
    col = before.length - before.lastIndexOf('\n');
  }
  if (line === undefined || col === undefined) return t('json.error.other', {}, lang);
  const lineText = text.split('\n')[line - 1] ?? '';
  const near = lineText.slice(Math.max(0, col - 11), col + 10).trim();
  return t(near ? 'json.error.at' : 'json.error.atNoText', { line, col, near }, lang);
}
