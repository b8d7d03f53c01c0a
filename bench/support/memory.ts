import fs from 'node:fs';
import { MB } from './output';

/** A process's resident set size in MB, from /proc/<pid>/status (Linux); NaN where there is no /proc. */
export function rssMb(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB$/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? (Number(match[1]) * 1024) / MB : NaN;
  } catch {
    return NaN;
  }
}

/**
 * Samples a process's RSS every `everyMs` until stop(): the highest value seen, and the
 * value at the start. Sampling, so a peak shorter than `everyMs` can be missed; /proc's VmHWM
 * would not miss it, but it is the high-water mark of the process's whole life (start-up
 * included), not of the window measured.
 */
export function sampleRss(pid: number, everyMs = 20): { stop(): { startMb: number; peakMb: number; samples: number } } {
  const startMb = rssMb(pid);
  let peakMb = startMb;
  let samples = 1;
  const timer = setInterval(() => {
    const now = rssMb(pid);
    if (now > peakMb) peakMb = now;
    samples++;
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      const now = rssMb(pid);
      return { startMb, peakMb: Math.max(peakMb, now), samples: samples + 1 };
    },
  };
}
