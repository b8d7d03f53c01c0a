import { formatKroner, parseKroner } from '@budgetspor/shared/money';
import { CellExplanation, ExactFraction } from './allocation.models';
import { danishDecimal } from './allocation-table';

export interface ExplanationStep {
  readonly heading: string;
  readonly lines: readonly string[];
}

const kr = (amount: string) => formatKroner(parseKroner(amount));
const quota = (f: ExactFraction) => `${f.exact ? '' : 'ca. '}${danishDecimal(f.decimal)} kr.`;

/**
 * The explanation of one cell in Danish, step by step as the rule in DOMAIN.md works:
 * first the pool over the eligible tracks, then the track's amount over its committees.
 * Each step: the quota, the whole kroner under it, the remainder, and whether this cell got
 * one of the leftover kroner (largest remainders first).
 */
export function explanationSteps(e: CellExplanation): ExplanationStep[] {
  return [
    {
      heading: `Trin 1 – sporets andel af puljen for ${e.year}`,
      lines: [
        `Puljen for ${e.year} er ${kr(e.pool)} og fordeles efter vægt på ${e.eligibleTracks} spor.`,
        `Sporet har vægten ${danishDecimal(e.trackWeight)} ud af i alt ${danishDecimal(e.sumOfWeights)}.`,
        `Kvote (pulje × vægt ÷ samlet vægt): ${quota(e.trackQuota)}`,
        `Hele kroner: ${kr(e.trackFloor)}, rest: ${quota(e.trackRemainder)}`,
        leftoverLine('Sporet', 'spor', e.trackLeftover, e.trackGotExtra),
        `Sporet fik ${kr(e.trackAmount)}`,
      ],
    },
    {
      heading: 'Trin 2 – udvalgets andel af sporets beløb',
      lines: [
        `Udvalget har andelsvægten ${danishDecimal(e.shareWeight)} ud af i alt ${danishDecimal(e.sumOfShareWeights)}.`,
        `Kvote (sporets beløb × andel ÷ samlet andel): ${quota(e.committeeQuota)}`,
        `Hele kroner: ${kr(e.committeeFloor)}, rest: ${quota(e.committeeRemainder)}`,
        leftoverLine('Udvalget', 'udvalg', e.committeeLeftover, e.committeeGotExtra),
        `Beløbet i cellen er derfor ${kr(e.amount)}`,
      ],
    },
  ];
}

/**
 * After everyone got their whole kroner, the kroner left over go one each to the largest
 * remainders: say how many there were and whether this one got one.
 */
function leftoverLine(subject: 'Sporet' | 'Udvalget', others: 'spor' | 'udvalg', leftover: string, gotOne: boolean): string {
  if (leftover === '0') {
    return `Der var ingen overskydende kroner at fordele mellem ${others === 'spor' ? 'sporene' : 'udvalgene'}.`;
  }
  if (leftover === '1') {
    return gotOne
      ? `${subject} fik den ene overskydende krone, fordi resten var størst.`
      : `${subject} fik ikke den ene overskydende krone; den gik til et ${others} med større rest.`;
  }
  const count = danishDecimal(leftover);
  return gotOne
    ? `${subject} fik 1 af de ${count} overskydende kroner, fordi resten var blandt de ${count} største.`
    : `${subject} fik ingen af de ${count} overskydende kroner; de gik til ${others} med større rest.`;
}
