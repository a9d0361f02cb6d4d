import { Permission, requireAccess } from '../../access/permissions';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AuthUser } from '../../access/auth-user';
import { Clock } from '../../common/clock/clock';
import { DomainException } from '../../common/errors/domain-exception';
import { TransactionRunner } from '../../database/transaction-runner';
import type { UnassignedNomination } from '../../domain/assignment';
import { isInCompetition } from '../../domain/intake/nomination-status';
import { observerJudgePseudonyms } from '../../database/judge-pseudonyms';
import { InstitutionEntity } from '../../database/schema/institution.entity';
import { AttachmentEntity } from '../../database/schema/attachment.entity';
import { type AttachmentDownload, AttachmentsService } from '../../nominations/attachments.service';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { fieldsOf } from '../../database/track-fields';
import { notFound } from '../../common/errors/common.errors';
import { Role, UserEntity } from '../../database/schema/user.entity';
import { planAssignments } from '../assignment-engine';
import { conflictParams } from '../conflict-messages';
import { ManualAssignmentDto, ReasonDto } from '../dto/assignment.dto';
import {
  AssignmentEntity,
  AssignmentSource,
  AssignmentStatus,
} from '../../database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../database/schema/score-sheet.entity';
import { JudgingErrors } from '../judging.errors';
import {
  assertNotFinalized,
  AssignmentContext,
  loadAssignment,
  loadTrack,
  TrackContext,
} from '../judging.loaders';
import { assertAssignmentAccess } from '../judging.policy';
import {
  editionForJudging,
  judgeRef,
  presentAssignmentRow,
  presentNominationForJudging,
  presentSheet,
  sheetSummary,
  trackForJudging,
  hiddenFieldKeys,
} from '../judging.presenter';
import { activeAssignments, conflictsIn, loadTrackState, TrackState } from '../track-state';
import { Locks } from '../../database/locks';

/** What happened when an assignment was recused: the replacement found, or why there is none. */
export interface RecusalOutcome {
  assignmentId: string;
  nominationId: string;
  judgeId: string;
  hadSubmittedSheet: boolean;
  replacement: { assignmentId: string; judgeId: string } | null;
  /** Set when the nomination is left with fewer than k active judges. */
  unassigned: UnassignedNomination | null;
}

const INSERT_CHUNK = 500;

