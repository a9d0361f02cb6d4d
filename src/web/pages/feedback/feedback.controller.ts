import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { EditionsService } from '../../../editions/editions.service';
import { ReasonDto } from '../../../judging/dto/assignment.dto';
import { ReleaseFeedbackDto } from '../../../judging/dto/feedback.dto';
import { FeedbackService } from '../../../judging/feedback/feedback.service';
import { emptyForm, FormState, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { FEEDBACK_DECISION_PAGE, FEEDBACK_LIST_PAGE } from './feedback.view';

const listUrl = (trackId: string) => `/organizacion/categorias/${trackId}/retroalimentacion`;

/** Judges' feedback to the nominating institutions: the list of a track, and the decision on each. */
@ApiExcludeController()
@WebController()
export class FeedbackPageController {
  constructor(
    private readonly pages: Pages,
    private readonly editions: EditionsService,
    private readonly feedback: FeedbackService,
  ) {}

  @Get('organizacion/categorias/:id/retroalimentacion')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  async list(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const review = await this.feedback.review(actor, id);
    const track = await this.editions.getTrack(actor, id);
    const edition = await this.editions.get(actor, track.editionId);
    const title = this.pages.translate(request, 'feedback.title', { track: track.name });
    await this.pages.render(request, reply, FEEDBACK_LIST_PAGE, { title, track, edition, review });
  }

  @Get('organizacion/retroalimentacion/:id')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  async decision(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.show(actor, id, request, reply);
  }

  @Post('organizacion/retroalimentacion/:id/publicar')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  release(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: { text: text(body, 'text'), editReason: text(body, 'editReason') },
      act: async () => {
        const dto = await toDto(ReleaseFeedbackDto, {
          text: optional(body, 'text') ?? null,
          reason: optional(body, 'editReason') ?? null,
        });
        const { trackId } = await this.feedback.reviewOne(actor, id);
        await this.feedback.release(actor, id, dto);
        return { to: listUrl(trackId), notice: 'feedbackDecided' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  @Post('organizacion/retroalimentacion/:id/retener')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  withhold(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: { reason: text(body, 'reason') },
      act: async () => {
        const dto = await toDto(ReasonDto, { reason: optional(body, 'reason') });
        const { trackId } = await this.feedback.reviewOne(actor, id);
        await this.feedback.withhold(actor, id, dto);
        return { to: listUrl(trackId), notice: 'feedbackDecided' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  private async show(
    actor: AuthUser,
    id: string,
    request: FastifyRequest,
    reply: FastifyReply,
    form?: FormState,
    status?: number,
  ) {
    const { trackId, open, row } = await this.feedback.reviewOne(actor, id);
    const track = await this.editions.getTrack(actor, trackId);
    const edition = await this.editions.get(actor, track.editionId);
    const title = this.pages.translate(request, 'feedback.decideTitle', { key: row.nomination.key });
    const initial = emptyForm({ text: row.releasedText ?? row.feedback, editReason: '', reason: '' });
    await this.pages.render(
      request,
      reply,
      FEEDBACK_DECISION_PAGE,
      { title, track, edition, open, row },
      { form: form ?? initial, status },
    );
  }
}
