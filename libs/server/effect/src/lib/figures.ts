import { ApiProperty } from '@nestjs/swagger';
import { kronerFromOre, oreFromNumeric } from '@budgetspor/server/common';
import type { PriceConverter } from '@budgetspor/server/price-levels';
import { realisationRate } from '@budgetspor/server/savings';

/** Sums of savings rows in SQL (exact numeric; a missing forecast or realised amount counts as 0). */
export const SAVINGS_SUMS = `COALESCE(SUM(s.expected), 0)::text AS expected,
  COALESCE(SUM(s.forecast), 0)::text AS forecast,
  COALESCE(SUM(s.realised), 0)::text AS realised`;

export interface SumsText {
  expected: string;
  forecast: string;
  realised: string;
}

/** Expected, forecast and realised in øre. */
export interface Sums {
  expected: bigint;
  forecast: bigint;
  realised: bigint;
}

export const ZERO: Sums = { expected: 0n, forecast: 0n, realised: 0n };

export function sumsOf(row: SumsText): Sums {
  return { expected: oreFromNumeric(row.expected), forecast: oreFromNumeric(row.forecast), realised: oreFromNumeric(row.realised) };
}

export function addSums(a: Sums, b: Sums): Sums {
  return { expected: a.expected + b.expected, forecast: a.forecast + b.forecast, realised: a.realised + b.realised };
}

export class FiguresDto {
  @ApiProperty({ type: 'integer', nullable: true, example: 2014, description: 'Beløbenes prisniveau ("2014-pris"); null når der ingen beløb er.' })
  priceLevel!: number | null;
  @ApiProperty({ example: '26000000', description: 'Forventet, kroner som tekst.' }) expected!: string;
  @ApiProperty({ example: '24500000', description: 'Prognose; manglende tæller som 0.' }) forecast!: string;
  @ApiProperty({ example: '22100000.50', description: 'Realiseret; manglende tæller som 0.' }) realised!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '0.8500',
    description: 'Realiseringsgrad = realiseret ÷ forventet med 4 decimaler, afrundet halvt væk fra nul (af de uomregnede beløb); null når forventet er 0.',
  })
  rate!: string | null;
}

/**
 * The figures as the API shows them: each amount converted from its exact sum at level
 * `fromLevel` (so a converted total is not the sum of converted parts, which were each
 * rounded), labelled with the level it is shown at. The rate is price-level free.
 */
export function toFigures(sums: Sums, fromLevel: number | null, target: number | undefined, convert: PriceConverter): FiguresDto {
  const shown = (ore: bigint) => kronerFromOre(fromLevel === null ? ore : convert(ore, fromLevel));
  return {
    priceLevel: fromLevel === null ? (target ?? null) : (target ?? fromLevel),
    expected: shown(sums.expected),
    forecast: shown(sums.forecast),
    realised: shown(sums.realised),
    rate: realisationRate(sums.realised, sums.expected),
  };
}
