import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, ValidateBy, ValidateIf } from 'class-validator';
import { IsCode, IsKroner, IsOmittable, IsShortText, IsVersion, NoNul } from '@budgetspor/server/common';
import { IsCalendarDate } from '@budgetspor/server/frameworks';
import { MAX_COMMENT_LENGTH, SAVINGS_STATUSES, SavingsStatus } from '@budgetspor/server/savings';
import { ExportFormatQuery } from '@budgetspor/server/spreadsheets';
import { oneOf } from './milestones.dto';

export const ROUND_STATUSES = ['open', 'closed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export class OpenRoundDto {
  @ApiProperty({ example: '2014-06-30', description: 'Opfølgningen er "pr." denne dato (ÅÅÅÅ-MM-DD).' })
  @IsCalendarDate()
  asOf!: string;

  @ApiProperty({ example: '2014-07-15', description: 'Udvalgenes frist for at bekræfte deres celler; ikke før asOf.' })
  @IsCalendarDate()
  deadline!: string;

  @ApiPropertyOptional({ example: 'Budgetopfølgning pr. 30. juni 2014', description: 'Udeladt: "Budgetopfølgning pr. <asOf>".' })
  @IsOmittable()
  @IsShortText()
  title?: string;
}

export class CloseRoundDto {
  @ApiProperty({ type: 'integer', example: 1, description: 'Den version af runden, du læste.' })
  @IsVersion()
  version!: number;
}

/** Counted in code points, as the savings table's CHECK on the comment counts them. */
const MaxCodePoints = (max: number): PropertyDecorator =>
  ValidateBy({
    name: 'maxCodePoints',
    validator: { validate: (value) => typeof value !== 'string' || [...value].length <= max, defaultMessage: () => `må højst være ${max} tegn` },
  });

/**
 * A committee's answer for one cell in the round: the whole of what it enters, also when it
 * only confirms what is there. `forecast` must be sent; null means "no forecast".
 */
export class ConfirmCellDto {
  @ApiProperty({ type: String, nullable: true, example: '24500000', description: 'Prognose i kroner som tekst (må være negativ), eller null.' })
  @ValidateIf((_, value) => value !== null)
  @IsKroner({ allowNegative: true }, { message: 'skal være et beløb i kroner som tekst med højst 2 decimaler, fx "1250.50" eller "-300.50", eller null' })
  forecast!: string | null;

  @ApiProperty({ enum: SAVINGS_STATUSES, example: 'on_track' })
  @IsIn(SAVINGS_STATUSES, { message: oneOf(SAVINGS_STATUSES) })
  status!: SavingsStatus;

  @ApiProperty({ maxLength: MAX_COMMENT_LENGTH, example: 'Uændret siden marts.', description: 'Tom tekst er tilladt.' })
  @IsString()
  @MaxCodePoints(MAX_COMMENT_LENGTH)
  @NoNul()
  comment!: string;

  @ApiProperty({ type: 'integer', example: 3, description: 'Den version af besparelsesrækken, du læste.' })
  @IsVersion()
  version!: number;
}

export class CellsQuery {
  @ApiPropertyOptional({ example: 'SELV' }) @IsOptional() @IsCode() trackCode?: string;
  @ApiPropertyOptional({ example: 'SAU' }) @IsOptional() @IsCode() committeeCode?: string;
}

export class CompareQuery extends CellsQuery {
  @ApiProperty({ format: 'uuid', description: 'Den tidligere runde.' })
  @IsUUID('all', { message: 'skal være en opfølgningsrundes id (uuid)' })
  from!: string;

  @ApiProperty({ format: 'uuid', description: 'Den senere runde.' })
  @IsUUID('all', { message: 'skal være en opfølgningsrundes id (uuid)' })
  to!: string;
}

/** `compare/export`: the comparison's filters plus `?format=xlsx|csv&delimiter=&decimal=` as in every export. */
export class CompareExportQuery extends IntersectionType(CompareQuery, ExportFormatQuery) {}

export class HistoryQuery extends CellsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Kun denne besparelsesrække (celle).' })
  @IsOptional()
  @IsUUID('all', { message: 'skal være en besparelsesrækkes id (uuid)' })
  savingId?: string;
}

export class CommitteeProgressDto {
  @ApiProperty({ example: 'SAU' }) committeeCode!: string;
  @ApiProperty({ type: 'integer', example: 3 }) confirmed!: number;
  @ApiProperty({ type: 'integer', example: 8 }) total!: number;
}

export class RoundProgressDto {
  @ApiProperty({ type: 'integer', example: 3 }) confirmed!: number;
  @ApiProperty({ type: 'integer', example: 30 }) total!: number;
  @ApiProperty({ type: [CommitteeProgressDto], description: 'Pr. udvalg: celler bekræftet af i alt, udvalgskoder i kodepunktsorden.' })
  committees!: CommitteeProgressDto[];
}

