import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsOmittable, IsVersion, IsYear } from '@budgetspor/server/common';
import { ASSESSMENT_STATUSES, AssessmentStatus, Direction, DIRECTIONS } from './progress';
import { IsDecimal, IsOptionalText, IsRequiredText } from './validators';

export const INDICATOR_KINDS = ['quantitative', 'qualitative'] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

const DECIMAL_TEXT = 'Decimaltal som tekst med højst 6 decimaler, fx "72.5" (aldrig et JSON-tal).';
const QUANTITATIVE_ONLY = 'Kun for kvantitative indikatorer (skal udfyldes for dem); null eller udeladt for kvalitative.';

/**
 * An indicator of an effect goal. Quantitative: a unit, which direction is better, a baseline
 * and a target (year and value; the target later and better than the baseline). Qualitative:
 * none of those; each year gets an assessment text and a status instead of a value.
 */
export class CreateIndicatorDto {
  @ApiProperty({ example: 'Andel af 25-64-årige i beskæftigelse', maxLength: 200 })
  @IsRequiredText(200)
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000 })
  @IsOptionalText(4000)
  description?: string | null;

  @ApiProperty({ enum: INDICATOR_KINDS, example: 'quantitative' })
  @IsIn(INDICATOR_KINDS, { message: 'skal være quantitative eller qualitative' })
  kind!: IndicatorKind;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: 'pct.', description: QUANTITATIVE_ONLY })
  @IsOptionalText(50)
  unit?: string | null;

  @ApiPropertyOptional({ enum: DIRECTIONS, nullable: true, example: 'higher', description: `Om højere eller lavere er bedre. ${QUANTITATIVE_ONLY}` })
  @IsOptional()
  @IsIn(DIRECTIONS, { message: 'skal være higher eller lower' })
  direction?: Direction | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 2016, description: QUANTITATIVE_ONLY })
  @IsOptional()
  @IsYear()
  baselineYear?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '71.2', description: `${DECIMAL_TEXT} ${QUANTITATIVE_ONLY}` })
  @IsOptional()
  @IsDecimal()
  baselineValue?: string | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, example: 2020, description: `Efter baselineYear. ${QUANTITATIVE_ONLY}` })
  @IsOptional()
  @IsYear()
  targetYear?: number | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '75',
    description: `${DECIMAL_TEXT} Større end baselineValue når direction er higher, mindre når lower. ${QUANTITATIVE_ONLY}`,
  })
  @IsOptional()
  @IsDecimal()
  targetValue?: string | null;
}

/** Any subset of the POST fields plus the version read; the result must again be a whole indicator. */
export class UpdateIndicatorDto extends PartialType(CreateIndicatorDto, { skipNullProperties: false }) {
  @ApiProperty({ type: 'integer', example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  version!: number;
}

/** PUT body of one year's value: the whole value, replacing what was there. */
export class PutIndicatorValueDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '73.4', description: `Kvantitativ: årets værdi (skal udfyldes). ${DECIMAL_TEXT} Kvalitativ: udelades.` })
  @IsOptional()
  @IsDecimal()
  value?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, example: 'Danmarks Statistik, RAS300', description: 'Hvor tallet kommer fra.' })
  @IsOptionalText(1000)
  sourceNote?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 4000,
    description: 'Kvalitativ: årets vurdering (skal udfyldes). Kvantitativ: en valgfri kommentar.',
  })
  @IsOptionalText(4000)
  assessment?: string | null;

  @ApiPropertyOptional({ enum: ASSESSMENT_STATUSES, nullable: true, description: 'Kvalitativ: vurderingens status (skal udfyldes). Kvantitativ: udelades; status beregnes.' })
  @IsOptional()
  @IsIn(ASSESSMENT_STATUSES, { message: 'skal være achieved, on_track, at_risk eller off_track' })
  status?: AssessmentStatus | null;

  @ApiPropertyOptional({ type: 'integer', example: 1, description: 'Udelades, når året ikke har en værdi endnu; ellers den version, du læste.' })
  @IsOmittable()
  @IsVersion()
  version?: number;
}

export class IndicatorValueDto {
  @ApiProperty({ type: 'integer', example: 2018 }) year!: number;
  @ApiProperty({ type: String, nullable: true, example: '73.4' }) value!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Illustrativ værdi' }) sourceNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) assessment!: string | null;
  @ApiProperty({ enum: ASSESSMENT_STATUSES, nullable: true, description: 'Kun kvalitative indikatorer; kvantitative får status beregnet i effektregnskabet.' })
  status!: AssessmentStatus | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ example: '2026-11-27T18:12:43.798Z' }) updatedAt!: string;
  @ApiProperty({ example: 'aehu@odense.demo' }) updatedBy!: string;
}

export class IndicatorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) goalId!: string;
  @ApiProperty({ example: 'Andel af 25-64-årige i beskæftigelse' }) name!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind!: IndicatorKind;
  @ApiProperty({ type: String, nullable: true, example: 'pct.' }) unit!: string | null;
  @ApiProperty({ enum: DIRECTIONS, nullable: true }) direction!: Direction | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2016 }) baselineYear!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '71.2' }) baselineValue!: string | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 2020 }) targetYear!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '75' }) targetValue!: string | null;
  @ApiProperty({ type: [IndicatorValueDto], description: 'Årene stigende.' }) values!: IndicatorValueDto[];
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}
