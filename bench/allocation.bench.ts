/**
 * Benchmark 1, the allocation core: allocate() (exact, bigint) against naiveAllocate()
 * (floating point, the baseline) on the same deterministic inputs, plus the memory of the
 * largest case, measured in a fresh child process each so one run's garbage and the other
 * implementation's heap do not count.
 */
import { fork } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { allocate, type AllocationCell, type AllocationInput } from '@budgetspor/shared/allocation';
import { naiveAllocate } from './naive-allocate';
import { type BenchReport, type Figure, MB, runBench, SMOKE } from './support/output';
import { allocationInput, generateScale } from './support/scale';
import { median } from './support/stats';

const SIZES = SMOKE
  ? [{ tracks: 10, committees: 3, reps: 3 }, { tracks: 50, committees: 5, reps: 3 }]
  : [{ tracks: 100, committees: 10, reps: 50 }, { tracks: 1000, committees: 20, reps: 15 }, { tracks: 10_000, committees: 50, reps: 5 }];

type Impl = 'exact' | 'naive';
const run = (impl: Impl, input: AllocationInput): AllocationCell[] => (impl === 'exact' ? allocate(input).cells : naiveAllocate(input));

/** Median wall time of `reps` runs, after one untimed run so the JIT has compiled the code. */
function time(impl: Impl, input: AllocationInput, reps: number): number {
  run(impl, input);
  const times: number[] = [];
  for (let i = 0; i < reps; i++) {
    const start = performance.now();
    run(impl, input);
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Cells where the naive split disagrees with the exact one (a missing cell counts as 0 kr.). */
function disagreements(exact: AllocationCell[], naive: AllocationCell[]): number {
  const key = (c: AllocationCell) => `${c.year}|${c.trackCode}|${c.committeeCode}`;
  const amounts = new Map(exact.map((c) => [key(c), c.amount]));
  let differ = 0;
  for (const c of naive) {
    if (amounts.get(key(c)) !== c.amount) differ++;
    amounts.delete(key(c));
  }
  return differ + amounts.size;
}

interface Memory {
  rssBefore: number;
  peakRss: number;
  heapAfter: number;
  heapRetained: number;
}

/** Child process: build the input, then run one implementation once and report its memory. */
function memoryChild(impl: Impl, tracks: number, committees: number): void {
  const gc = (globalThis as { gc?: () => void }).gc!;
  const input = allocationInput(generateScale({ tracks, committees }));
  gc();
  const rssBefore = process.memoryUsage().rss;
  let cells: AllocationCell[] | undefined = run(impl, input);
  const heapAfter = process.memoryUsage().heapUsed; // before any forced GC: close to the peak
  const peakRss = process.resourceUsage().maxRSS * 1024; // the OS high-water mark, in bytes
  gc();
  const heapRetained = process.memoryUsage().heapUsed; // input + result
  if (cells.length === 0) throw new Error('no cells');
  cells = undefined;
  process.send!({ rssBefore, peakRss, heapAfter, heapRetained } satisfies Memory);
}

function measureMemory(impl: Impl, tracks: number, committees: number): Promise<Memory> {
  return new Promise((resolve, reject) => {
    const child = fork(__filename, ['--memory-child', impl, String(tracks), String(committees)], {
      execArgv: [...process.execArgv, '--expose-gc'],
    });
    child.once('message', (m) => resolve(m as Memory));
    child.once('exit', (code) => code !== 0 && reject(new Error(`memory child for ${impl} exited with ${code}`)));
  });
}

async function main(): Promise<BenchReport> {
  const figures: Figure[] = [];
  const notes: string[] = [];
  for (const { tracks, committees, reps } of SIZES) {
    const cells = tracks * committees * 4;
    const label = `${tracks.toLocaleString('en')} × ${committees} × 4 (${cells.toLocaleString('en')} cells)`;
    const input = allocationInput(generateScale({ tracks, committees }));
    const exact = allocate(input);
    // Sanity: the exact rule hands out every krone of every year.
    for (const [year, pool] of Object.entries(input.pool)) {
      const sum = exact.cells.filter((c) => c.year === Number(year)).reduce((s, c) => s + BigInt(c.amount), 0n);
      if (sum !== BigInt(pool)) throw new Error(`allocate() lost money in ${year}: ${sum} ≠ ${pool}`);
    }
    const differ = disagreements(exact.cells, naiveAllocate(input));
    notes.push(`${label}: the naive float split disagrees with the exact rule in ${differ.toLocaleString('en')} cells.`);

    const exactMs = time('exact', input, reps);
    const naiveMs = time('naive', input, reps);
    const largest = tracks === SIZES[SIZES.length - 1].tracks;
    figures.push(
      { name: `${label}: median time (${reps} runs)`, value: exactMs, unit: 'ms', baseline: naiveMs, ...(largest && !SMOKE ? { target: { op: '<', value: 1000 } } : {}) },
      { name: `${label}: cells/s`, value: cells / (exactMs / 1000), unit: 'cells/s', baseline: cells / (naiveMs / 1000), target: { op: '>=', value: 1_000_000 } },
      { name: `${label}: speed, exact ÷ naive`, value: naiveMs / exactMs, unit: 'x', target: { op: '>=', value: 0.5 } },
    );
  }
  const { tracks, committees } = SIZES[SIZES.length - 1];
  const exactMem = await measureMemory('exact', tracks, committees);
  const naiveMem = await measureMemory('naive', tracks, committees);
  const size = `${tracks.toLocaleString('en')} × ${committees} × 4`;
  figures.push(
    { name: `${size}: peak RSS of a process running it once`, value: exactMem.peakRss / MB, unit: 'MB', baseline: naiveMem.peakRss / MB },
    { name: `${size}: RSS before the call (input built)`, value: exactMem.rssBefore / MB, unit: 'MB', baseline: naiveMem.rssBefore / MB },
    { name: `${size}: heap used right after the call (before GC)`, value: exactMem.heapAfter / MB, unit: 'MB', baseline: naiveMem.heapAfter / MB },
    { name: `${size}: heap kept after GC (input + result)`, value: exactMem.heapRetained / MB, unit: 'MB', baseline: naiveMem.heapRetained / MB },
  );
  notes.push(
    'Inputs: every track active from the first year, shares on every committee, track weights 1.00–100.99 and share weights 0.01–10.00 drawn from a seeded PRNG (bench/support/scale.ts), pools 100–300 million kr. per year.',
    'Time is allocate(input) whole: parsing and validating the input, both splits, and the result with its string amounts, trackAmounts and per-year totals.',
  );
  return { title: 'Allocation core: allocate()', baseline: 'naive floating-point split (bench/naive-allocate.ts)', figures, notes };
}

if (process.argv[2] === '--memory-child') {
  memoryChild(process.argv[3] as Impl, Number(process.argv[4]), Number(process.argv[5]));
} else {
  runBench(main);
}
