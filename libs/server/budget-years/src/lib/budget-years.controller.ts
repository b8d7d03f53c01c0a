import { Body, Controller, Get, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { actorOf, ApiSession, AuthUser, CurrentUser, FinanceOnly, YearParam } from '@budgetspor/server/common';
import { BudgetYearDto, CreateBudgetYearDto, UpdateBudgetYearDto } from './budget-years.dto';
import { BudgetYearsService } from './budget-years.service';

@ApiTags('Budgetår')
@ApiSession()
@Controller('budget-years')
export class BudgetYearsController {
  constructor(private readonly budgetYears: BudgetYearsService) {}

  @Get()
  @ApiOperation({ summary: 'Budgetår, sorteret efter år (alle roller)' })
  @ApiOkResponse({ type: [BudgetYearDto] })
  list(): Promise<BudgetYearDto[]> {
    return this.budgetYears.list();
  }

  @Get(':year')
  @ApiOperation({ summary: 'Ét budgetår (alle roller)' })
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiOkResponse({ type: BudgetYearDto })
  @ApiBadRequestResponse({ description: 'year er ikke et årstal.' })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  get(@YearParam() year: number): Promise<BudgetYearDto> {
    return this.budgetYears.get(year);
  }

  @Post()
  @FinanceOnly()
  @ApiOperation({ summary: 'Opret budgetår i status draft (finance)' })
  @ApiCreatedResponse({ type: BudgetYearDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes.' })
  @ApiConflictResponse({ description: 'Budgetåret findes allerede.' })
  create(@Body() dto: CreateBudgetYearDto, @CurrentUser() user: AuthUser): Promise<BudgetYearDto> {
    return this.budgetYears.create(dto, actorOf(user));
  }

  @Patch(':year')
  @FinanceOnly()
  @ApiOperation({
    summary: 'Ret budgetår eller flyt dets status fremad (finance)',
    description: 'Status går kun fremad, ét eller flere trin: draft → framework_announced → agreed → closed. Et lukket budgetår kan ikke ændres.',
  })
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiOkResponse({ type: BudgetYearDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes.' })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  @ApiConflictResponse({ description: 'Forældet version, samme eller tidligere status, eller budgetåret er lukket.' })
  update(@YearParam() year: number, @Body() dto: UpdateBudgetYearDto, @CurrentUser() user: AuthUser): Promise<BudgetYearDto> {
    return this.budgetYears.update(year, dto, actorOf(user));
  }
}
