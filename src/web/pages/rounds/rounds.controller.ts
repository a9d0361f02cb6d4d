import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { EditionsService } from '../../../editions/editions.service';
import { CloseRoundDto } from '../../../results/dto/round.dto';
import { roundsActions } from '../../../results/results.policy';
import { ResultsService } from '../../../results/results.service';
import { RoundsService } from '../../../results/rounds/rounds.service';
import { DeliberationService } from '../../../judging/deliberation/deliberation.service';
import { ReasonDto } from '../../../judging/dto/assignment.dto';
import { emptyForm, FormState, list, numberOrText, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { ROUNDS_PAGE } from './rounds.view';

const roundsUrl = (trackId: string) => `/organizacion/categorias/${trackId}/rondas`;

/** A track's rounds: history, the current ranking, and closing the round with its shortlist. */
@ApiExcludeController()
@WebController()
export class RoundsPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly results: ResultsService,
    private readonly rounds: RoundsService,
    private readonly deliberation: DeliberationService,
  ) {}

  @Get('organizacion/categorias/:id/rondas')
  @Authenticated(Permission.RESULTS_PREVIEW)
  async page(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.show(actor, id, request, reply, emptyForm({ rule: 'TOP_N' }));
  }

  @Post('organizacion/categorias/:id/rondas/cerrar')
  @Authenticated(Permission.ROUND_MANAGE)
  close(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const rule = text(body, 'rule');
    return this.pages.submit(request, reply, {
      values: {
        rule,
        size: text(body, 'size'),
        cut: text(body, 'cut'),
        nominationIds: list(body, 'nominationIds'),
        justification: text(body, 'justification'),
      },
      act: async () => {
        const dto = await toDto(CloseRoundDto, {
          rule,
          ...(rule === 'TOP_N' ? { size: numberOrText(text(body, 'size')) } : {}),
          ...(rule === 'CUT' ? { cut: numberOrText(text(body, 'cut')) } : {}),
          ...(rule === 'SELECTION' ? { nominationIds: list(body, 'nominationIds') } : {}),
          justification: optional(body, 'justification') ?? null,
        });
        await this.rounds.close(actor, id, dto);
        return { to: roundsUrl(id), notice: 'roundClosed' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  @Post('organizacion/categorias/:id/consenso/abrir')
  @Authenticated(Permission.ROUND_MANAGE)
  openConsensus(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.consensus(actor, id, request, reply, body, true);
  }

  @Post('organizacion/categorias/:id/consenso/cerrar')
  @Authenticated(Permission.ROUND_MANAGE)
  closeConsensus(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.consensus(actor, id, request, reply, body, false);
  }

  private consensus(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    body: unknown,
    open: boolean,
  ) {
    return this.pages.submit(request, reply, {
      values: { consensusReason: text(body, 'consensusReason') },
      act: async () => {
        const dto = await toDto(ReasonDto, { reason: text(body, 'consensusReason') });
        if (open) await this.deliberation.openConsensus(actor, id, dto);
        else await this.deliberation.closeConsensus(actor, id, dto);
        return { to: `${roundsUrl(id)}#consenso`, notice: open ? 'consensusOpened' : 'consensusClosed' };
      },
      again: (form, status) => this.show(actor, id, request, reply, renamed(form), status),
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
    const rounds = await this.rounds.list(actor, trackId);
    const track = await this.editions.getTrack(actor, trackId);
    const edition = await this.editions.get(actor, track.editionId);
    const preview = await this.results.previewTrack(actor, trackId);
    const title = this.pages.translate(request, 'rounds.title', { track: track.name });
    const view = { track, edition, rounds, preview, can: roundsActions(actor, edition) };
    await this.pages.render(request, reply, ROUNDS_PAGE, { title, ...view }, { form, status });
  }
}

/** The reason's problems belong to the consensus form's field (the API names it `reason`). */
function renamed(form: FormState): FormState {
  const errors = { ...form.errors };
  if (errors.reason) {
    errors.consensusReason = errors.reason;
    delete errors.reason;
  }
  return {
    ...form,
    errors,
    summary: form.summary.map((p) => (p.field === 'reason' ? { ...p, field: 'consensusReason' } : p)),
  };
}
