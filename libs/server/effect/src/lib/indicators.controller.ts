import { applyDecorators, Body, Controller, Get, Param, Patch, Put, Res } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { actorOf, ApiSession, AuthUser, CurrentUser, Roles, YearParam } from '@budgetspor/server/common';
import { IndicatorDto, IndicatorValueDto, PutIndicatorValueDto, UpdateIndicatorDto } from './indicators.dto';
import { IndicatorsService } from './indicators.service';
import { assertYearInRange } from './year-range';

const ById = () =>
  applyDecorators(
    ApiParam({ name: 'id', format: 'uuid', description: 'Indikatorens id.' }),
    ApiNotFoundResponse({ description: 'Indikatoren findes ikke (også når id ikke er en uuid).' }),
  );

@ApiTags('Effektmål')
@ApiSession()
@Controller('indicators')
export class IndicatorsController {
  constructor(private readonly indicators: IndicatorsService) {}

  @Get(':id')
  @ApiOperation({ summary: 'Én indikator med dens årlige værdier (alle roller)' })
  @ById()
  @ApiOkResponse({ type: IndicatorDto })
  get(@Param('id') id: string): Promise<IndicatorDto> {
    return this.indicators.get(id);
  }

  @Patch(':id')
  @Roles('finance', 'admin')
  @ApiOperation({
    summary: 'Ret indikator (finance, admin)',
    description: 'Reglerne for en hel indikator gælder resultatet. kind kan kun skifte, mens indikatoren ingen værdier har.',
  })
  @ById()
  @ApiOkResponse({ type: IndicatorDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes.' })
  @ApiForbiddenResponse({ description: 'Kun finance og admin må rette indikatorer.' })
  @ApiConflictResponse({ description: 'Forældet version, eller kind skifter på en indikator med værdier.' })
  update(@Param('id') id: string, @Body() dto: UpdateIndicatorDto, @CurrentUser() user: AuthUser): Promise<IndicatorDto> {
    return this.indicators.update(id, dto, actorOf(user));
  }

  @Put(':id/values/:year')
  @Roles('finance', 'admin', 'committee')
  @ApiOperation({
    summary: 'Indtast årets værdi (finance, admin; committee for mål, egne udvalg ejer)',
    description:
      'Opretter (201) eller erstatter (200) hele årets værdi. Uden version oprettes værdien (409 hvis den findes); med version ' +
      'erstattes præcis den version (409 hvis forældet). Kvantitativ: value (decimaltal som tekst) skal udfyldes, status beregnes. ' +
      'Kvalitativ: assessment og status skal udfyldes, value udelades. sourceNote angiver kilden, fx "Illustrativ værdi".',
  })
  @ById()
  @ApiParam({ name: 'year', type: Number, example: 2018 })
  @ApiCreatedResponse({ type: IndicatorValueDto, description: 'Året havde ingen værdi; nu har det.' })
  @ApiOkResponse({ type: IndicatorValueDto, description: 'Årets værdi er erstattet.' })
  @ApiBadRequestResponse({ description: 'Ugyldige felter eller år; hvert felt nævnes.' })
  @ApiForbiddenResponse({ description: 'Udvalgsbrugere kun for mål, deres udvalg ejer; direktører aldrig.' })
  @ApiConflictResponse({ description: 'Forældet eller manglende version.' })
  async putValue(
    @Param('id') id: string,
    @YearParam() year: number,
    @Body() dto: PutIndicatorValueDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<IndicatorValueDto> {
    const { created, value } = await this.indicators.putValue(id, assertYearInRange(year), dto, user);
    res.status(created ? 201 : 200);
    return value;
  }
}
