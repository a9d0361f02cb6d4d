import { Body, Get, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { STATES } from '../../../catalog/states';
import { EditionsService } from '../../../editions/editions.service';
import { InstitutionsService } from '../../../institutions/institutions.service';
import {
  ExtensionDto,
  NOMINATION_SORTS,
  NOMINATION_STATUSES,
  NominationQueryDto,
} from '../../../nominations/dto/nomination.dto';
import { mayRecordOnBehalf, nominationConsoleCan } from '../../../nominations/nomination-actions';
import { NominationsService } from '../../../nominations/nominations.service';
import { emptyForm, FormState, text, toDto } from '../../form';
import { isoToLocalInput, localInputToIso } from '../../local-time';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { CONSOLE_NOMINATIONS_PAGE, EXTENSION_PAGE, NominationFilter } from './console-nominations.view';

const PAGE_SIZE = 25;

/** The organiser's nominations of an edition: search, filters, sorting, pages; per-nomination extension. */
@ApiExcludeController()
@WebController()
export class ConsoleNominationsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly nominations: NominationsService,
    private readonly institutions: InstitutionsService,
  ) {}

  @Get('organizacion/ediciones/:id/postulaciones')
  @Authenticated(Permission.PROGRESS_READ)
  async list(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Query() query: Record<string, string | undefined>,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const edition = await this.editions.get(actor, id);
    const tracks = await this.editions.listTracks(actor, id);
    const institutions = await this.institutions.list(actor);
    const filter = filterOf(query);
    // The API's own DTO checks the query (whitelisted sort, bounded numbers): a bad address is a 400 page.
    const dto = await toDto(NominationQueryDto, {
      editionId: id,
      q: filter.q || undefined,
      trackId: filter.trackId || undefined,
      categoryKey: filter.categoryKey || undefined,
      stateCode: filter.stateCode || undefined,
      status: filter.status || undefined,
      institutionId: filter.institutionId || undefined,
      sort: filter.sort,
      order: filter.order,
      page: String(filter.page),
      pageSize: String(PAGE_SIZE),
    });
    const found = await this.nominations.list(actor, dto);
    const names = new Map(institutions.map((i) => [i.id, i.name]));
    const byId = new Map(tracks.map((t) => [t.id, t]));
    const base = `/organizacion/ediciones/${id}/postulaciones`;
    await this.pages.render(request, reply, CONSOLE_NOMINATIONS_PAGE, {
      title: this.pages.translate(request, 'consoleNominations.title', { name: edition.name }),
      edition,
      tracks,
      institutions,
      states: STATES,
      statuses: NOMINATION_STATUSES,
      sorts: NOMINATION_SORTS,
      filter,
      rows: found.items.map((n) => ({
        nomination: n,
        track: byId.get(n.trackId)!,
        nominee: names.get(n.nomineeInstitutionId) ?? '',
        can: nominationConsoleCan(actor, n, edition),
      })),
      total: found.total,
      pageSize: PAGE_SIZE,
      linkWith: (changes) => `${base}?${toQuery({ ...filter, ...changes })}`,
      can: { recordOnBehalf: mayRecordOnBehalf(actor) && edition.finalizedAt === null },
    });
  }

  @Get('organizacion/postulaciones/:id/prorroga')
  @Authenticated(Permission.NOMINATION_REVIEW)
  extensionForm(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.showExtension(actor, id, request, reply, null);
  }

  @Post('organizacion/postulaciones/:id/prorroga')
  @Authenticated(Permission.NOMINATION_REVIEW)
  async extend(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const nomination = await this.nominations.get(actor, id);
    const edition = await this.editions.get(actor, nomination.editionId);
    const until = text(body, 'until');
    await this.pages.submit(request, reply, {
      values: { until },
      act: async () => {
        const dto = await toDto(ExtensionDto, { until: localInputToIso(until, edition.timezone) });
        await this.nominations.extend(actor, id, dto);
        return {
          to: `/organizacion/ediciones/${edition.id}/postulaciones?q=${nomination.key}`,
          notice: 'extended',
        };
      },
      again: (form, status) => this.showExtension(actor, id, request, reply, form, status),
    });
  }

  private async showExtension(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState | null,
    status?: number,
  ) {
    const nomination = await this.nominations.get(actor, id);
    const edition = await this.editions.get(actor, nomination.editionId);
    const current = isoToLocalInput(nomination.extendedUntil ?? edition.nominationsCloseAt, edition.timezone);
    await this.pages.render(
      request,
      reply,
      EXTENSION_PAGE,
      {
        title: this.pages.translate(request, 'consoleNominations.extensionTitle', { key: nomination.key }),
        nomination,
        edition,
        form: form ?? emptyForm({ until: current }),
        current,
      },
      { form: form ?? emptyForm({ until: current }), status },
    );
  }
}

function filterOf(query: Record<string, string | undefined>): NominationFilter {
  const page = Number.parseInt(query.pagina ?? '1', 10);
  return {
    q: query.q ?? '',
    trackId: query.convocatoria ?? '',
    categoryKey: query.categoria ?? '',
    stateCode: query.entidad ?? '',
    status: query.estado ?? '',
    institutionId: query.institucion ?? '',
    sort: query.orden ?? 'key',
    order: query.sentido === 'desc' ? 'desc' : 'asc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

function toQuery(f: NominationFilter): string {
  const params = new URLSearchParams({
    q: f.q,
    convocatoria: f.trackId,
    categoria: f.categoryKey,
    entidad: f.stateCode,
    estado: f.status,
    institucion: f.institutionId,
    orden: f.sort,
    sentido: f.order,
    pagina: String(f.page),
  });
  for (const [k, v] of [...params]) if (!v) params.delete(k);
  return params.toString();
}
