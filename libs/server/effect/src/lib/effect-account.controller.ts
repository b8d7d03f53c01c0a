import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiSession, YearParam } from '@budgetspor/server/common';
import { PriceLevelQuery } from '@budgetspor/server/price-levels';
import { EffectAccountDto } from './effect-account.dto';
import { EffectAccountService } from './effect-account.service';
import { assertYearInRange } from './year-range';

@ApiTags('Effektmål')
@ApiSession()
@Controller('effect-account')
export class EffectAccountController {
  constructor(private readonly account: EffectAccountService) {}

  @Get(':year')
  @ApiOperation({
    summary: 'Effektregnskab for året: hvert mål med indikatorernes værdi mod baseline og mål, og sporenes besparelser (alle roller)',
    description:
      'Fremdrift = 100 × (værdi − baseline) ÷ (mål − baseline), eksakt og afrundet til 1 decimal, halvt væk fra nul. Besparelserne ' +
      'er summen af sporenes besparelsesrækker for året i den nyeste budgetrunde, der har rækker for året (se budgetYear); ' +
      'manglende prognoser og realiserede beløb tæller som 0.',
  })
  @ApiParam({ name: 'year', type: Number, example: 2016 })
  @ApiOkResponse({ type: EffectAccountDto })
  @ApiBadRequestResponse({ description: 'Ugyldigt år eller priceLevel, eller et nødvendigt pris- og lønindeks mangler.' })
  get(@YearParam() year: number, @Query() query: PriceLevelQuery): Promise<EffectAccountDto> {
    return this.account.account(assertYearInRange(year), query.priceLevel);
  }
}
