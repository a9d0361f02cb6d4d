import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { attachmentFile } from '../../nominations/attachment-file';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ManualAssignmentDto, ReasonDto } from '../dto/assignment.dto';
import { AssignmentsService } from './assignments.service';

@ApiTags('judging')
@Controller()
export class AssignmentsController {
  constructor(private readonly service: AssignmentsService) {}

  @Post('tracks/:id/assignments/auto')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  @HttpCode(200)
  auto(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.autoAssign(actor, id);
  }

  @Post('tracks/:id/assignments')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  assign(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ManualAssignmentDto) {
    return this.service.assign(actor, id, dto);
  }

  @Get('tracks/:id/assignments')
  @Authenticated(Permission.ASSIGNMENT_READ)
  listForTrack(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.listForTrack(actor, id);
  }

  @Get('judge/assignments')
  @Authenticated(Permission.JUDGING)
  queue(@Auth() actor: AuthUser) {
    return this.service.judgeQueue(actor);
  }

  /** Judges (own active assignments), organisers and observers; the policy decides. */
  @Get('assignments/:id')
  @Authenticated(Permission.SELF)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  /** A judge reads the evidence of a nomination it is assigned to (organisers and observers too). */
  @Get('assignments/:id/attachments/:attachmentId')
  @Authenticated(Permission.SELF)
  async attachment(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ) {
    return attachmentFile(await this.service.attachment(actor, id, attachmentId));
  }

  @Delete('assignments/:id')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  @HttpCode(204)
  unassign(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.unassign(actor, id);
  }

  @Post('assignments/:id/recuse')
  @Authenticated(Permission.JUDGING)
  @HttpCode(200)
  recuse(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.recuse(actor, id, dto);
  }
}
