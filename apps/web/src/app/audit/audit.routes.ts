import { Route } from '@angular/router';
import { AuditPage } from './audit-page';

export const auditRoutes: Route[] = [{ path: '', component: AuditPage }];
