import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AuthUser } from '../../access/auth-user';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain-exception';
import { TransactionRunner } from '../../database/transaction-runner';
import { formatInZone } from '../../domain/editions/wall-clock';
import { submissionWindow } from '../../domain/intake/deadline';
import { isInCompetition } from '../../domain/intake/nomination-status';
import { feedbackAfterJudgeEdit } from '../../domain/judging/feedback';
import { normaliseScores, scoreProblems } from '../../domain/judging/score-rules';
import { canonicalJsonOf, sha256Hex } from '../../domain/seal/canonical';
import { EditionEntity } from '../../database/schema/edition.entity';
import { ProposalKind } from '../../database/schema/proposal.entity';
import { type Proposed, ProposalsService } from '../../governance/proposals.service';
import { TrackEntity } from '../../database/schema/track.entity';
import { ReasonDto } from '../dto/assignment.dto';
import { ReviseScoreSheetDto, SaveScoreSheetDto, SubmitScoreSheetDto } from '../dto/score-sheet.dto';
import { revisionAllowed } from '../../domain/judging/deliberation';
import { AssignmentEntity, AssignmentStatus } from '../../database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../database/schema/score-sheet.entity';
import { JudgingErrors } from '../judging.errors';
import { assertSheetsOpen, AssignmentContext, loadAssignment } from '../judging.loaders';
import { AssignmentAction, assertAssignmentAccess } from '../judging.policy';
import { presentSheet, ScoreSheetView } from '../judging.presenter';
import { invalidScores } from '../judging.validation';
import { Locks } from '../../database/locks';

/** No organiser's decision on the feedback: a new sheet, or feedback the judge changed since the decision. */
const UNDECIDED_FEEDBACK = {
  feedbackDecision: null,
  feedbackReleasedText: null,
  feedbackReason: null,
  feedbackDecidedAt: null,
  feedbackDecidedBy: null,
} as const;

