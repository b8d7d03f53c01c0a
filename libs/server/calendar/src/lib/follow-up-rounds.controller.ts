import { Body, Controller, Get, HttpCode, Param, Post, Put, Query, StreamableFile, UseInterceptors, applyDecorators } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ApiSession, AuthUser, CurrentUser, FinanceOnly, Roles, YearParam } from '@budgetspor/server/common';
import { FollowUpCellsService } from './follow-up-cells.service';
import {
  CellsQuery,
  CloseRoundDto,
  CompareExportQuery,
  CompareQuery,
  ConfirmCellDto,
  FollowUpCellDto,
  FollowUpRoundDto,
  ForecastHistoryDto,
  HistoryQuery,
  OpenRoundDto,
  RoundComparisonDto,
} from './follow-up-rounds.dto';
import { FollowUpRoundsService } from './follow-up-rounds.service';
import { RoundComparisonService } from './round-comparison.service';
import { AuditExportInterceptor } from '@budgetspor/server/audit';

const InYear = () =>
  applyDecorators(
    ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' }),
    ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' }),
  );

const ById = () =>
  applyDecorators(
    ApiParam({ name: 'id', format: 'uuid', description: 'Rundens id.' }),
    ApiNotFoundResponse({ description: 'Runden findes ikke (også når id ikke er en uuid).' }),
  );

/** `compare` and `history` are fixed words under the year, declared before nothing that could swallow them. */
@ApiTags('Budgetopfølgning')
@ApiSession()
@Controller()
export class FollowUpRoundsController {
  constructor(
    private readonly rounds: FollowUpRoundsService,
    private readonly cells: FollowUpCellsService,
    private readonly comparison: RoundComparisonService,
  ) {}

  @Get('budget-years/:year/follow-up-rounds')
  @ApiOperation({ summary: 'Budgetårets opfølgningsrunder efter asOf, med fremdrift pr. udvalg (alle roller)' })
  @InYear()
  @ApiOkResponse({ type: [FollowUpRoundDto] })
  list(@YearParam() year: number): Promise<FollowUpRoundDto[]> {
    return this.rounds.list(year);
  }

