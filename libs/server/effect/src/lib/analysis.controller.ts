import { applyDecorators, Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiSession } from '@budgetspor/server/common';
import { PriceLevelQuery } from '@budgetspor/server/price-levels';
import { AnalysisDto } from './analysis.dto';
import { AnalysisService } from './analysis.service';

const DESCRIPTION =
  'For hver budgetrunde, enheden har besparelsesrækker i: forventet, prognose og realiseret pr. år i perioden, akkumuleret, ' +
  'realiseringsgraden (realiseret ÷ forventet, 4 decimaler, halvt væk fra nul; null når forventet er 0) og den revision af ' +
  'rammeudmeldingen, der satte det forventede. Manglende prognoser og realiserede beløb tæller som 0.';

const Analysis = (what: string, example: string, extra = '') =>
  applyDecorators(
    ApiOperation({ summary: `${what} på tværs af budgetrunder (alle roller)`, description: DESCRIPTION + extra }),
    ApiParam({ name: 'code', example, description: 'Koden, procent-kodet i URL’en (ÆHU → %C3%86HU).' }),
    ApiOkResponse({ type: AnalysisDto }),
    ApiBadRequestResponse({ description: 'Ugyldigt priceLevel, eller et nødvendigt pris- og lønindeks mangler.' }),
    ApiNotFoundResponse({ description: `${what} findes ikke.` }),
  );

@ApiTags('Analyse')
@ApiSession()
@Controller('analysis')
export class AnalysisController {
  constructor(private readonly analysis: AnalysisService) {}

  @Get('tracks/:code')
  @Analysis('Et innovationsspor', 'SELV')
  track(@Param('code') code: string, @Query() query: PriceLevelQuery): Promise<AnalysisDto> {
    return this.analysis.analyse('track', code, query.priceLevel);
  }

  @Get('committees/:code')
  @Analysis('Et udvalg', 'SAU')
  committee(@Param('code') code: string, @Query() query: PriceLevelQuery): Promise<AnalysisDto> {
    return this.analysis.analyse('committee', code, query.priceLevel);
  }

  @Get('administrations/:code')
  @Analysis('En forvaltning', 'SAF', ' Et udvalgs rækker hører til udvalgets forvaltning.')
  administration(@Param('code') code: string, @Query() query: PriceLevelQuery): Promise<AnalysisDto> {
    return this.analysis.analyse('administration', code, query.priceLevel);
  }
}
