import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../auth/access.decorators';
import { AuthUser } from '../../auth/auth-user';
import { Permission, roleCan } from '../../auth/permissions';
import { STATES, stateName } from '../../catalog/states';
import { EditionsService } from '../../editions/editions.service';
import { InstitutionsService } from '../../institutions/institutions.service';
import { AssignmentsService } from '../../judging/assignments/assignments.service';
import { ReasonDto } from '../../judging/dto/assignment.dto';
import { AffiliationsDto, DeclareConflictDto, PanelDto } from '../../judging/dto/panel.dto';
import { PanelsService } from '../../judging/panels/panels.service';
import { ProgressService } from '../../judging/progress/progress.service';
import { ScoreSheetsService } from '../../judging/score-sheets/score-sheets.service';
import { NominationsService } from '../../nominations/nominations.service';
import { UserAdminService } from '../../users/user-admin.service';
import { Role, UserStatus } from '../../users/user.entity';
import { emptyForm, FormState, list, numberOrText, optional, text, toDto } from '../form';
import { PageId } from '../page-id.pipe';
import { Pages } from '../pages';
import { safeNext } from '../web-exception.filter';
import { WebController } from '../web-routes';

type AutoAssignReport = Awaited<ReturnType<AssignmentsService['autoAssign']>>;

