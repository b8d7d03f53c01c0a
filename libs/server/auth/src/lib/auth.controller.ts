import { Body, Controller, Get, HttpCode, Post, Req, Res, UnauthorizedException, UseGuards } from '@nestjs/common';
import { ThrottlerGuard } from '@nestjs/throttler';
import { ApiBadRequestResponse, ApiCookieAuth, ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { CookieOptions, Request, Response } from 'express';
import { tokenFrom, SESSION_COOKIE } from './auth.guard';
import { AuthUser, CurrentUser, Public } from '@budgetspor/server/common';
import { SESSION_HOURS, SessionsService } from './sessions.service';
import { ChangePasswordDto, LoginDto, LoginResponseDto, UserDto } from './users.dto';
import { UsersService } from './users.service';

function cookieOptions(req: Request): CookieOptions {
  // `req.secure` honours X-Forwarded-Proto only when the app is told to trust the proxy.
  return { httpOnly: true, sameSite: 'lax', secure: req.secure, path: '/', maxAge: SESSION_HOURS * 3600 * 1000 };
}

function publicUser(user: AuthUser): UserDto {
  return { id: user.id, email: user.email, name: user.name, role: user.role, committeeCodes: user.committeeCodes };
}

@ApiTags('Log ind')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly users: UsersService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @UseGuards(ThrottlerGuard)
  @Post('login')
  @HttpCode(200)
  @ApiOperation({ summary: 'Log ind med e-mail og adgangskode', description: 'Sætter også en httpOnly-sessionscookie.' })
  @ApiOkResponse({ type: LoginResponseDto })
  @ApiUnauthorizedResponse({ description: 'Forkert e-mail eller adgangskode, eller brugeren er deaktiveret.' })
  @ApiBadRequestResponse({ description: 'Felter mangler eller har forkert type.' })
  @ApiTooManyRequestsResponse({ description: 'For mange forsøg fra samme IP-adresse eller på samme konto inden for et minut.' })
  async login(@Body() dto: LoginDto, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<LoginResponseDto> {
    const user = await this.users.authenticate(dto.email, dto.password);
    const accessToken = await this.sessions.create(user.id);
    res.cookie(SESSION_COOKIE, accessToken, cookieOptions(req));
    return { accessToken, user: publicUser(user) };
  }

  @Post('logout')
  @HttpCode(204)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Log ud: sessionen afsluttes på serveren' })
  async logout(@Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<void> {
    const token = tokenFrom(req);
    if (token) await this.sessions.revoke(token);
    res.clearCookie(SESSION_COOKIE, { ...cookieOptions(req), maxAge: undefined });
  }

  @Get('me')
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({ summary: 'Den indloggede bruger' })
  @ApiOkResponse({ type: UserDto })
  me(@CurrentUser() user: AuthUser): UserDto {
    return publicUser(user);
  }

  @Post('password')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiCookieAuth()
  @ApiOperation({
    summary: 'Skift egen adgangskode',
    description: 'Afslutter alle brugerens sessioner og returnerer en ny til den, der skiftede.',
  })
  @ApiOkResponse({ type: LoginResponseDto })
  async changePassword(
    @CurrentUser() user: AuthUser,
    @Body() dto: ChangePasswordDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ): Promise<LoginResponseDto> {
    if (!(await this.users.verifyOwnPassword(user.id, dto.currentPassword))) {
      throw new UnauthorizedException('Den nuværende adgangskode er forkert');
    }
    await this.users.setPassword(user.id, dto.newPassword, user.email, 'change_password');
    const accessToken = await this.sessions.create(user.id);
    res.cookie(SESSION_COOKIE, accessToken, cookieOptions(req));
    return { accessToken, user: publicUser(user) };
  }
}