@Injectable()
export class AssignmentsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly attachments: AttachmentsService,
  ) {}

  /**
   * Staffs every nomination in competition with k judges (docs/domain.md): existing active assignments are kept,
   * recused pairs never come back, conflicts are never assigned. Stores the new assignments in one transaction
   * and returns the plan with the nominations that could not get k judges and why.
   */
  autoAssign(actor: AuthUser, trackId: string) {
    return this.db.transaction(async (m) => {
      const context = await loadTrack(m, trackId);
      assertNotFinalized(context.edition);
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const state = await loadTrackState(m, context);
      const plan = planAssignments(state, state.nominations);
      const created = await this.store(m, actor, context, plan.newAssignments, AssignmentSource.AUTO, false);
      const nominationKeys = new Map(state.nominations.map((n) => [n.id, n.key]));
      const report = {
        trackId,
        judgesPerNomination: context.track.judgesPerNomination,
        kept: activeAssignments(state).length,
        created: created.map((a) => ({
          id: a.id,
          nominationId: a.nominationId,
          nominationKey: nominationKeys.get(a.nominationId),
          judgeId: a.judgeId,
        })),
        unassigned: plan.unassigned.map((u) => ({ ...u, nominationKey: nominationKeys.get(u.nominationId) })),
        conflictingExisting: plan.conflictingExisting,
        loads: plan.loads,
        summary: plan.summary,
      };
      await this.audit.append(m, actor, 'assignment.autoAssign', { type: 'track', id: trackId }, null, {
        created: report.created.map(({ id, nominationId, judgeId }) => ({ id, nominationId, judgeId })),
        unassigned: plan.unassigned,
        summary: plan.summary,
      });
      return report;
    });
  }

  /** An organiser's own choice of judge; refused when the judge is conflicted, off the panel or full. */
  assign(actor: AuthUser, trackId: string, dto: ManualAssignmentDto) {
    return this.db.transaction(async (m) => {
      const context = await loadTrack(m, trackId);
      assertNotFinalized(context.edition);
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const nomination = await m.findOneBy(NominationEntity, { id: dto.nominationId });
      if (!nomination || nomination.trackId !== trackId)
        throw new DomainException(JudgingErrors.NOMINATION_NOT_IN_TRACK);
      if (!isInCompetition(nomination.status)) {
        throw new DomainException(JudgingErrors.NOMINATION_NOT_IN_COMPETITION, { status: nomination.status });
      }
      if (nomination.roundReached !== context.track.round)
        throw new DomainException(JudgingErrors.NOT_IN_ROUND);
      const state = await loadTrackState(m, context);
      const member = state.members.find((p) => p.judgeId === dto.judgeId);
      if (!member) throw new DomainException(JudgingErrors.NOT_ON_PANEL);
      const existing = state.assignments.find(
        (a) => a.nominationId === nomination.id && a.judgeId === dto.judgeId,
      );
      if (existing?.status === AssignmentStatus.ACTIVE)
        throw new DomainException(JudgingErrors.ALREADY_ASSIGNED);
      if (existing) throw new DomainException(JudgingErrors.PAIR_RECUSED);
      const reasons = conflictsIn(state, dto.judgeId, nomination);
      if (reasons.length > 0)
        throw new DomainException(JudgingErrors.CONFLICT_OF_INTEREST, conflictParams(reasons));
      const load = activeAssignments(state).filter((a) => a.judgeId === dto.judgeId).length;
      if (member.capacity !== null && load >= member.capacity) {
        throw new DomainException(JudgingErrors.CAPACITY_REACHED, { capacity: member.capacity });
      }
      const [created] = await this.store(m, actor, context, [dto], AssignmentSource.MANUAL, true);
      return this.presentRows(m, actor, context, [created]).then((rows) => rows[0]);
    });
  }

  /** Removes an active assignment that has no submitted sheet (a draft goes with it). */
  unassign(actor: AuthUser, id: string): Promise<void> {
    return this.db.transaction(async (m) => {
      const context = await this.lockAndLoad(m, actor, id, 'UNASSIGN');
      const { assignment } = context;
      if (assignment.status !== AssignmentStatus.ACTIVE)
        throw new DomainException(JudgingErrors.ASSIGNMENT_RECUSED);
      const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId: id });
      if (sheet?.status === ScoreSheetStatus.SUBMITTED)
        throw new DomainException(JudgingErrors.SHEET_SUBMITTED);
      if (sheet) await m.delete(ScoreSheetEntity, { id: sheet.id });
      await m.delete(AssignmentEntity, { id });
      await this.audit.append(
        m,
        actor,
        'assignment.delete',
        { type: 'assignment', id },
        { ...assignment, scoreSheet: sheet },
        null,
      );
    });
  }

  /**
   * The judge (or an organiser on its behalf) recuses with a reason; the nomination is then given another free
   * judge in the same transaction where one exists. A judge learns only whether a replacement was found.
   */
  /** The evidence file of the assignment's nomination, for whoever may view the assignment. */
  async attachment(actor: AuthUser, id: string, attachmentId: string): Promise<AttachmentDownload> {
    const { nominationId, blind } = await this.db.read(async (m) => {
      const context = await loadAssignment(m, id);
      assertAssignmentAccess(actor, context?.assignment ?? null, 'VIEW');
      // The file of a custom field that may identify the institution is not the blind judge's to read.
      if (context!.track.blind && context!.assignment.judgeId === actor.id) {
        const file = await m.findOneBy(AttachmentEntity, {
          id: attachmentId,
          nominationId: context!.nomination.id,
        });
        const hidden = hiddenFieldKeys(await fieldsOf(m, context!.track.id));
        if (file?.fieldKey && hidden.has(file.fieldKey)) throw notFound();
      }
      return {
        nominationId: context!.nomination.id,
        // The judge of a blind track gets the blind copy; an organiser looking on its behalf, the original.
        blind: context!.track.blind && context!.assignment.judgeId === actor.id,
      };
    });
    return blind
      ? this.attachments.blindDownload(actor, nominationId, attachmentId)
      : this.attachments.download(actor, nominationId, attachmentId);
  }

  async recuse(actor: AuthUser, id: string, dto: ReasonDto) {
    const outcome = await this.db.transaction(async (m) => {
      const context = await this.lockAndLoad(m, actor, id, 'RECUSE');
      const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId: id });
      if (sheet?.status === ScoreSheetStatus.SUBMITTED)
        throw new DomainException(JudgingErrors.SHEET_SUBMITTED);
      return this.recuseInTransaction(m, actor, context, context.assignment, dto.reason.trim());
    });
    if (actor.role === Role.JUDGE) {
      return {
        assignmentId: outcome.assignmentId,
        status: AssignmentStatus.RECUSED,
        reassigned: outcome.replacement !== null,
      };
    }
    return { ...outcome, status: AssignmentStatus.RECUSED, reassigned: outcome.replacement !== null };
  }

  /**
   * Marks `assignment` RECUSED and looks for a replacement judge for its nomination, inside the caller's
   * transaction (which holds the track's lock). Also used when a new conflict hits an existing assignment.
   */
  async recuseInTransaction(
    m: EntityManager,
    actor: AuthUser,
    context: TrackContext,
    assignment: AssignmentEntity,
    reason: string,
  ): Promise<RecusalOutcome> {
    const before = { ...assignment };
    const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId: assignment.id });
    assignment.status = AssignmentStatus.RECUSED;
    assignment.recusalReason = reason;
    assignment.recusedAt = this.clock.now();
    await m.update(
      AssignmentEntity,
      { id: assignment.id },
      { status: assignment.status, recusalReason: reason, recusedAt: assignment.recusedAt },
    );
    await this.audit.append(
      m,
      actor,
      'assignment.recuse',
      { type: 'assignment', id: assignment.id },
      before,
      assignment,
    );
    const state = await loadTrackState(m, context);
    const nomination = state.nominations.find((n) => n.id === assignment.nominationId);
    let replacement: RecusalOutcome['replacement'] = null;
    let unassigned: UnassignedNomination | null = null;
    if (nomination) {
      const plan = planAssignments(state, [nomination]);
      const created = await this.store(m, actor, context, plan.newAssignments, AssignmentSource.AUTO, true);
      replacement = created[0] ? { assignmentId: created[0].id, judgeId: created[0].judgeId } : null;
      unassigned = plan.unassigned[0] ?? null;
    }
    return {
      assignmentId: assignment.id,
      nominationId: assignment.nominationId,
      judgeId: assignment.judgeId,
      hadSubmittedSheet: sheet?.status === ScoreSheetStatus.SUBMITTED,
      replacement,
      unassigned,
    };
  }

  /** Every assignment of a track, active and recused, with each sheet's state and today's conflicts. */
  listForTrack(actor: AuthUser, trackId: string) {
    return this.db.read(async (m) => {
      const context = await loadTrack(m, trackId);
      const state = await loadTrackState(m, context);
      return this.presentRows(m, actor, context, state.assignments, state);
    });
  }

  /** The judge's queue: its ACTIVE assignments only, with the state of each sheet. */
  async judgeQueue(actor: AuthUser) {
    requireAccess(actor, Permission.JUDGING);
    return this.db.read(async (m) => {
      const assignments = await m.find(AssignmentEntity, {
        where: { judgeId: actor.id, status: AssignmentStatus.ACTIVE },
        relations: { nomination: true, track: { edition: true } },
      });
      const sheets = await this.sheetsOf(m, assignments);
      // A closed round's sheets are kept, but the queue is the round being judged.
      return assignments
        .filter((a) => a.round === a.track!.round)
        .map((a) => ({
          id: a.id,
          createdAt: a.createdAt,
          track: { id: a.track!.id, code: a.track!.code, name: a.track!.name, blind: a.track!.blind },
          edition: editionForJudging(a.track!.edition!),
          nomination: {
            id: a.nomination!.id,
            key: a.nomination!.key,
            title: a.nomination!.title,
            categoryKey: a.nomination!.categoryKey,
            status: a.nomination!.status,
          },
          scoreSheet: sheetSummary(sheets.get(a.id)),
        }))
        .sort(
          (x, y) =>
            x.track.code.localeCompare(y.track.code) || x.nomination.key.localeCompare(y.nomination.key),
        );
    });
  }

  /** One assignment with its nomination and, for its judge, its own sheet (never another judge's). */
  get(actor: AuthUser, id: string) {
    return this.db.read(async (m) => {
      const context = await loadAssignment(m, id);
      assertAssignmentAccess(actor, context?.assignment ?? null, 'VIEW');
      const { assignment, nomination, track, edition } = context!;
      const institutions = new Map(
        (
          await m.findBy(InstitutionEntity, {
            id: In([nomination.nominatingInstitutionId, nomination.nomineeInstitutionId]),
          })
        ).map((i) => [i.id, i]),
      );
      const attachments = await m.find(AttachmentEntity, {
        where: { nominationId: nomination.id },
        order: { createdAt: 'ASC', id: 'ASC' },
      });
      const sheet = await m.findOneBy(ScoreSheetEntity, { assignmentId: id });
      const isJudge = assignment.judgeId === actor.id;
      const fields = await fieldsOf(m, track.id);
      const view = {
        id: assignment.id,
        status: assignment.status,
        source: assignment.source,
        recusalReason: assignment.recusalReason,
        recusedAt: assignment.recusedAt,
        createdAt: assignment.createdAt,
        track: trackForJudging(track),
        edition: editionForJudging(edition),
        nomination: presentNominationForJudging(
          actor,
          track,
          nomination,
          institutions,
          attachments,
          isJudge,
          fields,
        ),
        scoreSheet: sheet ? presentSheet(sheet, track.rubric) : null,
      };
      if (isJudge) return view;
      const [row] = await this.presentRows(m, actor, { track, edition }, [assignment]);
      return { ...view, judge: row.judge, conflicts: row.conflicts };
    });
  }

  /** Locks the assignment's track and the assignment, then loads it and checks `actor` may act on it. */
  private async lockAndLoad(
    m: EntityManager,
    actor: AuthUser,
    id: string,
    action: 'RECUSE' | 'UNASSIGN',
  ): Promise<AssignmentContext> {
    const peek = await m.findOne(AssignmentEntity, { where: { id }, select: { id: true, trackId: true } });
    if (peek) {
      await this.db.lock(m, Locks.judgingTrack(peek.trackId));
      await this.db.lock(m, Locks.judgingAssignment(id));
    }
    const context = await loadAssignment(m, id);
    assertAssignmentAccess(actor, context?.assignment ?? null, action);
    assertNotFinalized(context!.edition);
    return context!;
  }

  /** Inserts new assignments; `auditEach` writes one 'assignment.create' entry per row. */
  private async store(
    m: EntityManager,
    actor: AuthUser,
    context: TrackContext,
    pairs: readonly { judgeId: string; nominationId: string }[],
    source: AssignmentSource,
    auditEach: boolean,
  ): Promise<AssignmentEntity[]> {
    const now = this.clock.now();
    const rows = pairs.map((p) =>
      m.create(AssignmentEntity, {
        id: randomUUID(),
        trackId: context.track.id,
        round: context.track.round,
        nominationId: p.nominationId,
        judgeId: p.judgeId,
        status: AssignmentStatus.ACTIVE,
        recusalReason: null,
        recusedAt: null,
        source,
        createdById: actor.id,
        createdAt: now,
      }),
    );
    for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
      // No read-back: on SQLite TypeORM matches the rows' column defaults back in index order, swapping rows.
      await m
        .createQueryBuilder()
        .insert()
        .into(AssignmentEntity)
        .values(rows.slice(i, i + INSERT_CHUNK))
        .updateEntity(false)
        .execute();
    }
    if (auditEach) {
      for (const row of rows) {
        await this.audit.append(m, actor, 'assignment.create', { type: 'assignment', id: row.id }, null, row);
      }
    }
    return rows;
  }

  private async sheetsOf(
    m: EntityManager,
    assignments: readonly AssignmentEntity[],
  ): Promise<Map<string, ScoreSheetEntity>> {
    const sheets: ScoreSheetEntity[] = [];
    const ids = assignments.map((a) => a.id);
    for (let i = 0; i < ids.length; i += INSERT_CHUNK) {
      sheets.push(
        ...(await m.findBy(ScoreSheetEntity, { assignmentId: In(ids.slice(i, i + INSERT_CHUNK)) })),
      );
    }
    return new Map(sheets.map((s) => [s.assignmentId, s]));
  }

  /** Rows of a track's assignment list as `actor` may see them (observers: judges as J1, J2…). */
  private async presentRows(
    m: EntityManager,
    actor: AuthUser,
    context: TrackContext,
    assignments: readonly AssignmentEntity[],
    known?: TrackState,
  ) {
    const state = known ?? (await loadTrackState(m, context));
    const nominations = new Map(
      (
        await m.find(NominationEntity, {
          where: { trackId: context.track.id },
          select: {
            id: true,
            key: true,
            title: true,
            status: true,
            nominatingInstitutionId: true,
            nomineeInstitutionId: true,
            stateCode: true,
          },
        })
      ).map((n) => [n.id, n]),
    );
    const judgeIds = [
      ...new Set([...state.members.map((p) => p.judgeId), ...state.assignments.map((a) => a.judgeId)]),
    ];
    const users = new Map(
      (judgeIds.length
        ? await m.find(UserEntity, {
            where: { id: In(judgeIds) },
            select: { id: true, name: true, email: true },
          })
        : []
      ).map((u) => [u.id, u]),
    );
    const pseudonyms = await observerJudgePseudonyms(m);
    const sheets = await this.sheetsOf(m, assignments);
    return assignments
      .map((a) => {
        const nomination = nominations.get(a.nominationId);
        const conflicts =
          nomination && a.status === AssignmentStatus.ACTIVE ? conflictsIn(state, a.judgeId, nomination) : [];
        return presentAssignmentRow(
          a,
          nomination,
          judgeRef(actor, a.judgeId, users, pseudonyms),
          sheets.get(a.id),
          conflicts,
        );
      })
      .sort(
        (x, y) =>
          (x.nomination?.key ?? '').localeCompare(y.nomination?.key ?? '') ||
          x.status.localeCompare(y.status) ||
          x.createdAt.getTime() - y.createdAt.getTime() ||
          x.id.localeCompare(y.id),
      );
  }
}
