import { Injectable } from '@nestjs/common';
import { EntityManager, In, IsNull, Not } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { AuthUser } from '../access/auth-user';
import { CommonErrors, notFound } from '../common/errors/common.errors';
import { DomainException, FieldProblem } from '../common/errors/domain-exception';
import { TransactionRunner } from '../database/transaction-runner';
import { EditionEntity } from '../database/schema/edition.entity';
import { TrackEntity } from '../database/schema/track.entity';
import { conflictParams } from '../judging/conflict-messages';
import { AssignmentEntity, AssignmentStatus } from '../database/schema/assignment.entity';
import { DeclaredConflictEntity } from '../database/schema/declared-conflict.entity';
import { JudgeAffiliationEntity } from '../database/schema/judge-affiliation.entity';
import { activeAssignments, conflictsIn, loadTrackState } from '../judging/track-state';
import { NominationEntity } from '../database/schema/nomination.entity';
import { UserEntity } from '../database/schema/user.entity';
import { MergeInstitutionDto } from './dto/institution.dto';
import { InstitutionEntity } from '../database/schema/institution.entity';
import { InstitutionErrors } from './institutions.errors';
import { requireInstitutionAccess } from './institution.policy';

export interface MergeResult {
  into: InstitutionEntity;
  mergedId: string;
  moved: { nominating: number; nominee: number; users: number; affiliations: number; conflicts: number };
}

/** An active assignment in conflict, by assignment id, with the reasons as error parameters. */
type ConflictedAssignments = Map<string, { assignment: AssignmentEntity; reasons: Record<string, string> }>;

/**
 * Merges a duplicate institution into the one that stays: nominations (as nominating and as nominee),
 * nominators, judges' affiliations and declared conflicts move, the duplicate is removed, all in one audited
 * transaction. Refused when it would change a finalised edition's sealed nominations, or would put a judge in
 * conflict with a nomination it is assigned to.
 */
