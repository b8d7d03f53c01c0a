import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ApiSession, Roles } from '@budgetspor/server/common';
import { AuditRow, AuditService } from './audit.service';

export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'track', description: 'fx user, administration, committee, budget_year, track, framework' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityType?: string;

  @ApiPropertyOptional({ example: 'SVR', description: 'Ressourcens id eller nøgle som i dens URL.' })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  entityId?: string;

  @ApiPropertyOptional({ default: 100, minimum: 1, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'skal være et heltal fra 1 til 1000' })
  @Min(1, { message: 'skal være et heltal fra 1 til 1000' })
  @Max(1000, { message: 'skal være et heltal fra 1 til 1000' })
  limit?: number;
}

export class AuditRowDto {
  @ApiProperty({ example: '42' }) id!: string;
  @ApiProperty({ format: 'date-time' }) at!: string;
  @ApiProperty({ example: 'oekonomi@odense.dk', description: 'Brugerens e-mail, eller "system" for baggrundsjob.' }) actor!: string;
  @ApiProperty({ example: 'update' }) action!: string;
  @ApiProperty({ example: 'track' }) entityType!: string;
  @ApiProperty({ example: 'SVR' }) entityId!: string;
  @ApiProperty({ nullable: true, type: Object, description: 'Ressourcen som API’et returnerede den før ændringen.' }) before!: unknown;
  @ApiProperty({ nullable: true, type: Object, description: 'Ressourcen efter ændringen.' }) after!: unknown;
}

@ApiTags('Revisionsspor')
@ApiSession()
@Controller('audit')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @Roles('finance', 'director', 'admin')
  @ApiOperation({ summary: 'Revisionsspor, nyeste først (finance, director, admin)', description: 'Rækkerne kan hverken ændres eller slettes.' })
  @ApiOkResponse({ type: [AuditRowDto] })
  list(@Query() query: AuditQueryDto): Promise<AuditRow[]> {
    return this.audit.list({ entityType: query.entityType, entityId: query.entityId, limit: query.limit ?? 100 });
  }
}
