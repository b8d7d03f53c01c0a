import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, ApiSession, AuthUser, CurrentUser, Roles } from '@budgetspor/server/common';
import {
  AdministrationDto,
  CommitteeDto,
  CreateAdministrationDto,
  CreateCommitteeDto,
  UpdateAdministrationDto,
  UpdateCommitteeDto,
} from './organisation.dto';
import { OrganisationService } from './organisation.service';

@ApiTags('Organisation')
@ApiSession()
@Controller('administrations')
export class AdministrationsController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({ summary: 'Forvaltninger, sorteret efter kode' })
  @ApiOkResponse({ type: [AdministrationDto] })
  list(): Promise<AdministrationDto[]> {
    return this.organisation.listAdministrations();
  }

  @Get(':code')
  @ApiOkResponse({ type: AdministrationDto })
  @ApiNotFoundResponse()
  get(@Param('code') code: string): Promise<AdministrationDto> {
    return this.organisation.getAdministration(code);
  }

  @Post()
  @Roles('finance', 'admin')
  @ApiOperation({ summary: 'Opret forvaltning (finance, admin)' })
  @ApiCreatedResponse({ type: AdministrationDto })
  @ApiConflictResponse({ description: 'Koden findes allerede.' })
  create(@Body() dto: CreateAdministrationDto, @CurrentUser() user: AuthUser): Promise<AdministrationDto> {
    return this.organisation.createAdministration(dto, actorOf(user));
  }

  @Patch(':code')
  @Roles('finance', 'admin')
  @ApiOperation({ summary: 'Ret forvaltning (finance, admin)' })
  @ApiOkResponse({ type: AdministrationDto })
  @ApiConflictResponse({ description: 'Forældet version.' })
  update(@Param('code') code: string, @Body() dto: UpdateAdministrationDto, @CurrentUser() user: AuthUser): Promise<AdministrationDto> {
    return this.organisation.updateAdministration(code, dto, actorOf(user));
  }
}

@ApiTags('Organisation')
@ApiSession()
@Controller('committees')
export class CommitteesController {
  constructor(private readonly organisation: OrganisationService) {}

  @Get()
  @ApiOperation({ summary: 'Udvalg, sorteret efter kode' })
  @ApiOkResponse({ type: [CommitteeDto] })
  list(): Promise<CommitteeDto[]> {
    return this.organisation.listCommittees();
  }

  @Get(':code')
  @ApiOkResponse({ type: CommitteeDto })
  @ApiNotFoundResponse()
  get(@Param('code') code: string): Promise<CommitteeDto> {
    return this.organisation.getCommittee(code);
  }

  @Post()
  @Roles('finance', 'admin')
  @ApiOperation({ summary: 'Opret udvalg (finance, admin)' })
  @ApiCreatedResponse({ type: CommitteeDto })
  @ApiConflictResponse({ description: 'Koden findes allerede.' })
  create(@Body() dto: CreateCommitteeDto, @CurrentUser() user: AuthUser): Promise<CommitteeDto> {
    return this.organisation.createCommittee(dto, actorOf(user));
  }

  @Patch(':code')
  @Roles('finance', 'admin')
  @ApiOperation({ summary: 'Ret udvalg (finance, admin)' })
  @ApiOkResponse({ type: CommitteeDto })
  @ApiConflictResponse({ description: 'Forældet version.' })
  update(@Param('code') code: string, @Body() dto: UpdateCommitteeDto, @CurrentUser() user: AuthUser): Promise<CommitteeDto> {
    return this.organisation.updateCommittee(code, dto, actorOf(user));
  }
}
