import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { Observable } from 'rxjs';
import { AuditFilter, AuditRow } from './audit.models';

export const AUDIT_URL = '/api/audit';

@Injectable({ providedIn: 'root' })
export class AuditService {
  private readonly http = inject(HttpClient);

  /** Newest first, at most `limit` records; empty filters are left out. */
  list(filter: AuditFilter): Observable<AuditRow[]> {
    const params: Record<string, string> = { limit: String(filter.limit) };
    if (filter.entityType) params['entityType'] = filter.entityType;
    if (filter.entityId) params['entityId'] = filter.entityId;
    return this.http.get<AuditRow[]>(AUDIT_URL, { params });
  }
}
