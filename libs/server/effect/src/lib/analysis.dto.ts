import { ApiProperty } from '@nestjs/swagger';
import { FiguresDto } from './figures';

export const ANALYSIS_ENTITIES = ['track', 'committee', 'administration'] as const;
export type AnalysisEntity = (typeof ANALYSIS_ENTITIES)[number];

/** The framework revision behind a round's expectations: the one its current allocation run used. */
export class AnalysisFrameworkDto {
  @ApiProperty({ type: 'integer', example: 2 }) revision!: number;
  @ApiProperty({ example: '2012-06-27' }) decidedOn!: string;
  @ApiProperty({ example: 'ØU' }) decidedBy!: string;
  @ApiProperty({ example: 'Revideret rammeudmelding' }) title!: string;
  @ApiProperty({ enum: ['top_down', 'bids'] }) allocationMethod!: string;
}

export class AnalysisYearDto extends FiguresDto {
  @ApiProperty({ type: 'integer', example: 2014 }) year!: number;
  @ApiProperty({ type: FiguresDto, description: 'Summen fra rundens første år til og med dette år.' }) cumulative!: FiguresDto;
}

export class AnalysisRoundDto {
  @ApiProperty({ type: 'integer', example: 2014 }) budgetYear!: number;
  @ApiProperty({ example: 'Budget 2014' }) title!: string;
  @ApiProperty({ enum: ['draft', 'framework_announced', 'agreed', 'closed'] }) status!: string;
  @ApiProperty({ type: 'integer', example: 2014, description: 'Rundens eget prisniveau: beløbene er opgjort i det.' }) priceLevelYear!: number;
  @ApiProperty({
    type: AnalysisFrameworkDto,
    nullable: true,
    description: 'Den rammeudmelding (revision), der satte det forventede: den, rundens gældende fordelingskørsel brugte. null før den første kørsel.',
  })
  framework!: AnalysisFrameworkDto | null;
  @ApiProperty({ type: [AnalysisYearDto], description: 'Hvert år i budgetperioden, stigende; år uden rækker står med 0.' }) years!: AnalysisYearDto[];
  @ApiProperty({ type: FiguresDto, description: 'Hele perioden.' }) total!: FiguresDto;
}

export class AnalysisDto {
  @ApiProperty({ enum: ANALYSIS_ENTITIES }) entityType!: AnalysisEntity;
  @ApiProperty({ example: 'SELV' }) code!: string;
  @ApiProperty({ example: 'Selvforsørgelse – frihed til at kunne' }) name!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: null, description: 'Det ønskede prisniveau (?priceLevel), ellers null.' }) priceLevel!: number | null;
  @ApiProperty({ type: [AnalysisRoundDto], description: 'Hver budgetrunde med besparelsesrækker for enheden, stigende.' }) rounds!: AnalysisRoundDto[];
}