@Injectable()
export class InstitutionMergeService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly audit: AuditService,
  ) {}

  async merge(actor: AuthUser, id: string, dto: MergeInstitutionDto): Promise<MergeResult> {
    requireInstitutionAccess(actor, 'MERGE');
    if (dto.intoId === id) {
      throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
        {
          field: 'intoId',
          code: 'sameInstitution',
          message: {
            es: 'intoId: debe ser otra institución; no se puede fusionar una institución consigo misma',
            en: 'intoId: must be another institution; an institution cannot be merged into itself',
          },
        },
      ]);
    }
    return this.db.transaction(async (m) => {
      const duplicate = await m.findOneBy(InstitutionEntity, { id });
      if (!duplicate) throw notFound();
      const into = await m.findOneBy(InstitutionEntity, { id: dto.intoId });
      if (!into) {
        throw new DomainException(CommonErrors.VALIDATION_FAILED, {}, [
          {
            field: 'intoId',
            code: 'notFound',
            message: { es: 'intoId: la institución no existe', en: 'intoId: the institution does not exist' },
          },
        ]);
      }
      await this.assertNoSealedNominations(m, id);
      const tracks = await this.tracksWithActiveAssignments(m);
      const before = await this.conflicted(m, tracks);
      const moved = await this.move(m, id, into.id);
      await this.assertNoNewConflicts(m, tracks, before);
      await m.delete(InstitutionEntity, { id });
      await this.audit.append(m, actor, 'institution.merge', { type: 'institution', id }, duplicate, {
        intoId: into.id,
        intoName: into.name,
        moved,
      });
      return { into, mergedId: id, moved };
    });
  }

  private async assertNoSealedNominations(m: EntityManager, id: string): Promise<void> {
    const editionIds = new Set(
      (
        await m.find(NominationEntity, {
          where: [{ nominatingInstitutionId: id }, { nomineeInstitutionId: id }],
          select: { editionId: true },
        })
      ).map((n) => n.editionId),
    );
    if (editionIds.size === 0) return;
    const sealed = await m.findBy(EditionEntity, { id: In([...editionIds]), finalizedAt: Not(IsNull()) });
    if (sealed.length > 0) {
      throw new DomainException(InstitutionErrors.MERGE_SEALED, {
        editions: sealed.map((e) => e.name).join(', '),
      });
    }
  }

  private async move(m: EntityManager, from: string, to: string): Promise<MergeResult['moved']> {
    const nominating = await m.update(
      NominationEntity,
      { nominatingInstitutionId: from },
      { nominatingInstitutionId: to },
    );
    const nominee = await m.update(
      NominationEntity,
      { nomineeInstitutionId: from },
      { nomineeInstitutionId: to },
    );
    const users = await m.update(UserEntity, { institutionId: from }, { institutionId: to });
    // A judge affiliated with both, or a conflict declared with both, keeps one row.
    const affiliations = await m.findBy(JudgeAffiliationEntity, { institutionId: In([from, to]) });
    const affiliationKey = (a: JudgeAffiliationEntity) => `${a.userId}|${a.stateCode ?? ''}`;
    const keptAffiliations = new Set(affiliations.filter((a) => a.institutionId === to).map(affiliationKey));
    const conflicts = await m.findBy(DeclaredConflictEntity, { institutionId: In([from, to]) });
    const conflictKey = (c: DeclaredConflictEntity) => `${c.trackId}|${c.judgeId}`;
    const keptConflicts = new Set(conflicts.filter((c) => c.institutionId === to).map(conflictKey));
    let movedAffiliations = 0;
    for (const a of affiliations.filter((row) => row.institutionId === from)) {
      if (keptAffiliations.has(affiliationKey(a))) await m.delete(JudgeAffiliationEntity, { id: a.id });
      else await m.update(JudgeAffiliationEntity, { id: a.id }, { institutionId: to });
      movedAffiliations++;
    }
    let movedConflicts = 0;
    for (const c of conflicts.filter((row) => row.institutionId === from)) {
      if (keptConflicts.has(conflictKey(c))) await m.delete(DeclaredConflictEntity, { id: c.id });
      else await m.update(DeclaredConflictEntity, { id: c.id }, { institutionId: to });
      movedConflicts++;
    }
    return {
      nominating: nominating.affected ?? 0,
      nominee: nominee.affected ?? 0,
      users: users.affected ?? 0,
      affiliations: movedAffiliations,
      conflicts: movedConflicts,
    };
  }

  /** Tracks of editions still open whose judging has begun: the only places a merge can create a conflict. */
  private async tracksWithActiveAssignments(m: EntityManager): Promise<TrackEntity[]> {
    const trackIds = (
      await m.find(AssignmentEntity, {
        where: { status: AssignmentStatus.ACTIVE },
        select: { trackId: true },
      })
    ).map((a) => a.trackId);
    if (trackIds.length === 0) return [];
    return m.findBy(TrackEntity, { id: In([...new Set(trackIds)]) });
  }

  private async conflicted(m: EntityManager, tracks: TrackEntity[]): Promise<ConflictedAssignments> {
    const out: ConflictedAssignments = new Map();
    for (const track of tracks) {
      const edition = await m.findOneByOrFail(EditionEntity, { id: track.editionId });
      if (edition.finalizedAt) continue;
      const state = await loadTrackState(m, { track, edition });
      const nominations = new Map(state.nominations.map((n) => [n.id, n]));
      for (const assignment of activeAssignments(state)) {
        const nomination = nominations.get(assignment.nominationId);
        const reasons = nomination ? conflictsIn(state, assignment.judgeId, nomination) : [];
        if (reasons.length > 0) out.set(assignment.id, { assignment, reasons: conflictParams(reasons) });
      }
    }
    return out;
  }

  private async assertNoNewConflicts(
    m: EntityManager,
    tracks: TrackEntity[],
    before: ConflictedAssignments,
  ): Promise<void> {
    const after = await this.conflicted(m, tracks);
    const problems: FieldProblem[] = [];
    for (const [assignmentId, { assignment, reasons }] of after) {
      if (before.has(assignmentId)) continue;
      const nomination = await m.findOneByOrFail(NominationEntity, { id: assignment.nominationId });
      const judge = await m.findOneByOrFail(UserEntity, { id: assignment.judgeId });
      problems.push({
        field: `assignments.${assignmentId}`,
        code: 'conflictOfInterest',
        message: {
          es: `${judge.name} quedaría en conflicto con la postulación ${nomination.key}: ${reasons.reasonsEs}`,
          en: `${judge.name} would be in conflict with nomination ${nomination.key}: ${reasons.reasonsEn}`,
        },
      });
    }
    if (problems.length > 0) {
      throw new DomainException(
        InstitutionErrors.MERGE_CREATES_CONFLICTS,
        { count: problems.length },
        problems,
      );
    }
  }
}
