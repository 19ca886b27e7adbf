// `npm test`: every workspace's Vitest suite through turbo, then one summary of what ran where.
// Database suites run on PGlite always and on PostgreSQL when STEWARD_TEST_DATABASE_URL is set; test
// names carry [pglite], [postgres], [browser] or [workerd], which is how the summary counts them.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const report = '.tmp/vitest-report.json';
const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces;

/** Workspace folders (patterns are all `dir/*`; node:fs globSync would need Node 22). */
function workspaceDirs() {
  const dirs = [];
  for (const pattern of workspaces) {
    const base = pattern.replace(/\/\*$/, '');
    const full = join(root, base);
    if (!existsSync(full)) continue;
    if (!pattern.endsWith('/*')) {
      dirs.push(full);
      continue;
    }
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      if (entry.isDirectory()) dirs.push(join(full, entry.name));
    }
  }
  return dirs;
}

for (const dir of workspaceDirs()) rmSync(join(dir, report), { force: true });

const extra = process.argv.slice(2);
const result = spawnSync(
  'npx',
  ['turbo', 'run', 'test', '--concurrency=3', '--continue', '--', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extra],
  { cwd: root, stdio: 'inherit', env: process.env },
);

const counts = new Map();
let passed = 0;
let failed = 0;
let skipped = 0;
for (const dir of workspaceDirs()) {
  const file = join(dir, report);
  if (!existsSync(file)) continue;
  const json = JSON.parse(readFileSync(file, 'utf8'));
  for (const suite of json.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      const name = [...(test.ancestorTitles ?? []), test.title].join(' ');
      const where = /\[(pglite|postgres|browser|workerd)\]/.exec(name)?.[1] ?? 'unit';
      const row = counts.get(where) ?? { passed: 0, failed: 0, skipped: 0 };
      if (test.status === 'passed') row.passed++, passed++;
      else if (test.status === 'failed') row.failed++, failed++;
      else row.skipped++, skipped++;
      counts.set(where, row);
    }
  }
}

console.log('\nTests by where they ran:');
for (const where of ['unit', 'pglite', 'postgres', 'browser', 'workerd']) {
  const row = counts.get(where) ?? { passed: 0, failed: 0, skipped: 0 };
  console.log(`  ${where.padEnd(9)} ${String(row.passed).padStart(5)} passed ${String(row.failed).padStart(4)} failed ${String(row.skipped).padStart(4)} skipped`);
}
console.log(`\n${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
