import { CanActivate, ExecutionContext, ForbiddenException, Injectable, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request } from 'express';
import { AuthUser, PUBLIC_KEY, Role, ROLES_KEY } from '@budgetspor/server/common';
import { SessionsService } from './sessions.service';

export const SESSION_COOKIE = 'budgetspor_session';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie sessions: a write must come from a page of this very site,
 * which browsers prove with the Origin (or Referer) header. Bearer clients send no
 * cookie and are not affected.
 */
function fromOwnSite(req: Request): boolean {
  const source = req.headers.origin ?? req.headers.referer;
  if (!source) return false;
  try {
    return new URL(source).host === req.headers.host;
  } catch {
    return false;
  }
}

export function tokenFrom(req: Request): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim() || null;
  const cookie = (req as Request & { cookies?: Record<string, string> }).cookies?.[SESSION_COOKIE];
  return cookie || null;
}

/**
 * Global guard: every route needs a valid session unless it is `@Public()`, and a route
 * with `@Roles(…)` needs one of those roles.
 */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionsService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;

    const req = context.switchToHttp().getRequest<Request & { user?: AuthUser }>();
    const token = tokenFrom(req);
    const user = token ? await this.sessions.resolve(token) : null;
    if (!user) throw new UnauthorizedException('Du skal være logget ind');
    const viaCookie = !req.headers.authorization?.startsWith('Bearer ');
    if (viaCookie && !SAFE_METHODS.has(req.method) && !fromOwnSite(req)) {
      throw new ForbiddenException('Ændringer med sessionscookie skal komme fra Budgetspors egne sider (CSRF-beskyttelse)');
    }
    req.user = user;

    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (roles && !roles.includes(user.role)) {
      throw new ForbiddenException('Din rolle må ikke gøre dette');
    }
    return true;
  }
}
