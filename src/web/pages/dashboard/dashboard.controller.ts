import { Get, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../auth/access.decorators';
import { AuthUser } from '../../../auth/auth-user';
import { Permission } from '../../../auth/permissions';
import { consoleActions } from '../../../editions/edition.policy';
import { EditionsService } from '../../../editions/editions.service';
import { TrackEntity } from '../../../editions/track.entity';
import { UserAdminService } from '../../../users/user-admin.service';
import { UserStatus } from '../../../users/user.entity';
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
  ) {}

  @Get('organizacion')
  @Authenticated(Permission.PROGRESS_READ)
  async dashboard(@Auth() auth: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const editions = await this.editions.list(auth);
    const tracks = new Map<string, TrackEntity[]>();
    for (const e of editions) tracks.set(e.id, await this.editions.listTracks(auth, e.id));
    await this.pages.render(request, reply, DASHBOARD_PAGE, {
      title: this.pages.translate(request, 'dashboard.title'),
      editions,
      tracks,
      pending: await this.admin.list(auth, { status: UserStatus.PENDING }),
      can: consoleActions(auth),
    });
  }
}
