import { applyDecorators, Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCookieAuth,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { actorOf, AuthUser, CurrentUser, Roles } from '@budgetspor/server/common';
import { CreateTrackDto, TrackDto, UpdateTrackDto } from './tracks.dto';
import { TracksService } from './tracks.service';

/** The routes that address one track by its key. */
const ByCode = () =>
  applyDecorators(
    ApiParam({ name: 'code', example: 'SVR', description: 'Sporets kode, procent-kodet i URL’en (ÆHU → %C3%86HU).' }),
    ApiNotFoundResponse({ description: 'Sporet findes ikke.' }),
  );

@ApiTags('Innovationsspor')
@ApiBearerAuth()
@ApiCookieAuth()
@ApiUnauthorizedResponse({ description: 'Ikke logget ind.' })
@Controller('tracks')
export class TracksController {
  constructor(private readonly tracks: TracksService) {}

  @Get()
  @ApiOperation({ summary: 'Innovationsspor, sorteret efter kode (alle roller)' })
  @ApiOkResponse({ type: [TrackDto] })
  list(): Promise<TrackDto[]> {
    return this.tracks.list();
  }

  @Get(':code')
  @ApiOperation({ summary: 'Ét innovationsspor med udvalgenes andele (alle roller)' })
  @ByCode()
  @ApiOkResponse({ type: TrackDto })
  get(@Param('code') code: string): Promise<TrackDto> {
    return this.tracks.get(code);
  }

  @Post()
  @Roles('finance')
  @ApiOperation({ summary: 'Opret innovationsspor (finance)' })
  @ApiCreatedResponse({ type: TrackDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter, ukendt forvaltning eller udvalg; hvert felt nævnes.' })
  @ApiForbiddenResponse({ description: 'Kun økonomi (finance) må oprette spor.' })
  @ApiConflictResponse({ description: 'Koden findes allerede.' })
  create(@Body() dto: CreateTrackDto, @CurrentUser() user: AuthUser): Promise<TrackDto> {
    return this.tracks.create(dto, actorOf(user));
  }

  @Patch(':code')
  @Roles('finance')
  @ApiOperation({ summary: 'Ret innovationsspor; `shares` erstatter alle andele (finance)' })
  @ByCode()
  @ApiOkResponse({ type: TrackDto })
  @ApiBadRequestResponse({ description: 'Ugyldige felter (også `code`: nøglen kan ikke ændres).' })
  @ApiForbiddenResponse({ description: 'Kun økonomi (finance) må rette spor.' })
  @ApiConflictResponse({ description: 'Forældet version: en anden har rettet sporet siden.' })
  update(@Param('code') code: string, @Body() dto: UpdateTrackDto, @CurrentUser() user: AuthUser): Promise<TrackDto> {
    return this.tracks.update(code, dto, actorOf(user));
  }
}
