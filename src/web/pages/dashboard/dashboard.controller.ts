import { Get, Req, Res, Query } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { consoleActions } from '../../../editions/edition.policy';
import { EditionsService } from '../../../editions/editions.service';
import { TrackEntity } from '../../../database/schema/track.entity';
import { ProposalsService } from '../../../governance/proposals.service';
import { UserAdminService } from '../../../users/user-admin.service';
import { UserStatus } from '../../../database/schema/user.entity';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { DASHBOARD_PAGE } from './dashboard.view';

@ApiExcludeController()
@WebController()
export class DashboardPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly admin: UserAdminService,
    private readonly proposals: ProposalsService,
  ) {}

  @Get('organizacion')
  @Authenticated(Permission.PROGRESS_READ)
  async dashboard(
    @Auth() actor: AuthUser,
    @Query('archivadas') archivedParam: string | undefined,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    // The everyday list leaves archived editions out; `?archivadas=1` lists those instead.
    const showArchived = archivedParam === '1';
    const all = await this.editions.list(actor);
    const editions = all.filter((e) => !!e.archivedAt === showArchived);
    const tracks = new Map<string, TrackEntity[]>();
    for (const e of editions) tracks.set(e.id, await this.editions.listTracks(actor, e.id));
    await this.pages.render(request, reply, DASHBOARD_PAGE, {
      title: this.pages.translate(request, 'dashboard.title'),
      editions,
      tracks,
      pending: await this.admin.list(actor, { status: UserStatus.PENDING }),
      proposals: await this.proposals.pending(actor),
      can: consoleActions(actor),
      archived: { showing: showArchived, count: all.filter((e) => e.archivedAt).length },
    });
  }
}
