import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCode, IsOmittable, IsShortText, IsVersion } from '@budgetspor/server/common';

export class CreateAdministrationDto {
  @ApiProperty({ example: 'ÆHF', description: '1–16 tegn: bogstaver (også Æ Ø Å), cifre, - og _. Skelner store/små bogstaver.' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Ældre- og Handicapforvaltningen' })
  @IsShortText()
  name!: string;
}

export class UpdateAdministrationDto {
  @ApiPropertyOptional({ example: 'Ældre- og Handicapforvaltningen' })
  @IsOmittable()
  @IsShortText()
  name?: string;

  @ApiProperty({ example: 1 })
  @IsVersion()
  version!: number;
}

export class AdministrationDto {
  @ApiProperty({ example: 'ÆHF' }) code!: string;
  @ApiProperty({ example: 'Ældre- og Handicapforvaltningen' }) name!: string;
  @ApiProperty({ example: 1 }) version!: number;
}

export class CreateCommitteeDto {
  @ApiProperty({ example: 'ÆHU' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Ældre- og Handicapudvalget' })
  @IsShortText()
  name!: string;

  @ApiProperty({ example: 'ÆHF', description: 'Den forvaltning, der betjener udvalget.' })
  @IsCode()
  administrationCode!: string;
}

export class UpdateCommitteeDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsShortText()
  name?: string;

  @ApiPropertyOptional({ example: 'ÆHF' })
  @IsOmittable()
  @IsCode()
  administrationCode?: string;

  @ApiProperty({ example: 1 })
  @IsVersion()
  version!: number;
}

export class CommitteeDto {
  @ApiProperty({ example: 'ÆHU' }) code!: string;
  @ApiProperty({ example: 'Ældre- og Handicapudvalget' }) name!: string;
  @ApiProperty({ example: 'ÆHF' }) administrationCode!: string;
  @ApiProperty({ example: 1 }) version!: number;
}
