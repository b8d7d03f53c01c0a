import { formatKroner } from '@budgetspor/shared/money';
import { isCandidate } from './allocate';
import { type Prepared, prepare } from './prepare';
import type { AllocationProblem } from './types';

/**
 * Every problem with an allocation input, for the framework editor: `error`s are what
 * `allocate` refuses (it throws AllocationError with the first), `warning`s are valid
 * input whose result may surprise (a paused track with a weight, a year whose pool stays
 * unallocated). Messages are Danish; `path` points into the input.
 */
export function validateAllocationInput(input: unknown): AllocationProblem[] {
  const { prepared, problems } = prepare(input);
  return prepared ? warnings(prepared) : problems;
}

function warnings({ years, framework }: Prepared): AllocationProblem[] {
  const out: AllocationProblem[] = [];
  const warn = (code: AllocationProblem['code'], path: string, message: string) =>
    out.push({ severity: 'warning', code, path, message });
  const lastYear = years.length > 0 ? years[years.length - 1].year : undefined;

  for (const t of [...framework].sort((a, b) => a.weightIndex - b.weightIndex)) {
    if (t.weight === 0n) {
      warn('zero_weight', `trackWeights[${t.weightIndex}].weight`, `Sporet ${t.code} har vægten 0 og får ingen midler.`);
    } else if (t.status !== 'active') {
      const state = t.status === 'paused' ? 'sat på pause' : 'lukket';
      warn('track_not_active', `tracks[${t.trackIndex}].status`, `Sporet ${t.code} er ${state} og får ingen midler, selv om det har en vægt.`);
    } else if (lastYear !== undefined && t.startYear > lastYear) {
      warn(
        'track_not_started',
        `tracks[${t.trackIndex}].startYear`,
        `Sporet ${t.code} starter først i ${t.startYear} og får ingen midler i ${years[0].year}–${lastYear}.`,
      );
    }
  }
  for (const y of years) {
    if (y.pool > 0n && !framework.some((t) => isCandidate(t) && t.startYear <= y.year)) {
      warn(
        'no_eligible_track',
        `pool.${y.key}`,
        `I ${y.key} er der intet aktivt spor med en vægt, så hele puljen på ${formatKroner(y.pool.toString())} står ufordelt.`,
      );
    }
  }
  return out;
}
