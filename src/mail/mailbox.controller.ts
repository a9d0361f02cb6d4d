import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { OutboxMessageDto, OutboxPageDto, OutboxSummaryDto } from './dto/outbox-response.dto';
import { OutboxQueryDto } from './dto/outbox.dto';
import { MailboxService } from './mailbox.service';

@ApiTags('mail')
@Controller('mail/messages')
export class MailboxController {
  constructor(private readonly service: MailboxService) {}

  @ApiRoute({ summary: 'The outbox, newest first, by status, with counts', ok: OutboxPageDto, errors: [400] })
  @Get()
  @Authenticated(Permission.MAIL_MANAGE)
  list(@Auth() actor: AuthUser, @Query() query: OutboxQueryDto) {
    return this.service.list(actor, query);
  }

  @ApiRoute({
    summary: 'One message with its text and HTML bodies',
    ok: OutboxMessageDto,
    errors: [400, 404],
  })
  @Get(':id')
  @Authenticated(Permission.MAIL_MANAGE)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ApiRoute({
    summary: 'Give a failed message a fresh set of attempts',
    ok: OutboxSummaryDto,
    errors: [400, 404, 409],
  })
  @Post(':id/retry')
  @Authenticated(Permission.MAIL_MANAGE)
  @HttpCode(200)
  retry(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.retry(actor, id);
  }
}
