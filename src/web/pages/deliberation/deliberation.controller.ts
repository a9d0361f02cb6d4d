import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { DeliberationService } from '../../../judging/deliberation/deliberation.service';
import { DiscussionPostDto } from '../../../judging/dto/deliberation.dto';
import { ReviseScoreSheetDto } from '../../../judging/dto/score-sheet.dto';
import { ScoreSheetsService } from '../../../judging/score-sheets/score-sheets.service';
import { emptyForm, FormState, numberOrText, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { DELIBERATION_PAGE } from './deliberation.view';

const pageUrl = (nominationId: string) => `/deliberacion/${nominationId}`;

/** The scores typed in the revision form: `scores.<criterion key>`. */
function scoresOf(body: unknown): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (name.startsWith('scores.') && typeof value === 'string')
      scores[name.slice(7)] = numberOrText(value) ?? null;
  }
  return scores;
}

/**
 * A nomination's deliberation, one page for its judges (after their own sheet), organisers and observers (after
 * publication); who sees what is the deliberation policy's, in the service.
 */
@ApiExcludeController()
@WebController()
export class DeliberationPageController {
  constructor(
    private readonly pages: Pages,
    private readonly deliberation: DeliberationService,
    private readonly sheets: ScoreSheetsService,
  ) {}

  @Get('deliberacion/:id')
  @Authenticated(Permission.DELIBERATION)
  async page(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    await this.show(actor, id, request, reply, emptyForm());
  }

  @Post('deliberacion/:id/comentarios')
  @Authenticated(Permission.DISCUSSION_WRITE)
  post(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: { body: text(body, 'body') },
      act: async () => {
        await this.deliberation.post(actor, id, await toDto(DiscussionPostDto, { body: text(body, 'body') }));
        return { to: `${pageUrl(id)}#conversacion`, notice: 'posted' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  @Post('deliberacion/comentarios/:id/editar')
  @Authenticated(Permission.DISCUSSION_WRITE)
  edit(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    return this.pages.submit(request, reply, {
      values: { body: text(body, 'body') },
      act: async () => {
        const view = await this.deliberation.edit(
          actor,
          id,
          await toDto(DiscussionPostDto, { body: text(body, 'body') }),
        );
        return { to: `${pageUrl(view.nominationId)}#conversacion`, notice: 'saved' };
      },
      // The page with the post is another request's; the error page explains what went wrong.
      again: (_form, _status, error) => {
        throw error;
      },
    });
  }

  @Post('deliberacion/comentarios/:id/eliminar')
  @Authenticated(Permission.DISCUSSION_WRITE)
  remove(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return this.pages.submit(request, reply, {
      values: {},
      act: async () => {
        const view = await this.deliberation.remove(actor, id);
        return { to: `${pageUrl(view.nominationId)}#conversacion`, notice: 'removed' };
      },
      // The page with the post is another request's; the error page explains what went wrong.
      again: (_form, _status, error) => {
        throw error;
      },
    });
  }

  @Post('deliberacion/:id/revisar')
  @Authenticated(Permission.JUDGING)
  revise(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const scores = scoresOf(body);
    return this.pages.submit(request, reply, {
      values: {
        ...Object.fromEntries(Object.entries(scores).map(([k, v]) => [`scores.${k}`, v])),
        reason: text(body, 'reason'),
      },
      act: async () => {
        const view = await this.deliberation.view(actor, id);
        const dto = await toDto(ReviseScoreSheetDto, { scores, reason: text(body, 'reason') });
        await this.sheets.revise(actor, view.assignmentId ?? '', dto);
        return { to: pageUrl(id), notice: 'saved' };
      },
      again: (form, status) => this.show(actor, id, request, reply, form, status),
    });
  }

  private async show(
    actor: AuthUser,
    nominationId: string,
    request: FastifyRequest,
    reply: FastifyReply,
    form: FormState,
    status?: number,
  ) {
    const deliberation = await this.deliberation.view(actor, nominationId);
    const title = this.pages.translate(request, 'deliberation.title', { key: deliberation.nominationKey });
    await this.pages.render(request, reply, DELIBERATION_PAGE, { title, deliberation }, { form, status });
  }
}
