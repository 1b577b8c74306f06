/**
 * Prints the closing line CI reads, `N passed, N failed` (`, N skipped` when some were), from
 * vitest's JSON report, summed over every project. Exits 1 when anything failed.
 *
 *   tsx scripts/count-results.ts test-results/vitest.json [--runner-exit=CODE]
 *
 * A missing or unreadable report counts as one failure. So does a test file that failed to load,
 * and a runner that exited non-zero although no test failed (an unhandled error, say).
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface JsonReport {
  testResults?: {
    name?: string;
    status?: string;
    message?: string;
    assertionResults?: { status?: string }[];
  }[];
}

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
}

export function countResults(report: JsonReport, runnerExit: number): Counts {
  const counts: Counts = { passed: 0, failed: 0, skipped: 0, notes: [] };
  for (const file of report.testResults ?? []) {
    const assertions = file.assertionResults ?? [];
    for (const assertion of assertions) {
      if (assertion.status === 'passed') counts.passed++;
      else if (assertion.status === 'failed') counts.failed++;
      else counts.skipped++;
    }
    const fileFailedOnItsOwn = file.status === 'failed' && !assertions.some((a) => a.status === 'failed');
    if (fileFailedOnItsOwn) {
      counts.failed++;
      counts.notes.push(`${file.name ?? 'a test file'} failed outside any test: ${(file.message ?? '').split('\n')[0]}`);
    }
  }
  if (runnerExit !== 0 && counts.failed === 0) {
    counts.failed++;
    counts.notes.push(`the test runner exited with code ${runnerExit} although no test failed (see its output above)`);
  }
  return counts;
}

export function closingLine(counts: Counts): string {
  const base = `${counts.passed} passed, ${counts.failed} failed`;
  return counts.skipped > 0 ? `${base}, ${counts.skipped} skipped` : base;
}

function main(): void {
  const reportFile = process.argv[2] ?? 'test-results/vitest.json';
  const exitArg = process.argv.find((arg) => arg.startsWith('--runner-exit='));
  const runnerExit = exitArg ? Number(exitArg.split('=')[1]) : 0;
  let report: JsonReport;
  try {
    if (!existsSync(reportFile)) throw new Error(`${reportFile} was not written`);
    report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
  } catch (error) {
    console.log(`No test report: ${(error as Error).message} (did the test run start? see above).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  const counts = countResults(report, runnerExit);
  for (const note of counts.notes) console.log(`Counted as failed: ${note}`);
  console.log(closingLine(counts));
  process.exit(counts.failed > 0 ? 1 : 0);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
