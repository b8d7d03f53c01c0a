import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '@budgetspor/server/audit';
import { canonicalDecimal, parseDecimal } from './decimal';
import { convertOre } from './price-level';
import { PriceIndexDto, PutPriceIndexDto } from './price-indices.dto';
import { putVersioned } from './put-versioned';

const INDICES = `SELECT year, index::text AS index, source, illustrative, version FROM price_indices`;

/** Converts øre stated at one price level to another; the identity when no level was asked for. */
export type PriceConverter = (ore: bigint, fromLevel: number) => bigint;

/** The price and wage index (P/L-fremskrivning) per year, which converts amounts between price levels. */
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

  /**
   * The converter to price level `target`, checked up front: 400 naming `priceLevel` when
   * the index of the target or of any of `fromLevels` is missing. Without a target, amounts
   * stay at their own levels.
   */
  async converter(m: EntityManager, target: number | undefined, fromLevels: number[]): Promise<PriceConverter> {
    if (target === undefined) return (ore) => ore;
    const indices = new Map((await this.list(m)).map((r) => [r.year, parseDecimal(r.index)]));
    const missing = [...new Set([target, ...fromLevels])].filter((year) => !indices.has(year)).sort((a, b) => a - b);
    if (missing.length) {
      throw new BadRequestException([`priceLevel: pris- og lønindekset mangler for ${missing.join(', ')}; finance kan indtaste det under /api/price-indices`]);
    }
    const to = indices.get(target) as bigint;
    return (ore, fromLevel) => convertOre(ore, indices.get(fromLevel) as bigint, to);
  }

  private async find(m: EntityManager, year: number): Promise<PriceIndexDto | null> {
    const [row]: PriceIndexDto[] = await m.query(`${INDICES} WHERE year = $1`, [year]);
    return row ? { ...row, index: canonicalDecimal(row.index) as string } : null;
  }
}
