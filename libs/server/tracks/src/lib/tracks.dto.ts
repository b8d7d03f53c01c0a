import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, MaxLength, ValidateBy, ValidateNested } from 'class-validator';
import { IsCode, IsOmittable, IsVersion, IsWeight, IsYear, NoNul } from '@budgetspor/server/common';

export const TRACK_STATUSES = ['active', 'paused', 'closed'] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

/** A named check with a Danish message (the value decides the message where it helps). */
function Rule(name: string, validate: (value: unknown) => boolean, message: string | ((value: unknown) => string)): PropertyDecorator {
  const text = typeof message === 'string' ? () => message : message;
  return ValidateBy({ name, validator: { validate, defaultMessage: (args) => text(args?.value) } });
}



/** One message for "not a list" and "empty list": both mean the track has no committee to split over. */
const IsShareList = () => Rule('isShareList', (v) => Array.isArray(v) && v.length > 0, 'skal være en liste med mindst én andel');

/** Each committee at most once in a track's shares: the table's key is (track, committee). */
const HasUniqueCommittees = () =>
  Rule(
    'uniqueCommittees',
    (v) => !Array.isArray(v) || repeatedCommittees(v).length === 0,
    (v) => `hvert udvalg må kun have én andel (${repeatedCommittees(v as unknown[]).join(', ')} står flere gange)`,
  );

function repeatedCommittees(shares: unknown[]): string[] {
  const codes = shares.map((share) => (share as { committeeCode?: unknown } | null)?.committeeCode);
  return [...new Set(codes.filter((code, i): code is string => typeof code === 'string' && codes.indexOf(code) !== i))];
}

/** One committee's (udvalg's) share of a track; the allocation splits the track's amount by these weights. */
export class TrackShareDto {
  @ApiProperty({ example: 'ÆHU', description: 'Udvalgets kode.' })
  @IsCode()
  committeeCode!: string;

  @ApiProperty({ example: '0.5', description: 'Positivt decimaltal som tekst med højst 6 decimaler; svares i kanonisk form ("1.500" → "1.5").' })
  @IsWeight()
  weight!: string;
}

export class CreateTrackDto {
  @ApiProperty({ example: 'SVR', description: '1–16 tegn: bogstaver (også Æ Ø Å), cifre, - og _. Skelner store/små bogstaver.' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Sammenhængende velfærdsressourcer' })
  @IsString()
  @Length(1, 200, { message: 'skal være 1–200 tegn' })
  @NoNul()
  name!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 4000, description: 'null eller udeladt: ingen beskrivelse.', example: 'Tværgående spor: ressourcerne bruges på tværs af forvaltningerne.' })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'må højst være 4000 tegn' })
  @NoNul()
  description?: string | null;

  @ApiProperty({ example: 'ÆHF', description: 'Den forvaltning, der ejer sporet.' })
  @IsCode()
  administrationCode!: string;

  @ApiProperty({ type: 'integer', example: 2013, description: 'Det første år, sporet bidrager.' })
  @IsYear()
  startYear!: number;

  @ApiPropertyOptional({ enum: TRACK_STATUSES, description: 'Udeladt ved oprettelse: active.' })
  @IsOmittable()
  @IsIn(TRACK_STATUSES, { message: 'skal være active, paused eller closed' })
  status?: TrackStatus;

  @ApiPropertyOptional({ description: 'Afhænger af en frikommuneansøgning, så besparelsen er usikker. Udeladt ved oprettelse: false.' })
  @IsOmittable()
  @IsBoolean()
  dependsOnFreeMunicipality?: boolean;

  @ApiProperty({
    type: [TrackShareDto],
    description: 'Mindst ét udvalg, hvert højst én gang.',
    example: [{ committeeCode: 'ÆHU', weight: '1' }, { committeeCode: 'SAU', weight: '1' }, { committeeCode: 'BUU', weight: '0.5' }],
  })
  @IsShareList()
  // The message also shows at `shares` itself when it is not a list at all.
  @ValidateNested({ each: true, message: 'hver andel skal være et objekt {"committeeCode","weight"}' })
  @Type(() => TrackShareDto)
  @HasUniqueCommittees()
  shares!: TrackShareDto[];
}

/**
 * Any subset of the POST fields except the key `code` (sent anyway it is an unknown field: 400).
 * `skipNullProperties: false` makes the fields omittable like `@IsOmittable()`, not nullable;
 * only `description` keeps its own `@IsOptional`, so `"description": null` clears it.
 */
export class UpdateTrackDto extends PartialType(OmitType(CreateTrackDto, ['code'] as const), { skipNullProperties: false }) {
  @ApiProperty({ type: 'integer', example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  version!: number;
}

export class TrackDto {
  @ApiProperty({ example: 'SVR' }) code!: string;
  @ApiProperty({ example: 'Sammenhængende velfærdsressourcer' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) description!: string | null;
  @ApiProperty({ example: 'ÆHF' }) administrationCode!: string;
  @ApiProperty({ type: 'integer', example: 2013 }) startYear!: number;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'active' }) status!: TrackStatus;
  @ApiProperty({ example: false }) dependsOnFreeMunicipality!: boolean;
  @ApiProperty({
    type: [TrackShareDto],
    description: 'Sorteret efter udvalgskode (Unicode-kodepunkter).',
    example: [{ committeeCode: 'BUU', weight: '0.5' }, { committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ÆHU', weight: '1' }],
  })
  shares!: TrackShareDto[];
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}
