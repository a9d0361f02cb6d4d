import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../auth/access.decorators';
import { AuthUser } from '../../auth/auth-user';
import { Permission, roleCan } from '../../auth/permissions';
import { stateName } from '../../catalog/states';
import { NominationStatus } from '../../domain/intake/nomination-status';
import { EditionsService } from '../../editions/editions.service';
import { TrackEntity } from '../../editions/track.entity';
import { InstitutionsService } from '../../institutions/institutions.service';
import {
  EligibilityDecisionDto,
  NOMINATION_STATUSES,
  NominationQueryDto,
} from '../../nominations/dto/nomination.dto';
import { NominationsService } from '../../nominations/nominations.service';
import { FinalizationService } from '../../results/finalization.service';
import { CreateUserDto, UserQueryDto } from '../../users/dto/user.dto';
import { UserAdminService } from '../../users/user-admin.service';
import { UserView } from '../../users/user.presenter';
import { invitationCan } from '../../accounts/account-links';
import { Role, UserStatus } from '../../users/user.entity';
import { emptyForm, FormState, optional, text, toDto } from '../form';
import { PageId } from '../page-id.pipe';
import { Pages } from '../pages';
import { safeNext } from '../web-exception.filter';
import { WebController } from '../web-routes';

const PAGE_SIZE = 100;