/** Panels, conflicts, affiliations, automatic assignment with its report, progress, reopening sheets. */
@ApiExcludeController()
@WebController()
export class OrganiserJudgingPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly panels: PanelsService,
    private readonly assignments: AssignmentsService,
    private readonly progress: ProgressService,
    private readonly sheets: ScoreSheetsService,
    private readonly nominations: NominationsService,
    private readonly institutions: InstitutionsService,
    private readonly admin: UserAdminService,
  ) {}

  @Get('organizacion/categorias/:id/panel')
  @Authenticated(Permission.PANEL_READ)
  panel(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.showPanel(auth, id, request, reply, {});
  }

  @Post('organizacion/categorias/:id/panel')
  @Authenticated(Permission.PANEL_MANAGE)
  async savePanel(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    try {
      const members = list(body, 'members').map((judgeId) => ({
        judgeId,
        capacity: numberOrText(text(body, `capacity.${judgeId}`)) ?? null,
      }));
      const dto = await toDto(PanelDto, { members });
      await this.panels.replace(auth, id, dto);
      this.pages.redirect(reply, `/organizacion/categorias/${id}/panel`, 'panelSaved');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error);
      await this.showPanel(auth, id, request, reply, { panel: form }, status);
    }
  }

  @Post('organizacion/categorias/:id/conflictos')
  @Authenticated(Permission.PANEL_MANAGE)
  async declareConflict(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const values = {
      judgeId: text(body, 'judgeId'),
      nominationId: text(body, 'nominationId'),
      institutionId: text(body, 'institutionId'),
      reason: text(body, 'reason'),
    };
    try {
      const dto = await toDto(DeclareConflictDto, {
        judgeId: optional(body, 'judgeId'),
        nominationId: optional(body, 'nominationId'),
        institutionId: optional(body, 'institutionId'),
        reason: optional(body, 'reason'),
      });
      await this.panels.declareConflict(auth, id, dto);
      this.pages.redirect(reply, `/organizacion/categorias/${id}/panel`, 'conflictDeclared');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, values);
      await this.showPanel(auth, id, request, reply, { conflict: form }, status);
    }
  }

  @Post('organizacion/categorias/:id/conflictos/:conflictId/eliminar')
  @Authenticated(Permission.PANEL_MANAGE)
  async removeConflict(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Param('conflictId', PageId) conflictId: string,
    @Res() reply: FastifyReply,
  ) {
    await this.panels.removeConflict(auth, id, conflictId);
    this.pages.redirect(reply, `/organizacion/categorias/${id}/panel`, 'conflictRemoved');
  }

  /** Adds one affiliation to a judge (institution, state or both), or removes one; every one counts for conflicts. */
  @Post('organizacion/jurados/:id/afiliaciones')
  @Authenticated(Permission.PANEL_MANAGE)
  async affiliations(
    @Auth() auth: AuthUser,
    @Param('id', PageId) judgeId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const back = safeNext(text(body, 'volver')) ?? '/organizacion';
    const trackId = /^\/organizacion\/categorias\/([\w-]{36})\/panel$/.exec(back)?.[1];
    try {
      const current = (await this.panels.getAffiliations(auth, judgeId)).map((a) => ({
        id: a.id,
        institutionId: a.institutionId,
        stateCode: a.stateCode,
      }));
      const removed = optional(body, 'remove');
      const next = removed
        ? current.filter((a) => a.id !== removed)
        : [
            ...current,
            {
              id: '',
              institutionId: optional(body, 'institutionId') ?? null,
              stateCode: optional(body, 'stateCode') ?? null,
            },
          ];
      const dto = await toDto(AffiliationsDto, {
        affiliations: next.map(({ institutionId, stateCode }) => ({ institutionId, stateCode })),
      });
      await this.panels.replaceAffiliations(auth, judgeId, dto);
      this.pages.redirect(reply, back, 'affiliationsSaved');
    } catch (error) {
      if (!trackId) throw error;
      const { form, status } = this.pages.failedForm(request, error);
      await this.showPanel(auth, trackId, request, reply, { affiliations: { judgeId, form } }, status);
    }
  }

  @Get('organizacion/categorias/:id/asignaciones')
  @Authenticated(Permission.PROGRESS_READ)
  assignmentsPage(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.showAssignments(auth, id, request, reply);
  }

  /** Runs the automatic assignment and shows its report (who got whom, and who could not get k judges, why). */
  @Post('organizacion/categorias/:id/asignacion-automatica')
  @Authenticated(Permission.ASSIGNMENT_MANAGE)
  async autoAssign(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      const report = await this.assignments.autoAssign(auth, id);
      await this.showAssignments(auth, id, request, reply, report);
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error);
      await this.showAssignments(auth, id, request, reply, null, form, status);
    }
  }

  @Post('organizacion/asignaciones/:id/reabrir')
  @Authenticated(Permission.SCORE_SHEET_REOPEN)
  async reopen(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const back = safeNext(text(body, 'volver')) ?? '/organizacion';
    const trackId = /^\/organizacion\/categorias\/([\w-]{36})\/asignaciones$/.exec(back)?.[1];
    try {
      const dto = await toDto(ReasonDto, { reason: optional(body, 'reason') });
      await this.sheets.reopen(auth, id, dto);
      this.pages.redirect(reply, back, 'reopened');
    } catch (error) {
      if (!trackId) throw error;
      const { form, status } = this.pages.failedForm(request, error, { reason: text(body, 'reason') });
      await this.showAssignments(auth, trackId, request, reply, null, form, status);
    }
  }

  private async showPanel(
    auth: AuthUser,
    trackId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    errors: { panel?: FormState; conflict?: FormState; affiliations?: { judgeId: string; form: FormState } },
    status?: number,
  ) {
    const track = await this.editions.getTrack(auth, trackId);
    const edition = await this.editions.get(auth, track.editionId);
    const panel = await this.panels.get(auth, trackId);
    const manage = roleCan(auth.role, Permission.PANEL_MANAGE);
    const judges = manage ? await this.admin.list(auth, { role: Role.JUDGE, status: UserStatus.ACTIVE }) : [];
    const affiliations = new Map<string, Awaited<ReturnType<PanelsService['getAffiliations']>>>();
    for (const judge of judges) affiliations.set(judge.id, await this.panels.getAffiliations(auth, judge.id));
    const nominations = (await this.nominations.list(auth, { trackId, pageSize: 200 })).items.filter(
      (n) => n.status === 'SUBMITTED' || n.status === 'ELIGIBLE',
    );
    const institutions = await this.institutions.list(auth);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const members = new Map(
      panel.members.flatMap((m) => ('id' in m.judge ? [[m.judge.id, m] as const] : [])),
    );
    await this.pages.render(
      request,
      reply,
      'pages/panel/panel',
      {
        title: this.pages.translate(request, 'panel.title', { track: track.name }),
        track,
        edition,
        panel,
        judges,
        members,
        affiliations,
        nominations,
        institutions,
        states: STATES,
        institutionName: (id: string | null) => (id ? (names.get(id) ?? id) : '—'),
        stateName: (code: string | null) => (code ? (stateName(code) ?? code) : '—'),
        manage,
        here: `/organizacion/categorias/${trackId}/panel`,
        panelForm: errors.panel ?? emptyForm(),
        conflictForm: errors.conflict ?? emptyForm(),
        affiliationError: errors.affiliations ?? null,
      },
      { status },
    );
  }

  private async showAssignments(
    auth: AuthUser,
    trackId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    report: AutoAssignReport | null = null,
    actionError?: FormState,
    status?: number,
  ) {
    const track = await this.editions.getTrack(auth, trackId);
    const edition = await this.editions.get(auth, track.editionId);
    const progress = await this.progress.progress(auth, trackId);
    const rows = await this.assignments.listForTrack(auth, trackId);
    const judgeNames = new Map(
      report && roleCan(auth.role, Permission.USER_READ)
        ? (await this.admin.list(auth, { role: Role.JUDGE })).map((u) => [u.id, u.name])
        : [],
    );
    await this.pages.render(
      request,
      reply,
      'pages/assignments/assignments',
      {
        title: this.pages.translate(request, 'assignments.title', { track: track.name }),
        track,
        edition,
        progress,
        rows,
        report,
        judgeName: (id: string) => judgeNames.get(id) ?? id,
        here: `/organizacion/categorias/${trackId}/asignaciones`,
        actionError: actionError ?? null,
      },
      { status },
    );
  }
}
