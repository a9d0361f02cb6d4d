import { AuditPageDto } from '../../../audit/dto/audit-entry.dto';
import type { AuditVerification } from '../../../audit/audit.service';
import { pageTemplate } from '../../page-template';

/** The filters as typed (local times in the console's time zone). */
export interface AuditFilter {
  actorId: string;
  action: string;
  entityType: string;
  entityId: string;
  from: string;
  to: string;
  page: number;
}

/** `/organizacion/auditoria`: the trail, its filters and, when asked, the chain's verification. */
export interface AuditView {
  filter: AuditFilter;
  entries: AuditPageDto;
  /** Who may be chosen as actor, as the viewer sees them (observers: judges as J1…). */
  actors: { id: string; name: string }[];
  actorName: (id: string | null) => string;
  verification: AuditVerification | null;
  timezone: string;
  can: { verify: boolean };
}

export const AUDIT_PAGE = pageTemplate<AuditView>(__dirname, 'audit');
