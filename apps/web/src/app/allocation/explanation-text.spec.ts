import { CellExplanation } from './allocation.models';
import { explanationSteps } from './explanation-text';

const frac = (decimal: string, exact = true) => ({ num: '0', den: '1', decimal, exact });

/** SELV/SAU 2014: 100 kr. over SVR 2 : SELV 1, SVR gets the leftover krone. */
const explanation: CellExplanation = {
  year: 2014,
  trackCode: 'SELV',
  committeeCode: 'SAU',
  pool: '100000000',
  eligibleTracks: 2,
  trackWeight: '1',
  sumOfWeights: '3',
  trackQuota: frac('33333333.333333', false),
  trackFloor: '33333333',
  trackRemainder: frac('0.333333', false),
  trackLeftover: '1',
  trackGotExtra: false,
  trackAmount: '33333333',
  shareWeight: '1',
  sumOfShareWeights: '3',
  committeeQuota: frac('11111111'),
  committeeFloor: '11111111',
  committeeRemainder: frac('0'),
  committeeLeftover: '2',
  committeeGotExtra: true,
  amount: '11111112',
};

describe('explanationSteps', () => {
  const [track, committee] = explanationSteps(explanation);

  it('explains the track step: pool, weight, quota, floor, remainder, leftover krone', () => {
    expect(track.heading).toBe('Trin 1 – sporets andel af puljen for 2014');
    expect(track.lines).toEqual([
      'Puljen for 2014 er 100.000.000 kr. og fordeles efter vægt på 2 spor.',
      'Sporet har vægten 1 ud af i alt 3.',
      'Kvote (pulje × vægt ÷ samlet vægt): ca. 33.333.333,333333 kr.',
      'Hele kroner: 33.333.333 kr., rest: ca. 0,333333 kr.',
      'Sporet fik ikke den ene overskydende krone; den gik til et spor med større rest.',
      'Sporet fik 33.333.333 kr.',
    ]);
  });

  it('explains the committee step and says that this cell received a leftover krone', () => {
    expect(committee.lines).toContain('Udvalget fik 1 af de 2 overskydende kroner, fordi resten var blandt de 2 største.');
    expect(committee.lines.at(-1)).toBe('Beløbet i cellen er derfor 11.111.112 kr.');
  });

  it('says when there were no leftover kroner', () => {
    const [, none] = explanationSteps({ ...explanation, committeeLeftover: '0', committeeGotExtra: false });
    expect(none.lines).toContain('Der var ingen overskydende kroner at fordele mellem udvalgene.');
  });
});
