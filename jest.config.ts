import type { Config } from 'jest';
import { getJestProjectsAsync } from '@nx/jest';

export default async (): Promise<Config> => ({
  projects: await getJestProjectsAsync(),
  // The projects' own testTimeout is not applied when jest runs them all from here; the
  // integration and browser tests start real servers on a shared 2-core machine.
  testTimeout: 30_000,
  // Long suites first when jest has no timings of its own (a fresh clone).
  testSequencer: '<rootDir>/scripts/jest/slow-first-sequencer.cjs',
});
