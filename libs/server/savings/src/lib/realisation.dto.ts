import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { SavingsViewQuery } from './query-params';

export const GROUP_BYS = ['track', 'committee', 'year', 'administration'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

export class RealisationQuery extends SavingsViewQuery {
  @ApiPropertyOptional({
    enum: GROUP_BYS,
    default: 'track',
    description: 'Nøglen for hver gruppe: sporets kode, udvalgets kode, året (heltal) eller udvalgets forvaltning (administrationCode).',
  })
  @IsOptional()
  @IsIn(GROUP_BYS, { message: 'skal være track, committee, year eller administration' })
  groupBy?: GroupBy;
}

export class RealisationTotalDto {
  @ApiProperty({ example: '52000000', description: 'Sum af forventet.' }) expected!: string;
  @ApiProperty({ example: '47500000', description: 'Sum af prognoser; manglende tæller som 0.' }) forecast!: string;
  @ApiProperty({ example: '13001250.50', description: 'Sum af realiseret; manglende tæller som 0.' }) realised!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '0.2500',
    description:
      'Realiseringsgrad = realiseret ÷ forventet med præcis 4 decimaler, afrundet halvt væk fra nul; null når forventet er 0. ' +
      'Regnet af de uomregnede summer, så den er den samme med og uden ?priceLevel.',
  })
  rate!: string | null;
  @ApiPropertyOptional({
    type: 'integer',
    example: 2016,
    description:
      'Kun med ?priceLevel: det prisniveau, beløbene er vist i ("2016-pris"). Uden står beløbene i budgetrundens eget ' +
      'prisniveau (budgetårets priceLevelYear), og feltet udelades.',
  })
  priceLevel?: number;
}

export class RealisationGroupDto extends RealisationTotalDto {
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'integer' }],
    example: 'SELV',
    description: 'Sporets, udvalgets eller forvaltningens kode (tekst), eller året (heltal).',
  })
  key!: string | number;
}

export class RealisationDto {
  @ApiProperty({ type: [RealisationGroupDto], description: 'Sorteret efter nøgle: koder efter Unicode-kodepunkt, år stigende.' })
  groups!: RealisationGroupDto[];
  @ApiProperty({ type: RealisationTotalDto, description: 'Alle rækker, der matcher filtrene.' })
  total!: RealisationTotalDto;
}