/** The organiser's dashboard: editions and tracks, accounts, eligibility review, finalisation and publication. */
@ApiExcludeController()
@WebController()
export class OrganiserPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly nominations: NominationsService,
    private readonly institutions: InstitutionsService,
    private readonly admin: UserAdminService,
    private readonly finalization: FinalizationService,
  ) {}

  @Get('organizacion')
  @Authenticated(Permission.PROGRESS_READ)
  async dashboard(@Auth() auth: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const editions = await this.editions.list(auth);
    const tracks = new Map<string, TrackEntity[]>();
    for (const e of editions) tracks.set(e.id, await this.editions.listTracks(auth, e.id));
    const pending = await this.admin.list(auth, { status: UserStatus.PENDING });
    await this.pages.render(request, reply, 'pages/dashboard/dashboard', {
      title: this.pages.translate(request, 'dashboard.title'),
      editions,
      tracks,
      pending,
    });
  }

  @Get('organizacion/ediciones/:id')
  @Authenticated(Permission.PROGRESS_READ)
  edition(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.showEdition(auth, id, request, reply);
  }

  @Post('organizacion/ediciones/:id/finalizar')
  @Authenticated(Permission.EDITION_FINALIZE)
  async finalize(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      await this.finalization.finalize(auth, id);
      this.pages.redirect(reply, `/organizacion/ediciones/${id}`, 'finalized');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error);
      await this.showEdition(auth, id, request, reply, form, status);
    }
  }

  @Post('organizacion/ediciones/:id/publicar')
  @Authenticated(Permission.EDITION_PUBLISH)
  async publish(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      await this.finalization.publish(auth, id);
      this.pages.redirect(reply, `/organizacion/ediciones/${id}`, 'published');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error);
      await this.showEdition(auth, id, request, reply, form, status);
    }
  }

  @Get('organizacion/ediciones/:id/elegibilidad')
  @Authenticated(Permission.PROGRESS_READ)
  eligibility(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('estado') status?: string,
    @Query('categoria') trackId?: string,
    @Query('pagina') page?: string,
  ) {
    return this.showEligibility(auth, id, request, reply, { status, trackId, page });
  }

  @Post('organizacion/postulaciones/:id/elegibilidad')
  @Authenticated(Permission.NOMINATION_REVIEW)
  async decide(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const back = safeNext(text(body, 'volver'));
    try {
      const dto = await toDto(EligibilityDecisionDto, {
        decision: optional(body, 'decision'),
        reason: optional(body, 'reason'),
      });
      await this.nominations.decideEligibility(auth, id, dto);
      this.pages.redirect(reply, back ?? `/postulaciones/${id}`, 'decided');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, {
        decision: text(body, 'decision'),
        reason: text(body, 'reason'),
      });
      const nomination = await this.nominations.get(auth, id);
      await this.showEligibility(
        auth,
        nomination.editionId,
        request,
        reply,
        { status: nomination.status, trackId: nomination.trackId },
        { id, form },
        status,
      );
    }
  }

  @Get('organizacion/usuarios')
  @Authenticated(Permission.USER_READ)
  users(
    @Auth() auth: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('rol') role?: string,
    @Query('estado') status?: string,
  ) {
    return this.showUsers(auth, request, reply, emptyForm({ role: Role.JUDGE }), undefined, { role, status });
  }

  @Post('organizacion/usuarios')
  @Authenticated(Permission.USER_MANAGE)
  async createUser(
    @Auth() auth: AuthUser,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const values = {
      name: text(body, 'name'),
      email: text(body, 'email'),
      role: text(body, 'role'),
      institutionId: text(body, 'institutionId'),
    };
    try {
      const dto = await toDto(CreateUserDto, {
        name: optional(body, 'name'),
        email: optional(body, 'email'),
        role: optional(body, 'role'),
        password: text(body, 'password') || undefined,
        institutionId: optional(body, 'institutionId'),
      });
      await this.admin.create(auth, dto);
      // Without a password the person was invited by mail (UserAdminService.create).
      this.pages.redirect(reply, '/organizacion/usuarios', dto.password ? 'userCreated' : 'userInvited');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, values);
      await this.showUsers(auth, request, reply, form, status);
    }
  }

  @Post('organizacion/usuarios/:id/aprobar')
  @Authenticated(Permission.USER_MANAGE)
  async approve(
    @Auth() auth: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    try {
      await this.admin.approve(auth, id);
      this.pages.redirect(reply, '/organizacion/usuarios', 'approved');
    } catch (error) {
      const { form, status } = this.pages.failedForm(request, error, { role: Role.JUDGE });
      await this.showUsers(auth, request, reply, form, status);
    }
  }

  private async showEdition(
    auth: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    actionError?: FormState,
    status?: number,
  ) {
    const edition = await this.editions.get(auth, id);
    const tracks = await this.editions.listTracks(auth, id);
    const seal = edition.finalizedAt ? await this.finalization.seal(auth, id).catch(() => null) : null;
    const counts = new Map<string, Record<string, number>>();
    for (const track of tracks) {
      const byStatus: Record<string, number> = {};
      for (const s of NOMINATION_STATUSES) {
        byStatus[s] = (
          await this.nominations.list(auth, { trackId: track.id, status: s, pageSize: 1 })
        ).total;
      }
      counts.set(track.id, byStatus);
    }
    await this.pages.render(
      request,
      reply,
      'pages/edition/edition',
      {
        title: edition.name,
        edition,
        tracks,
        counts,
        statuses: NOMINATION_STATUSES,
        seal,
        stateName: (code: string) => stateName(code) ?? code,
        actionError: actionError ?? null,
      },
      { status },
    );
  }

  private async showEligibility(
    auth: AuthUser,
    editionId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    filter: { status?: string; trackId?: string; page?: string },
    rowError?: { id: string; form: FormState },
    status?: number,
  ) {
    const edition = await this.editions.get(auth, editionId);
    const tracks = await this.editions.listTracks(auth, editionId);
    const wanted = (NOMINATION_STATUSES as string[]).includes(filter.status ?? '')
      ? (filter.status as NominationStatus)
      : filter.status === 'ALL'
        ? undefined
        : 'SUBMITTED';
    const trackId = tracks.some((t) => t.id === filter.trackId) ? filter.trackId : undefined;
    const query: NominationQueryDto = {
      editionId,
      trackId,
      status: wanted,
      page: Math.max(1, Number.parseInt(filter.page ?? '1', 10) || 1),
      pageSize: PAGE_SIZE,
    };
    const result = await this.nominations.list(auth, query);
    const institutions = await this.institutions.list(auth);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const here = `/organizacion/ediciones/${editionId}/elegibilidad?estado=${wanted ?? 'ALL'}${trackId ? `&categoria=${trackId}` : ''}`;
    await this.pages.render(
      request,
      reply,
      'pages/eligibility/eligibility',
      {
        title: this.pages.translate(request, 'eligibility.title', { edition: edition.name }),
        edition,
        tracks,
        trackById: new Map(tracks.map((t) => [t.id, t])),
        result,
        statuses: NOMINATION_STATUSES,
        filter: { status: wanted ?? 'ALL', trackId: trackId ?? '' },
        here,
        institutionName: (id: string) => names.get(id) ?? id,
        stateName: (code: string | null) => (code ? (stateName(code) ?? code) : '—'),
        rowError: rowError ?? null,
        pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
      },
      { status },
    );
  }

  private async showUsers(
    auth: AuthUser,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
    filter: { role?: string; status?: string } = {},
  ) {
    const query = await toDto(UserQueryDto, {
      role: filter.role || undefined,
      status: filter.status || undefined,
    }).catch((): UserQueryDto => ({}));
    const users = await this.admin.list(auth, query);
    const institutions = await this.institutions.list(auth);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    await this.pages.render(
      request,
      reply,
      'pages/users/users',
      {
        title: this.pages.translate(request, 'users.title'),
        users,
        institutions,
        institutionName: (id: string | null) => (id ? (names.get(id) ?? id) : '—'),
        roles: Object.values(Role),
        userStatuses: Object.values(UserStatus),
        filter: { role: query.role ?? '', status: query.status ?? '' },
        manage: roleCan(auth.role, Permission.USER_MANAGE),
        invitationCan: (account: UserView) => invitationCan(auth, account),
      },
      { form, status },
    );
  }
}
