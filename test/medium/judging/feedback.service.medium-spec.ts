import { AuthUser } from '../../../src/access/auth-user';
import { Role } from '../../../src/database/schema/user.entity';
import { AssignmentsService } from '../../../src/judging/assignments/assignments.service';
import { FeedbackService } from '../../../src/judging/feedback/feedback.service';
import { PanelsService } from '../../../src/judging/panels/panels.service';
import { ScoreSheetsService } from '../../../src/judging/score-sheets/score-sheets.service';
import { MediumContext, startMedium } from '../support/medium-context';

describe(FeedbackService.name, () => {
  let ctx: MediumContext;
  let sut: FeedbackService;
  let organiser: AuthUser;
  let judge: AuthUser;
  let sheets: ScoreSheetsService;
  let assignmentId: string;
  let trackId: string;

  beforeAll(async () => {
    ctx = await startMedium();
    sut = ctx.get(FeedbackService);
    sheets = ctx.get(ScoreSheetsService);
    organiser = await ctx.organiser();
    judge = await ctx.newActor(Role.JUDGE);
    const edition = await ctx.newEdition({ phase: 'JUDGING' });
    const track = await ctx.newTrack(edition, { judgesPerNomination: 1, minReviews: 1 });
    trackId = track.id;
    const nomination = await ctx.newNomination(track, await ctx.newInstitution({ stateCode: '14' }));
    await ctx.get(PanelsService).replace(organiser, track.id, { members: [{ judgeId: judge.id }] });
    const assignment = await ctx
      .get(AssignmentsService)
      .assign(organiser, track.id, { nominationId: nomination.id, judgeId: judge.id });
    assignmentId = assignment.id;
  });

  afterAll(() => ctx?.close());

  it('reviews only submitted feedback: a draft’s is not there yet', async () => {
    await sheets.save(judge, assignmentId, { scores: { impacto: 8 }, feedback: 'Borrador de comentario.' });
    expect((await sut.review(organiser, trackId)).rows).toEqual([]);
    await expect(sut.release(organiser, assignmentId, {})).rejects.toMatchObject({ code: 'NO_FEEDBACK' });
  });

  it('a judge who changes the feedback of a reopened sheet voids the decision; the same text keeps it', async () => {
    await sheets.submit(judge, assignmentId, {
      scores: { impacto: 8, apertura: 7 },
      feedback: 'Primera versión.',
    });
    await sut.release(organiser, assignmentId, {});
    expect((await sut.review(organiser, trackId)).rows[0]).toMatchObject({ state: 'RELEASED' });

    await sheets.reopen(organiser, assignmentId, { reason: 'Falta justificar un puntaje.' });
    await sheets.submit(judge, assignmentId, { feedback: 'Primera versión.' });
    expect((await sut.review(organiser, trackId)).rows[0]).toMatchObject({ state: 'RELEASED' });

    await sheets.reopen(organiser, assignmentId, { reason: 'Otra vez.' });
    await sheets.submit(judge, assignmentId, { feedback: 'Segunda versión, distinta.' });
    expect((await sut.review(organiser, trackId)).rows[0]).toMatchObject({
      state: 'PENDING',
      feedback: 'Segunda versión, distinta.',
      releasedText: null,
    });
  });

  it('asks its policy first: observers and judges may not review', async () => {
    const observer = await ctx.newActor(Role.OBSERVER);
    await expect(sut.review(observer, trackId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(sut.withhold(judge, assignmentId, { reason: 'No.' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
