/**
 * Writes the crafted packages of test/helpers/crafted-packages.ts into a folder, to try them
 * by hand or in Excel:   node -r @swc-node/register scripts/crafted-packages.ts out/crafted [id…]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CASES } from '../test/helpers/crafted-packages';

const [dir = 'out/crafted', ...ids] = process.argv.slice(2);
mkdirSync(resolve(dir), { recursive: true });
for (const c of CASES) {
  if (ids.length && !ids.includes(c.id)) continue;
  const bytes = c.build();
  writeFileSync(join(dir, `${c.id}.xlsx`), bytes);
  console.log(`${c.id}.xlsx\t${bytes.length} bytes\texit ${c.code}\t${c.what}`);
}
