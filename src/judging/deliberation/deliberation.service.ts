import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuthUser } from '../../access/auth-user';
import { CommonErrors, notFound } from '../../common/errors/common.errors';
import { Permission, requireAccess } from '../../access/permissions';
import { AuditService } from '../../audit/audit.service';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain-exception';
import { Locks } from '../../database/locks';
import { TransactionRunner } from '../../database/transaction-runner';
import { AssignmentEntity, AssignmentStatus } from '../../database/schema/assignment.entity';
import { DiscussionPostEntity } from '../../database/schema/discussion-post.entity';
import {
  DiscussionChange,
  DiscussionPostVersionEntity,
} from '../../database/schema/discussion-post-version.entity';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../database/schema/score-sheet.entity';
import { TrackEntity } from '../../database/schema/track.entity';
import { Role, UserEntity } from '../../database/schema/user.entity';
import { resultsArePublic } from '../../domain/editions/phase';
import {
  deliberationAccess,
  deliberationLabels,
  DeliberationViewer,
  mayWriteDiscussion,
  revisionAllowed,
} from '../../domain/judging/deliberation';
import { judgeTotal } from '../../domain/scoring/rubric';
import { canonicalJsonOf, sha256Hex } from '../../domain/seal/canonical';
import { ReasonDto } from '../dto/assignment.dto';
import { DiscussionPostDto } from '../dto/deliberation.dto';
import { JudgingErrors } from '../judging.errors';
import { loadTrack, TrackContext } from '../judging.loaders';

/** Who is looking at which nomination's deliberation, and what they may do there. */
interface DeliberationContext extends TrackContext {
  readonly nomination: NominationEntity;
  readonly viewer: DeliberationViewer;
  /** The nomination's active assignments in the round being judged. */
  readonly assignments: AssignmentEntity[];
  readonly sheets: Map<string, ScoreSheetEntity>;
  readonly own: AssignmentEntity | null;
  readonly canWrite: boolean;
}

/**
 * Deliberation on a nomination (docs/judging.md, "Deliberation"): the other judges' sheets once a judge has
 * submitted their own, the discussion thread with its history, and the consensus step of a round.
 */
