import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, ValidateBy } from 'class-validator';
import { IsKroner, IsOmittable, IsVersion, NoNul } from '@budgetspor/server/common';

/** The committee's own judgement of a cell: on track / at risk / off track / realised. */
export const SAVINGS_STATUSES = ['on_track', 'at_risk', 'off_track', 'realised'] as const;
export type SavingsStatus = (typeof SAVINGS_STATUSES)[number];

export const MAX_COMMENT_LENGTH = 4000;

const AMOUNT_MESSAGE = 'skal være et beløb i kroner som tekst med højst 2 decimaler, fx "1250.50" eller "-300.50", eller null';

/** Forecast and realised: negative allowed (a track can cost more than it saves); null clears. */
const IsAmountOrNull = (): PropertyDecorator => applyDecorators(IsOptional(), IsKroner({ allowNegative: true }, { message: AMOUNT_MESSAGE }));

/**
 * Counted in code points, as the schema's `CHECK (char_length(comment) <= 4000)` counts them;
 * class-validator's MaxLength skips variation selectors, so it would let through text the
 * database then refuses.
 */
const MaxCodePoints = (max: number): PropertyDecorator =>
  ValidateBy({
    name: 'maxCodePoints',
    validator: {
      validate: (value) => typeof value !== 'string' || [...value].length <= max,
      defaultMessage: () => `må højst være ${max} tegn`,
    },
  });

/** PATCH body: any subset of what the committee enters, plus the version it read. */
export class UpdateSavingsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '24500000', description: 'Prognose: hvad udvalget nu forventer at realisere. Kroner som tekst, må være negativ; null sletter.' })
  @IsAmountOrNull()
  forecast?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '-300.50', description: 'Realiseret besparelse. Kroner som tekst, må være negativ (sporet kostede mere, end det sparede); null sletter.' })
  @IsAmountOrNull()
  realised?: string | null;

  @ApiPropertyOptional({ enum: SAVINGS_STATUSES, example: 'at_risk' })
  @IsOmittable()
  @IsIn(SAVINGS_STATUSES, { message: `skal være ${SAVINGS_STATUSES.slice(0, -1).join(', ')} eller ${SAVINGS_STATUSES.at(-1)}` })
  status?: SavingsStatus;

  @ApiPropertyOptional({ maxLength: MAX_COMMENT_LENGTH, example: 'Jobcentret er forsinket med de nye forløb; forventer indhentning i 2015.', description: 'Tom tekst er tilladt; null er ikke.' })
  @IsOmittable()
  @IsString()
  @MaxCodePoints(MAX_COMMENT_LENGTH)
  @NoNul()
  comment?: string;

  @ApiProperty({ type: 'integer', example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  version!: number;
}

/** One track × committee × year cell of a budget round, as the API returns it. */
export class SavingsRowDto {
  @ApiProperty({ format: 'uuid', example: '5f0c7d2e-3b1a-4c8e-9f6d-2a4b8c1d0e7f' }) id!: string;
  @ApiProperty({ example: 'SELV', description: 'Sporets kode.' }) trackCode!: string;
  @ApiProperty({ example: 'SAU', description: 'Udvalgets kode.' }) committeeCode!: string;
  @ApiProperty({ type: 'integer', example: 2014, description: 'Året i budgetperioden.' }) year!: number;
  @ApiProperty({ example: '26000000', description: 'Forventet (fra puljefordelingen eller buddet), hele kroner. "0", når cellen ikke længere er i fordelingen.' })
  expected!: string;
  @ApiProperty({ type: String, nullable: true, example: '24500000', description: 'null, indtil udvalget har indtastet en prognose.' })
  forecast!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '1250.50', description: 'null, indtil noget er realiseret.' })
  realised!: string | null;
  @ApiProperty({ enum: SAVINGS_STATUSES, example: 'on_track' }) status!: SavingsStatus;
  @ApiProperty({ example: '' }) comment!: string;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time', example: '2014-03-01T09:30:00.000Z' }) updatedAt!: string;
  @ApiProperty({ example: 'udvalg.sau@odense.dk', description: 'E-mail på den, der sidst rettede rækken, eller "system" (puljefordelingen).' })
  updatedBy!: string;
}

/** A row of the list; with `?priceLevel=` its amounts are at that price level, and it says which. */
export class SavingsListRowDto extends SavingsRowDto {
  @ApiPropertyOptional({
    type: 'integer',
    example: 2016,
    description:
      'Kun med ?priceLevel: det prisniveau, expected, forecast og realised er vist i ("2016-pris"). Uden står beløbene i ' +
      'budgetrundens eget prisniveau (budgetårets priceLevelYear), og feltet udelades.',
  })
  priceLevel?: number;
}
