import { ArgumentsHost, Catch, ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import { STATUS_CODES } from 'node:http';
import type { Response } from 'express';

export interface ErrorBody {
  statusCode: number;
  error: string;
  message: string | string[];
}

/** Errors thrown by body-parser before Nest sees the request. */
const BODY_PARSER_ERRORS: Record<string, [number, string]> = {
  'entity.parse.failed': [400, 'Forespørgslens indhold er ikke gyldig JSON'],
  'entity.too.large': [413, 'Forespørgslens indhold er for stort'],
  'encoding.unsupported': [415, 'Tegnkodningen understøttes ikke'],
  'charset.unsupported': [415, 'Tegnsættet understøttes ikke'],
  'request.aborted': [400, 'Forespørgslen blev afbrudt'],
  'request.size.invalid': [400, 'Forespørgslens længde passer ikke med dens indhold'],
};

/**
 * The one place that shapes errors: `{"statusCode","error","message"}`. Anything that is
 * not a deliberate HttpException is logged here and answered with a plain 500, so no
 * stack trace, SQL or file path ever reaches a client.
 */
@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpExceptionFilter');
  private lastOutageLog = 0;

  catch(exception: unknown, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const body = this.toBody(exception);
    if (res.headersSent) return;
    res.status(body.statusCode).json(body);
  }

  toBody(exception: unknown): ErrorBody {
    exception = mapBodyParserError(exception);
    if (exception instanceof HttpException) {
      const statusCode = exception.getStatus();
      const response = exception.getResponse();
      const message =
        typeof response === 'string'
          ? response
          : ((response as { message?: string | string[] }).message ?? exception.message);
      return { statusCode, error: statusText(statusCode), message: danishRouting(statusCode, message) };
    }
    // Defence in depth: PostgreSQL's data exceptions (class 22: a NUL character, a number
    // out of range, a bad date) and unique violations are the client's input, not our fault.
    const sqlState = (exception as { code?: unknown } | null)?.code;
    // 23502/23514: a NOT NULL or CHECK constraint caught a value validation let through.
    if (typeof sqlState === 'string' && (/^22[0-9A-Z]{3}$/.test(sqlState) || sqlState === '23502' || sqlState === '23514')) {
      return { statusCode: 400, error: statusText(400), message: 'En værdi er ugyldig (fx tegnet \\u0000, et for stort tal eller en ugyldig dato)' };
    }
    if (sqlState === '40001' || sqlState === '40P01') {
      return { statusCode: 409, error: statusText(409), message: 'En samtidig ændring kom i vejen. Prøv igen.' };
    }
    if (sqlState === '23505') {
      return { statusCode: 409, error: statusText(409), message: 'Findes allerede' };
    }
    if (isDatabaseUnavailable(exception)) {
      // Once per outage burst, not once per request.
      if (Date.now() - this.lastOutageLog > 10_000) {
        this.lastOutageLog = Date.now();
        this.logger.warn(`Databasen svarer ikke: ${(exception as Error).message}`);
      }
      return { statusCode: 503, error: statusText(503), message: DATABASE_UNAVAILABLE_MESSAGE };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const statusCode = HttpStatus.INTERNAL_SERVER_ERROR;
    return { statusCode, error: statusText(statusCode), message: 'Der opstod en intern fejl. Prøv igen.' };
  }
}

export const DATABASE_UNAVAILABLE_MESSAGE = 'Databasen svarer ikke lige nu. Prøv igen om lidt.';

/**
 * PostgreSQL restarting or out of reach: the request did nothing (its transaction died with the
 * connection), so the client is told to retry rather than shown a 500. SQLSTATE class 08 is a
 * connection exception, 57P01–57P03 a server shutting down or starting, 57014 a cancelled
 * statement; the rest are the driver's own socket errors.
 */
function isDatabaseUnavailable(exception: unknown): boolean {
  const { code, message } = (exception ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^08[0-9A-Z]{3}$/.test(code) || /^57P0[1-3]$/.test(code) || code === '57014')) return true;
  if (typeof code === 'string' && ['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT'].includes(code)) return true;
  return typeof message === 'string' && /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
}

/** Nest's and Express' own routing messages, in Danish. */
function danishRouting(statusCode: number, message: string | string[]): string | string[] {
  if (typeof message !== 'string') return message;
  if (statusCode === 404 && message.startsWith('Cannot ')) return `Ruten findes ikke: ${message.slice(7)}`;
  if (statusCode === 400 && message.startsWith('Failed to decode param')) return 'Adressen indeholder en ugyldig %-kodning';
  return message;
}

/**
 * body-parser's errors as HttpExceptions with Danish messages. Registered as an express
 * error middleware right after the parsers, because Nest would otherwise turn a JSON
 * syntax error into a 400 carrying the parser's English message.
 */
export function mapBodyParserError(error: unknown): unknown {
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !BODY_PARSER_ERRORS[type]) return error;
  const [statusCode, message] = BODY_PARSER_ERRORS[type];
  return new HttpException(message, statusCode);
}

export function bodyParserErrors(error: unknown, _req: unknown, _res: unknown, next: (error: unknown) => void): void {
  next(mapBodyParserError(error));
}

export function statusText(statusCode: number): string {
  return STATUS_CODES[statusCode] ?? 'Error';
}
