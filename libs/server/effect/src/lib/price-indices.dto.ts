import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { IsOmittable, IsVersion } from '@budgetspor/server/common';
import { IsDecimal, IsOptionalText } from './validators';

export class PutPriceIndexDto {
  @ApiProperty({ example: '103.2', description: 'Pris- og lønindeks (P/L) for året: positivt decimaltal som tekst med højst 6 decimaler. Kun forholdet mellem to års indeks bruges, så basisåret er frit.' })
  @IsDecimal({ positive: true })
  index!: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, example: 'KL, P/L-skøn for serviceudgifter, juni 2016' })
  @IsOptionalText(1000)
  source?: string | null;

  @ApiPropertyOptional({ example: false, description: 'true: en illustrativ værdi (fx demodata), ikke et tal fra en kilde. Udeladt: false.' })
  @IsOmittable()
  @IsBoolean()
  illustrative?: boolean;

  @ApiPropertyOptional({ type: 'integer', example: 1, description: 'Udelades, når året ikke har et indeks endnu; ellers den version, du læste.' })
  @IsOmittable()
  @IsVersion()
  version?: number;
}

export class PriceIndexDto {
  @ApiProperty({ type: 'integer', example: 2016 }) year!: number;
  @ApiProperty({ example: '103.2' }) index!: string;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ example: false }) illustrative!: boolean;
  @ApiProperty({ type: 'integer', example: 1 }) version!: number;
}
