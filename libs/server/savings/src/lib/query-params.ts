import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, ValidateBy } from 'class-validator';
import { IsCode, MAX_INT4 } from '@budgetspor/server/common';
import { PriceLevelQuery } from '@budgetspor/server/price-levels';

/**
 * A whole number in the query string (`?limit=`, `?offset=`), judged on its raw text.
 * `@Type(() => Number)` would let "1e3", "0x10", " 5" and "" (as 0) through; here only plain
 * digits become a number, anything else stays text and fails the one rule with one message
 * naming the range. Ten digits at most, so `Number()` is exact before the range check.
 */
export function IntQuery(min: number, max: number, description: string): PropertyDecorator {
  const message = `skal være et heltal fra ${min} til ${max}`;
  return applyDecorators(
    ApiPropertyOptional({ type: 'integer', minimum: min, maximum: max, description }),
    IsOptional(),
    Transform(({ value }) => (typeof value === 'string' && /^(0|[1-9]\d{0,9})$/.test(value) ? Number(value) : value)),
    ValidateBy({
      name: 'intQuery',
      validator: {
        validate: (value) => typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max,
        defaultMessage: () => message,
      },
    }),
  );
}

/** `?trackCode=` and `?committeeCode=`: exact, case-sensitive codes; a malformed one is a 400 naming it. */
export class SavingsFilterQuery {
  @ApiPropertyOptional({ example: 'SELV', description: 'Kun rækker for dette spor (nøjagtig kode, skelner store/små bogstaver).' })
  @IsOptional()
  @IsCode()
  trackCode?: string;

  @ApiPropertyOptional({ example: 'SAU', description: 'Kun rækker for dette udvalg.' })
  @IsOptional()
  @IsCode()
  committeeCode?: string;
}

/** The filters and `?priceLevel=`: what every money view of a round's savings takes. */
export class SavingsViewQuery extends IntersectionType(SavingsFilterQuery, PriceLevelQuery) {}

/** The most rows one page may ask for; without `limit` the list has every matching row. */
export const MAX_LIMIT = 10_000;

export class SavingsListQuery extends SavingsViewQuery {
  @IntQuery(1, MAX_LIMIT, 'Højst så mange rækker. Udeladt: alle rækker.')
  limit?: number;

  @IntQuery(0, MAX_INT4, 'Spring så mange rækker over (i den faste rækkefølge). Udeladt: 0.')
  offset?: number;
}
