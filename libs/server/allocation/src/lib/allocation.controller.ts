import { BadRequestException, Controller, Get, HttpCode, MessageEvent, Param, Post, Query, Sse } from '@nestjs/common';
import { ApiAcceptedResponse, ApiBadRequestResponse, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { Observable } from 'rxjs';
import { CellExplanation } from '@budgetspor/shared/allocation';
import { actorOf, ApiSession, AuthUser, CODE_PATTERN, CurrentUser, FinanceOnly, parseIntParam, YearParam } from '@budgetspor/server/common';
import { PriceLevelQuery } from '@budgetspor/server/price-levels';
import { AllocationRunDto } from './allocation-run';
import { AllocationService, AllocationView } from './allocation.service';
import { RunEventsService } from './run-events.service';

class RunsQueryDto {
  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'skal være et heltal fra 1 til 500' })
  @Min(1, { message: 'skal være et heltal fra 1 til 500' })
  @Max(500, { message: 'skal være et heltal fra 1 til 500' })
  limit?: number;
}

class RecomputeAcceptedDto {
  @ApiProperty({ format: 'uuid' }) runId!: string;
}

@ApiTags('Fordeling')
@ApiSession()
@Controller('budget-years/:year')
export class AllocationController {
  constructor(
    private readonly allocation: AllocationService,
    private readonly events: RunEventsService,
  ) {}

  @Post('allocation/recompute')
  @HttpCode(202)
  @FinanceOnly()
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiOperation({
    summary: 'Genberegn fordelingen af innovationspuljen (finance)',
    description: 'Lægger en genberegning i kø og svarer straks med kørslens id. Følg den med GET /api/allocation-runs/{id} eller …/events.',
  })
  @ApiAcceptedResponse({ type: RecomputeAcceptedDto })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  @ApiConflictResponse({ description: 'Budgetåret er lukket.' })
  recompute(@YearParam() year: number, @CurrentUser() user: AuthUser): Promise<{ runId: string }> {
    return this.allocation.recompute(year, actorOf(user));
  }

  @Get('allocation')
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiOperation({
    summary: 'Den gældende fordeling: spor × udvalg × år',
    description:
      'Den nyeste gennemførte kørsel. Celler med 0 kr. er udeladt. `unallocated` viser år, hvor intet spor kunne få puljen; ' +
      'i budmodellen er cellerne buddene, og `uncovered` er puljen minus buddene pr. år (negativ ved overbud). Med ?priceLevel ' +
      'er hvert beløb (cellernes amount, `unallocated` og `uncovered`) omregnet for sig og afrundet til hele øre (så det kan have ' +
      'øre), og svaret har `priceLevel`: det prisniveau, beløbene er vist i. Uden står beløbene i budgetrundens eget prisniveau ' +
      '(priceLevelYear), og feltet udelades.',
  })
  @ApiBadRequestResponse({ description: 'Ugyldigt priceLevel, eller et nødvendigt pris- og lønindeks mangler.' })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  current(@YearParam() year: number, @Query() query: PriceLevelQuery): Promise<AllocationView> {
    return this.allocation.current(year, query.priceLevel);
  }

  @Get('allocation-runs')
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiOperation({ summary: 'Budgetårets fordelingskørsler, nyeste først' })
  runs(@YearParam() year: number, @Query() query: RunsQueryDto): Promise<AllocationRunDto[]> {
    return this.allocation.runs(year, query.limit ?? 20);
  }

  @Sse('events')
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiOperation({
    summary: 'Live-hændelser (server-sent events) for budgetåret',
    description: 'Hændelsen `run` sendes, hver gang en fordelingskørsel skifter status: `{"id","budgetYear","status"}`.',
  })
  stream(@YearParam() year: number): Observable<MessageEvent> {
    return this.events.forYear(year);
  }
}

@ApiTags('Fordeling')
@ApiSession()
@Controller('allocation-runs')
export class AllocationRunsController {
  constructor(private readonly allocation: AllocationService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Én fordelingskørsel: status og tider' })
  @ApiOkResponse({ description: '{"id","budgetYear","frameworkRevision","status","error"?,"queuedAt","startedAt","finishedAt", …}' })
  @ApiNotFoundResponse()
  get(@Param('id') id: string): Promise<AllocationRunDto> {
    return this.allocation.run(id);
  }

  @Get(':id/explanation')
  @ApiOperation({
    summary: 'Hvorfor fik cellen sit beløb?',
    description: 'Kvoten (puljen × vægt / sum af vægte), det hele antal kroner under den, resten, og om sporet og udvalget fik en af de overskydende kroner.',
  })
  explain(
    @Param('id') id: string,
    @Query('trackCode') trackCode: string,
    @Query('committeeCode') committeeCode: string,
    @Query('year') year: string,
  ): Promise<CellExplanation> {
    const errors = [
      ...(typeof trackCode === 'string' && CODE_PATTERN.test(trackCode) ? [] : ['trackCode: skal være en sporkode']),
      ...(typeof committeeCode === 'string' && CODE_PATTERN.test(committeeCode) ? [] : ['committeeCode: skal være en udvalgskode']),
    ];
    if (errors.length) throw new BadRequestException(errors);
    return this.allocation.explain(id, { trackCode, committeeCode, year: parseIntParam(year, 'year', 'et årstal (heltal), fx 2014') });
  }
}
