import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { canonicalDecimal } from '@budgetspor/server/common';
import { PriceIndexDto, PutPriceIndexDto } from './price-indices.dto';
import { putVersioned } from './put-versioned';

const INDICES = `SELECT year, index::text AS index, source, illustrative, version FROM price_indices`;

/** The price and wage index (P/L-fremskrivning) per year; server-price-levels converts amounts with it. */
@Injectable()
export class PriceIndicesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(m: EntityManager = this.dataSource.manager): Promise<PriceIndexDto[]> {
    const rows: PriceIndexDto[] = await m.query(`${INDICES} ORDER BY year`);
    return rows.map((r) => ({ ...r, index: canonicalDecimal(r.index) as string }));
  }

  put(year: number, dto: PutPriceIndexDto, actor: string): Promise<{ created: boolean; value: PriceIndexDto }> {
    return this.dataSource.transaction(async (m) => {
      const before = await this.find(m, year);
      const created = await putVersioned(m, {
        table: 'price_indices',
        key: { year },
        columns: { index: dto.index, source: dto.source ?? null, illustrative: dto.illustrative ?? false },
        version: dto.version,
        what: `Pris- og lønindekset for ${year}`,
      });
      const after = (await this.find(m, year)) as PriceIndexDto;
      await this.audit.record(m, { actor, action: created ? 'create' : 'update', entityType: 'price_index', entityId: String(year), before, after });
      return { created, value: after };
    });
  }

  private async find(m: EntityManager, year: number): Promise<PriceIndexDto | null> {
    const [row]: PriceIndexDto[] = await m.query(`${INDICES} WHERE year = $1`, [year]);
    return row ? { ...row, index: canonicalDecimal(row.index) as string } : null;
  }
}