  @Post('budget-years/:year/follow-up-rounds')
  @FinanceOnly()
  @ApiOperation({ summary: 'Åbn en opfølgningsrunde "pr. <dato>" med en frist (finance)', description: 'Højst én åben runde pr. budgetår.' })
  @InYear()
  @ApiCreatedResponse({ type: FollowUpRoundDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter, fx "deadline: må ikke ligge før asOf (2014-06-30)".' })
  @ApiConflictResponse({ description: 'Budgetåret er lukket, eller det har allerede en åben runde.' })
  open(@YearParam() year: number, @Body() dto: OpenRoundDto, @CurrentUser() user: AuthUser): Promise<FollowUpRoundDto> {
    return this.rounds.open(year, dto, user);
  }

  @Get('budget-years/:year/follow-up-rounds/compare')
  @ApiOperation({
    summary: 'Hvad har ændret sig mellem to runder: prognosen pr. celle i hver og forskellen, summeret pr. spor og udvalg (alle roller)',
    description: 'En lukket runde tæller med sit øjebliksbillede, en åben med de nuværende tal. Manglende prognoser tæller som 0 i forskelle og summer.',
  })
  @InYear()
  @ApiOkResponse({ type: RoundComparisonDto })
  @ApiBadRequestResponse({ description: 'from eller to mangler eller er ikke et id.' })
  compare(@YearParam() year: number, @Query() query: CompareQuery): Promise<RoundComparisonDto> {
    return this.comparison.compare(year, query);
  }

  @Get('budget-years/:year/follow-up-rounds/compare/export')
  @UseInterceptors(AuditExportInterceptor)
  @ApiOperation({
    summary: 'Sammenligningen af to runder som regneark (alle roller)',
    description:
      'Samme tal og filtre som GET …/compare: én række pr. celle (Type "Celle"), derefter summer pr. spor ("Spor i alt"), ' +
      'pr. udvalg ("Udvalg i alt") og i alt. XLSX (standard) med danske talformater, eller CSV (?format=csv) med ";" og ' +
      'decimalkomma som de øvrige eksporter. Filnavnet har de to runders datoer, fx opfoelgning-2014-2014-03-31-2014-06-30.xlsx.',
  })
  @InYear()
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiResponse({ status: 200, description: 'Filen; navnet står i Content-Disposition.' })
  @ApiBadRequestResponse({ description: 'from eller to mangler eller er ikke et id, eller format er ukendt.' })
  compareExport(@YearParam() year: number, @Query() query: CompareExportQuery): Promise<StreamableFile> {
    return this.comparison.compareFile(year, query);
  }

  @Get('budget-years/:year/follow-up-rounds/history')
  @ApiOperation({
    summary: 'En celles, et spors eller et udvalgs prognose gennem budgetårets lukkede runder (alle roller)',
    description: 'Filtrene savingId, trackCode og committeeCode kombineres; uden filtre hele budgetåret.',
  })
  @InYear()
  @ApiOkResponse({ type: [ForecastHistoryDto] })
  history(@YearParam() year: number, @Query() query: HistoryQuery): Promise<ForecastHistoryDto[]> {
    return this.comparison.history(year, query);
  }

  @Get('follow-up-rounds/:id')
  @ApiOperation({ summary: 'Én opfølgningsrunde med fremdrift pr. udvalg: celler bekræftet af i alt (alle roller)' })
  @ById()
  @ApiOkResponse({ type: FollowUpRoundDto })
  get(@Param('id') id: string): Promise<FollowUpRoundDto> {
    return this.rounds.get(id);
  }

  @Get('follow-up-rounds/:id/cells')
  @ApiOperation({ summary: 'Rundens celler: nuværende tal i en åben runde, øjebliksbilledet i en lukket (alle roller)' })
  @ById()
  @ApiOkResponse({ type: [FollowUpCellDto] })
  cellList(@Param('id') id: string, @Query() query: CellsQuery): Promise<FollowUpCellDto[]> {
    return this.cells.list(id, query);
  }

  @Put('follow-up-rounds/:id/cells/:savingId')
  @Roles('finance', 'committee')
  @ApiOperation({
    summary: 'Indtast eller bekræft en celles prognose, status og kommentar i runden (finance; committee for egne udvalg)',
    description: 'Opdaterer besparelsesrækken som PATCH /api/savings/:id (samme version) og markerer cellen som bekræftet i runden.',
  })
  @ById()
  @ApiParam({ name: 'savingId', format: 'uuid', description: 'Besparelsesrækkens id.' })
  @ApiOkResponse({ type: FollowUpCellDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes.' })
  @ApiForbiddenResponse({ description: 'Kun finance, eller committee for celler under egne udvalg.' })
  @ApiConflictResponse({ description: 'Runden eller budgetåret er lukket, eller versionen er forældet.' })
  confirm(
    @Param('id') id: string,
    @Param('savingId') savingId: string,
    @Body() dto: ConfirmCellDto,
    @CurrentUser() user: AuthUser,
  ): Promise<FollowUpCellDto> {
    return this.cells.confirm(id, savingId, dto, user);
  }

  @Post('follow-up-rounds/:id/close')
  @HttpCode(200)
  @FinanceOnly()
  @ApiOperation({
    summary: 'Luk runden: et fastfrosset øjebliksbillede af hver celle (finance)',
    description: 'Forventet, prognose, realiseret, status, kommentar, hvem og hvornår for hver besparelsesrække i budgetåret. Kan aldrig ændres bagefter.',
  })
  @ById()
  @ApiOkResponse({ type: FollowUpRoundDto })
  @ApiConflictResponse({ description: 'Runden er allerede lukket, versionen er forældet, eller budgetåret er lukket.' })
  close(@Param('id') id: string, @Body() dto: CloseRoundDto, @CurrentUser() user: AuthUser): Promise<FollowUpRoundDto> {
    return this.rounds.close(id, dto, user);
  }
}
