/** Counts from the JSON reports of Vitest and Playwright, for the summary of `npm test`. */

export interface TestCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Full names of skipped (or todo) tests. */
  skippedNames: string[];
}

interface VitestReport {
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
}

interface PlaywrightSuite {
  title: string;
  specs?: Array<{ title: string; tests: Array<{ status: string }> }>;
  suites?: PlaywrightSuite[];
}

export function readTestReport(json: string, format: 'vitest' | 'playwright'): TestCounts {
  const counts: TestCounts = { passed: 0, failed: 0, skipped: 0, skippedNames: [] };
  const add = (name: string, status: 'passed' | 'failed' | 'skipped') => {
    counts[status]++;
    if (status === 'skipped') counts.skippedNames.push(name);
  };
  if (format === 'vitest') {
    for (const file of (JSON.parse(json) as VitestReport).testResults) {
      for (const t of file.assertionResults) add(t.fullName, t.status === 'passed' ? 'passed' : t.status === 'failed' ? 'failed' : 'skipped');
    }
    return counts;
  }
  const walk = (suite: PlaywrightSuite, path: string[]) => {
    for (const spec of suite.specs ?? []) {
      // Playwright's per-test status: expected, unexpected, flaky (passed on retry) or skipped.
      for (const t of spec.tests) add([...path, spec.title].join(' › '), t.status === 'skipped' ? 'skipped' : t.status === 'unexpected' ? 'failed' : 'passed');
    }
    for (const child of suite.suites ?? []) walk(child, [...path, child.title]);
  };
  for (const suite of (JSON.parse(json) as { suites: PlaywrightSuite[] }).suites) walk(suite, [suite.title]);
  return counts;
}
