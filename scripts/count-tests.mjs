// Why: CI's last line must count every test, unit and end-to-end, as "N passed, N failed". When the
// run stopped before the tests (typecheck, lint or build failed) that failure is counted too.
import { existsSync, readFileSync } from 'node:fs';

const [file, rcArg] = process.argv.slice(2);
const rc = Number(rcArg ?? 1);
let passed = 0;
let failed = 0;
let skipped = 0;
if (file && existsSync(file)) {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  if (rc !== 0 && failed === 0) failed = 1; // a suite failed to load, or a step after the tests failed
} else if (rc !== 0) {
  failed = 1; // typecheck, lint or build failed before any test ran
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
