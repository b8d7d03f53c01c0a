import { Body, Controller, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { actorOf, ApiSession, AuthUser, CurrentUser, Roles } from '@budgetspor/server/common';
import { CreateUserDto, ResetPasswordDto, UpdateUserDto, UserDetailDto } from './users.dto';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException('Brugeren findes ikke') });

@ApiTags('Brugere')
@ApiSession()
@ApiForbiddenResponse({ description: 'Kun rollen admin.' })
@Roles('admin')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Post()
  @ApiOperation({ summary: 'Opret bruger (admin)' })
  @ApiCreatedResponse({ type: UserDetailDto })
  @ApiConflictResponse({ description: 'E-mailen er allerede i brug.' })
  create(@Body() dto: CreateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDetailDto> {
    return this.users.create(dto, actorOf(actor));
  }

  @Get()
  @ApiOperation({ summary: 'Alle brugere (admin)' })
  @ApiOkResponse({ type: [UserDetailDto] })
  list(): Promise<UserDetailDto[]> {
    return this.users.list();
  }

  @Get(':id')
  @ApiOperation({ summary: 'Én bruger (admin)' })
  @ApiOkResponse({ type: UserDetailDto })
  get(@Param('id', uuid) id: string): Promise<UserDetailDto> {
    return this.users.get(id);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Ret navn, rolle, udvalg eller aktiv (admin)', description: 'Kræver den version, du læste.' })
  @ApiOkResponse({ type: UserDetailDto })
  @ApiConflictResponse({ description: 'Forældet version.' })
  update(@Param('id', uuid) id: string, @Body() dto: UpdateUserDto, @CurrentUser() actor: AuthUser): Promise<UserDetailDto> {
    return this.users.update(id, dto, actorOf(actor));
  }

  @Post(':id/password')
  @HttpCode(204)
  @ApiOperation({ summary: 'Nulstil adgangskode (admin)', description: 'Afslutter brugerens sessioner.' })
  async resetPassword(@Param('id', uuid) id: string, @Body() dto: ResetPasswordDto, @CurrentUser() actor: AuthUser): Promise<void> {
    await this.users.setPassword(id, dto.password, actorOf(actor), 'reset_password');
  }
}
