/**
 * The shape of the command line's `--json` file (src/pipeline/json.ts, `outcomeToJson`), as the
 * tests read it: written out here by hand so a test that reads a field the file does not have
 * fails to type-check, instead of reading `undefined` through an `any`.
 */
export interface JsonReason {
  code: string;
  text: string;
  citation?: unknown;
  args?: Record<string, unknown>;
}
export interface JsonVerdict {
  status: string;
  reasons: JsonReason[];
  rank?: number;
}
export interface JsonPerson {
  sheet: string;
  row: number;
  name: string;
  unit: string | null;
  excluded: boolean;
  titles: Record<string, JsonVerdict>;
}
export interface JsonUnit {
  name: string;
  members: unknown;
  collectiveTitle: string | null;
  titles: Record<string, JsonVerdict>;
}
export interface JsonTarget {
  id: string;
  label: string;
  measure: string;
  required: number;
  actual: number;
  count: number;
  base: number;
  met: boolean;
  gap: number;
}
export interface JsonIssue {
  severity: string;
  code: string;
  sheet: string | null;
  cell: string | null;
  value: unknown;
  message: string;
}
export interface JsonParam {
  id: string;
  value: unknown;
  source: string;
  [more: string]: unknown;
}
export interface ReviewJson {
  preset: string;
  reviewDate: string;
  phase: string;
  people: JsonPerson[];
  units: JsonUnit[];
  targets: JsonTarget[];
  warnings: { code: string; text: string }[];
  params: JsonParam[];
  issues: JsonIssue[];
}

/** The one element the predicate picks, or the test fails naming what was looked for. */
export function one<T>(xs: T[], pick: (x: T) => boolean, what: string): T {
  const found = xs.filter(pick);
  if (found.length !== 1) throw new Error(`expected exactly one ${what}, found ${found.length}`);
  return found[0];
}
