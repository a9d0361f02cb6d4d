import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ApiRoute } from '../../access/api-route';
import { TrackProgressDto } from '../dto/progress-response.dto';
import { ProgressService } from './progress.service';

@ApiTags('judging')
@Controller()
export class ProgressController {
  constructor(private readonly service: ProgressService) {}

  @ApiRoute({
    summary: 'Judging progress of a track, per judge and in total',
    ok: TrackProgressDto,
    errors: [400, 404],
  })
  @Get('tracks/:id/progress')
  @Authenticated(Permission.PROGRESS_READ)
  progress(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.progress(actor, id);
  }
}
