import { describe, expect, it } from 'vitest';
import { closingLine, countResults } from '../../scripts/count-results';

const file = (statuses: string[], status = 'passed', message = '') => ({
  name: 'x.test.ts',
  status,
  message,
  assertionResults: statuses.map((s) => ({ status: s })),
});

describe('CI closing line', () => {
  it('sums tests over every file and project', () => {
    const counts = countResults({ testResults: [file(['passed', 'passed']), file(['failed', 'passed'], 'failed')] }, 1);
    expect(closingLine(counts)).toBe('3 passed, 1 failed');
  });

  it('mentions skipped tests only when there are some', () => {
    expect(closingLine(countResults({ testResults: [file(['passed', 'skipped', 'todo'])] }, 0))).toBe(
      '1 passed, 0 failed, 2 skipped',
    );
  });

  it('counts a test file that failed to load as a failure', () => {
    const counts = countResults({ testResults: [file([], 'failed', 'SyntaxError: nope')] }, 1);
    expect(closingLine(counts)).toBe('0 passed, 1 failed');
    expect(counts.notes[0]).toContain('SyntaxError');
  });

  it('never reports success when the runner itself failed', () => {
    expect(closingLine(countResults({ testResults: [file(['passed'])] }, 1))).toBe('1 passed, 1 failed');
  });
});
