import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { attachmentFile } from '../../nominations/attachment-file';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ApiRoute } from '../../access/api-route';
import { ATTACHMENT_MIME_TYPES } from '../../nominations/file-sniffer';
import {
  AssignmentDetailDto,
  AssignmentViewDto,
  AutoAssignmentDto,
  JudgeQueueItemDto,
  RecusalDto,
} from '../dto/assignment-response.dto';
import { ManualAssignmentDto, ReasonDto } from '../dto/assignment.dto';
import { AssignmentsService } from './assignments.service';

@ApiTags('judging')
@Controller()
export class AssignmentsController {
  constructor(private readonly service: AssignmentsService) {}

  @ApiRoute({
    summary: 'Assign judges automatically to every nomination in competition',
    ok: AutoAssignmentDto,
    errors: [400, 404, 409],
  })
  @Post('tracks/:id/assignments/auto')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  @HttpCode(200)
  auto(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.autoAssign(actor, id);
  }

  @ApiRoute({
    summary: 'Assign one judge to one nomination by hand',
    ok: AssignmentViewDto,
    errors: [400, 404, 409, 422],
  })
  @Post('tracks/:id/assignments')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  assign(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ManualAssignmentDto) {
    return this.service.assign(actor, id, dto);
  }

  @ApiRoute({ summary: 'The assignments of a track', ok: [AssignmentViewDto], errors: [400, 404] })
  @Get('tracks/:id/assignments')
  @Authenticated(Permission.ASSIGNMENT_READ)
  listForTrack(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.listForTrack(actor, id);
  }

  @ApiRoute({ summary: 'The signed-in judge’s queue', ok: [JudgeQueueItemDto] })
  @Get('judge/assignments')
  @Authenticated(Permission.JUDGING)
  queue(@Auth() actor: AuthUser) {
    return this.service.judgeQueue(actor);
  }

  /** Judges (own active assignments), organisers and observers; the policy decides. */
  @ApiRoute({
    summary: 'One assignment with the nomination, the rubric and the score sheet',
    ok: AssignmentDetailDto,
    errors: [400, 403, 404],
  })
  @Get('assignments/:id')
  @Authenticated(Permission.SELF)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  /** A judge reads the evidence of a nomination it is assigned to (organisers and observers too). */
  @ApiRoute({
    summary: 'Download evidence of the assigned nomination',
    file: ATTACHMENT_MIME_TYPES,
    errors: [400, 403, 404],
  })
  @Get('assignments/:id/attachments/:attachmentId')
  @Authenticated(Permission.SELF)
  async attachment(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ) {
    return attachmentFile(await this.service.attachment(actor, id, attachmentId));
  }

  @ApiRoute({ summary: 'Remove an assignment', errors: [400, 404, 409] })
  @Delete('assignments/:id')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  @HttpCode(204)
  unassign(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.unassign(actor, id);
  }

  @ApiRoute({
    summary: 'Recuse oneself from an assignment, with the reason',
    ok: RecusalDto,
    errors: [400, 404, 409],
  })
  @Post('assignments/:id/recuse')
  @Authenticated(Permission.JUDGING)
  @HttpCode(200)
  recuse(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.recuse(actor, id, dto);
  }
}
