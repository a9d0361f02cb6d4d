import { Param, Post, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AccountsService } from '../../../accounts/accounts.service';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';

/** The invitation controls beside each invited account on the accounts page (/organizacion/usuarios). */
@ApiExcludeController()
@WebController()
export class InvitationsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly accounts: AccountsService,
  ) {}

  @Post('organizacion/usuarios/:id/invitacion')
  @Authenticated(Permission.USER_MANAGE)
  async resend(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    await this.accounts.resendInvitation(actor, id);
    this.pages.redirect(reply, '/organizacion/usuarios', 'invitationResent');
  }

  @Post('organizacion/usuarios/:id/invitacion/revocar')
  @Authenticated(Permission.USER_MANAGE)
  async revoke(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    await this.accounts.revokeInvitation(actor, id);
    this.pages.redirect(reply, '/organizacion/usuarios', 'invitationRevoked');
  }
}
