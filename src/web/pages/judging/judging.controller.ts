import { Body, Get, Param, Post, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../../../access/access.decorators';
import { AuthUser } from '../../../access/auth-user';
import { Permission } from '../../../access/permissions';
import { stateName } from '../../../catalog/states';
import { submissionWindow } from '../../../domain/intake/deadline';
import { isComplete } from '../../../domain/judging/score-rules';
import { judgeTotal } from '../../../domain/scoring/rubric';
import { AssignmentsService } from '../../../judging/assignments/assignments.service';
import { ReasonDto } from '../../../judging/dto/assignment.dto';
import { SaveScoreSheetDto, SubmitScoreSheetDto } from '../../../judging/dto/score-sheet.dto';
import { ScoreSheetStatus } from '../../../database/schema/score-sheet.entity';
import { ScoreSheetsService } from '../../../judging/score-sheets/score-sheets.service';
import { Clock } from '../../../common/clock/clock';
import { emptyForm, FormState, numberOrText, optional, text, toDto } from '../../form';
import { PageId } from '../../page-id.pipe';
import { Pages } from '../../pages';
import { WebController } from '../../web-routes';
import { AssignmentForJudge, JUDGE_QUEUE_PAGE, SCORE_SHEET_PAGE } from './judging.view';

/** The scores typed in the form: `scores.<criterion key>` → a number, the raw text, or null (cleared). */
function scoresOf(body: unknown): Record<string, unknown> {
  const scores: Record<string, unknown> = {};
  for (const [name, value] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (!name.startsWith('scores.') || typeof value !== 'string') continue;
    scores[name.slice('scores.'.length)] = numberOrText(value) ?? null;
  }
  return scores;
}

/** The judge's queue and the scoring form (rubric with its guidance, running weighted total). */
@ApiExcludeController()
@WebController()
export class JudgingPagesController {
  constructor(
    private readonly pages: Pages,
    private readonly assignments: AssignmentsService,
    private readonly sheets: ScoreSheetsService,
    private readonly clock: Clock,
  ) {}

  @Get('jurado')
  @Authenticated(Permission.JUDGING)
  async queue(@Auth() actor: AuthUser, @Req() request: FastifyRequest, @Res() reply: FastifyReply) {
    const queue = await this.assignments.judgeQueue(actor);
    const now = this.clock.now();
    await this.pages.render(request, reply, JUDGE_QUEUE_PAGE, {
      title: this.pages.translate(request, 'judge.title'),
      queue,
      windowOpen: (e: { judgingOpenAt: Date; judgingCloseAt: Date }) =>
        submissionWindow(now, e.judgingOpenAt, e.judgingCloseAt) === 'OPEN',
    });
  }

  @Get('jurado/asignaciones/:id')
  @Authenticated(Permission.JUDGING)
  async scoreForm(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    const assignment = await this.assignments.get(actor, id);
    await this.showForm(request, reply, assignment, emptyForm(sheetValues(assignment)));
  }

  @Post('jurado/asignaciones/:id')
  @Authenticated(Permission.JUDGING)
  async saveOrSubmit(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    const scores = scoresOf(body);
    const comment = text(body, 'comment');
    const feedback = text(body, 'feedback');
    const action = text(body, 'accion');
    try {
      if (action === 'confirmar') {
        const dto = await toDto(SubmitScoreSheetDto, { scores, comment, feedback });
        await this.sheets.submit(actor, id, dto);
        this.pages.redirect(reply, `/jurado/asignaciones/${id}`, 'sheetSubmitted');
      } else if (action === 'enviar') {
        // Submitting cannot be undone by the judge: the sheet is checked and kept as a draft, and the page asks
        // for a confirmation that shows the total first (no script needed).
        await toDto(SubmitScoreSheetDto, { scores, comment, feedback });
        await this.sheets.save(actor, id, await toDto(SaveScoreSheetDto, { scores, comment, feedback }));
        const assignment = await this.assignments.get(actor, id);
        await this.showForm(
          request,
          reply,
          assignment,
          emptyForm(sheetValues(assignment)),
          undefined,
          undefined,
          true,
        );
      } else {
        const dto = await toDto(SaveScoreSheetDto, { scores, comment, feedback });
        await this.sheets.save(actor, id, dto);
        this.pages.redirect(reply, `/jurado/asignaciones/${id}`, 'sheetSaved');
      }
    } catch (error) {
      const values: Record<string, unknown> = { comment, feedback };
      for (const name of Object.keys(body ?? {})) {
        if (name.startsWith('scores.')) values[name] = text(body, name);
      }
      const { form, status } = this.pages.failedForm(request, error, values);
      await this.showForm(request, reply, await this.assignments.get(actor, id), form, status);
    }
  }

  /** The evidence of an assigned nomination (the same check as GET /api/assignments/:id/attachments/:attachmentId). */
  @Get('jurado/asignaciones/:id/archivos/:attachmentId')
  @Authenticated(Permission.JUDGING)
  async attachment(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Param('attachmentId', PageId) attachmentId: string,
    @Res() reply: FastifyReply,
  ) {
    const file = await this.assignments.attachment(actor, id, attachmentId);
    return reply
      .header('content-type', file.mimeType)
      .header('content-length', file.size)
      .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
      .header('cache-control', 'private, no-store')
      .send(file.stream);
  }

  @Post('jurado/asignaciones/:id/excusa')
  @Authenticated(Permission.JUDGING)
  async recuse(
    @Auth() actor: AuthUser,
    @Param('id', PageId) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
    @Body() body: unknown,
  ) {
    try {
      const dto = await toDto(ReasonDto, { reason: optional(body, 'reason') });
      await this.assignments.recuse(actor, id, dto);
      this.pages.redirect(reply, '/jurado', 'recused');
    } catch (error) {
      const recusal = this.pages.failedForm(request, error, { reason: text(body, 'reason') });
      const assignment = await this.assignments.get(actor, id);
      const values: Record<string, unknown> = {
        comment: assignment.scoreSheet?.comment ?? '',
        feedback: assignment.scoreSheet?.feedback ?? '',
      };
      for (const [key, score] of Object.entries(assignment.scoreSheet?.scores ?? {}))
        values[`scores.${key}`] = score;
      await this.showForm(request, reply, assignment, emptyForm(values), recusal.status, recusal.form);
    }
  }

  private async showForm(
    request: FastifyRequest,
    reply: FastifyReply,
    assignment: AssignmentForJudge,
    form: FormState,
    status?: number,
    recusal?: FormState,
    confirming = false,
  ) {
    const rubric = assignment.track.rubric;
    const sheet = assignment.scoreSheet;
    const total = sheet && isComplete(rubric, sheet.scores) ? judgeTotal(rubric, sheet.scores) : null;
    const now = this.clock.now();
    const windowOpen =
      submissionWindow(now, assignment.edition.judgingOpenAt, assignment.edition.judgingCloseAt) === 'OPEN' ||
      !!sheet?.reopenedAt;
    await this.pages.render(
      request,
      reply,
      SCORE_SHEET_PAGE,
      {
        title: this.pages.translate(request, 'score.title', { key: assignment.nomination.key }),
        assignment,
        nomination: assignment.nomination,
        rubric,
        sheet,
        total,
        locked: sheet?.status === ScoreSheetStatus.SUBMITTED || !!assignment.edition.finalizedAt,
        windowOpen,
        stateName: (code: string | null) => (code ? (stateName(code) ?? code) : '—'),
        recusal: recusal ?? emptyForm(),
        confirming,
      },
      { form, status, scripts: ['scoring.js'] },
    );
  }
}

/** The form's values from the saved sheet (scores by criterion, the comments to the jury and to the institution). */
function sheetValues(assignment: AssignmentForJudge): Record<string, unknown> {
  const values: Record<string, unknown> = {
    comment: assignment.scoreSheet?.comment ?? '',
    feedback: assignment.scoreSheet?.feedback ?? '',
  };
  for (const [key, score] of Object.entries(assignment.scoreSheet?.scores ?? {}))
    values[`scores.${key}`] = score;
  return values;
}