export class FollowUpRoundDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: 'integer', example: 2014 }) budgetYear!: number;
  @ApiProperty({ example: '2014-06-30' }) asOf!: string;
  @ApiProperty({ example: '2014-07-15' }) deadline!: string;
  @ApiProperty({ example: 'Budgetopfølgning pr. 30. juni 2014' }) title!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: RoundStatus;
  @ApiProperty({ example: 'oekonomi@odense.dk' }) openedBy!: string;
  @ApiProperty({ format: 'date-time' }) openedAt!: string;
  @ApiProperty({ type: String, nullable: true }) closedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
  @ApiProperty({ type: RoundProgressDto, description: 'En åben runde tæller budgetårets besparelsesrækker nu; en lukket sit øjebliksbillede.' })
  progress!: RoundProgressDto;
}

/** One cell as it stands in the round: live while the round is open, frozen once it is closed. */
export class FollowUpCellDto {
  @ApiProperty({ format: 'uuid', description: 'Besparelsesrækkens id.' }) savingId!: string;
  @ApiProperty({ example: 'SELV' }) trackCode!: string;
  @ApiProperty({ example: 'SAU' }) committeeCode!: string;
  @ApiProperty({ type: 'integer', example: 2014 }) year!: number;
  @ApiProperty({ example: '26000000' }) expected!: string;
  @ApiProperty({ type: String, nullable: true, example: '24500000' }) forecast!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) realised!: string | null;
  @ApiProperty({ enum: SAVINGS_STATUSES }) status!: SavingsStatus;
  @ApiProperty({ example: '' }) comment!: string;
  @ApiProperty({ type: 'integer', description: 'Besparelsesrækkens version (send den med PUT).' }) version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ example: 'udvalg.sau@odense.dk' }) updatedBy!: string;
  @ApiProperty({ description: 'Bekræftet i denne runde.' }) confirmed!: boolean;
  @ApiProperty({ type: String, nullable: true }) confirmedBy!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: string | null;
}

export class RoundRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: '2014-06-30' }) asOf!: string;
  @ApiProperty({ example: 'Budgetopfølgning pr. 30. juni 2014' }) title!: string;
  @ApiProperty({ enum: ROUND_STATUSES }) status!: RoundStatus;
}

export class ChangeDto {
  @ApiProperty({ example: '26000000', description: 'Sum af prognoser i den tidligere runde; manglende tæller som 0.' }) from!: string;
  @ApiProperty({ example: '24500000' }) to!: string;
  @ApiProperty({ example: '-1500000', description: 'to − from.' }) difference!: string;
}

export class TrackChangeDto extends ChangeDto {
  @ApiProperty({ example: 'SELV' }) trackCode!: string;
}

export class CommitteeChangeDto extends ChangeDto {
  @ApiProperty({ example: 'SAU' }) committeeCode!: string;
}

export class CellChangeDto {
  @ApiProperty({ format: 'uuid' }) savingId!: string;
  @ApiProperty({ example: 'SELV' }) trackCode!: string;
  @ApiProperty({ example: 'SAU' }) committeeCode!: string;
  @ApiProperty({ type: 'integer', example: 2014 }) year!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Prognosen i den tidligere runde; null: ingen (eller cellen var ikke med).' }) from!: string | null;
  @ApiProperty({ type: String, nullable: true }) to!: string | null;
  @ApiProperty({ example: '-1500000', description: 'to − from, manglende som 0.' }) difference!: string;
}

export class RoundComparisonDto {
  @ApiProperty({ type: RoundRefDto }) from!: RoundRefDto;
  @ApiProperty({ type: RoundRefDto }) to!: RoundRefDto;
  @ApiProperty({ type: [CellChangeDto], description: 'Sorteret efter spor, udvalg (kodepunkter) og år.' }) cells!: CellChangeDto[];
  @ApiProperty({ type: [TrackChangeDto] }) tracks!: TrackChangeDto[];
  @ApiProperty({ type: [CommitteeChangeDto] }) committees!: CommitteeChangeDto[];
  @ApiProperty({ type: ChangeDto }) total!: ChangeDto;
}

export class ForecastHistoryDto {
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2014-06-30' }) asOf!: string;
  @ApiProperty({ example: 'Budgetopfølgning pr. 30. juni 2014' }) title!: string;
  @ApiProperty({ format: 'date-time' }) closedAt!: string;
  @ApiProperty({ type: 'integer', description: 'Antal celler, der matcher filtrene.' }) cells!: number;
  @ApiProperty({ example: '26000000' }) expected!: string;
  @ApiProperty({ example: '24500000', description: 'Sum af prognoser; manglende tæller som 0.' }) forecast!: string;
  @ApiProperty({ example: '0' }) realised!: string;
}
