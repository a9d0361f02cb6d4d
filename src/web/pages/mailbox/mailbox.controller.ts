import { Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { Config } from '../../../config/config';
import { MailboxService } from '../../../mail/mailbox.service';
import { OutboxStatus } from '../../../database/schema/outbox-message.entity';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { MAILBOX_MESSAGE_PAGE, MAILBOX_PAGE, mailboxMessageView, mailboxView } from './mailbox.view';

const asStatus = (value?: string) =>
  Object.values(OutboxStatus).includes(value as OutboxStatus) ? (value as OutboxStatus) : null;

/** The organisers' mailbox (`/organizacion/correo`): every message and its delivery; failed ones retried here. */
@ApiExcludeController()
@WebController()
export class MailboxPageController {
  constructor(
    private readonly pages: Pages,
    private readonly mailbox: MailboxService,
    private readonly config: Config,
  ) {}

  @Get('organizacion/correo')
  @Authenticated(Permission.MAIL_MANAGE)
  async list(
    @Auth() actor: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('estado') status?: string,
    @Query('pagina') page?: string,
  ) {
    const filter = asStatus(status);
    const number = /^\d{1,6}$/.test(page ?? '') ? Math.max(1, Number(page)) : 1;
    const list = await this.mailbox.list(actor, { status: filter ?? undefined, page: number });
    await this.pages.render(request, reply, MAILBOX_PAGE, {
      title: this.pages.translate(request, 'mailbox.title'),
      view: mailboxView(actor, list, filter, !this.config.mail.smtpUrl),
    });
  }

  @Get('organizacion/correo/:id')
  @Authenticated(Permission.MAIL_MANAGE)
  async read(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const message = await this.mailbox.get(actor, id);
    await this.pages.render(request, reply, MAILBOX_MESSAGE_PAGE, {
      title: message.subject,
      view: mailboxMessageView(actor, message),
    });
  }

  @Post('organizacion/correo/:id/reintentar')
  @Authenticated(Permission.MAIL_MANAGE)
  async retry(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    await this.mailbox.retry(actor, id);
    this.pages.redirect(reply, `/organizacion/correo/${id}`, 'mailRetried');
  }
}
