import { Injectable } from '@nestjs/common';
import { AuthUser } from '../../access/auth-user';
import { Permission, requireAccess } from '../../access/permissions';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { notFound } from '../../common/errors/common.errors';
import { DomainException } from '../../common/errors/domain-exception';
import { visibleText } from '../../common/validation/visible-text';
import { mapIn } from '../../database/find-in';
import { Locks } from '../../database/locks';
import { releasedFeedbackOf } from '../../database/released-feedback';
import { AssignmentEntity } from '../../database/schema/assignment.entity';
import { EditionEntity } from '../../database/schema/edition.entity';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { FeedbackDecision, ScoreSheetEntity } from '../../database/schema/score-sheet.entity';
import { UserEntity } from '../../database/schema/user.entity';
import { TransactionRunner } from '../../database/transaction-runner';
import { resultsArePublic } from '../../domain/editions/phase';
import { feedbackState } from '../../domain/judging/feedback';
import { requireNomination } from '../../nominations/nomination-access';
import { ReasonDto } from '../dto/assignment.dto';
import { ReleaseFeedbackDto } from '../dto/feedback.dto';
import { JudgingErrors } from '../judging.errors';
import { loadAssignment, loadTrack } from '../judging.loaders';

export interface FeedbackReviewRow {
  assignmentId: string;
  nomination: { id: string; key: string; title: string };
  judge: { id: string; name: string };
  feedback: string;
  state: 'PENDING' | 'RELEASED' | 'WITHHELD';
  releasedText: string | null;
  reason: string | null;
  decidedAt: Date | null;
}

export interface FeedbackReview {
  trackId: string;
  /** Decisions may still change: the results are not public yet. */
  open: boolean;
  rows: FeedbackReviewRow[];
}

export interface NominationFeedback {
  available: boolean;
  comments: string[];
}

function rowOf(
  nomination: NominationEntity,
  assignment: AssignmentEntity,
  judge: UserEntity | null,
  sheet: ScoreSheetEntity,
  state: FeedbackReviewRow['state'],
): FeedbackReviewRow {
  return {
    assignmentId: assignment.id,
    nomination: { id: nomination.id, key: nomination.key, title: nomination.title },
    judge: { id: assignment.judgeId, name: judge?.name ?? '—' },
    feedback: sheet.feedback!,
    state,
    releasedText: sheet.feedbackReleasedText,
    reason: sheet.feedbackReason,
    decidedAt: sheet.feedbackDecidedAt,
  };
}

/**
 * Feedback to nominators (docs/judging.md): organisers read what judges wrote for the institutions and release
 * it, as written or edited, or withhold it with a reason, until the results are public; from then on the
 * nominating institution reads the released comments on its nomination, without the judges' names.
 */
