import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, ValidateNested } from 'class-validator';
import { IsCode, IsKroner, IsYear } from '@budgetspor/server/common';
import { ALLOCATION_METHODS, AllocationMethod } from './frameworks.dto';
import { UniqueBy } from './validators';

const YEAR_AMOUNTS = { type: 'object', additionalProperties: { type: 'string' } } as const;

/** What one committee bids to realise on one track in one year of the period. */
export class BidEntryDto {
  @ApiProperty({ example: 'SELV' })
  @IsCode()
  trackCode!: string;

  @ApiProperty({ example: 'SAU', description: 'Skal være et af sporets udvalg (have en andel i sporet).' })
  @IsCode()
  committeeCode!: string;

  @ApiProperty({ example: 2014, description: 'Et af budgetperiodens fire år.' })
  @IsYear()
  year!: number;

  @ApiProperty({ example: '26000000', description: 'Hele kroner ≥ 0 som tekst.' })
  @IsKroner({ wholeKroner: true, allowNegative: false })
  amount!: string;
}

export class ReplaceBidsDto {
  @ApiProperty({
    type: [BidEntryDto],
    description: 'Alle budårets bud; erstatter de hidtidige. Hver kombination af spor, udvalg og år højst én gang. En tom liste sletter buddene.',
    example: [
      { trackCode: 'SELV', committeeCode: 'SAU', year: 2014, amount: '26000000' },
      { trackCode: 'SVR', committeeCode: 'ÆHU', year: 2014, amount: '13000000' },
    ],
  })
  @IsArray()
  @ArrayMaxSize(10_000, { message: 'må højst have 10000 bud' })
  @ValidateNested({ each: true })
  @Type(() => BidEntryDto)
  @UniqueBy<BidEntryDto>(
    (e) => (typeof e.trackCode === 'string' && typeof e.committeeCode === 'string' ? JSON.stringify([e.trackCode, e.committeeCode, e.year]) : undefined),
    (e) => `buddet for sporet ${e.trackCode}, udvalget ${e.committeeCode} og året ${e.year}`,
  )
  entries!: BidEntryDto[];
}

/** A budget year's bids with what they leave uncovered of the current framework's pool. */
export class BidsDto {
  @ApiProperty({ example: 2014 }) budgetYear!: number;

  @ApiProperty({ type: Number, nullable: true, example: 1, description: 'Den gældende rammeudmeldings revision; null før den første.' })
  frameworkRevision!: number | null;

  @ApiProperty({ enum: ALLOCATION_METHODS, nullable: true, example: 'bids', description: 'Den gældende rammeudmeldings metode; buddene bruges kun ved "bids".' })
  allocationMethod!: AllocationMethod | null;

  @ApiProperty({ type: [BidEntryDto], description: 'Sorteret efter sporkode, udvalgskode (Unicode-kodepunkter) og år.' })
  entries!: BidEntryDto[];

  @ApiProperty({ ...YEAR_AMOUNTS, example: { '2014': '39000000', '2015': '0', '2016': '0', '2017': '0' }, description: 'Summen af bud pr. år i perioden.' })
  totals!: Record<string, string>;

  @ApiProperty({
    ...YEAR_AMOUNTS,
    nullable: true,
    example: { '2014': '86800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' },
    description: 'Udækket = puljen − summen af bud pr. år; negativ ved overbud. null, når der ingen rammeudmelding er.',
  })
  uncovered!: Record<string, string> | null;
}
