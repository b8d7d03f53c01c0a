import { divideHalfAwayFromZero } from '@budgetspor/server/common';

/**
 * Price levels (P/L-fremskrivning): an amount stated at the price level of year `from` is
 * amount × index(to) ÷ index(from) at the level of year `to`. Exact: øre and the indices'
 * millionths are integers, the one division is rounded once to whole øre, halves away from
 * zero. Converting to the level it already has returns the amount unchanged.
 */
export function convertOre(ore: bigint, fromIndex: bigint, toIndex: bigint): bigint {
  if (fromIndex <= 0n || toIndex <= 0n) throw new RangeError('Et pris- og lønindeks skal være større end 0');
  if (fromIndex === toIndex) return ore;
  return divideHalfAwayFromZero(ore * toIndex, fromIndex);
}

/** How a file or page names a price level: 2016 → "2016-pris". */
export function priceLevelLabel(year: number): string {
  return `${year}-pris`;
}
