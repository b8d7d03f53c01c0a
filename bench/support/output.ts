import fs from 'node:fs';

/** One measured figure; scripts/bench.mjs formats it and decides PASS/FAIL against `target`. */
export interface Figure {
  name: string;
  value: number;
  unit: 'ms' | 's' | 'cells/s' | 'req/s' | 'x' | 'MB' | 'kB' | 'count';
  /** The same figure for the baseline, measured in the same run. */
  baseline?: number;
  target?: { op: '>=' | '<=' | '<'; value: number };
}

export interface BenchReport {
  title: string;
  /** What the baseline is, in a few words. */
  baseline: string;
  figures: Figure[];
  notes: string[];
}

export const SMOKE = process.argv.includes('--smoke');

/** Hands the report to scripts/bench.mjs (BENCH_OUT), or prints it when run by hand. */
export function writeReport(report: BenchReport): void {
  const json = JSON.stringify(report, null, 2);
  if (process.env['BENCH_OUT']) fs.writeFileSync(process.env['BENCH_OUT'], json);
  else console.log(json);
}

/** Runs a bench's main and exits non-zero on any error, so a broken bench fails `--smoke`. */
export function runBench(main: () => Promise<BenchReport>): void {
  main().then(
    (report) => {
      writeReport(report);
      process.exit(0);
    },
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}

export const MB = 1024 * 1024;
