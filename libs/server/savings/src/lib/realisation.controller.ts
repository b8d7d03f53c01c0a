import { Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiSession, YearParam } from '@budgetspor/server/common';
import { RealisationDto, RealisationQuery } from './realisation.dto';
import { RealisationService } from './realisation.service';

@ApiTags('Besparelser')
@ApiSession()
@Controller('budget-years/:year/realisation')
export class RealisationController {
  constructor(private readonly realisation: RealisationService) {}

  @Get()
  @ApiOperation({
    summary: 'Realiseringsgrad: forventet, prognose og realiseret summeret pr. spor, udvalg, forvaltning eller år (alle roller)',
    description:
      'groupBy=track (standard), committee, administration (udvalgets forvaltning) eller year. Manglende prognoser og realiserede ' +
      'beløb tæller som 0; summerne er eksakte. rate = realiseret ÷ forventet med 4 decimaler, afrundet halvt væk fra nul, ' +
      'eller null når forventet er 0. Filtrene trackCode og committeeCode gælder både grupper og total. Med ?priceLevel er hver ' +
      'gruppes og totalens summer omregnet fra den eksakte sum (en omregnet total er derfor ikke altid summen af de omregnede ' +
      'grupper), og hver har priceLevel; rate regnes af de uomregnede summer og er den samme med og uden ?priceLevel.',
  })
  @ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' })
  @ApiOkResponse({ type: RealisationDto })
  @ApiBadRequestResponse({
    description: 'Ugyldig parameter, fx "groupBy: skal være track, committee, year eller administration", eller et nødvendigt pris- og lønindeks mangler.',
  })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  get(@YearParam() year: number, @Query() query: RealisationQuery): Promise<RealisationDto> {
    return this.realisation.realisation(year, query);
  }
}
