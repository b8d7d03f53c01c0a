import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsArray, IsIn, IsObject, ValidateNested } from 'class-validator';
import { IsCode, IsShortText, IsWeight } from '@budgetspor/server/common';
import { IsCalendarDate, NotEmptyWhen, UniqueBy } from './validators';

export const ALLOCATION_METHODS = ['top_down', 'bids'] as const;
export type AllocationMethod = (typeof ALLOCATION_METHODS)[number];

const POOL_EXAMPLE = { '2014': '125800000', '2015': '180000000', '2016': '230000000', '2017': '264400000' };

/** Pool per year of the period: year → whole kroner as text. */
export type Pool = Record<string, string>;

/** A track's weight in the framework: the pool is split over the tracks in proportion to these. */
export class TrackWeightDto {
  @ApiProperty({ example: 'SELV', description: 'Innovationssporets kode.' })
  @IsCode()
  trackCode!: string;

  @ApiProperty({ example: '1', description: 'Positivt decimaltal som tekst med højst 6 decimaler; svares i kanonisk form ("1.500000" → "1.5").' })
  @IsWeight()
  weight!: string;
}

export class CreateFrameworkDto {
  @ApiProperty({ example: '2012-02-08', description: 'Datoen for beslutningen (ÅÅÅÅ-MM-DD).' })
  @IsCalendarDate()
  decidedOn!: string;

  @ApiProperty({ example: 'ØU', description: 'Hvem der besluttede rammen, typisk Økonomiudvalget.' })
  @IsShortText()
  decidedBy!: string;

  @ApiProperty({ example: 'Rammeudmelding for budget 2014' })
  @IsShortText()
  title!: string;

  @ApiProperty({
    enum: ALLOCATION_METHODS,
    example: 'top_down',
    description: 'top_down: ØU fordeler puljen på sporene efter vægt. bids: forvaltningerne byder ind (PUT …/bids).',
  })
  @IsIn(ALLOCATION_METHODS, { message: 'skal være "top_down" eller "bids"' })
  allocationMethod!: AllocationMethod;

  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    example: POOL_EXAMPLE,
    description: 'Innovationspuljen: præcis budgetperiodens fire år som nøgler, hvert et helt antal kroner ≥ 0 som tekst.',
  })
  @IsObject({ message: 'skal være et objekt med ét beløb pr. år i budgetperioden, fx {"2014": "125800000", …}' })
  pool!: Pool;

  @ApiProperty({
    type: [TrackWeightDto],
    example: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '1' }, { trackCode: 'ÆLIV', weight: '0.5' }],
    description: 'Sporene, der deler puljen, hvert højst én gang. Mindst ét ved top_down; må være tom ved bids.',
  })
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => TrackWeightDto)
  @UniqueBy<TrackWeightDto>((w) => (typeof w.trackCode === 'string' ? w.trackCode : undefined), (w) => `sporet ${w.trackCode}`)
  @NotEmptyWhen('allocationMethod', 'top_down', 'skal have mindst ét spor, når allocationMethod er "top_down"')
  trackWeights!: TrackWeightDto[];
}

/** One revision of a budget year's framework announcement (rammeudmelding). Never edited: revise with a new POST. */
export class FrameworkDto {
  @ApiProperty({ example: 2014 }) budgetYear!: number;
  @ApiProperty({ example: 1, description: '1, 2, … pr. budgetår; den nyeste er gældende.' }) revision!: number;
  @ApiProperty({ example: '2012-02-08' }) decidedOn!: string;
  @ApiProperty({ example: 'ØU' }) decidedBy!: string;
  @ApiProperty({ example: 'Rammeudmelding for budget 2014' }) title!: string;
  @ApiProperty({ enum: ALLOCATION_METHODS, example: 'top_down' }) allocationMethod!: AllocationMethod;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, example: POOL_EXAMPLE }) pool!: Pool;
  @ApiProperty({
    type: [TrackWeightDto],
    description: 'Sorteret efter sporkode (Unicode-kodepunkter, så ÆLIV kommer efter SVR).',
    example: [{ trackCode: 'SELV', weight: '1' }, { trackCode: 'SVR', weight: '1' }, { trackCode: 'ÆLIV', weight: '0.5' }],
  })
  trackWeights!: TrackWeightDto[];
  @ApiProperty({ example: '2012-02-08T10:15:00.000Z' }) createdAt!: string;
  @ApiProperty({ example: 'oekonomi@odense.dk' }) createdBy!: string;
}

export class PoolChangeDto {
  @ApiProperty({ example: 2014 }) year!: number;
  @ApiProperty({ example: '125800000' }) from!: string;
  @ApiProperty({ example: '205800000' }) to!: string;
  @ApiProperty({ example: '80000000', description: 'to − from i hele kroner med fortegn ("-5000000" ved et fald, "0" uændret).' })
  change!: string;
}

export class TrackReweightDto {
  @ApiProperty({ example: 'SVR' }) trackCode!: string;
  @ApiProperty({ example: '1' }) from!: string;
  @ApiProperty({ example: '2' }) to!: string;
}

export class MethodChangeDto {
  @ApiProperty({ enum: ALLOCATION_METHODS, example: 'bids' }) from!: AllocationMethod;
  @ApiProperty({ enum: ALLOCATION_METHODS, example: 'top_down' }) to!: AllocationMethod;
}

/** What changed from one revision to another (e.g. the summer-2012 revision that added two tracks). */
export class FrameworkDiffDto {
  @ApiProperty({ example: 1 }) from!: number;
  @ApiProperty({ example: 2 }) to!: number;
  @ApiProperty({ type: [PoolChangeDto], description: 'Alle år i perioden, stigende, også uændrede (change "0").' })
  pool!: PoolChangeDto[];
  @ApiProperty({ type: [TrackWeightDto], example: [{ trackCode: 'VIF', weight: '0.5' }, { trackCode: 'ÆLIV', weight: '1' }] })
  tracksAdded!: TrackWeightDto[];
  @ApiProperty({ type: [TrackWeightDto], example: [] })
  tracksRemoved!: TrackWeightDto[];
  @ApiProperty({ type: [TrackReweightDto], description: 'Kun spor, hvis vægt er ændret.' })
  tracksReweighted!: TrackReweightDto[];
  @ApiPropertyOptional({ type: MethodChangeDto, description: 'Kun med, når fordelingsmetoden er skiftet.' })
  methodChanged?: MethodChangeDto;
}
