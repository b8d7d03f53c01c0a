import { applyDecorators, Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
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
import { actorOf, ApiSession, AuthUser, CurrentUser, Roles } from '@budgetspor/server/common';
import { CreateEffectGoalDto, EffectGoalDto, GoalListQuery, UpdateEffectGoalDto } from './goals.dto';
import { GoalsService } from './goals.service';
import { CreateIndicatorDto, IndicatorDto } from './indicators.dto';
import { IndicatorsService } from './indicators.service';

const ById = () =>
  applyDecorators(
    ApiParam({ name: 'id', format: 'uuid', description: 'Effektmålets id.' }),
    ApiNotFoundResponse({ description: 'Effektmålet findes ikke (også når id ikke er en uuid).' }),
  );

const WRITERS = 'Kun finance og admin må oprette og rette effektmål og indikatorer.';

@ApiTags('Effektmål')
@ApiSession()
@Controller('effect-goals')
export class GoalsController {
  constructor(
    private readonly goals: GoalsService,
    private readonly indicators: IndicatorsService,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Effektmål (Odensemål og udvalgsmål) med indikatorer og årlige værdier, i oprettelsesrækkefølge (alle roller)' })
  @ApiOkResponse({ type: [EffectGoalDto] })
  @ApiBadRequestResponse({ description: 'Ugyldigt filter, fx "level: skal være municipal eller committee".' })
  list(@Query() query: GoalListQuery): Promise<EffectGoalDto[]> {
    return this.goals.list(query);
  }

  @Get(':id')
  @ApiOperation({ summary: 'Ét effektmål med indikatorer og årlige værdier (alle roller)' })
  @ById()
  @ApiOkResponse({ type: EffectGoalDto })
  get(@Param('id') id: string): Promise<EffectGoalDto> {
    return this.goals.get(id);
  }

  @Post()
  @Roles('finance', 'admin')
  @ApiOperation({
    summary: 'Opret effektmål (finance, admin)',
    description: 'Et udvalgsmål (committee) skal have mindst ét udvalg og kan ligge under et Odensemål (municipal); et Odensemål ligger ikke under noget.',
  })
  @ApiCreatedResponse({ type: EffectGoalDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter, ukendte udvalg, spor eller overordnet mål; hvert felt nævnes.' })
  @ApiForbiddenResponse({ description: WRITERS })
  create(@Body() dto: CreateEffectGoalDto, @CurrentUser() user: AuthUser): Promise<EffectGoalDto> {
    return this.goals.create(dto, actorOf(user));
  }

  @Patch(':id')
  @Roles('finance', 'admin')
  @ApiOperation({ summary: 'Ret effektmål; committeeCodes og trackCodes erstatter hele listen (finance, admin)' })
  @ById()
  @ApiOkResponse({ type: EffectGoalDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes.' })
  @ApiForbiddenResponse({ description: WRITERS })
  @ApiConflictResponse({ description: 'Forældet version: en anden har rettet målet siden.' })
  update(@Param('id') id: string, @Body() dto: UpdateEffectGoalDto, @CurrentUser() user: AuthUser): Promise<EffectGoalDto> {
    return this.goals.update(id, dto, actorOf(user));
  }

  @Post(':id/indicators')
  @Roles('finance', 'admin')
  @ApiOperation({
    summary: 'Opret indikator under effektmålet (finance, admin)',
    description:
      'Kvantitativ: unit, direction, baselineYear, baselineValue, targetYear og targetValue skal udfyldes; målet ligger senere end ' +
      'baseline og er bedre i den angivne retning. Kvalitativ: de felter udelades. Værdier er decimaltal som tekst.',
  })
  @ById()
  @ApiCreatedResponse({ type: IndicatorDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes, fx "targetValue: skal være større end baselineValue (60), når direction er higher".' })
  @ApiForbiddenResponse({ description: WRITERS })
  createIndicator(@Param('id') id: string, @Body() dto: CreateIndicatorDto, @CurrentUser() user: AuthUser): Promise<IndicatorDto> {
    return this.indicators.create(id, dto, actorOf(user));
  }
}
