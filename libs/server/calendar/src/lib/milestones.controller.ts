import { applyDecorators, Body, Controller, createParamDecorator, Delete, ExecutionContext, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { Request } from 'express';
import { ApiSession, AuthUser, CurrentUser, FinanceOnly, parseIntParam, YearParam } from '@budgetspor/server/common';
import { CreateMilestoneDto, MilestoneDto, UpcomingMilestoneDto, UpcomingQuery, UpdateMilestoneDto, VersionQuery } from './milestones.dto';
import { MilestonesService } from './milestones.service';

/** `:fromYear` in the path, judged like `:year`. */
const FromYearParam = createParamDecorator((_: unknown, ctx: ExecutionContext): number =>
  parseIntParam(ctx.switchToHttp().getRequest<Request>().params['fromYear'], 'fromYear', 'et årstal (heltal), fx 2013'),
);

const InYear = () =>
  applyDecorators(
    ApiParam({ name: 'year', type: Number, example: 2014, description: 'Budgetåret.' }),
    ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' }),
  );

const ById = () =>
  applyDecorators(
    ApiParam({ name: 'id', format: 'uuid', description: 'Milepælens id.' }),
    ApiNotFoundResponse({ description: 'Milepælen findes ikke (også når id ikke er en uuid).' }),
  );

const WRITE_CONFLICT = 'Forældet version, eller budgetåret er lukket.';

/** `upcoming` is declared before `:id` on purpose: Express matches routes in declaration order. */
@ApiTags('Årshjul')
@ApiSession()
@Controller()
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Get('budget-years/:year/milestones')
  @ApiOperation({
    summary: 'Budgetårets årshjul: milepæle i datoorden med advarsler (alle roller)',
    description:
      'Hver milepæl har sine advarsler (warnings): 2. behandling mindre end 21 dage efter 1. behandling, og vedtagelse efter ' +
      '15. oktober året før budgetåret. Advarsler forhindrer ikke noget.',
  })
  @InYear()
  @ApiOkResponse({ type: [MilestoneDto] })
  list(@YearParam() year: number): Promise<MilestoneDto[]> {
    return this.milestones.list(year);
  }

  @Post('budget-years/:year/milestones')
  @FinanceOnly()
  @ApiOperation({ summary: 'Opret milepæl (finance)', description: 'Angiv præcis én ansvarlig: responsibleRole eller responsibleCommitteeCode.' })
  @InYear()
  @ApiCreatedResponse({ type: MilestoneDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter, ukendt udvalg, revision eller runde; hvert felt nævnes.' })
  @ApiConflictResponse({ description: 'Budgetåret er lukket.' })
  create(@YearParam() year: number, @Body() dto: CreateMilestoneDto, @CurrentUser() user: AuthUser): Promise<MilestoneDto> {
    return this.milestones.create(year, dto, user);
  }

  @Post('budget-years/:year/milestones/copy-from/:fromYear')
  @FinanceOnly()
  @ApiOperation({
    summary: 'Kopiér et andet års årshjul hertil, flyttet med forskellen i år (finance)',
    description: 'Alle milepæle kopieres som planned og uden links; 29. februar bliver 28. februar i et år uden skuddag. Kun til et budgetår uden milepæle.',
  })
  @InYear()
  @ApiParam({ name: 'fromYear', type: Number, example: 2013, description: 'Budgetåret, der kopieres fra.' })
  @ApiCreatedResponse({ type: [MilestoneDto] })
  @ApiBadRequestResponse({ description: 'fromYear er ikke et årstal eller er det samme år.' })
  @ApiConflictResponse({ description: 'Budgetåret er lukket eller har allerede milepæle, eller fromYear har ingen.' })
  copyFrom(@YearParam() year: number, @FromYearParam() fromYear: number, @CurrentUser() user: AuthUser): Promise<MilestoneDto[]> {
    return this.milestones.copyFrom(year, fromYear, user);
  }

  @Get('milestones/upcoming')
  @ApiOperation({
    summary: 'Kommende og forsinkede milepæle for den indloggede (alle roller)',
    description:
      'Milepæle i åbne budgetår, som ikke er done, dateret højst `days` dage frem (standard 30), samt alle, hvis dato er passeret ' +
      '(overdue). Finance ser alle; andre dem, hvor deres rolle eller et af deres udvalg er ansvarlig. "I dag" er dansk tid.',
  })
  @ApiOkResponse({ type: [UpcomingMilestoneDto] })
  @ApiBadRequestResponse({ description: '"days: skal være et heltal fra 1 til 366".' })
  upcoming(@Query() query: UpcomingQuery, @CurrentUser() user: AuthUser): Promise<UpcomingMilestoneDto[]> {
    return this.milestones.upcoming(user, query.days ?? 30);
  }

  @Get('milestones/:id')
  @ApiOperation({ summary: 'Én milepæl (alle roller)' })
  @ById()
  @ApiOkResponse({ type: MilestoneDto })
  get(@Param('id') id: string): Promise<MilestoneDto> {
    return this.milestones.get(id);
  }

  @Patch('milestones/:id')
  @FinanceOnly()
  @ApiOperation({
    summary: 'Ret milepæl (finance)',
    description: 'Send kun det, der ændres, og den version, du læste. En ansvarlig rolle erstatter et ansvarligt udvalg og omvendt; det samme for de to links.',
  })
  @ById()
  @ApiOkResponse({ type: MilestoneDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter; hvert felt nævnes.' })
  @ApiConflictResponse({ description: WRITE_CONFLICT })
  update(@Param('id') id: string, @Body() dto: UpdateMilestoneDto, @CurrentUser() user: AuthUser): Promise<MilestoneDto> {
    return this.milestones.update(id, dto, user);
  }

  @Delete('milestones/:id')
  @HttpCode(204)
  @FinanceOnly()
  @ApiOperation({ summary: 'Slet milepæl (finance)', description: 'Kræver ?version= med den version, du læste.' })
  @ById()
  @ApiNoContentResponse({ description: 'Slettet.' })
  @ApiBadRequestResponse({ description: 'version mangler eller er ugyldig.' })
  @ApiConflictResponse({ description: WRITE_CONFLICT })
  async remove(@Param('id') id: string, @Query() query: VersionQuery, @CurrentUser() user: AuthUser): Promise<void> {
    await this.milestones.remove(id, query.version, user);
  }
}
