// The role decorators live in server-common so that any domain (audit too) can declare them.
export { actorOf, CurrentUser, Public, PUBLIC_KEY, Roles, ROLES, ROLES_KEY, type AuthUser, type Role } from '@budgetspor/server/common';
export * from './lib/passwords';
export * from './lib/auth.module';
export * from './lib/auth.guard';
export * from './lib/admin-bootstrap';
export * from './lib/users.service';
export * from './lib/users.dto';
