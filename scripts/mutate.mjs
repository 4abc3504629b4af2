// Why: one command for mutation testing: `npm run mutate [-- <path> …]` runs Stryker (incrementally) over the
// pure and service layers, or over the given files/folders only, then prints the score per module so a
// reviewer sees at a glance which module's tests would miss a wrong result.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

const REPORT = '.cache/stryker/mutation.json';
// Arguments starting with `--` (e.g. `--concurrency 1` on a shared machine) go to Stryker as given.
const targets = [];
let allTests = false;
/** `--tests <glob,…>`: exactly these test files (e.g. a module's own tests, without the slow Monte Carlo suite). */
let testGlobs;
const passThrough = [];
for (let i = 2; i < process.argv.length; i += 1) {
  const a = process.argv[i];
  if (!a.startsWith('--')) targets.push(a);
  else if (a === '--all-tests') allTests = true;
  else if (a === '--tests') testGlobs = process.argv[(i += 1)];
  else {
    passThrough.push(a);
    if (!a.includes('=') && process.argv[i + 1] !== undefined && !process.argv[i + 1].startsWith('--'))
      passThrough.push(process.argv[(i += 1)]);
  }
}
const mutateArgs = [];
const testDirs = new Set();
for (const target of targets) {
  // A line range (`shared/finance/irr.ts:100-160`) is passed to Stryker as given.
  const [t, range] = target.split(/:(?=\d+-\d+$)/);
  const rel = path.relative(process.cwd(), path.resolve(t)).split(path.sep).join('/');
  if (!existsSync(rel)) {
    console.error(`npm run mutate: "${t}" does not exist. Give a file or folder under shared/ or electron/services/.`);
    process.exit(2);
  }
  const isDir = statSync(rel).isDirectory();
  // A folder's test fixtures are not production code, so they are left out as the config's own globs leave them out.
  mutateArgs.push(isDir ? `${rel}/**/!(*.test|*.fixture).ts` : range ? `${rel}:${range}` : rel);
  testDirs.add(isDir ? rel : path.posix.dirname(rel));
}
// With a path, only the tests beside it run (see vitest.mutate.config.ts), unless --all-tests is given.
const env = { ...process.env };
if (testGlobs) env.PMB_MUTATE_TESTS = testGlobs;
else if (testDirs.size && !allTests) env.PMB_MUTATE_TESTS = [...testDirs].map((d) => `${d}/**/*.test.ts`).join(',');
const args = ['stryker', 'run', 'stryker.config.mjs'];
if (mutateArgs.length) args.push('--mutate', mutateArgs.join(','));
args.push(...passThrough);
const run = spawnSync('npx', args, { stdio: 'inherit', env });
if (run.status !== 0) process.exit(run.status ?? 1);

const report = JSON.parse(readFileSync(REPORT, 'utf8'));
const killedStates = new Set(['Killed', 'Timeout']);
const validStates = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);
const byModule = new Map();
for (const [file, { mutants }] of Object.entries(report.files)) {
  const rel = path.relative(process.cwd(), path.resolve(file)).split(path.sep).join('/');
  // The incremental state can still hold files an older run mutated (tests, fixtures); the config never mutates them.
  if (/\.(test|fixture)\.ts$/.test(rel)) continue;
  if (
    mutateArgs.length &&
    !targets.some((t) =>
      rel.startsWith(
        path
          .relative(process.cwd(), path.resolve(t.replace(/:\d+-\d+$/, '')))
          .split(path.sep)
          .join('/'),
      ),
    )
  )
    continue;
  for (const key of [path.posix.dirname(rel), rel]) {
    const m = byModule.get(key) ?? { killed: 0, survived: 0, noCoverage: 0, valid: 0, ignored: 0 };
    for (const mutant of mutants) {
      if (mutant.status === 'Ignored') m.ignored += 1;
      if (!validStates.has(mutant.status)) continue;
      m.valid += 1;
      if (killedStates.has(mutant.status)) m.killed += 1;
      if (mutant.status === 'Survived') m.survived += 1;
      if (mutant.status === 'NoCoverage') m.noCoverage += 1;
    }
    byModule.set(key, m);
  }
}
const rows = [...byModule.entries()].sort(([a], [b]) => a.localeCompare(b));
const pad = (s, n) => String(s).padEnd(n);
console.log(
  `\n${pad('Module', 58)} ${pad('Score', 7)} ${pad('Killed', 7)} ${pad('Survived', 9)} ${pad('No cov.', 8)} Equivalent`,
);
for (const [name, m] of rows) {
  const score = m.valid ? ((100 * m.killed) / m.valid).toFixed(1) + '%' : '—';
  const isDir = !name.endsWith('.ts');
  console.log(
    `${pad(isDir ? name + '/' : '  ' + path.posix.basename(name), 58)} ${pad(score, 7)} ${pad(m.killed, 7)} ${pad(m.survived, 9)} ${pad(m.noCoverage, 8)} ${m.ignored}`,
  );
}
