import { ApiPropertyOptional, IntersectionType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import { PriceLevelQuery } from '@budgetspor/server/price-levels';
import { RealisationQuery } from '@budgetspor/server/savings';

export const FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof FORMATS)[number];

/** `?format=&delimiter=&decimal=`, shared by every export. */
export class ExportFormatQuery {
  @ApiPropertyOptional({ enum: FORMATS, default: 'xlsx', description: 'xlsx (standard) eller csv.' })
  @IsOptional()
  @IsIn(FORMATS, { message: 'skal være xlsx eller csv' })
  format?: ExportFormat;

  @ApiPropertyOptional({ enum: [';', ','], default: ';', description: 'Kun csv: skilletegn mellem cellerne. ";" er det, dansk Excel åbner korrekt.' })
  @IsOptional()
  @IsIn([';', ','], { message: 'skal være ; eller ,' })
  delimiter?: ';' | ',';

  @ApiPropertyOptional({ enum: [',', '.'], default: ',', description: 'Kun csv: decimaltegn i tal. "," (decimalkomma) er dansk.' })
  @IsOptional()
  @IsIn([',', '.'], { message: 'skal være , eller .' })
  @ValidateBy({
    name: 'differsFromDelimiter',
    validator: {
      validate: (value, args) => value !== ((args?.object as ExportFormatQuery).delimiter ?? ';'),
      defaultMessage: () => 'må ikke være det samme tegn som delimiter',
    },
  })
  decimal?: ',' | '.';
}

export class SavingsExportQuery extends IntersectionType(ExportFormatQuery, PickType(RealisationQuery, ['trackCode', 'committeeCode', 'priceLevel'] as const)) {}

export class AllocationExportQuery extends IntersectionType(ExportFormatQuery, PriceLevelQuery) {}

export class RealisationExportQuery extends IntersectionType(ExportFormatQuery, RealisationQuery) {}

/** The most rows one file may have, for export (audit) and import alike. */
export const MAX_FILE_ROWS = 50_000;

export class AuditExportQuery extends ExportFormatQuery {
  @ApiPropertyOptional({ example: 'savings', description: 'Som GET /api/audit: fx user, track, framework, savings.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ example: 'SVR', description: 'Ressourcens id eller nøgle som i dens URL.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  entityId?: string;

  @ApiPropertyOptional({ default: MAX_FILE_ROWS, minimum: 1, maximum: MAX_FILE_ROWS, description: 'Højst så mange rækker, nyeste først.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value))
  @IsInt({ message: `skal være et heltal fra 1 til ${MAX_FILE_ROWS}` })
  @Min(1, { message: `skal være et heltal fra 1 til ${MAX_FILE_ROWS}` })
  @Max(MAX_FILE_ROWS, { message: `skal være et heltal fra 1 til ${MAX_FILE_ROWS}` })
  limit?: number;
}

/** `?dryRun=true|false` on the imports; a dry run reports what would change and writes nothing. */
export class ImportQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], default: 'false', description: 'true: vis ændringerne uden at gemme noget.' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: 'skal være true eller false' })
  dryRun?: 'true' | 'false';
}
