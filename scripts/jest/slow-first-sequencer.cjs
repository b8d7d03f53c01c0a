const Sequencer = require('@jest/test-sequencer').default;

/**
 * Jest's own order (files that failed last time first, then the longest), except when it has
 * no timings for some files, as in a fresh clone, where it falls back to file size. Two workers
 * then finish far apart when a long browser suite starts last, so without timings: the suites
 * known to be long first, then the other browser tests, then the other integration tests
 * (each starts the app), then unit tests; by file size within each group.
 */
const LONGEST = /\/apps\/api-e2e\/src\/(web-a11y|web-screenshots|spreadsheets-50k|allocation-faults-worker-kill)\.spec\.ts$/;
const BROWSER = /\/apps\/api-e2e\/src\/web-[^/]+\.spec\.ts$/;
const INTEGRATION = /\/apps\/api-e2e\//;

const group = (path) => (LONGEST.test(path) ? 0 : BROWSER.test(path) ? 1 : INTEGRATION.test(path) ? 2 : 3);

module.exports = class SlowFirstSequencer extends Sequencer {
  sort(tests) {
    const sorted = super.sort(tests);
    if (sorted.every((test) => test.duration != null)) return sorted;
    const position = new Map(sorted.map((test, i) => [test, i]));
    return [...sorted].sort((a, b) => group(a.path) - group(b.path) || position.get(a) - position.get(b));
  }
};
