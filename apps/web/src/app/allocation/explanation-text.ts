import { formatKroner } from '../core/format';
import { CellExplanation, ExactFraction } from './allocation.models';
import { localDecimal } from './allocation-table';

export interface ExplanationStep {
  readonly heading: string;
  readonly lines: readonly string[];
}

const kr = (amount: string) => formatKroner(amount);
const quota = (f: ExactFraction) => {
  const amount = localDecimal(f.decimal);
  return f.exact
    ? $localize`:@@allocation.explain.quotaExact:${amount}:amount: kr.`
    : $localize`:@@allocation.explain.quotaApprox:ca. ${amount}:amount: kr.`;
};

/**
 * The explanation of one cell in the page's language, step by step as the rule in DOMAIN.md
 * works: first the pool over the eligible tracks, then the track's amount over its committees.
 * Each step: the quota, the whole kroner under it, the remainder, and whether this cell got
 * one of the leftover kroner (largest remainders first).
 */
export function explanationSteps(e: CellExplanation): ExplanationStep[] {
  const year = e.year;
  return [
    {
      heading: $localize`:@@allocation.explain.step1:Trin 1 – sporets andel af puljen for ${year}:year:`,
      lines: [
        e.eligibleTracks === 1
          ? $localize`:@@allocation.explain.poolOneTrack:Puljen for ${year}:year: er ${kr(e.pool)}:pool: og fordeles efter vægt på 1 spor.`
          : $localize`:@@allocation.explain.pool:Puljen for ${year}:year: er ${kr(e.pool)}:pool: og fordeles efter vægt på ${e.eligibleTracks}:tracks: spor.`,
        $localize`:@@allocation.explain.trackWeight:Sporet har vægten ${localDecimal(e.trackWeight)}:weight: ud af i alt ${localDecimal(e.sumOfWeights)}:sum:.`,
        $localize`:@@allocation.explain.trackQuota:Kvote (pulje × vægt ÷ samlet vægt): ${quota(e.trackQuota)}:quota:`,
        $localize`:@@allocation.explain.trackFloor:Hele kroner: ${kr(e.trackFloor)}:floor:, rest: ${quota(e.trackRemainder)}:remainder:`,
        trackLeftoverLine(e.trackLeftover, e.trackGotExtra),
        $localize`:@@allocation.explain.trackAmount:Sporet fik ${kr(e.trackAmount)}:amount:`,
      ],
    },
    {
      heading: $localize`:@@allocation.explain.step2:Trin 2 – udvalgets andel af sporets beløb`,
      lines: [
        $localize`:@@allocation.explain.shareWeight:Udvalget har andelsvægten ${localDecimal(e.shareWeight)}:weight: ud af i alt ${localDecimal(e.sumOfShareWeights)}:sum:.`,
        $localize`:@@allocation.explain.committeeQuota:Kvote (sporets beløb × andel ÷ samlet andel): ${quota(e.committeeQuota)}:quota:`,
        $localize`:@@allocation.explain.committeeFloor:Hele kroner: ${kr(e.committeeFloor)}:floor:, rest: ${quota(e.committeeRemainder)}:remainder:`,
        committeeLeftoverLine(e.committeeLeftover, e.committeeGotExtra),
        $localize`:@@allocation.explain.amount:Beløbet i cellen er derfor ${kr(e.amount)}:amount:`,
      ],
    },
  ];
}

/**
 * After everyone got their whole kroner, the kroner left over go one each to the largest
 * remainders: say how many there were and whether this track got one. (One function per
 * subject, so each sentence is translated whole.)
 */
function trackLeftoverLine(leftover: string, gotOne: boolean): string {
  if (leftover === '0') return $localize`:@@allocation.explain.track.noLeftover:Der var ingen overskydende kroner at fordele mellem sporene.`;
  if (leftover === '1') {
    return gotOne
      ? $localize`:@@allocation.explain.track.gotTheOne:Sporet fik den ene overskydende krone, fordi resten var størst.`
      : $localize`:@@allocation.explain.track.notTheOne:Sporet fik ikke den ene overskydende krone; den gik til et spor med større rest.`;
  }
  const count = localDecimal(leftover);
  return gotOne
    ? $localize`:@@allocation.explain.track.gotOne:Sporet fik 1 af de ${count}:count: overskydende kroner, fordi resten var blandt de ${count}:count: største.`
    : $localize`:@@allocation.explain.track.gotNone:Sporet fik ingen af de ${count}:count: overskydende kroner; de gik til spor med større rest.`;
}

/** The same for the committee's share of the track's amount. */
function committeeLeftoverLine(leftover: string, gotOne: boolean): string {
  if (leftover === '0') return $localize`:@@allocation.explain.committee.noLeftover:Der var ingen overskydende kroner at fordele mellem udvalgene.`;
  if (leftover === '1') {
    return gotOne
      ? $localize`:@@allocation.explain.committee.gotTheOne:Udvalget fik den ene overskydende krone, fordi resten var størst.`
      : $localize`:@@allocation.explain.committee.notTheOne:Udvalget fik ikke den ene overskydende krone; den gik til et udvalg med større rest.`;
  }
  const count = localDecimal(leftover);
  return gotOne
    ? $localize`:@@allocation.explain.committee.gotOne:Udvalget fik 1 af de ${count}:count: overskydende kroner, fordi resten var blandt de ${count}:count: største.`
    : $localize`:@@allocation.explain.committee.gotNone:Udvalget fik ingen af de ${count}:count: overskydende kroner; de gik til udvalg med større rest.`;
}
