// One closing line for the whole run, "Tests: N passed, N failed", from jest's JSON and the browser test's last line.
import { existsSync, readFileSync } from 'node:fs';
let passed = 0;
let failed = 0;
if (existsSync('test-results/jest.json')) {
  const j = JSON.parse(readFileSync('test-results/jest.json', 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests + (j.numRuntimeErrorTestSuites ?? 0);
} else {
  failed += 1;
}
if (existsSync('test-results/browser.txt')) {
  const m = /(\d+) passed, (\d+) failed/.exec(readFileSync('test-results/browser.txt', 'utf8'));
  if (m) {
    passed += Number(m[1]);
    failed += Number(m[2]);
  } else failed += 1;
}
console.log(`Tests: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
