import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { IsCode, IsOmittable, IsVersion } from '@budgetspor/server/common';
import { IndicatorDto } from './indicators.dto';
import { IsCodeList, IsId, IsOptionalText, IsRequiredText } from './validators';

/** Odensemål (the city council's goals) and the committees' effect goals under them. */
export const GOAL_LEVELS = ['municipal', 'committee'] as const;
export type GoalLevel = (typeof GOAL_LEVELS)[number];

export class CreateEffectGoalDto {
  @ApiProperty({ example: 'Flere borgere er en del af et fællesskab', maxLength: 200 })
  @IsRequiredText(200)
  title!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000, description: 'null eller udeladt: ingen beskrivelse.' })
  @IsOptionalText(4000)
  description?: string | null;

  @ApiProperty({ enum: GOAL_LEVELS, example: 'municipal', description: 'municipal: et Odensemål (byrådets mål); committee: et udvalgs effektmål.' })
  @IsIn(GOAL_LEVELS, { message: 'skal være municipal eller committee' })
  level!: GoalLevel;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Det Odensemål (level municipal), et udvalgsmål bidrager til. Kun udvalgsmål har et overordnet mål.',
  })
  @IsOptional()
  @IsId('et måls id')
  parentId?: string | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['SAU'],
    description: 'De udvalg, der ejer målet; deres udvalgsbrugere vedligeholder indikatorernes årlige værdier. Et udvalgsmål skal have mindst ét. Udeladt ved oprettelse: [].',
  })
  @IsOmittable()
  @IsCodeList()
  committeeCodes?: string[];

  @ApiPropertyOptional({
    type: [String],
    example: ['SELV', 'SVR'],
    description: 'De innovationsspor, der tjener målet (mange-til-mange). Erstatter hele listen. Udeladt ved oprettelse: [].',
  })
  @IsOmittable()
  @IsCodeList()
  trackCodes?: string[];
}

/** Any subset of the POST fields plus the version read; lists replace the whole list. */
export class UpdateEffectGoalDto extends PartialType(CreateEffectGoalDto, { skipNullProperties: false }) {
  @ApiProperty({ type: 'integer', example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  version!: number;
}

export class GoalListQuery {
  @ApiPropertyOptional({ enum: GOAL_LEVELS, description: 'Kun mål på dette niveau.' })
  @IsOptional()
  @IsIn(GOAL_LEVELS, { message: 'skal være municipal eller committee' })
  level?: GoalLevel;

  @ApiPropertyOptional({ example: 'SAU', description: 'Kun mål, dette udvalg ejer.' })
  @IsOptional()
  @IsCode()
  committeeCode?: string;

  @ApiPropertyOptional({ example: 'SVR', description: 'Kun mål, dette spor tjener.' })
  @IsOptional()
  @IsCode()
  trackCode?: string;
}

export class EffectGoalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'Flere borgere er en del af et fællesskab' }) title!: string;
  @ApiProperty({ type: String, nullable: true }) description!: string | null;
  @ApiProperty({ enum: GOAL_LEVELS }) level!: GoalLevel;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: [String], example: ['SAU'], description: 'Sorteret efter Unicode-kodepunkter.' }) committeeCodes!: string[];
  @ApiProperty({ type: [String], example: ['SELV'], description: 'Sorteret efter Unicode-kodepunkter.' }) trackCodes!: string[];
  @ApiProperty({ type: [IndicatorDto], description: 'I oprettelsesrækkefølge, hver med sine årlige værdier.' }) indicators!: IndicatorDto[];
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}
