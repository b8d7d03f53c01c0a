import { Injectable, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AllocationService } from '@budgetspor/server/allocation';
import { AuditService } from '@budgetspor/server/audit';
import { FrameworksService } from '@budgetspor/server/frameworks';
import { priceLevelLabel } from '@budgetspor/server/price-levels';
import { RealisationService, SavingsService } from '@budgetspor/server/savings';
import { AllocationExportQuery, AuditExportQuery, ExportFormatQuery, MAX_FILE_ROWS, RealisationExportQuery, SavingsExportQuery } from './export.dto';
import { allocationTable, auditTable, Names, realisationTable } from './export-tables';
import { frameworkTable } from './framework-file';
import { savingsTable } from './savings-file';
import { Table, tableToCsv } from './table';
import { tablesToXlsx } from './xlsx-writer';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The tables behind each export, read through the domain services the JSON endpoints use. */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly savings: SavingsService,
    private readonly realisation: RealisationService,
    private readonly allocation: AllocationService,
    private readonly frameworks: FrameworksService,
    private readonly audit: AuditService,
  ) {}

  async savingsFile(year: number, query: SavingsExportQuery): Promise<StreamableFile> {
    const { trackCode, committeeCode, priceLevel } = query;
    const rows = await this.savings.list(year, { trackCode, committeeCode, priceLevel });
    return toFile(savingsTable(rows, priceLevel), fileName(`besparelser-${year}`, priceLevel), query);
  }

  async allocationFile(year: number, query: AllocationExportQuery): Promise<StreamableFile> {
    const view = await this.allocation.current(year, query.priceLevel);
    const table = allocationTable(view, await this.names('tracks'), await this.names('committees'));
    return toFile(table, fileName(`fordeling-${year}`, query.priceLevel), query);
  }

  async realisationFile(year: number, query: RealisationExportQuery): Promise<StreamableFile> {
    const groupBy = query.groupBy ?? 'track';
    const dto = await this.realisation.realisation(year, query);
    const names = groupBy === 'track' ? 'tracks' : groupBy === 'committee' ? 'committees' : 'administrations';
    const table = realisationTable(dto, groupBy, groupBy === 'year' ? new Map() : await this.names(names));
    return toFile(table, fileName(`realisering-${year}-${groupBy}`, query.priceLevel), query);
  }

  async frameworkFile(year: number, revision: number, query: ExportFormatQuery): Promise<StreamableFile> {
    const framework = await this.frameworks.get(year, revision);
    return toFile(frameworkTable(framework, await this.names('tracks')), `rammeudmelding-${year}-revision-${revision}`, query);
  }

  async auditFile(query: AuditExportQuery): Promise<StreamableFile> {
    const rows = await this.audit.list({ entityType: query.entityType, entityId: query.entityId, limit: query.limit ?? MAX_FILE_ROWS });
    return toFile(auditTable(rows), `revisionsspor-${new Date().toISOString().slice(0, 10)}`, query);
  }

  /** Code → name of every track, committee or administration (`table` is a constant, never input). */
  private async names(table: 'tracks' | 'committees' | 'administrations'): Promise<Names> {
    const rows: { code: string; name: string }[] = await this.dataSource.query(`SELECT code, name FROM ${table}`);
    return new Map(rows.map((r) => [r.code, r.name]));
  }
}

/**
 * The table as an XLSX or CSV download. CSV: UTF-8 with BOM; `;` and decimal comma unless the
 * query asks otherwise (with `delimiter=,` the decimal mark defaults to `.`).
 */
export async function toFile(table: Table, baseName: string, query: ExportFormatQuery): Promise<StreamableFile> {
  if (query.format === 'csv') {
    const delimiter = query.delimiter ?? ';';
    const decimal = query.decimal ?? (delimiter === ',' ? '.' : ',');
    const body = Buffer.from(tableToCsv(table, { delimiter, decimal }), 'utf8');
    return new StreamableFile(body, { type: 'text/csv; charset=utf-8', disposition: attachment(`${baseName}.csv`), length: body.length });
  }
  const body = await tablesToXlsx([table]);
  return new StreamableFile(body, { type: XLSX_TYPE, disposition: attachment(`${baseName}.xlsx`), length: body.length });
}

/** "besparelser-2014", or at a chosen price level "besparelser-2014-2016-pris". */
function fileName(base: string, priceLevel: number | undefined): string {
  return priceLevel === undefined ? base : `${base}-${priceLevelLabel(priceLevel)}`;
}

function attachment(fileName: string): string {
  return `attachment; filename="${fileName}"`;
}
