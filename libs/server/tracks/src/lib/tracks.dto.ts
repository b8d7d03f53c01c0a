import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayNotEmpty,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import { IsCode, IsVersion, IsWeight, IsYear } from '@budgetspor/server/common';

export const TRACK_STATUSES = ['active', 'paused', 'closed'] as const;
export type TrackStatus = (typeof TRACK_STATUSES)[number];

/** PostgreSQL text cannot hold U+0000; refusing it here keeps it a 400 instead of a 500. */
const NO_NUL = Matches(/^[^\u0000]*$/u, { message: 'må ikke indeholde tegnet \\u0000' });

/** The `version` column is a PostgreSQL integer; a larger JSON integer would fail in SQL. */
const MAX_VERSION = Max(2_147_483_647, { message: 'er for stor' });

/** Each committee at most once in a track's shares: the table's key is (track, committee). */
function HasUniqueCommittees(): PropertyDecorator {
  return ValidateBy({
    name: 'uniqueCommittees',
    validator: {
      validate: (shares) => !Array.isArray(shares) || repeatedCommittees(shares).length === 0,
      defaultMessage: (args) =>
        `hvert udvalg må kun have én andel (${repeatedCommittees(args?.value as unknown[]).join(', ')} står flere gange)`,
    },
  });
}

function repeatedCommittees(shares: unknown[]): string[] {
  const codes = shares.map((share) => (share as { committeeCode?: unknown } | null)?.committeeCode);
  return [...new Set(codes.filter((code, i): code is string => typeof code === 'string' && codes.indexOf(code) !== i))];
}

/** One committee's (udvalg's) share of a track; the allocation splits the track's amount by these weights. */
export class TrackShareDto {
  @ApiProperty({ example: 'ÆHU', description: 'Udvalgets kode.' })
  @IsCode()
  committeeCode!: string;

  @ApiProperty({ example: '0.5', description: 'Positivt decimaltal som tekst med højst 6 decimaler.' })
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
  @NO_NUL
  name!: string;

  @ApiPropertyOptional({ example: 'Tværgående spor: ressourcerne bruges på tværs af forvaltningerne.', nullable: true, maxLength: 4000 })
  @IsOptional()
  @IsString()
  @MaxLength(4000, { message: 'må højst være 4000 tegn' })
  @NO_NUL
  description?: string | null;

  @ApiProperty({ example: 'ÆHF', description: 'Den forvaltning, der ejer sporet.' })
  @IsCode()
  administrationCode!: string;

  @ApiProperty({ example: 2013, description: 'Det første år, sporet bidrager.' })
  @IsYear()
  startYear!: number;

  @ApiPropertyOptional({ enum: TRACK_STATUSES, default: 'active' })
  @IsOptional()
  @IsIn(TRACK_STATUSES, { message: 'skal være active, paused eller closed' })
  status?: TrackStatus;

  @ApiPropertyOptional({ default: false, description: 'Afhænger af en frikommuneansøgning, så besparelsen er usikker.' })
  @IsOptional()
  @IsBoolean()
  dependsOnFreeMunicipality?: boolean;

  @ApiProperty({
    type: [TrackShareDto],
    description: 'Mindst ét udvalg, hvert højst én gang.',
    example: [{ committeeCode: 'ÆHU', weight: '1' }, { committeeCode: 'SAU', weight: '1' }, { committeeCode: 'BUU', weight: '0.5' }],
  })
  @IsArray()
  @ArrayNotEmpty()
  @ValidateNested({ each: true })
  @Type(() => TrackShareDto)
  @HasUniqueCommittees()
  shares!: TrackShareDto[];
}

/**
 * Any subset of the POST fields except the key `code` (sent anyway it is an unknown field: 400).
 * `skipNullProperties: false` makes `null` a validation error rather than a NOT NULL violation;
 * only `description` keeps its own `@IsOptional`, so `"description": null` clears it.
 */
export class UpdateTrackDto extends PartialType(OmitType(CreateTrackDto, ['code'] as const), { skipNullProperties: false }) {
  @ApiProperty({ example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  @MAX_VERSION
  version!: number;
}

export class TrackDto {
  @ApiProperty({ example: 'SVR' }) code!: string;
  @ApiProperty({ example: 'Sammenhængende velfærdsressourcer' }) name!: string;
  @ApiProperty({ type: String, nullable: true, example: null }) description!: string | null;
  @ApiProperty({ example: 'ÆHF' }) administrationCode!: string;
  @ApiProperty({ example: 2013 }) startYear!: number;
  @ApiProperty({ enum: TRACK_STATUSES, example: 'active' }) status!: TrackStatus;
  @ApiProperty({ example: false }) dependsOnFreeMunicipality!: boolean;
  @ApiProperty({
    type: [TrackShareDto],
    description: 'Sorteret efter udvalgskode (Unicode-kodepunkter).',
    example: [{ committeeCode: 'BUU', weight: '0.5' }, { committeeCode: 'SAU', weight: '1' }, { committeeCode: 'ÆHU', weight: '1' }],
  })
  shares!: TrackShareDto[];
  @ApiProperty({ example: 1 }) version!: number;
}
