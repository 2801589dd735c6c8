import { describe, expect, it } from 'vitest';
import { readTestReport } from '../../scripts/test-report.ts';

describe('readTestReport', () => {
  it('counts a Vitest report and names its skipped and todo tests', () => {
    const report = {
      testResults: [
        { assertionResults: [{ fullName: 'a works', status: 'passed' }, { fullName: 'a real data', status: 'skipped' }] },
        { assertionResults: [{ fullName: 'b breaks', status: 'failed' }, { fullName: 'b later', status: 'todo' }] },
      ],
    };
    expect(readTestReport(JSON.stringify(report), 'vitest')).toEqual({ passed: 1, failed: 1, skipped: 2, skippedNames: ['a real data', 'b later'] });
  });

  it('walks nested Playwright suites; flaky counts as passed, unexpected as failed', () => {
    const report = {
      suites: [
        {
          title: 'search.spec.ts',
          specs: [{ title: 'typos', tests: [{ status: 'expected' }] }],
          suites: [{ title: 'filters', specs: [{ title: 'by maturity', tests: [{ status: 'skipped' }] }, { title: 'slow', tests: [{ status: 'flaky' }, { status: 'unexpected' }] }] }],
        },
      ],
    };
    expect(readTestReport(JSON.stringify(report), 'playwright')).toEqual({ passed: 2, failed: 1, skipped: 1, skippedNames: ['search.spec.ts › filters › by maturity'] });
  });
});
