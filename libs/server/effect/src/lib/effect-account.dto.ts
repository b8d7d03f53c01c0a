import { ApiProperty } from '@nestjs/swagger';
import { FiguresDto } from './figures';
import { GOAL_LEVELS, GoalLevel } from './goals.dto';
import { INDICATOR_KINDS, IndicatorKind } from './indicators.dto';
import { Direction, DIRECTIONS, INDICATOR_STATUSES, IndicatorStatus } from './progress';

const STATUS_DOC =
  'achieved: målet er nået; on_track: mindst så langt som en ret linje fra baseline til mål; at_risk: mindst halvt så langt ' +
  '(og ikke under baseline); off_track: ellers, eller målåret er nået uden målet; no_data: ingen værdi for året. ' +
  'Kvalitative indikatorer har den indtastede status.';

export class EffectAccountIndicatorDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: INDICATOR_KINDS }) kind!: IndicatorKind;
  @ApiProperty({ type: String, nullable: true }) unit!: string | null;
  @ApiProperty({ enum: DIRECTIONS, nullable: true }) direction!: Direction | null;
  @ApiProperty({ type: 'integer', nullable: true }) baselineYear!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '60' }) baselineValue!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) targetYear!: number | null;
  @ApiProperty({ type: String, nullable: true, example: '80' }) targetValue!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '70', description: 'Årets værdi; null når året ingen har.' }) value!: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'Illustrativ værdi' }) sourceNote!: string | null;
  @ApiProperty({ type: String, nullable: true }) assessment!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '50.0',
    description:
      'Fremdrift i procent = 100 × (værdi − baseline) ÷ (mål − baseline), eksakt regnet og afrundet til 1 decimal, halvt væk fra nul. ' +
      'Ikke begrænset: under 0 er værre end baseline, over 100 er ud over målet. null for kvalitative og uden værdi.',
  })
  progressPercent!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '50.0',
    description: 'Hvor langt en ret linje fra baseline til mål er nået i året, i procent (0–100, 1 decimal). null for kvalitative.',
  })
  expectedPercent!: string | null;
  @ApiProperty({ enum: INDICATOR_STATUSES, description: STATUS_DOC }) status!: IndicatorStatus;
}

export class EffectAccountTrackDto extends FiguresDto {
  @ApiProperty({ example: 'SELV' }) code!: string;
  @ApiProperty({ example: 'Selvforsørgelse – frihed til at kunne' }) name!: string;
}

export class EffectAccountGoalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ enum: GOAL_LEVELS }) level!: GoalLevel;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: [String] }) committeeCodes!: string[];
  @ApiProperty({ enum: INDICATOR_STATUSES, description: 'Den svageste indikators status (indikatorer uden data tæller ikke); no_data når ingen har data.' })
  status!: IndicatorStatus;
  @ApiProperty({ type: [EffectAccountIndicatorDto] }) indicators!: EffectAccountIndicatorDto[];
  @ApiProperty({ type: [EffectAccountTrackDto], description: 'De spor, der tjener målet, sorteret efter kode, med årets besparelser.' })
  tracks!: EffectAccountTrackDto[];
  @ApiProperty({ type: FiguresDto, description: 'Summen over målets spor (et spor, der tjener flere mål, tæller med i hvert).' })
  savings!: FiguresDto;
}

export class EffectAccountDto {
  @ApiProperty({ type: 'integer', example: 2016 }) year!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    example: 2016,
    description:
      'Den budgetrunde, årets besparelser er hentet fra: den nyeste runde med besparelsesrækker for året (året selv eller et ' +
      'overslagsår), så et år, der indgår i flere runder, ikke tælles flere gange. null når ingen runde har rækker for året.',
  })
  budgetYear!: number | null;
  @ApiProperty({ type: [EffectAccountGoalDto], description: 'Alle effektmål i oprettelsesrækkefølge.' }) goals!: EffectAccountGoalDto[];
}
