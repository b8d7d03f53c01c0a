import type { History } from './scale-history';
import { prng } from './stats';

/** Rows per page of the savings list in the read benchmarks. */
export const PAGE = 100;

/** The same list shuffled the same way on every run (Fisher–Yates on the seeded PRNG). */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Every page of every committee in every round. */
export function savingsPagePaths(history: History, page = PAGE): string[] {
  const rowsPerCommittee = history.scale.tracks.length * 4;
  const paths: string[] = [];
  for (const year of history.years) {
    for (const committee of history.scale.committees) {
      for (let offset = 0; offset < rowsPerCommittee; offset += page) {
        paths.push(`/api/budget-years/${year}/savings?committeeCode=${committee}&limit=${page}&offset=${offset}`);
      }
    }
  }
  return shuffled(paths, 9);
}

export const realisationPaths = (history: History) => shuffled(history.years.map((year) => `/api/budget-years/${year}/realisation?groupBy=track`), 10);

