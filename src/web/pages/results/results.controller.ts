import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { EditionsService } from '../../../editions/editions.service';
import { AWARDS, CreateOverrideDto, OVERRIDE_KINDS } from '../../../results/dto/override.dto';
import { resultsActions } from '../../../results/results.policy';
import { ResultsService } from '../../../results/results.service';
import { emptyForm, FormState, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { RESULTS_PAGE } from './results.view';

const resultsUrl = (trackId: string) => `/organizacion/categorias/${trackId}/resultados`;

/** Results preview with tie traces and robustness flags, and the overrides (the jury's minutes). */
@ApiExcludeController()
@WebController()
export class ResultsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly results: ResultsService,
  ) {}

  @Get('organizacion/categorias/:id/resultados')
  @Authenticated(Permission.RESULTS_PREVIEW)
  preview(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.show(actor, id, request, reply, emptyForm({ kind: 'SET_AWARD' }));
  }

  @Post('organizacion/categorias/:id/ajustes')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  createOverride(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: {
        nominationId: text(body, 'nominationId'),
        kind: text(body, 'kind'),
        award: text(body, 'award'),
        justification: text(body, 'justification'),
      },
      act: async () => {
        const kind = optional(body, 'kind');
        const dto = await toDto(CreateOverrideDto, {
          nominationId: optional(body, 'nominationId'),
          kind,
          award: kind === 'SET_AWARD' ? (optional(body, 'award') ?? null) : undefined,
          justification: optional(body, 'justification'),
        });
        const done = await this.results.createOverride(actor, id, dto);
        return { to: resultsUrl(id), notice: 'proposal' in done ? 'overrideProposed' : 'overrideCreated' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  @Post('organizacion/categorias/:id/ajustes/:overrideId/eliminar')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  deleteOverride(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('overrideId', PageId) overrideId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        await this.results.deleteOverride(actor, id, overrideId);
        return { to: resultsUrl(id), notice: 'overrideDeleted' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  private async show(
    actor: AuthUser,
    trackId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
  ) {
    const track = await this.editions.getTrack(actor, trackId);
    const edition = await this.editions.get(actor, track.editionId);
    const preview = await this.results.previewTrack(actor, trackId);
    const view = {
      track,
      edition,
      preview,
      categoryName: (key: string | null) =>
        key === null ? null : (track.categories.find((c) => c.key === key)?.name ?? key),
      kinds: OVERRIDE_KINDS,
      awards: AWARDS,
      can: resultsActions(actor, edition),
    };
    const title = this.pages.translate(request, 'results.title', { track: track.name });
    await this.pages.render(request, reply, RESULTS_PAGE, { title, ...view }, { form, status });
  }
}
