import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { STATES, stateName } from '../../../catalog/states';
import { EditionsService } from '../../../editions/editions.service';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { AffiliationsDto, DeclareConflictDto, PanelDto } from '../../../judging/dto/panel.dto';
import { PanelsService } from '../../../judging/panels/panels.service';
import { trackJudgingActions } from '../../../judging/track-actions';
import { NominationsService } from '../../../nominations/nominations.service';
import { UserAdminService } from '../../../users/user-admin.service';
import { ACTIVE_JUDGES, ACTIVE_ORGANISERS } from '../../../users/user.policy';
import { emptyForm, list, numberOrText, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { safeNext } from '../../web-exception.filter';
import { WebController } from '../../web-routes';
import { Affiliations, PANEL_PAGE, PanelErrors } from './panel.view';

const panelUrl = (trackId: string) => `/organizacion/categorias/${trackId}/panel`;

/** Panels, conflicts and affiliations. */
@ApiExcludeController()
@WebController()
export class PanelPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly panels: PanelsService,
    private readonly nominations: NominationsService,
    private readonly institutions: InstitutionsService,
    private readonly admin: UserAdminService,
  ) {}

  @Get('organizacion/categorias/:id/panel')
  @Authenticated(Permission.PANEL_READ)
  panel(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.show(actor, id, request, reply, {});
  }

  @Post('organizacion/categorias/:id/panel')
  @Authenticated(Permission.PANEL_MANAGE)
  savePanel(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        const members = list(body, 'members').map((judgeId) => ({
          judgeId,
          capacity: numberOrText(text(body, `capacity.${judgeId}`)) ?? null,
        }));
        await this.panels.replace(actor, id, await toDto(PanelDto, { members }));
        return { to: panelUrl(id), notice: 'panelSaved' };
      },
      again: (form, status) => this.show(actor, id, request, reply, { panel: form }, status),
    });
  }

  @Post('organizacion/categorias/:id/conflictos')
  @Authenticated(Permission.PANEL_MANAGE)
  declareConflict(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const fields = ['judgeId', 'nominationId', 'institutionId', 'reason'];
    return this.pages.submit(request, reply, {
      values: Object.fromEntries(fields.map((name) => [name, text(body, name)])),
      act: async () => {
        const dto = await toDto(
          DeclareConflictDto,
          Object.fromEntries(fields.map((n) => [n, optional(body, n)])),
        );
        await this.panels.declareConflict(actor, id, dto);
        return { to: panelUrl(id), notice: 'conflictDeclared' };
      },
      again: (form, status) => this.show(actor, id, request, reply, { conflict: form }, status),
    });
  }

  @Post('organizacion/categorias/:id/conflictos/:conflictId/eliminar')
  @Authenticated(Permission.PANEL_MANAGE)
  async removeConflict(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('conflictId', PageId) conflictId: string,
    @Res() reply: FastifyReply,
  ) {
    await this.panels.removeConflict(actor, id, conflictId);
    this.pages.redirect(reply, panelUrl(id), 'conflictRemoved');
  }

  /** Adds one affiliation to a judge (institution, state or both), or removes one; every one counts for conflicts. */
  @Post('organizacion/jurados/:id/afiliaciones')
  @Authenticated(Permission.PANEL_MANAGE)
  affiliations(
    @Auth() actor: AuthUser,
    @Param('id', PageId) judgeId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const back = safeNext(text(body, 'volver')) ?? '/organizacion';
    const trackId = /^\/organizacion\/categorias\/([\w-]{36})\/panel$/.exec(back)?.[1];
    return this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        const current = (await this.panels.getAffiliations(actor, judgeId)).map((a) => ({
          id: a.id,
          institutionId: a.institutionId,
          stateCode: a.stateCode,
        }));
        const removed = optional(body, 'remove');
        const added = {
          id: '',
          institutionId: optional(body, 'institutionId') ?? null,
          stateCode: optional(body, 'stateCode') ?? null,
        };
        const next = removed ? current.filter((a) => a.id !== removed) : [...current, added];
        const dto = await toDto(AffiliationsDto, {
          affiliations: next.map(({ institutionId, stateCode }) => ({ institutionId, stateCode })),
        });
        await this.panels.replaceAffiliations(actor, judgeId, dto);
        return { to: back, notice: 'affiliationsSaved' };
      },
      again: async (form, status, error) => {
        // Posted from somewhere else than a panel page: no form to show the problem in, the error page does.
        if (!trackId) throw error;
        await this.show(actor, trackId, request, reply, { affiliations: { judgeId, form } }, status);
      },
    });
  }

  private async show(
    actor: AuthUser,
    trackId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    errors: PanelErrors,
    status?: number,
  ) {
    const track = await this.editions.getTrack(actor, trackId);
    const edition = await this.editions.get(actor, track.editionId);
    const panel = await this.panels.get(actor, trackId);
    const can = trackJudgingActions(actor, edition);
    const judges = can.seeJudgeAccounts ? await this.admin.list(actor, ACTIVE_JUDGES) : [];
    const organisers = can.managePanel ? await this.admin.list(actor, ACTIVE_ORGANISERS) : [];
    const affiliations = new Map<string, Affiliations>();
    for (const person of [...judges, ...organisers]) {
      affiliations.set(person.id, await this.panels.getAffiliations(actor, person.id));
    }
    const nominations = (await this.nominations.list(actor, { trackId, pageSize: 200 })).items.filter(
      (n) => n.status === 'SUBMITTED' || n.status === 'ELIGIBLE',
    );
    const institutions = await this.institutions.list(actor);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const view = {
      track,
      edition,
      panel,
      judges,
      organisers,
      members: new Map(panel.members.flatMap((m) => ('id' in m.judge ? [[m.judge.id, m] as const] : []))),
      affiliations,
      nominations,
      institutions,
      states: STATES,
      institutionName: (id: string | null) => (id ? (names.get(id) ?? id) : '—'),
      stateName: (code: string | null) => (code ? (stateName(code) ?? code) : '—'),
      here: panelUrl(trackId),
      panelForm: errors.panel ?? emptyForm(),
      conflictForm: errors.conflict ?? emptyForm(),
      affiliationError: errors.affiliations ?? null,
      can,
    };
    const title = this.pages.translate(request, 'panel.title', { track: track.name });
    await this.pages.render(request, reply, PANEL_PAGE, { title, ...view }, { status });
  }
}
