import { Body, Controller, Get, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import { actorOf, ApiSession, AuthUser, CurrentUser, FinanceOnly, RevisionParam, RevisionQuery, YearParam } from '@budgetspor/server/common';
import { CreateFrameworkDto, FrameworkDiffDto, FrameworkDto } from './frameworks.dto';
import { FrameworksService } from './frameworks.service';

/**
 * `current` and `diff` are declared before `:revision` on purpose: Express matches routes in
 * declaration order, and `:revision` would otherwise swallow them.
 */
@ApiTags('Rammeudmeldinger')
@ApiSession()
@ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' })
@ApiNotFoundResponse({ description: 'Budgetåret (eller revisionen) findes ikke.' })
@Controller('budget-years/:year/frameworks')
export class FrameworksController {
  constructor(private readonly frameworks: FrameworksService) {}

  @Get()
  @ApiOperation({ summary: 'Alle revisioner af rammeudmeldingen, ældste først (alle roller)' })
  @ApiOkResponse({ type: [FrameworkDto] })
  list(@YearParam() year: number): Promise<FrameworkDto[]> {
    return this.frameworks.list(year);
  }

  @Get('current')
  @ApiOperation({ summary: 'Den gældende (nyeste) rammeudmelding (alle roller)', description: '404, hvis budgetåret endnu ingen rammeudmelding har.' })
  @ApiOkResponse({ type: FrameworkDto })
  current(@YearParam() year: number): Promise<FrameworkDto> {
    return this.frameworks.current(year);
  }

  @Get('diff')
  @ApiOperation({
    summary: 'Forskellen mellem to revisioner (alle roller)',
    description:
      'Puljen år for år (from, to og change = to − from som kronetekst med fortegn), spor tilføjet, fjernet og med ændret vægt, ' +
      'og methodChanged, når fordelingsmetoden er skiftet. from og to kan være i vilkårlig rækkefølge.',
  })
  @ApiQuery({ name: 'from', type: Number, example: 1 })
  @ApiQuery({ name: 'to', type: Number, example: 2 })
  @ApiOkResponse({ type: FrameworkDiffDto })
  @ApiBadRequestResponse({ description: 'from eller to mangler eller er ikke et revisionsnummer.' })
  diff(@YearParam() year: number, @RevisionQuery('from') from: number, @RevisionQuery('to') to: number): Promise<FrameworkDiffDto> {
    return this.frameworks.diff(year, from, to);
  }

  @Get(':revision')
  @ApiOperation({ summary: 'Én revision af rammeudmeldingen (alle roller)' })
  @ApiParam({ name: 'revision', type: Number, example: 1 })
  @ApiOkResponse({ type: FrameworkDto })
  @ApiBadRequestResponse({ description: 'revision er ikke et positivt heltal.' })
  get(@YearParam() year: number, @RevisionParam() revision: number): Promise<FrameworkDto> {
    return this.frameworks.get(year, revision);
  }

  @Post()
  @FinanceOnly()
  @ApiOperation({
    summary: 'Udmeld en ny revision af rammen (finance)',
    description:
      'Hver kald giver næste revision (1, 2, …); den nyeste er gældende. Et budgetår i draft flyttes til framework_announced. ' +
      'Puljen skal have præcis budgetperiodens fire år, hvert et helt antal kroner ≥ 0 som tekst.',
  })
  @ApiCreatedResponse({ type: FrameworkDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter, fx "pool.2015: …" eller "trackWeights.0.trackCode: sporet X findes ikke".' })
  @ApiConflictResponse({ description: 'Budgetåret er lukket.' })
  create(@YearParam() year: number, @Body() dto: CreateFrameworkDto, @CurrentUser() user: AuthUser): Promise<FrameworkDto> {
    return this.frameworks.create(year, dto, actorOf(user));
  }
}