@Injectable()
export class ScoreSheetsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly proposals: ProposalsService,
  ) {}

  /** The judge saves a draft: scores may be partial, each inside its criterion's range. */
  save(actor: AuthUser, assignmentId: string, dto: SaveScoreSheetDto): Promise<ScoreSheetView> {
    return this.db.transaction(async (m) => {
      const context = await this.load(m, actor, assignmentId, 'SCORE');
      const problems = scoreProblems(context.track.rubric, dto.scores, 'DRAFT');
      if (problems.length > 0) throw invalidScores(problems);
      const sheet = await this.editableSheet(m, context);
      const before = sheet ? { ...sheet } : null;
      const saved = await this.write(m, context, sheet, dto);
      await this.audit.append(
        m,
        actor,
        'scoreSheet.save',
        { type: 'scoreSheet', id: saved.id },
        before,
        saved,
      );
      return presentSheet(saved, context.track.rubric);
    });
  }

  /**
   * The judge submits: every criterion scored, then the sheet is locked. The first submitted sheet of a track
   * freezes its rubric and scoring settings.
   */
  submit(actor: AuthUser, assignmentId: string, dto: SubmitScoreSheetDto = {}): Promise<ScoreSheetView> {
    return this.db.transaction(async (m) => {
      const context = await this.load(m, actor, assignmentId, 'SCORE');
      const rubric = context.track.rubric;
      if (dto.scores) {
        const problems = scoreProblems(rubric, dto.scores, 'DRAFT');
        if (problems.length > 0) throw invalidScores(problems);
      }
      let sheet = await this.editableSheet(m, context);
      const before = sheet ? { ...sheet } : null;
      if (dto.scores || dto.comment !== undefined || dto.feedback !== undefined || !sheet) {
        sheet = await this.write(m, context, sheet, {
          scores: dto.scores ?? sheet?.scores ?? {},
          comment: dto.comment,
          feedback: dto.feedback,
        });
      }
      const missing = scoreProblems(rubric, sheet.scores, 'SUBMIT');
      if (missing.length > 0) throw invalidScores(missing);
      const now = this.clock.now();
      sheet.status = ScoreSheetStatus.SUBMITTED;
      sheet.submittedAt = now;
      sheet.updatedAt = now;
      await m.update(
        ScoreSheetEntity,
        { id: sheet.id },
        { status: sheet.status, submittedAt: now, updatedAt: now },
      );
      await this.audit.append(
        m,
        actor,
        'scoreSheet.submit',
        { type: 'scoreSheet', id: sheet.id },
        before,
        sheet,
      );
      await this.freezeTrack(m, actor, context.track, now);
      return presentSheet(sheet, rubric);
    });
  }

  /**
   * The consensus step (docs/judging.md, "Deliberation"): while an organiser keeps it open, a judge may revise a
   * submitted sheet of the round once, with a reason. The first version is kept beside the revised one, which
   * counts; the sealed document shows both.
   */
  revise(actor: AuthUser, assignmentId: string, dto: ReviseScoreSheetDto): Promise<ScoreSheetView> {
    return this.db.transaction(async (m) => {
      const context = await this.load(m, actor, assignmentId, 'SCORE');
      if (context.assignment.round !== context.track.round)
        throw new DomainException(JudgingErrors.ROUND_CLOSED);
      const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId });
      const verdict = revisionAllowed({
        consensusOpen: context.track.consensusOpenedAt !== null,
        status: sheet?.status ?? ScoreSheetStatus.DRAFT,
        alreadyRevised: !!sheet?.revisedAt,
      });
      switch (verdict) {
        case 'ALLOW':
          break;
        case 'CONSENSUS_CLOSED':
          throw new DomainException(JudgingErrors.CONSENSUS_CLOSED);
        case 'NOT_SUBMITTED':
          throw new DomainException(JudgingErrors.SHEET_NOT_SUBMITTED);
        case 'ALREADY_REVISED':
          throw new DomainException(JudgingErrors.ALREADY_REVISED);
      }
      const rubric = context.track.rubric;
      const problems = scoreProblems(rubric, dto.scores, 'SUBMIT');
      if (problems.length > 0) throw invalidScores(problems);
      const before = { ...sheet! };
      const now = this.clock.now();
      const revised: Partial<ScoreSheetEntity> = {
        originalScores: sheet!.scores,
        originalComment: sheet!.comment,
        originalSubmittedAt: sheet!.submittedAt,
        revisionReason: dto.reason.trim(),
        revisedAt: now,
        scores: normaliseScores(rubric, dto.scores),
        comment: dto.comment === undefined ? sheet!.comment : dto.comment?.trim() || null,
        updatedAt: now,
      };
      await m.update(ScoreSheetEntity, { id: sheet!.id }, revised);
      const after = Object.assign(sheet!, revised);
      await this.audit.append(
        m,
        actor,
        'scoreSheet.revise',
        { type: 'scoreSheet', id: after.id },
        before,
        after,
      );
      return presentSheet(after, rubric);
    });
  }

  /**
   * An organiser reopens a submitted sheet, with a reason; the judge may then change and resubmit it. Under four
   * eyes the reopening is a proposal that another organiser confirms (docs/governance.md).
   */
  reopen(actor: AuthUser, assignmentId: string, dto: ReasonDto): Promise<ScoreSheetView | Proposed> {
    return this.db.transaction(async (m) => {
      const { context, sheet } = await this.reopenable(m, actor, assignmentId);
      if (context.edition.fourEyes) {
        const { nomination, track } = context;
        return this.proposals.propose(m, actor, {
          editionId: context.edition.id,
          kind: ProposalKind.REOPEN_SHEET,
          payload: { assignmentId, reason: dto.reason.trim() },
          summary: {
            es: `${track.code} · ${nomination.key}: reabrir una hoja de evaluación enviada`,
            en: `${track.code} · ${nomination.key}: reopen a submitted score sheet`,
          },
          reason: dto.reason.trim() || '—',
        });
      }
      return this.reopenSheet(m, actor, context, sheet, dto.reason);
    });
  }

  /** Carries out a confirmed reopening in the confirming transaction (the checks run again). */
  async reopenIn(m: EntityManager, actor: AuthUser, assignmentId: string, reason: string) {
    const { context, sheet } = await this.reopenable(m, actor, assignmentId);
    return this.reopenSheet(m, actor, context, sheet, reason);
  }

  /** SHA-256 of a sheet as it stands (a reopening proposal is decided on it). */
  async sheetBasis(m: EntityManager, assignmentId: string): Promise<string> {
    const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId });
    const facts = sheet && { status: sheet.status, scores: sheet.scores, updatedAt: sheet.updatedAt };
    return sha256Hex(canonicalJsonOf(facts));
  }

  private async reopenable(m: EntityManager, actor: AuthUser, assignmentId: string) {
    const context = await this.load(m, actor, assignmentId, 'REOPEN');
    if (context.assignment.status !== AssignmentStatus.ACTIVE)
      throw new DomainException(JudgingErrors.ASSIGNMENT_RECUSED);
    if (context.assignment.round !== context.track.round)
      throw new DomainException(JudgingErrors.ROUND_CLOSED);
    const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId });
    if (!sheet || sheet.status !== ScoreSheetStatus.SUBMITTED)
      throw new DomainException(JudgingErrors.SHEET_NOT_SUBMITTED);
    return { context, sheet };
  }

  private async reopenSheet(
    m: EntityManager,
    actor: AuthUser,
    context: AssignmentContext,
    sheet: ScoreSheetEntity,
    reason: string,
  ): Promise<ScoreSheetView> {
    const before = { ...sheet };
    const now = this.clock.now();
    Object.assign(sheet, {
      status: ScoreSheetStatus.DRAFT,
      submittedAt: null,
      reopenedAt: now,
      reopenReason: reason.trim(),
      updatedAt: now,
    });
    await m.save(ScoreSheetEntity, sheet);
    await this.audit.append(
      m,
      actor,
      'scoreSheet.reopen',
      { type: 'scoreSheet', id: sheet.id },
      before,
      sheet,
    );
    return presentSheet(sheet, context.track.rubric);
  }

  private async load(m: EntityManager, actor: AuthUser, assignmentId: string, action: AssignmentAction) {
    // Finalisation holds its tracks' locks exclusively while it seals (PostgreSQL): a sheet change waits for it
    // and then finds the edition finalised, or ends before it reads the sheets and is counted; never accepted
    // and left out of the seal. Shared: sheets of one track do not wait for each other. Track, then assignment,
    // like recusal.
    const peek = await m.findOne(AssignmentEntity, {
      where: { id: assignmentId },
      select: { id: true, trackId: true },
    });
    if (peek) await this.db.lockShared(m, Locks.judgingTrack(peek.trackId));
    await this.db.lock(m, Locks.judgingAssignment(assignmentId));
    const context = await loadAssignment(m, assignmentId);
    assertAssignmentAccess(actor, context?.assignment ?? null, action);
    assertSheetsOpen(context!.edition);
    return context!;
  }

  /**
   * The stored sheet (or null before the first save) when the judge may change it now: not submitted, the
   * nomination still in competition, and inside the judging window unless an organiser reopened the sheet.
   */
  private async editableSheet(
    m: EntityManager,
    context: AssignmentContext,
  ): Promise<ScoreSheetEntity | null> {
    if (context.assignment.round !== context.track.round)
      throw new DomainException(JudgingErrors.ROUND_CLOSED);
    const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId: context.assignment.id });
    if (sheet?.status === ScoreSheetStatus.SUBMITTED) throw new DomainException(JudgingErrors.SHEET_LOCKED);
    if (!isInCompetition(context.nomination.status)) {
      throw new DomainException(JudgingErrors.NOMINATION_NOT_IN_COMPETITION, {
        status: context.nomination.status,
      });
    }
    if (!sheet?.reopenedAt) this.assertJudgingWindow(context.edition);
    return sheet;
  }

  private assertJudgingWindow(edition: EditionEntity): void {
    if (submissionWindow(this.clock.now(), edition.judgingOpenAt, edition.judgingCloseAt) === 'OPEN') return;
    const tz = edition.timezone;
    throw new DomainException(JudgingErrors.OUTSIDE_JUDGING_WINDOW, {
      openEs: formatInZone(edition.judgingOpenAt, tz, 'es'),
      closeEs: formatInZone(edition.judgingCloseAt, tz, 'es'),
      openEn: formatInZone(edition.judgingOpenAt, tz, 'en'),
      closeEn: formatInZone(edition.judgingCloseAt, tz, 'en'),
    });
  }

  private async write(
    m: EntityManager,
    context: AssignmentContext,
    sheet: ScoreSheetEntity | null,
    input: { scores: Record<string, unknown>; comment?: string | null; feedback?: string | null },
  ): Promise<ScoreSheetEntity> {
    const now = this.clock.now();
    const comment = input.comment === undefined ? (sheet?.comment ?? null) : input.comment?.trim() || null;
    const feedback =
      input.feedback === undefined ? (sheet?.feedback ?? null) : input.feedback?.trim() || null;
    const voided = feedbackAfterJudgeEdit(sheet, feedback).feedbackDecisionVoided;
    const next = m.create(ScoreSheetEntity, {
      ...(sheet ?? {
        id: randomUUID(),
        assignmentId: context.assignment.id,
        status: ScoreSheetStatus.DRAFT,
        submittedAt: null,
        reopenedAt: null,
        reopenReason: null,
        createdAt: now,
      }),
      scores: normaliseScores(context.track.rubric, input.scores),
      comment,
      feedback,
      ...(!sheet || voided ? UNDECIDED_FEEDBACK : {}),
      updatedAt: now,
    });
    await m.save(ScoreSheetEntity, next);
    return next;
  }

  private async freezeTrack(m: EntityManager, actor: AuthUser, track: TrackEntity, now: Date): Promise<void> {
    if (track.frozenAt) return;
    // Conditional: of two first submissions racing on PostgreSQL, only one freezes (and audits) the track.
    const result = await m.update(TrackEntity, { id: track.id, frozenAt: IsNull() }, { frozenAt: now });
    if (result.affected === 0) return;
    await this.audit.append(
      m,
      actor,
      'track.freeze',
      { type: 'track', id: track.id },
      { frozenAt: null },
      { frozenAt: now },
    );
  }
}
