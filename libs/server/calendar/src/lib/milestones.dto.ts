import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { IsCode, IsOmittable, IsShortText, IsVersion, NoNul, Role, ROLES } from '@budgetspor/server/common';
import { IsCalendarDate } from '@budgetspor/server/frameworks';
import { MILESTONE_KINDS, MilestoneKind, WarningCode } from './milestone-warnings';

export const MILESTONE_STATUSES = ['planned', 'done', 'late'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export const MAX_DESCRIPTION_LENGTH = 2000;

/** "skal være a, b eller c" */
export function oneOf(values: readonly string[]): string {
  return `skal være ${values.slice(0, -1).join(', ')} eller ${values.at(-1)}`;
}

export class CreateMilestoneDto {
  @ApiProperty({ example: '2013-09-11', description: 'Datoen (ÅÅÅÅ-MM-DD); milepæle er heldagsbegivenheder.' })
  @IsCalendarDate()
  date!: string;

  @ApiProperty({ example: '1. behandling af budget 2014 i byrådet' })
  @IsShortText()
  title!: string;

  @ApiPropertyOptional({ maxLength: MAX_DESCRIPTION_LENGTH, example: 'Byrådets førstebehandling af budgetforslaget.', description: 'Udeladt: tom.' })
  @IsOmittable()
  @IsString()
  @MaxLength(MAX_DESCRIPTION_LENGTH, { message: `må højst være ${MAX_DESCRIPTION_LENGTH} tegn` })
  @NoNul()
  description?: string;

  @ApiProperty({ enum: MILESTONE_KINDS, example: 'first_reading' })
  @IsIn(MILESTONE_KINDS, { message: oneOf(MILESTONE_KINDS) })
  kind!: MilestoneKind;

  @ApiPropertyOptional({
    enum: ROLES,
    nullable: true,
    example: 'finance',
    description: 'Den ansvarlige rolle. Angiv præcis én af responsibleRole og responsibleCommitteeCode.',
  })
  @IsOptional()
  @IsIn(ROLES, { message: oneOf(ROLES) })
  responsibleRole?: Role | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'ØU', description: 'Det ansvarlige udvalg (kode).' })
  @IsOptional()
  @IsCode()
  responsibleCommitteeCode?: string | null;

  @ApiPropertyOptional({ enum: MILESTONE_STATUSES, description: 'Udeladt ved oprettelse: planned.' })
  @IsOmittable()
  @IsIn(MILESTONE_STATUSES, { message: oneOf(MILESTONE_STATUSES) })
  status?: MilestoneStatus;

  @ApiPropertyOptional({
    type: 'integer',
    nullable: true,
    example: 1,
    description: 'Den rammeudmeldingsrevision, milepælen frembragte (samme budgetår). Højst ét link pr. milepæl.',
  })
  @IsOptional()
  @IsInt({ message: 'skal være et revisionsnummer (positivt heltal)' })
  @Min(1, { message: 'skal være et revisionsnummer (positivt heltal)' })
  frameworkRevision?: number | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'Den opfølgningsrunde, milepælen frembragte (samme budgetår).' })
  @IsOptional()
  @IsUUID('all', { message: 'skal være et id (uuid)' })
  followUpRoundId?: string | null;
}

/**
 * Any subset of the POST fields plus the version. Setting the responsible role clears the
 * responsible committee and vice versa; likewise for the two links.
 */
export class UpdateMilestoneDto extends PartialType(CreateMilestoneDto, { skipNullProperties: false }) {
  @ApiProperty({ type: 'integer', example: 1, description: 'Den version, du læste.' })
  @IsVersion()
  version!: number;
}

/** `?version=` on DELETE, read from the raw text like every number in a URL. */
export class VersionQuery {
  @ApiProperty({ type: 'integer', example: 1, description: 'Den version, du læste.' })
  @Transform(({ value }) => (typeof value === 'string' && /^[1-9]\d{0,8}$/.test(value) ? Number(value) : value))
  @IsVersion()
  version!: number;
}

const DAYS_MESSAGE = 'skal være et heltal fra 1 til 366';

export class UpcomingQuery {
  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: 366, default: 30, description: 'Så mange dage frem fra i dag.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,3}$/.test(value) ? Number(value) : value))
  @IsInt({ message: DAYS_MESSAGE })
  @Min(1, { message: DAYS_MESSAGE })
  @Max(366, { message: DAYS_MESSAGE })
  days?: number;
}

export class MilestoneWarningDto {
  @ApiProperty({ enum: ['readings_too_close', 'second_reading_before_first', 'adoption_too_late'], example: 'readings_too_close' })
  code!: WarningCode;
  @ApiProperty({ example: 'Der er kun 14 dage mellem 1. behandling (11. september 2013) og 2. behandling (25. september 2013); der skal være mindst 21 dage (tre uger)' })
  message!: string;
}

export class MilestoneDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 2014 }) budgetYear!: number;
  @ApiProperty({ example: '2013-09-11' }) date!: string;
  @ApiProperty({ example: '1. behandling af budget 2014 i byrådet' }) title!: string;
  @ApiProperty({ example: '' }) description!: string;
  @ApiProperty({ enum: MILESTONE_KINDS }) kind!: MilestoneKind;
  @ApiProperty({ enum: ROLES, nullable: true, example: null }) responsibleRole!: Role | null;
  @ApiProperty({ type: String, nullable: true, example: 'ØU' }) responsibleCommitteeCode!: string | null;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status!: MilestoneStatus;
  @ApiProperty({ type: 'integer', nullable: true, example: null }) frameworkRevision!: number | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, example: null }) followUpRoundId!: string | null;
  @ApiProperty({
    type: [MilestoneWarningDto],
    description: 'Advarsler om årshjulet, beregnet ud fra budgetårets øvrige milepæle: 2. behandling mindre end 21 dage efter 1., vedtagelse efter 15. oktober året før budgetåret.',
  })
  warnings!: MilestoneWarningDto[];
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ example: 'oekonomi@odense.dk' }) updatedBy!: string;
}

export class UpcomingMilestoneDto extends MilestoneDto {
  @ApiProperty({ description: 'Datoen er passeret, og milepælen er ikke done.' }) overdue!: boolean;
}
