import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { stateName } from '../../../catalog/states';
import { NominationStatus } from '../../../domain/intake/nomination-status';
import { EditionsService } from '../../../editions/editions.service';
import { InstitutionsService } from '../../../institutions/institutions.service';
import { EligibilityDecisionDto, NOMINATION_STATUSES } from '../../../nominations/dto/nomination.dto';
import { mayDecideEligibility } from '../../../nominations/nomination.policy';
import { NominationsService } from '../../../nominations/nominations.service';
import { FormState, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { safeNext } from '../../web-exception.filter';
import { WebController } from '../../web-routes';
import { ELIGIBILITY_PAGE } from './eligibility.view';

const PAGE_SIZE = 100;

interface Filter {
  status?: string;
  trackId?: string;
  page?: string;
}

/** The eligibility review, and the decision (also posted from a nomination's page). */
@ApiExcludeController()
@WebController()
export class EligibilityPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly nominations: NominationsService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get('organizacion/ediciones/:id/elegibilidad')
  @Authenticated(Permission.PROGRESS_READ)
  eligibility(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Query('estado') status?: string,
    @Query('categoria') trackId?: string,
    @Query('pagina') page?: string,
  ) {
    return this.show(actor, id, request, reply, { status, trackId, page });
  }

  @Post('organizacion/postulaciones/:id/elegibilidad')
  @Authenticated(Permission.NOMINATION_REVIEW)
  decide(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: { decision: text(body, 'decision'), reason: text(body, 'reason') },
      act: async () => {
        const dto = await toDto(EligibilityDecisionDto, {
          decision: optional(body, 'decision'),
          reason: optional(body, 'reason'),
        });
        await this.nominations.decideEligibility(actor, id, dto);
        return { to: safeNext(text(body, 'volver')) ?? `/postulaciones/${id}`, notice: 'decided' };
      },
      again: async (form, status) => {
        const n = await this.nominations.get(actor, id);
        const filter = { status: n.status, trackId: n.trackId };
        await this.show(actor, n.editionId, request, reply, filter, { id, form }, status);
      },
    });
  }

  private async show(
    actor: AuthUser,
    editionId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    filter: Filter,
    rowError?: { id: string; form: FormState },
    status?: number,
  ) {
    const edition = await this.editions.get(actor, editionId);
    const tracks = await this.editions.listTracks(actor, editionId);
    const wanted = (NOMINATION_STATUSES as string[]).includes(filter.status ?? '')
      ? (filter.status as NominationStatus)
      : filter.status === 'ALL'
        ? undefined
        : 'SUBMITTED';
    const trackId = tracks.some((t) => t.id === filter.trackId) ? filter.trackId : undefined;
    const result = await this.nominations.list(actor, {
      editionId,
      trackId,
      status: wanted,
      page: Math.max(1, Number.parseInt(filter.page ?? '1', 10) || 1),
      pageSize: PAGE_SIZE,
    });
    const names = new Map((await this.institutions.list(actor)).map((i) => [i.id, i.name]));
    const view = {
      edition,
      tracks,
      trackById: new Map(tracks.map((t) => [t.id, t])),
      result,
      statuses: NOMINATION_STATUSES,
      filter: { status: wanted ?? 'ALL', trackId: trackId ?? '' },
      here: `/organizacion/ediciones/${editionId}/elegibilidad?estado=${wanted ?? 'ALL'}${trackId ? `&categoria=${trackId}` : ''}`,
      institutionName: (id: string) => names.get(id) ?? id,
      stateName: (code: string | null) => (code ? (stateName(code) ?? code) : '—'),
      rowError: rowError ?? null,
      pageCount: Math.max(1, Math.ceil(result.total / PAGE_SIZE)),
      mayDecide: (n: { status: NominationStatus }) => mayDecideEligibility(actor, n, edition),
    };
    const title = this.pages.translate(request, 'eligibility.title', { edition: edition.name });
    await this.pages.render(request, reply, ELIGIBILITY_PAGE, { title, ...view }, { status });
  }
}
