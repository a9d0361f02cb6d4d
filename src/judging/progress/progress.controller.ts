import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ProgressService } from './progress.service';

@ApiTags('judging')
@Controller()
export class ProgressController {
  constructor(private readonly service: ProgressService) {}

  @Get('tracks/:id/progress')
  @Authenticated(Permission.PROGRESS_READ)
  progress(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.progress(actor, id);
  }
}
