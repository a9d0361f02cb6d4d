import { Get, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuditService } from '../../../audit/audit.service';
import { AuditQueryDto } from '../../../audit/dto/audit-query.dto';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { auditCan } from '../../../audit/audit-actions';
import { UserAdminService } from '../../../users/user-admin.service';
import { toDto } from '../../form';
import { DEFAULT_TIMEZONE, Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { AUDIT_PAGE, AuditFilter } from './audit.view';
import { localInputToIso } from '../../local-time';

const PAGE_SIZE = 50;

/** The audit trail with its filters, and the verification of the hash chain on demand. */
@ApiExcludeController()
@WebController()
export class AuditPageController {
  constructor(
    private readonly pages: Pages,
    private readonly audit: AuditService,
    private readonly users: UserAdminService,
  ) {}

  @Get('organizacion/auditoria')
  @Authenticated(Permission.AUDIT_READ)
  async show(
    @Auth() actor: AuthUser,
    @Query() query: Record<string, string | undefined>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const filter: AuditFilter = {
      actorId: query.actor ?? '',
      action: query.accion ?? '',
      entityType: query.tipo ?? '',
      entityId: query.entidad ?? '',
      from: query.desde ?? '',
      to: query.hasta ?? '',
      page: Math.max(1, Math.min(100000, Number.parseInt(query.pagina ?? '1', 10) || 1)),
    };
    // The API's own DTO checks the filters; the page shows the trail's 400 problems like any form.
    const dto = await toDto(AuditQueryDto, {
      actorId: filter.actorId || undefined,
      action: filter.action || undefined,
      entityType: filter.entityType || undefined,
      entityId: filter.entityId || undefined,
      from: localInputToIso(filter.from, DEFAULT_TIMEZONE),
      to: localInputToIso(filter.to, DEFAULT_TIMEZONE, true),
      limit: String(PAGE_SIZE),
      page: String(filter.page),
    });
    const actors = (await this.users.list(actor, {})).map((u) => ({ id: u.id, name: u.name }));
    const names = new Map(actors.map((a) => [a.id, a.name]));
    const system = this.pages.translate(request, 'audit.system');
    await this.pages.render(request, reply, AUDIT_PAGE, {
      title: this.pages.translate(request, 'audit.title'),
      filter,
      entries: await this.audit.list(actor, dto),
      actors,
      actorName: (id) => (id === null ? system : (names.get(id) ?? id)),
      verification: query.verificar ? await this.audit.verify(actor) : null,
      timezone: DEFAULT_TIMEZONE,
      can: auditCan(actor),
    });
  }
}
