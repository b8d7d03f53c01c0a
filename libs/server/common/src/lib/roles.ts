import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';

export const ROLES = ['admin', 'finance', 'committee', 'director'] as const;
export type Role = (typeof ROLES)[number];

export interface AuthUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  committeeCodes: string[];
}

export const PUBLIC_KEY = 'budgetspor:public';
export const ROLES_KEY = 'budgetspor:roles';

/** No session needed (health, docs, login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_KEY, true);

/**
 * Who may call the handler. Without it any logged-in user may (reads); every write
 * handler declares its roles.
 */
export const Roles = (...roles: Role[]): MethodDecorator & ClassDecorator => SetMetadata(ROLES_KEY, roles);

export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): AuthUser => {
  return ctx.switchToHttp().getRequest().user;
});

/** The audit actor for a request. */
export function actorOf(user: AuthUser): string {
  return user.email;
}