@Injectable()
export class DeliberationService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
  ) {}

  async view(actor: AuthUser, nominationId: string) {
    requireAccess(actor, Permission.DELIBERATION);
    return this.db.read(async (m) => this.present(m, actor, await this.context(m, actor, nominationId)));
  }

  async post(actor: AuthUser, nominationId: string, dto: DiscussionPostDto) {
    requireAccess(actor, Permission.DISCUSSION_WRITE);
    return this.db.transaction(async (m) => {
      const context = await this.writable(m, actor, nominationId);
      const post = m.create(DiscussionPostEntity, {
        id: randomUUID(),
        trackId: context.track.id,
        round: context.track.round,
        nominationId,
        authorId: actor.id,
        body: dto.body.trim(),
        createdAt: this.clock.now(),
        editedAt: null,
        deletedAt: null,
      });
      await m.insert(DiscussionPostEntity, post);
      await this.audit.append(
        m,
        actor,
        'discussionPost.create',
        { type: 'discussionPost', id: post.id },
        null,
        audited(post),
      );
      return this.present(m, actor, context);
    });
  }

  async edit(actor: AuthUser, postId: string, dto: DiscussionPostDto) {
    requireAccess(actor, Permission.DISCUSSION_WRITE);
    return this.db.transaction(async (m) => {
      const { post, context } = await this.ownPost(m, actor, postId, 'EDIT');
      const before = { ...post };
      const now = this.clock.now();
      await this.keepVersion(m, actor, post, DiscussionChange.EDITED, now);
      await m.update(DiscussionPostEntity, { id: post.id }, { body: dto.body.trim(), editedAt: now });
      const after = { ...post, body: dto.body.trim(), editedAt: now };
      await this.audit.append(
        m,
        actor,
        'discussionPost.edit',
        { type: 'discussionPost', id: post.id },
        audited(before),
        audited(after),
      );
      return this.present(m, actor, context);
    });
  }

  /** Authors delete their own posts; organisers any (moderation). The text stays in the history. */
  async remove(actor: AuthUser, postId: string) {
    requireAccess(actor, Permission.DISCUSSION_WRITE);
    return this.db.transaction(async (m) => {
      const { post, context } = await this.ownPost(m, actor, postId, 'DELETE');
      const before = { ...post };
      const now = this.clock.now();
      await this.keepVersion(m, actor, post, DiscussionChange.DELETED, now);
      await m.update(DiscussionPostEntity, { id: post.id }, { body: '', deletedAt: now });
      const after = { ...post, body: '', deletedAt: now };
      await this.audit.append(
        m,
        actor,
        'discussionPost.delete',
        { type: 'discussionPost', id: post.id },
        audited(before),
        audited(after),
      );
      return this.present(m, actor, context);
    });
  }

  /** Opens the round's consensus step: judges may then revise a submitted sheet once, with a reason. */
  async openConsensus(actor: AuthUser, trackId: string, dto: ReasonDto) {
    requireAccess(actor, Permission.ROUND_MANAGE);
    return this.setConsensus(actor, trackId, true, dto.reason);
  }

  async closeConsensus(actor: AuthUser, trackId: string, dto: ReasonDto) {
    requireAccess(actor, Permission.ROUND_MANAGE);
    return this.setConsensus(actor, trackId, false, dto.reason);
  }

  private setConsensus(actor: AuthUser, trackId: string, open: boolean, reason: string) {
    return this.db.transaction(async (m) => {
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const { track, edition } = await loadTrack(m, trackId);
      if (edition.finalizedAt) throw new DomainException(JudgingErrors.EDITION_FINALIZED);
      if (!track.deliberation) throw new DomainException(JudgingErrors.DELIBERATION_OFF);
      if (open && track.consensusOpenedAt) throw new DomainException(JudgingErrors.CONSENSUS_ALREADY_OPEN);
      if (!open && !track.consensusOpenedAt) throw new DomainException(JudgingErrors.CONSENSUS_NOT_OPEN);
      const consensusOpenedAt = open ? this.clock.now() : null;
      await m.update(TrackEntity, { id: trackId }, { consensusOpenedAt });
      await this.audit.append(
        m,
        actor,
        open ? 'track.openConsensus' : 'track.closeConsensus',
        { type: 'track', id: trackId },
        { round: track.round, consensusOpenedAt: track.consensusOpenedAt },
        { round: track.round, consensusOpenedAt, reason: reason.trim() },
      );
      return { trackId, consensusOpenedAt };
    });
  }

  private async context(
    m: EntityManager,
    actor: AuthUser,
    nominationId: string,
  ): Promise<DeliberationContext> {
    const nomination = await m.findOneBy(NominationEntity, { id: nominationId });
    if (!nomination) throw notFound();
    const { track, edition } = await loadTrack(m, nomination.trackId);
    const viewer = viewerOf(actor);
    if (!viewer) throw notFound();
    const assignments = await m.find(AssignmentEntity, {
      where: { nominationId, round: track.round, status: AssignmentStatus.ACTIVE },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const own = assignments.find((a) => a.judgeId === actor.id) ?? null;
    // A judge learns nothing of a nomination they do not judge in this round: not found, as if absent.
    if (viewer === 'JUDGE' && !own) throw notFound();
    const sheets = new Map(
      (assignments.length
        ? await m.findBy(ScoreSheetEntity, { assignmentId: In(assignments.map((a) => a.id)) })
        : []
      ).map((s) => [s.assignmentId, s]),
    );
    const facts = {
      enabled: track.deliberation,
      ownSheetSubmitted: own !== null && sheets.get(own.id)?.status === ScoreSheetStatus.SUBMITTED,
      resultsPublic: resultsArePublic(edition, this.clock.now()),
    };
    switch (deliberationAccess(viewer, facts)) {
      case 'ALLOW':
        break;
      case 'NOT_ENABLED':
        throw new DomainException(JudgingErrors.DELIBERATION_OFF);
      case 'SUBMIT_FIRST':
        throw new DomainException(JudgingErrors.DELIBERATION_SUBMIT_FIRST);
      case 'NOT_PUBLIC':
        throw notFound();
    }
    const canWrite = mayWriteDiscussion(viewer, { ...facts, sealed: edition.finalizedAt !== null });
    return { track, edition, nomination, viewer, assignments, sheets, own, canWrite };
  }

  private async writable(m: EntityManager, actor: AuthUser, nominationId: string) {
    const context = await this.context(m, actor, nominationId);
    if (!context.canWrite) {
      if (context.edition.finalizedAt) throw new DomainException(JudgingErrors.EDITION_FINALIZED);
      throw new DomainException(CommonErrors.FORBIDDEN);
    }
    return context;
  }

  /** The post with the context to act on it: its author edits and deletes it, an organiser deletes any. */
  private async ownPost(m: EntityManager, actor: AuthUser, postId: string, action: 'EDIT' | 'DELETE') {
    const post = await m.findOneBy(DiscussionPostEntity, { id: postId });
    if (!post || post.deletedAt) throw notFound();
    const context = await this.writable(m, actor, post.nominationId);
    if (post.round !== context.track.round) throw new DomainException(JudgingErrors.ROUND_CLOSED);
    const moderates = action === 'DELETE' && context.viewer === 'ORGANISER';
    if (post.authorId !== actor.id && !moderates) throw notFound();
    return { post, context };
  }

  private async keepVersion(
    m: EntityManager,
    actor: AuthUser,
    post: DiscussionPostEntity,
    kind: DiscussionChange,
    at: Date,
  ): Promise<void> {
    await m.insert(DiscussionPostVersionEntity, {
      id: randomUUID(),
      postId: post.id,
      body: post.body,
      kind,
      at,
      byId: actor.id,
    });
  }

  private async present(m: EntityManager, actor: AuthUser, context: DeliberationContext) {
    const { track, nomination, viewer, assignments, sheets, own } = context;
    const labels = deliberationLabels(assignments);
    const posts = await m.find(DiscussionPostEntity, {
      where: { nominationId: nomination.id, round: track.round },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    // Judges see each other's names only when the organiser chose so; organisers always; observers never.
    const named = viewer === 'ORGANISER' || (viewer === 'JUDGE' && track.deliberationNames);
    const userIds = [...new Set([...assignments.map((a) => a.judgeId), ...posts.map((p) => p.authorId)])];
    const users = new Map(
      (userIds.length
        ? await m.find(UserEntity, {
            where: { id: In(userIds) },
            select: { id: true, name: true, role: true },
          })
        : []
      ).map((u) => [u.id, u]),
    );
    const history =
      viewer === 'ORGANISER' && posts.length
        ? await m.find(DiscussionPostVersionEntity, {
            where: { postId: In(posts.map((p) => p.id)) },
            order: { at: 'ASC', id: 'ASC' },
          })
        : [];
    const rubric = track.rubric;
    const author = (id: string): string => {
      const label = labels.get(id);
      const user = users.get(id);
      if (label) return named && user ? user.name : label;
      return viewer === 'ORGANISER' && user ? user.name : 'Organización';
    };
    const ownSheet = own ? sheets.get(own.id) : undefined;
    return {
      nominationId: nomination.id,
      nominationKey: nomination.key,
      nominationTitle: nomination.title,
      trackId: track.id,
      trackName: track.name,
      round: track.round,
      assignmentId: own?.id ?? null,
      criteria: rubric.map((c) => ({ key: c.key, name: c.name })),
      sheets: assignments
        .map((a) => ({ a, sheet: sheets.get(a.id) }))
        .filter(({ sheet }) => sheet?.status === ScoreSheetStatus.SUBMITTED)
        .map(({ a, sheet }) => ({
          judge: labels.get(a.judgeId)!,
          name: named ? (users.get(a.judgeId)?.name ?? null) : null,
          mine: a.judgeId === actor.id,
          scores: sheet!.scores,
          total: judgeTotal(rubric, sheet!.scores),
          comment: sheet!.comment,
          revision: sheet!.originalScores
            ? {
                originalScores: sheet!.originalScores,
                originalTotal: judgeTotal(rubric, sheet!.originalScores),
                reason: sheet!.revisionReason ?? '',
                revisedAt: sheet!.revisedAt!,
              }
            : null,
        })),
      posts: posts.map((p) => ({
        id: p.id,
        author: author(p.authorId),
        mine: p.authorId === actor.id,
        body: p.body,
        createdAt: p.createdAt,
        editedAt: p.editedAt,
        deletedAt: p.deletedAt,
        history:
          viewer === 'ORGANISER'
            ? history.filter((h) => h.postId === p.id).map((h) => ({ body: h.body, kind: h.kind, at: h.at }))
            : null,
      })),
      canWrite: context.canWrite,
      consensusOpen: track.consensusOpenedAt !== null,
      canRevise:
        viewer === 'JUDGE' &&
        !context.edition.finalizedAt &&
        revisionAllowed({
          consensusOpen: track.consensusOpenedAt !== null,
          status: ownSheet?.status ?? ScoreSheetStatus.DRAFT,
          alreadyRevised: !!ownSheet?.revisedAt,
        }) === 'ALLOW',
    };
  }
}

export type DeliberationView = Awaited<ReturnType<DeliberationService['view']>>;

/**
 * A post as the audit trail records it: its text by SHA-256 only. Observers read the trail before publication,
 * when the discussion is the jury's alone; the text itself is in the post and its history, and the hash proves it.
 */
function audited(post: DiscussionPostEntity) {
  const { body, ...rest } = post;
  return { ...rest, bodySha256: sha256Hex(canonicalJsonOf(body)) };
}

function viewerOf(actor: AuthUser): DeliberationViewer | null {
  switch (actor.role) {
    case Role.ORGANISER:
      return 'ORGANISER';
    case Role.OBSERVER:
      return 'OBSERVER';
    case Role.JUDGE:
      return 'JUDGE';
    case Role.NOMINATOR:
      return null;
  }
}
