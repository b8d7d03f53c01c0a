import { BadRequestException } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { kronerFromOre, oreFromNumeric, parseDecimal } from '@budgetspor/server/common';
import { convertOre } from './price-level';

/** Converts øre stated at one price level to another; the identity when no level was asked for. */
export type PriceConverter = (ore: bigint, fromLevel: number) => bigint;

/**
 * The converter to price level `target`, checked up front: 400 naming `priceLevel` when
 * the index of the target or of any of `fromLevels` is missing. Without a target, amounts
 * stay at their own levels.
 */
export async function priceConverter(m: EntityManager, target: number | undefined, fromLevels: number[]): Promise<PriceConverter> {
  if (target === undefined) return (ore) => ore;
  const years = [...new Set([target, ...fromLevels])];
  const rows: { year: number; index: string }[] = await m.query(`SELECT year, index::text AS index FROM price_indices WHERE year = ANY($1::int[])`, [years]);
  const indices = new Map(rows.map((r) => [r.year, parseDecimal(r.index)]));
  const missing = years.filter((year) => !indices.has(year)).sort((a, b) => a - b);
  if (missing.length) {
    throw new BadRequestException([`priceLevel: pris- og lønindekset mangler for ${missing.join(', ')}; finance kan indtaste det under /api/price-indices`]);
  }
  const to = indices.get(target) as bigint;
  return (ore, fromLevel) => convertOre(ore, indices.get(fromLevel) as bigint, to);
}

/**
 * For the amounts of one budget round, stated at its price level `roundLevel`: kroner text
 * ("26000000", "1250.50", a sum of any size) shown at level `target`, converted from the
 * exact amount and rounded once. 400 as `priceConverter` when an index is missing.
 */
export async function kronerConverter(m: EntityManager, target: number, roundLevel: number): Promise<(kroner: string) => string> {
  const convert = await priceConverter(m, target, [roundLevel]);
  return (kroner) => kronerFromOre(convert(oreFromNumeric(kroner), roundLevel));
}
