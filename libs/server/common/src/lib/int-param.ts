import { BadRequestException, createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';

/**
 * Whole positive numbers in URLs (`:year`, `:revision`, `?from=`), read from the raw text.
 * A custom decorator rather than a pipe because the global ValidationPipe (transform: true)
 * would first turn "1e3" into 1000 and "0x7DE" into 2014. Anything but plain digits is the
 * client's 400 naming the parameter; nine digits at most, so the number always fits the
 * PostgreSQL integer it is compared with (a larger one would be a SQL error, i.e. a 500).
 */
export function parseIntParam(value: unknown, name: string, expected: string): number {
  if (value === undefined || value === '') throw new BadRequestException([`${name}: skal udfyldes`]);
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) {
    throw new BadRequestException([`${name}: skal være ${expected}`]);
  }
  return Number(value);
}

const YEAR = 'et årstal (heltal), fx 2014';
const REVISION = 'et revisionsnummer (positivt heltal), fx 1';

const intParam = createParamDecorator(
  ([source, name, expected]: ['params' | 'query', string, string], ctx: ExecutionContext): number =>
    parseIntParam(ctx.switchToHttp().getRequest<Request>()[source][name], name, expected),
);

/** `:year` in the path. Document it with `@ApiParam({ name: 'year', type: Number })`. */
export const YearParam = (): ParameterDecorator => intParam(['params', 'year', YEAR]);

/** `:revision` in the path. */
export const RevisionParam = (): ParameterDecorator => intParam(['params', 'revision', REVISION]);

/** A revision number in the query string, e.g. `?from=1`. */
export const RevisionQuery = (name: string): ParameterDecorator => intParam(['query', name, REVISION]);
