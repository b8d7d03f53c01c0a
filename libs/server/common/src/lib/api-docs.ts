import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiCookieAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Roles } from './roles';

/** On a controller: every route needs a session (bearer token or cookie), else 401. */
export function ApiSession(): ClassDecorator {
  return applyDecorators(ApiBearerAuth(), ApiCookieAuth(), ApiUnauthorizedResponse({ description: 'Ikke logget ind.' }));
}

/** On a handler: only finance (økonomi) may make this write, and OpenAPI says so. */
export function FinanceOnly(): MethodDecorator {
  return applyDecorators(Roles('finance'), ApiForbiddenResponse({ description: 'Kun finance (økonomi) må dette.' }));
}
