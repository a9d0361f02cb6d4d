import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { ApiRoute } from '../../access/api-route';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ReasonDto } from '../dto/assignment.dto';
import { ConsensusDto, DeliberationDto, DiscussionPostDto } from '../dto/deliberation.dto';
import { DeliberationService } from './deliberation.service';

@ApiTags('judging')
@Controller()
export class DeliberationController {
  constructor(private readonly service: DeliberationService) {}

  @ApiRoute({
    summary: 'A nomination’s deliberation: the judges’ sheets and the discussion',
    ok: DeliberationDto,
    errors: [400, 404, 409],
  })
  @Get('nominations/:id/deliberation')
  @Authenticated(Permission.DELIBERATION)
  view(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.view(actor, id);
  }

  @ApiRoute({ summary: 'Post in a nomination’s discussion', ok: DeliberationDto, errors: [400, 404, 409] })
  @Post('nominations/:id/discussion')
  @Authenticated(Permission.DISCUSSION_WRITE)
  @HttpCode(200)
  post(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DiscussionPostDto) {
    return this.service.post(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Edit one’s own post (the earlier text is kept)',
    ok: DeliberationDto,
    errors: [400, 404, 409],
  })
  @Patch('discussion/:id')
  @Authenticated(Permission.DISCUSSION_WRITE)
  edit(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: DiscussionPostDto) {
    return this.service.edit(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Delete a post (its text is kept in the history)',
    ok: DeliberationDto,
    errors: [400, 404, 409],
  })
  @Delete('discussion/:id')
  @Authenticated(Permission.DISCUSSION_WRITE)
  remove(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.remove(actor, id);
  }

  @ApiRoute({
    summary: 'Open the consensus step of the round a track is judging',
    ok: ConsensusDto,
    errors: [400, 404, 409],
  })
  @Post('tracks/:id/consensus/open')
  @Authenticated(Permission.ROUND_MANAGE)
  @HttpCode(200)
  open(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.openConsensus(actor, id, dto);
  }

  @ApiRoute({ summary: 'Close the consensus step', ok: ConsensusDto, errors: [400, 404, 409] })
  @Post('tracks/:id/consensus/close')
  @Authenticated(Permission.ROUND_MANAGE)
  @HttpCode(200)
  close(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.closeConsensus(actor, id, dto);
  }
}
