import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { stateName } from '../../../catalog/states';
import { DomainException } from '../../../common/errors/domain-exception';
import { CloneEditionDto, CloseJudgingDto } from '../../../editions/dto/edition.dto';
import { EditionDeletionService } from '../../../editions/edition-deletion.service';
import { RejectProposalDto } from '../../../governance/dto/proposal.dto';
import { proposalActions } from '../../../governance/proposal.policy';
import { ProposalsService } from '../../../governance/proposals.service';
import { editionActions } from '../../../editions/edition.policy';
import { EditionsService } from '../../../editions/editions.service';
import { NOMINATION_STATUSES } from '../../../nominations/dto/nomination.dto';
import { NominationsService } from '../../../nominations/nominations.service';
import { CorrectionDto } from '../../../results/dto/correction.dto';
import { FinalizationService } from '../../../results/finalization.service';
import { RetentionService } from '../../../privacy/retention.service';
import { FormState, numberOrText, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { EDITION_PAGE } from './edition.view';
import { assertTyped } from '../../typed-confirmation';

const editionUrl = (id: string) => `/organizacion/ediciones/${id}`;

/** An edition's overview, and its seal and publication. */
@ApiExcludeController()
@WebController()
export class EditionPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly nominations: NominationsService,
    private readonly finalization: FinalizationService,
    private readonly deletion: EditionDeletionService,
    private readonly proposals: ProposalsService,
    private readonly retention: RetentionService,
  ) {}

  @Get('organizacion/ediciones/:id')
  @Authenticated(Permission.PROGRESS_READ)
  edition(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.show(actor, id, request, reply);
  }

  @Post('organizacion/ediciones/:id/finalizar')
  @Authenticated(Permission.EDITION_FINALIZE)
  finalize(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = {
      confirmacion: text(body, 'confirmacion'),
      sinClasificacion: text(body, 'sinClasificacion'),
    };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        assertTyped(values.confirmacion, 'SEAL');
        const done = await this.finalization.finalize(actor, id, {
          acknowledgeNothingRanked: values.sinClasificacion === 'si',
        });
        return { to: editionUrl(id), notice: 'proposal' in done ? 'sealProposed' : 'finalized' };
      },
      // Refused because nothing is ranked: the form comes back asking for that acknowledgement.
      again: (form, status, error) =>
        this.show(actor, id, request, reply, form, status, {
          askNothingRanked: error instanceof DomainException && error.code === 'NOTHING_RANKED',
        }),
    });
  }

  @Post('organizacion/ediciones/:id/publicar')
  @Authenticated(Permission.EDITION_PUBLISH)
  publish(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { confirmacion: text(body, 'confirmacion') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        assertTyped(values.confirmacion, 'PUBLISH');
        await this.finalization.publish(actor, id);
        return { to: editionUrl(id), notice: 'published' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  /** Opens a correction of sealed results with its erratum (under four eyes, a proposal). */
  @Post('organizacion/ediciones/:id/corregir')
  @Authenticated(Permission.EDITION_FINALIZE)
  openCorrection(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { justification: text(body, 'justification') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const done = await this.finalization.openCorrection(actor, id, await toDto(CorrectionDto, values));
        return { to: editionUrl(id), notice: 'proposal' in done ? 'actionProposed' : 'correctionOpened' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  /** Closes judging before its planned end, with the reason (audited), so that the results can be sealed. */
  @Post('organizacion/ediciones/:id/cerrar-evaluacion')
  @Authenticated(Permission.EDITION_MANAGE)
  closeJudging(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { reason: text(body, 'reason') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.editions.closeJudging(actor, id, await toDto(CloseJudgingDto, values));
        return { to: editionUrl(id), notice: 'judgingClosed' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  /** Deletes an edition never finalised, with everything it holds, once its word is typed. */
  @Post('organizacion/ediciones/:id/eliminar')
  @Authenticated(Permission.EDITION_MANAGE)
  delete(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { confirmacion: text(body, 'confirmacion') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        assertTyped(values.confirmacion, 'DELETE');
        await this.deletion.remove(actor, id);
        return { to: '/organizacion', notice: 'editionDeleted' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  /** Confirms another organiser's proposal (four eyes): it is carried out now. */
  @Post('organizacion/ediciones/:id/propuestas/:proposalId/confirmar')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  confirmProposal(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('proposalId', PageId) proposalId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        await this.proposals.confirm(actor, proposalId);
        return { to: editionUrl(id), notice: 'proposalConfirmed' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  /** Rejects a proposal (its proposer withdraws it the same way), with the reason. */
  @Post('organizacion/ediciones/:id/propuestas/:proposalId/rechazar')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  rejectProposal(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('proposalId', PageId) proposalId: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { reason: text(body, 'reason') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        await this.proposals.reject(actor, proposalId, await toDto(RejectProposalDto, values));
        return { to: editionUrl(id), notice: 'proposalRejected' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  @Post('organizacion/ediciones/:id/archivar')
  @Authenticated(Permission.EDITION_MANAGE)
  archive(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.setArchived(actor, id, true, request, reply);
  }

  @Post('organizacion/ediciones/:id/desarchivar')
  @Authenticated(Permission.EDITION_MANAGE)
  unarchive(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.setArchived(actor, id, false, request, reply);
  }

  private setArchived(
    actor: AuthUser,
    id: string,
    archived: boolean,
    request: FastifyRequest,
    reply: FastifyReply,
  ) {
    return this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        await this.editions.setArchived(actor, id, archived);
        return { to: editionUrl(id), notice: archived ? 'editionArchived' : 'editionUnarchived' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  /** A copy for the next year: same tracks, rubrics and states, dates one year on (the API's clone). */
  @Post('organizacion/ediciones/:id/clonar')
  @Authenticated(Permission.EDITION_MANAGE)
  clone(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Body() body: unknown,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const values = { year: text(body, 'year'), name: text(body, 'name') };
    return this.pages.submit(request, reply, {
      values,
      act: async () => {
        const dto = await toDto(CloneEditionDto, {
          year: numberOrText(values.year),
          name: values.name.trim() || undefined,
        });
        const copy = await this.editions.clone(actor, id, dto);
        return { to: editionUrl(copy.id), notice: 'editionCloned' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  private async show(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    actionError?: FormState,
    status?: number,
    ask: { askNothingRanked?: boolean } = {},
  ) {
    const edition = await this.editions.get(actor, id);
    const tracks = await this.editions.listTracks(actor, id);
    const seal = edition.finalizedAt ? await this.finalization.seal(actor, id).catch(() => null) : null;
    const counts = new Map<string, Record<string, number>>();
    for (const track of tracks) {
      const byStatus: Record<string, number> = {};
      for (const s of NOMINATION_STATUSES) {
        byStatus[s] = (
          await this.nominations.list(actor, { trackId: track.id, status: s, pageSize: 1 })
        ).total;
      }
      counts.set(track.id, byStatus);
    }
    const view = {
      edition,
      tracks,
      counts,
      statuses: NOMINATION_STATUSES,
      seal,
      stateName: (code: string) => stateName(code) ?? code,
      actionError: actionError ?? null,
      askNothingRanked: ask.askNothingRanked ?? false,
      proposals: (await this.proposals.list(actor, id))
        .slice(0, 20)
        .map((p) => ({ ...p, can: proposalActions(actor, p) })),
      confirmable: await this.proposals.confirmable(),
      retention: await this.retention.preview(actor, id),
      can: editionActions(actor, edition),
    };
    await this.pages.render(request, reply, EDITION_PAGE, { title: edition.name, ...view }, { status });
  }
}
