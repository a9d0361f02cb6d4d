import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { OutboxQueryDto } from './dto/outbox.dto';
import { MailboxService } from './mailbox.service';

@ApiTags('mail')
@Controller('mail/messages')
export class MailboxController {
  constructor(private readonly service: MailboxService) {}

  @Get()
  @Authenticated(Permission.MAIL_MANAGE)
  list(@Auth() actor: AuthUser, @Query() query: OutboxQueryDto) {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Authenticated(Permission.MAIL_MANAGE)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Post(':id/retry')
  @Authenticated(Permission.MAIL_MANAGE)
  @HttpCode(200)
  retry(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.retry(actor, id);
  }
}
