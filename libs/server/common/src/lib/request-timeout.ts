import { CallHandler, ExecutionContext, Injectable, NestInterceptor, ServiceUnavailableException } from '@nestjs/common';
import { SSE_METADATA } from '@nestjs/common/constants';
import { Observable, throwError, timeout } from 'rxjs';

export const REQUEST_TIMEOUT_MESSAGE = 'Serveren nåede ikke at svare i tide. Prøv igen om lidt.';

/**
 * Answers 503 when a handler has not answered within `ms`, so a stuck database lock or a slow
 * query never leaves a client (or a proxy's connection) hanging. A write that was already on
 * its way still commits whole or not at all; with optimistic versions a retry then gets 409.
 * Server-sent event streams are meant to stay open and are left alone.
 */
@Injectable()
export class RequestTimeoutInterceptor implements NestInterceptor {
  constructor(private readonly ms: number) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http' || Reflect.getMetadata(SSE_METADATA, context.getHandler())) {
      return next.handle();
    }
    return next.handle().pipe(
      timeout({ first: this.ms, with: () => throwError(() => new ServiceUnavailableException(REQUEST_TIMEOUT_MESSAGE)) }),
    );
  }
}
