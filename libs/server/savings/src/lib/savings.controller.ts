import { applyDecorators, Body, Controller, Get, Param, Patch, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ApiSession, AuthUser, CurrentUser, Roles, YearParam } from '@budgetspor/server/common';
import { SavingsListQuery } from './query-params';
import { SavingsListRowDto, SavingsRowDto, UpdateSavingsDto } from './savings.dto';
import { SavingsService } from './savings.service';

/** The routes that address one savings row by its id. */
const ById = () =>
  applyDecorators(
    ApiParam({ name: 'id', format: 'uuid', example: '5f0c7d2e-3b1a-4c8e-9f6d-2a4b8c1d0e7f', description: 'Rækkens id fra listen.' }),
    ApiNotFoundResponse({ description: 'Rækken findes ikke (også når id ikke er en uuid).' }),
  );

@ApiTags('Besparelser')
@ApiSession()
@Controller()
export class SavingsController {
  constructor(private readonly savings: SavingsService) {}

  @Get('budget-years/:year/savings')
  @ApiOperation({
    summary: 'Budgetårets besparelser: én række pr. spor × udvalg × år (alle roller)',
    description:
      'Sorteret efter sporkode, udvalgskode (Unicode-kodepunkter) og år. Alle matchende rækker, medmindre limit/offset er givet. ' +
      'forecast og realised er null, indtil de er indtastet; en celle, der er faldet ud af fordelingen, står med expected "0". ' +
      'Med ?priceLevel er expected, forecast og realised omregnet hver for sig og afrundet til hele øre (så de kan have øre), ' +
      'og hver række har priceLevel; en sådan liste kan ikke bruges til at rette rækkerne (PATCH tager beløb i rundens eget prisniveau).',
  })
  @ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' })
  @ApiOkResponse({ type: [SavingsListRowDto] })
  @ApiBadRequestResponse({
    description: 'Ugyldig parameter, fx "limit: skal være et heltal fra 1 til 10000", eller et nødvendigt pris- og lønindeks mangler.',
  })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  list(@YearParam() year: number, @Query() query: SavingsListQuery): Promise<SavingsListRowDto[]> {
    return this.savings.list(year, query);
  }

  @Get('savings/:id')
  @ApiOperation({ summary: 'Én besparelsesrække (alle roller)' })
  @ById()
  @ApiOkResponse({ type: SavingsRowDto })
  get(@Param('id') id: string): Promise<SavingsRowDto> {
    return this.savings.get(id);
  }

  @Patch('savings/:id')
  @Roles('finance', 'committee')
  @ApiOperation({
    summary: 'Indtast prognose, realiseret, status og kommentar (finance; committee for egne udvalg)',
    description:
      'Send kun de felter, der ændres, og den version, du læste. Beløb er kroner som tekst med højst 2 decimaler og må være ' +
      'negative; null sletter prognose eller realiseret. Forventet (expected) kommer fra puljefordelingen og kan ikke rettes her.',
  })
  @ById()
  @ApiOkResponse({ type: SavingsRowDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes, fx "realised: skal være et beløb i kroner …".' })
  @ApiForbiddenResponse({ description: 'Kun finance, eller committee for rækker under egne udvalg.' })
  @ApiConflictResponse({ description: 'Forældet version, eller budgetåret er lukket.' })
  update(@Param('id') id: string, @Body() dto: UpdateSavingsDto, @CurrentUser() user: AuthUser): Promise<SavingsRowDto> {
    return this.savings.update(id, dto, user);
  }
}
