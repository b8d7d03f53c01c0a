import { Body, Controller, Get, Put } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { actorOf, ApiSession, AuthUser, CurrentUser, FinanceOnly, YearParam } from '@budgetspor/server/common';
import { BidsDto, ReplaceBidsDto } from './bids.dto';
import { BidsService } from './bids.service';

@ApiTags('Bud')
@ApiSession()
@ApiParam({ name: 'year', type: Number, example: 2013, description: 'Budgetåret.' })
@ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
@Controller('budget-years/:year/bids')
export class BidsController {
  constructor(private readonly bids: BidsService) {}

  @Get()
  @ApiOperation({ summary: 'Budårets bud med summer og udækket pulje pr. år (alle roller)' })
  @ApiOkResponse({ type: BidsDto })
  get(@YearParam() year: number): Promise<BidsDto> {
    return this.bids.get(year);
  }

  @Put()
  @FinanceOnly()
  @ApiOperation({
    summary: 'Erstat budårets bud (finance)',
    description:
      'Kun når den gældende rammeudmelding har allocationMethod "bids". Hvert bud: et spor, et af sporets udvalg, et år i ' +
      'budgetperioden og hele kroner ≥ 0. Svarer med de gemte bud, summen pr. år og udækket = pulje − bud (negativ ved overbud).',
  })
  @ApiOkResponse({ type: BidsDto })
  @ApiBadRequestResponse({ description: 'Ugyldige bud, fx "entries.0.committeeCode: udvalget ØU har ingen andel i sporet SELV".' })
  @ApiConflictResponse({ description: 'Ingen rammeudmelding, den gældende fordeler top-down, eller budgetåret er lukket.' })
  replace(@YearParam() year: number, @Body() dto: ReplaceBidsDto, @CurrentUser() user: AuthUser): Promise<BidsDto> {
    return this.bids.replace(year, dto, actorOf(user));
  }
}
