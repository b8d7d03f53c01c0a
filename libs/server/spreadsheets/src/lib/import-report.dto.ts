import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { ALLOCATION_METHODS, FrameworkDiffDto, FrameworkDto } from '@budgetspor/server/frameworks';
import { SAVINGS_STATUSES } from '@budgetspor/server/savings';
import { EDITABLE_FIELDS, SavingsChange, SavingsConflict } from './savings-diff';
import { ImportError } from './import-report';

export class ImportErrorDto implements ImportError {
  @ApiProperty({ type: String, nullable: true, example: 'Besparelser', description: 'Regnearkets navn (CSV: filens navn); null for fejl ved hele filen.' })
  sheet!: string | null;
  @ApiProperty({ type: Number, nullable: true, example: 7, description: 'Rækkenummeret, som regnearket viser det (overskriften er række 1); null for fejl ved hele filen eller en række, der mangler.' })
  row!: number | null;
  @ApiProperty({ type: String, nullable: true, example: 'Prognose (kr.)', description: 'Kolonnens overskrift; null for fejl ved hele filen.' })
  column!: string | null;
  @ApiProperty({ example: 'Prognose (kr.): skal være et tal, fx -1250,50' })
  message!: string;
}

export class SavingsChangeDto implements SavingsChange {
  @ApiProperty({ example: 7, description: 'Rækken i filen.' }) row!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SELV' }) trackCode!: string;
  @ApiProperty({ example: 'SAU' }) committeeCode!: string;
  @ApiProperty({ example: 2014 }) year!: number;
  @ApiProperty({ enum: EDITABLE_FIELDS, example: 'forecast' }) field!: SavingsChange['field'];
  @ApiProperty({ type: String, nullable: true, example: '24500000', description: 'Værdien nu, som API’et skriver den (beløb som kronetekst, status som kode).' })
  old!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '23000000', description: `Værdien efter importen. status er en af ${SAVINGS_STATUSES.join(', ')}.` })
  new!: string | null;
}

export class SavingsConflictDto implements SavingsConflict {
  @ApiProperty({ example: 'Besparelser' }) sheet!: string;
  @ApiProperty({ example: 7 }) row!: number;
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SELV' }) trackCode!: string;
  @ApiProperty({ example: 'SAU' }) committeeCode!: string;
  @ApiProperty({ example: 2014 }) year!: number;
  @ApiProperty({ example: 1, description: 'Versionen i filen.' }) fileVersion!: number;
  @ApiProperty({ example: 2, description: 'Versionen i databasen nu.' }) currentVersion!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
  @ApiProperty({ example: 'udvalg.sau@odense.dk' }) updatedBy!: string;
  @ApiProperty({ example: 'Besparelsen for SELV, SAU, 2014 er ændret af udvalg.sau@odense.dk (version 2), efter filen blev eksporteret (version 1); …' })
  message!: string;
}

export class SavingsImportReportDto {
  @ApiProperty({ description: 'true: intet er gemt, rapporten viser hvad importen ville ændre.' }) dryRun!: boolean;
  @ApiProperty({ description: 'true, når ændringerne er gemt (kun uden dryRun og uden fejl og konflikter).' }) applied!: boolean;
  @ApiProperty({ example: 120, description: 'Datarækker læst fra filen.' }) rows!: number;
  @ApiProperty({ example: 1, description: 'Rækker, der ændres (eller blev ændret).' }) changedRows!: number;
  @ApiProperty({ type: [ImportErrorDto] }) errors!: ImportErrorDto[];
  @ApiProperty({ type: [SavingsConflictDto], description: 'Rækker, filen ville ændre, men som en anden har ændret siden eksporten.' })
  conflicts!: SavingsConflictDto[];
  @ApiProperty({ type: [SavingsChangeDto], description: 'Én pr. ændret celle (gammel → ny), i filens rækkefølge.' })
  changes!: SavingsChangeDto[];
}

/** The error body of a refused import: the API's error shape plus the whole report. */
export class SavingsImportRefusedDto extends SavingsImportReportDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'Filen har 2 fejl; intet er gemt' }) message!: string;
}

/** A revision as it would be created: FrameworkDto, but not yet created by anyone at any time. */
export class FrameworkPreviewDto extends OmitType(FrameworkDto, ['createdAt', 'allocationMethod'] as const) {
  @ApiProperty({ enum: ALLOCATION_METHODS }) allocationMethod!: FrameworkDto['allocationMethod'];
  @ApiProperty({ type: String, nullable: true, description: 'null i en prøvekørsel.' }) createdAt!: string | null;
}

export class FrameworkImportReportDto {
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'true, når revisionen er oprettet.' }) applied!: boolean;
  @ApiProperty({ type: [ImportErrorDto] }) errors!: ImportErrorDto[];
  @ApiProperty({ type: FrameworkPreviewDto, nullable: true, description: 'Revisionen, som den bliver (prøvekørsel) eller blev oprettet; null ved fejl.' })
  framework!: FrameworkPreviewDto | null;
  @ApiPropertyOptional({ type: FrameworkDiffDto, nullable: true, description: 'Forskellen fra den gældende revision; null for den første revision eller ved fejl.' })
  diff!: FrameworkDiffDto | null;
}

export class FrameworkImportRefusedDto extends FrameworkImportReportDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ example: 'Filen har 1 fejl; intet er gemt' }) message!: string;
}
