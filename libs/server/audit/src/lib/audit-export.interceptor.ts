import { CallHandler, ExecutionContext, Injectable, NestInterceptor, StreamableFile } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { from, Observable, switchMap } from 'rxjs';
import { AuditService } from './audit.service';

/**
 * Every file that leaves the system (spreadsheet exports, PDF reports) is in the audit log:
 * who took which data out, when. Put on the controllers that answer with a file; the row is
 * written once the file is ready, before it is sent.
 */
@Injectable()
export class AuditExportInterceptor implements NestInterceptor {
  constructor(
    private readonly audit: AuditService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<{ originalUrl: string; user?: { email: string } }>();
    return next.handle().pipe(
      switchMap((result: unknown) =>
        from(
          this.audit
            .record(this.dataSource.manager, {
              actor: req.user?.email ?? 'anonym',
              action: 'export',
              entityType: 'file',
              entityId: req.originalUrl,
              before: null,
              after: result instanceof StreamableFile ? { file: result.getHeaders().disposition ?? null } : null,
            })
            .then(() => result),
        ),
      ),
    );
  }
}
