import { Controller, Delete, Get, Header, HttpCode, Post, Query, Res, UnauthorizedException } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiProperty,
  ApiQuery,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiSession, AuthUser, CurrentUser, Public, YearParam } from '@budgetspor/server/common';
import { CalendarTokensService } from './calendar-tokens.service';
import { MilestonesService } from './milestones.service';

export class CalendarTokenDto {
  @ApiProperty({ example: 'q3Vn0k2w…', description: 'Vises kun denne ene gang. Sæt det i feedets adresse: /api/budget-years/2014/calendar.ics?token=…' })
  token!: string;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
}

/** The user's own token, behind the session like every other route. */
@ApiTags('Årshjul')
@ApiSession()
@Controller('auth/calendar-token')
export class CalendarTokenController {
  constructor(private readonly tokens: CalendarTokensService) {}

  @Post()
  @ApiOperation({
    summary: 'Opret eller forny dit kalendertoken til iCalendar-feedet (alle roller)',
    description: 'Et nyt token erstatter det gamle, så abonnementer med det gamle holder op med at virke. Kun tokenets hash gemmes.',
  })
  @ApiCreatedResponse({ type: CalendarTokenDto })
  create(@CurrentUser() user: AuthUser): Promise<CalendarTokenDto> {
    return this.tokens.create(user);
  }

  @Delete()
  @HttpCode(204)
  @ApiOperation({ summary: 'Slet dit kalendertoken, så dine feed-abonnementer holder op med at virke (alle roller)' })
  @ApiNoContentResponse({ description: 'Slettet (eller der var intet).' })
  async revoke(@CurrentUser() user: AuthUser): Promise<void> {
    await this.tokens.revoke(user);
  }
}

/** The feed itself: calendar programs cannot hold a session, so the token in the URL is the key. */
@ApiTags('Årshjul')
@Controller('budget-years/:year/calendar.ics')
export class CalendarFeedController {
  constructor(
    private readonly tokens: CalendarTokensService,
    private readonly milestones: MilestonesService,
  ) {}

  @Get()
  @Public()
  @Header('Cache-Control', 'private, no-store')
  @ApiOperation({
    summary: 'Budgetårets årshjul som iCalendar-feed til kalenderprogrammer',
    description: 'Kræver ?token= fra POST /api/auth/calendar-token (ikke sessionen). Én heldagsbegivenhed pr. milepæl med danske titler.',
  })
  @ApiParam({ name: 'year', type: Number, example: 2014 })
  @ApiQuery({ name: 'token', required: true, description: 'Dit kalendertoken.' })
  @ApiProduces('text/calendar')
  @ApiOkResponse({ description: 'iCalendar (RFC 5545).', schema: { type: 'string' } })
  @ApiUnauthorizedResponse({ description: 'Tokenet mangler, er ukendt eller tilhører en deaktiveret bruger.' })
  @ApiNotFoundResponse({ description: 'Budgetåret findes ikke.' })
  async feed(@YearParam() year: number, @Query('token') token: unknown, @Res({ passthrough: true }) res: Response): Promise<string> {
    if (typeof token !== 'string' || token === '' || !(await this.tokens.isValid(token))) {
      throw new UnauthorizedException('Kalenderfeedet kræver et gyldigt kalendertoken (?token=)');
    }
    const text = await this.milestones.calendarFeed(year);
    // Only on success: an error keeps the JSON type of every other error.
    res.type('text/calendar; charset=utf-8');
    return text;
  }
}
