import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import { IsCode, IsOmittable, IsVersion } from '@budgetspor/server/common';

const NAME = { message: 'skal være 1–200 tegn' };

export class CreateAdministrationDto {
  @ApiProperty({ example: 'ÆHF', description: '1–16 tegn: bogstaver (også Æ Ø Å), cifre, - og _. Skelner store/små bogstaver.' })
  @IsCode()
  code!: string;

  @ApiProperty({ example: 'Ældre- og Handicapforvaltningen' })
  @IsString()
  @Length(1, 200, NAME)
  name!: string;
}

export class UpdateAdministrationDto {
  @ApiPropertyOptional({ example: 'Ældre- og Handicapforvaltningen' })
  @IsOmittable()
  @IsString()
  @Length(1, 200, NAME)
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
  @IsString()
  @Length(1, 200, NAME)
  name!: string;

  @ApiProperty({ example: 'ÆHF', description: 'Den forvaltning, der betjener udvalget.' })
  @IsCode()
  administrationCode!: string;
}

export class UpdateCommitteeDto {
  @ApiPropertyOptional()
  @IsOmittable()
  @IsString()
  @Length(1, 200, NAME)
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
