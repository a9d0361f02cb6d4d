import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { isInCompetition } from '../../../domain/intake/nomination-status';
import { EditionsService } from '../../../editions/editions.service';
import { AssignmentsService } from '../../../judging/assignments/assignments.service';
import { AssignmentStatus } from '../../../database/schema/assignment.entity';
import { ManualAssignmentDto } from '../../../judging/dto/assignment.dto';
import { assignmentAccess, assignmentsCan } from '../../../judging/judging.policy';
import { PanelsService } from '../../../judging/panels/panels.service';
import { NominationsService } from '../../../nominations/nominations.service';
import { emptyForm, FormState, optional, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { MANUAL_ASSIGNMENT_PAGE } from './manual-assignment.view';

/** Manual assignment: an organiser's own choice of judge (refused with the conflict named), and withdrawal. */
@ApiExcludeController()
@WebController()
export class ManualAssignmentPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly panels: PanelsService,
    private readonly assignments: AssignmentsService,
    private readonly nominations: NominationsService,
  ) {}

  @Get('organizacion/categorias/:id/asignacion-manual')
  @Authenticated(Permission.ASSIGNMENT_READ)
  show(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.render(actor, id, request, reply, emptyForm());
  }

  @Post('organizacion/categorias/:id/asignacion-manual')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  assign(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { nominationId: optional(body, 'nominationId'), judgeId: optional(body, 'judgeId') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.assignments.assign(actor, id, await toDto(ManualAssignmentDto, values));
        return { to: `/organizacion/categorias/${id}/asignacion-manual`, notice: 'assigned' };
      },
      again: (form, status) => this.render(actor, id, request, reply, form, status),
    });
  }

  @Post('organizacion/asignaciones/:id/retirar')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  async unassign(@Auth() actor: AuthUser, @Param('id', PageId) id: string, @Res() reply: FastifyReply) {
    const assignment = await this.assignments.get(actor, id);
    await this.assignments.unassign(actor, id);
    this.pages.redirect(
      reply,
      `/organizacion/categorias/${assignment.track.id}/asignacion-manual`,
      'unassigned',
    );
  }

  private async render(
    actor: AuthUser,
    trackId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
  ) {
    const track = await this.editions.getTrack(actor, trackId);
    const panel = await this.panels.get(actor, trackId);
    const rows = await this.assignments.listForTrack(actor, trackId);
    const nominations = [];
    for (let page = 1; ; page++) {
      const found = await this.nominations.list(actor, { trackId, sort: 'key', page, pageSize: 200 });
      nominations.push(...found.items.filter((n) => isInCompetition(n.status)));
      if (page * found.pageSize >= found.total) break;
    }
    const judgeName = (judge: { name: string } | { pseudonym: string }) =>
      'name' in judge ? judge.name : judge.pseudonym;
    await this.pages.render(
      request,
      reply,
      MANUAL_ASSIGNMENT_PAGE,
      {
        title: this.pages.translate(request, 'manualAssignment.title', { track: track.name }),
        track,
        nominations: nominations.map((n) => ({ id: n.id, key: n.key, title: n.title })),
        judges: panel.members.flatMap((m) =>
          'id' in m.judge ? [{ id: m.judge.id, name: m.judge.name }] : [],
        ),
        assignments: rows
          .filter((a) => a.status === AssignmentStatus.ACTIVE)
          .map((a) => ({
            id: a.id,
            nominationKey: a.nomination?.key ?? '',
            title: a.nomination?.title ?? '',
            judge: judgeName(a.judge),
            sheet: a.scoreSheet?.status ?? null,
            canUnassign: assignmentAccess(actor, { judgeId: '', status: a.status }, 'UNASSIGN') === 'ALLOW',
          })),
        form,
        can: assignmentsCan(actor),
      },
      { form, status },
    );
  }
}