@Injectable()
export class FeedbackService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async review(actor: AuthUser, trackId: string): Promise<FeedbackReview> {
    requireAccess(actor, Permission.FEEDBACK_REVIEW);
    return this.db.read(async (m) => {
      const { edition } = await loadTrack(m, trackId);
      const assignments = await m.findBy(AssignmentEntity, { trackId });
      const sheets = await mapIn(
        m,
        ScoreSheetEntity,
        'assignmentId',
        assignments.map((a) => a.id),
      );
      const nominations = await mapIn(
        m,
        NominationEntity,
        'id',
        assignments.map((a) => a.nominationId),
      );
      const judges = await mapIn(
        m,
        UserEntity,
        'id',
        assignments.map((a) => a.judgeId),
      );
      const rows = assignments.flatMap((a): FeedbackReviewRow[] => {
        const sheet = sheets.get(a.id);
        const state = sheet ? feedbackState(sheet) : 'NONE';
        if (!sheet || state === 'NONE') return [];
        return [rowOf(nominations.get(a.nominationId)!, a, judges.get(a.judgeId) ?? null, sheet, state)];
      });
      rows.sort(
        (a, b) =>
          a.nomination.key.localeCompare(b.nomination.key) || a.judge.name.localeCompare(b.judge.name),
      );
      return { trackId, open: !resultsArePublic(edition, this.clock.now()), rows };
    });
  }

  /** One judge's feedback with its track and whether it may still be decided (the decision page). */
  async reviewOne(
    actor: AuthUser,
    assignmentId: string,
  ): Promise<{ trackId: string; open: boolean; row: FeedbackReviewRow }> {
    requireAccess(actor, Permission.FEEDBACK_REVIEW);
    return this.db.read(async (m) => {
      const context = await loadAssignment(m, assignmentId);
      const sheet = context && (await m.findOneBy(ScoreSheetEntity, { assignmentId }));
      const state = sheet ? feedbackState(sheet) : 'NONE';
      if (!context || !sheet || state === 'NONE') throw notFound();
      const judge = await m.findOneBy(UserEntity, { id: context.assignment.judgeId });
      return {
        trackId: context.track.id,
        open: !resultsArePublic(context.edition, this.clock.now()),
        row: rowOf(context.nomination, context.assignment, judge, sheet, state),
      };
    });
  }

  async release(actor: AuthUser, assignmentId: string, dto: ReleaseFeedbackDto): Promise<FeedbackReviewRow> {
    requireAccess(actor, Permission.FEEDBACK_REVIEW);
    return this.decide(actor, assignmentId, (sheet) => {
      const text = dto.text ? visibleText(dto.text) : sheet.feedback!;
      const reason = dto.reason?.trim() || null;
      return {
        feedbackDecision: FeedbackDecision.RELEASED,
        feedbackReleasedText: text,
        feedbackReason: reason,
      };
    });
  }

  async withhold(actor: AuthUser, assignmentId: string, dto: ReasonDto): Promise<FeedbackReviewRow> {
    requireAccess(actor, Permission.FEEDBACK_REVIEW);
    return this.decide(actor, assignmentId, () => ({
      feedbackDecision: FeedbackDecision.WITHHELD,
      feedbackReleasedText: null,
      feedbackReason: visibleText(dto.reason),
    }));
  }

  /** What the nominating institution reads: nothing before the results are public. */
  async forNomination(actor: AuthUser, nominationId: string): Promise<NominationFeedback> {
    requireAccess(actor, Permission.NOMINATION_READ);
    return this.db.read(async (m) => {
      const nomination = await requireNomination(m, actor, nominationId);
      const edition = await m.findOneByOrFail(EditionEntity, { id: nomination.editionId });
      if (!resultsArePublic(edition, this.clock.now())) return { available: false, comments: [] };
      const released = await releasedFeedbackOf(m, [nominationId]);
      return { available: true, comments: released.get(nominationId) ?? [] };
    });
  }

  private decide(
    actor: AuthUser,
    assignmentId: string,
    decision: (
      sheet: ScoreSheetEntity,
    ) => Pick<ScoreSheetEntity, 'feedbackDecision' | 'feedbackReleasedText' | 'feedbackReason'>,
  ): Promise<FeedbackReviewRow> {
    return this.db.transaction(async (m) => {
      const context = await loadAssignment(m, assignmentId);
      if (!context) throw notFound();
      await this.db.lock(m, Locks.judgingAssignment(assignmentId));
      if (resultsArePublic(context.edition, this.clock.now())) {
        throw new DomainException(JudgingErrors.FEEDBACK_CLOSED);
      }
      const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId });
      if (!sheet || feedbackState(sheet) === 'NONE') throw new DomainException(JudgingErrors.NO_FEEDBACK);
      const before = {
        feedbackDecision: sheet.feedbackDecision,
        feedbackReleasedText: sheet.feedbackReleasedText,
        feedbackReason: sheet.feedbackReason,
      };
      const now = this.clock.now();
      const after = { ...decision(sheet), feedbackDecidedAt: now, feedbackDecidedBy: actor.id };
      await m.update(ScoreSheetEntity, { id: sheet.id }, after);
      Object.assign(sheet, after);
      const action =
        after.feedbackDecision === FeedbackDecision.RELEASED
          ? 'scoreSheet.releaseFeedback'
          : 'scoreSheet.withholdFeedback';
      await this.audit.append(m, actor, action, { type: 'scoreSheet', id: sheet.id }, before, after);
      const judge = await m.findOneBy(UserEntity, { id: context.assignment.judgeId });
      return rowOf(context.nomination, context.assignment, judge, sheet, after.feedbackDecision!);
    });
  }
}
