import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { ApiRoute } from '../../access/api-route';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { CloseRoundDto, TrackRoundsDto } from '../dto/round.dto';
import { RoundsService } from './rounds.service';

@ApiTags('results')
@Controller()
export class RoundsController {
  constructor(private readonly service: RoundsService) {}

  @ApiRoute({
    summary: 'The rounds of a track: the one being judged and the closed ones',
    ok: TrackRoundsDto,
    errors: [400, 404],
  })
  @Get('tracks/:id/rounds')
  @Authenticated(Permission.RESULTS_PREVIEW)
  list(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.list(actor, id);
  }

  @ApiRoute({
    summary: 'Close the round a track is judging, with its shortlist',
    ok: TrackRoundsDto,
    errors: [400, 404, 409],
  })
  @Post('tracks/:id/rounds/close')
  @Authenticated(Permission.ROUND_MANAGE)
  @HttpCode(200)
  close(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseRoundDto) {
    return this.service.close(actor, id, dto);
  }
}
