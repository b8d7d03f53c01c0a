import { Body, Controller, Get, Put, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { actorOf, ApiSession, AuthUser, CurrentUser, FinanceOnly, YearParam } from '@budgetspor/server/common';
import { PriceIndexDto, PutPriceIndexDto } from './price-indices.dto';
import { PriceIndicesService } from './price-indices.service';
import { assertYearInRange } from './year-range';

@ApiTags('Prisniveauer')
@ApiSession()
@Controller('price-indices')
export class PriceIndicesController {
  constructor(private readonly indices: PriceIndicesService) {}

  @Get()
  @ApiOperation({ summary: 'Pris- og lønindeks pr. år, år stigende (alle roller)' })
  @ApiOkResponse({ type: [PriceIndexDto] })
  list(): Promise<PriceIndexDto[]> {
    return this.indices.list();
  }

  @Put(':year')
  @FinanceOnly()
  @ApiOperation({
    summary: 'Indtast årets pris- og lønindeks (finance)',
    description: 'Opretter (201) eller erstatter (200) årets indeks. Uden version oprettes det (409 hvis det findes); med version erstattes præcis den version (409 hvis forældet).',
  })
  @ApiParam({ name: 'year', type: Number, example: 2016 })
  @ApiCreatedResponse({ type: PriceIndexDto, description: 'Året havde intet indeks; nu har det.' })
  @ApiOkResponse({ type: PriceIndexDto, description: 'Årets indeks er erstattet.' })
  @ApiBadRequestResponse({ description: 'Ugyldige felter eller år; hvert felt nævnes, fx "index: skal være større end 0".' })
  @ApiConflictResponse({ description: 'Forældet eller manglende version.' })
  async put(
    @YearParam() year: number,
    @Body() dto: PutPriceIndexDto,
    @CurrentUser() user: AuthUser,
    @Res({ passthrough: true }) res: Response,
  ): Promise<PriceIndexDto> {
    const { created, value } = await this.indices.put(assertYearInRange(year), dto, actorOf(user));
    res.status(created ? 201 : 200);
    return value;
  }
}
