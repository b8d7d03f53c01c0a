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
      if (statusCode === 404 && typeof message === 'string' && message.startsWith('Cannot ')) {
        return { statusCode, error: statusText(statusCode), message: `Ruten findes ikke: ${message.slice(7)}` };
      }
      return { statusCode, error: statusText(statusCode), message };
    }
    this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    const statusCode = HttpStatus.INTERNAL_SERVER_ERROR;
    return { statusCode, error: statusText(statusCode), message: 'Der opstod en intern fejl. Prøv igen.' };
  }
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
