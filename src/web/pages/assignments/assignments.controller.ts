import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { EditionsService } from '../../../editions/editions.service';
import { AssignmentsService } from '../../../judging/assignments/assignments.service';
import { ReasonDto } from '../../../judging/dto/assignment.dto';
import { ProgressService } from '../../../judging/progress/progress.service';
import { ScoreSheetsService } from '../../../judging/score-sheets/score-sheets.service';
import { trackJudgingActions } from '../../../judging/track-actions';
import { UserAdminService } from '../../../users/user-admin.service';
import { ALL_JUDGES } from '../../../users/user.policy';
import { FormState, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { safeNext } from '../../web-exception.filter';
import { WebController } from '../../web-routes';
import { ASSIGNMENTS_PAGE, AutoAssignReport } from './assignments.view';

/** Progress, automatic assignment with its report, reopening sheets. */
@ApiExcludeController()
@WebController()
export class AssignmentsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly assignments: AssignmentsService,
    private readonly progress: ProgressService,
    private readonly sheets: ScoreSheetsService,
    private readonly admin: UserAdminService,
  ) {}

  @Get('organizacion/categorias/:id/asignaciones')
  @Authenticated(Permission.PROGRESS_READ)
  assignmentsPage(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.show(actor, id, request, reply);
  }

  /** Runs the automatic assignment and shows its report (who got whom, and who could not get k judges, why). */
  @Post('organizacion/categorias/:id/asignacion-automatica')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  async autoAssign(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    let report: AutoAssignReport;
    try {
      report = await this.assignments.autoAssign(actor, id);
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error);
      return this.show(actor, id, request, reply, null, form, status);
    }
    await this.show(actor, id, request, reply, report);
  }

  @Post('organizacion/asignaciones/:id/reabrir')
  @Authenticated(Permission.SCORE_SHEET_REOPEN)
  reopen(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const back = safeNext(text(body, 'volver')) ?? '/organizacion';
    const trackId = /^\/organizacion\/categorias\/([\w-]{36})\/asignaciones$/.exec(back)?.[1];
    return this.pages.submit(request, reply, {
      values: { reason: text(body, 'reason') },
      act: async () => {
        const done = await this.sheets.reopen(
          actor,
          id,
          await toDto(ReasonDto, { reason: optional(body, 'reason') }),
        );
        return { to: back, notice: 'proposal' in done ? 'actionProposed' : 'reopened' };
      },
      again: async (form, status, error) => {
        if (!trackId) throw error;
        await this.show(actor, trackId, request, reply, null, form, status);
      },
    });
  }

  private async show(
    actor: AuthUser,
    trackId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    report: AutoAssignReport | null = null,
    actionError?: FormState,
    status?: number,
  ) {
    const track = await this.editions.getTrack(actor, trackId);
    const edition = await this.editions.get(actor, track.editionId);
    const can = trackJudgingActions(actor, edition);
    const judgeNames = new Map(
      report && can.seeJudgeAccounts
        ? (await this.admin.list(actor, ALL_JUDGES)).map((u) => [u.id, u.name])
        : [],
    );
    const view = {
      track,
      edition,
      progress: await this.progress.progress(actor, trackId),
      rows: await this.assignments.listForTrack(actor, trackId),
      report,
      judgeName: (id: string) => judgeNames.get(id) ?? id,
      here: `/organizacion/categorias/${trackId}/asignaciones`,
      actionError: actionError ?? null,
      can,
    };
    const title = this.pages.translate(request, 'assignments.title', { track: track.name });
    await this.pages.render(request, reply, ASSIGNMENTS_PAGE, { title, ...view }, { status });
  }
}
