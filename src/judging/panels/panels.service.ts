import { Permission, requireAccess } from '../../access/permissions';
import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager, In } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { AuthUser } from '../../access/auth-user';
import { isStateCode } from '../../catalog/states';
import { Clock } from '../../common/clock/clock';
import { notFound } from '../../common/errors/common.errors';
import { DomainException, FieldProblem } from '../../common/errors/domain-exception';
import { TransactionRunner } from '../../database/transaction-runner';
import type { ConflictReason } from '../../domain/conflicts';
import { observerJudgePseudonyms } from '../../database/judge-pseudonyms';
import { InstitutionEntity } from '../../database/schema/institution.entity';
import { NominationEntity } from '../../database/schema/nomination.entity';
import { Role, UserEntity, UserStatus } from '../../database/schema/user.entity';
import { AssignmentsService, RecusalOutcome } from '../assignments/assignments.service';
import { AffiliationDto, AffiliationsDto, DeclareConflictDto, PanelDto } from '../dto/panel.dto';
import { AssignmentEntity, AssignmentStatus } from '../../database/schema/assignment.entity';
import { DeclaredConflictEntity } from '../../database/schema/declared-conflict.entity';
import { JudgeAffiliationEntity } from '../../database/schema/judge-affiliation.entity';
import { PanelMemberEntity } from '../../database/schema/panel-member.entity';
import { JudgingErrors } from '../judging.errors';
import { assertNotFinalized, loadTrack, TrackContext } from '../judging.loaders';
import { judgeRef } from '../judging.presenter';
import { invalidField } from '../judging.validation';
import { activeAssignments, conflictsIn, loadTrackState } from '../track-state';
import { Locks } from '../../database/locks';

/** The stored reason of a recusal forced by a conflict (language-neutral: the codes of the reasons). */
function conflictRecusalReason(reasons: readonly ConflictReason[], declared?: string): string {
  return `CONFLICT_OF_INTEREST (${reasons.join(', ')})${declared ? `: ${declared}` : ''}`;
}

@Injectable()
export class PanelsService {
  constructor(
    private readonly db: TransactionRunner,
    private readonly clock: Clock,
    private readonly audit: AuditService,
    private readonly assignments: AssignmentsService,
  ) {}

  /** The track's panel: judges, capacities, loads, affiliations and declared conflicts. */
  get(actor: AuthUser, trackId: string) {
    return this.db.read(async (m) => this.view(m, actor, await loadTrack(m, trackId)));
  }

  /**
   * Replaces the panel. Every member must be an active judge; a judge with active assignments in the track
   * cannot leave it (unassign first).
   */
  replace(actor: AuthUser, trackId: string, dto: PanelDto) {
    return this.db.transaction(async (m) => {
      const context = await loadTrack(m, trackId);
      assertNotFinalized(context.edition);
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const ids = dto.members.map((p) => p.judgeId);
      const duplicate = ids.findIndex((id, i) => ids.indexOf(id) !== i);
      if (duplicate >= 0) {
        throw invalidField(`members.${duplicate}.judgeId`, 'duplicate', 'está repetido', 'is repeated');
      }
      await this.assertJudges(m, ids, (i) => `members.${i}.judgeId`);
      const { round } = context.track;
      const before = await m.find(PanelMemberEntity, {
        where: { trackId, round },
        order: { judgeId: 'ASC' },
      });
      const leaving = before.filter((p) => !ids.includes(p.judgeId)).map((p) => p.judgeId);
      if (leaving.length > 0) {
        const busy = await m.countBy(AssignmentEntity, {
          trackId,
          round,
          judgeId: In(leaving),
          status: AssignmentStatus.ACTIVE,
        });
        if (busy > 0) throw new DomainException(JudgingErrors.JUDGE_HAS_ASSIGNMENTS);
        await m.delete(PanelMemberEntity, { trackId, round, judgeId: In(leaving) });
      }
      const now = this.clock.now();
      for (const member of dto.members) {
        const existing = before.find((p) => p.judgeId === member.judgeId);
        const capacity = member.capacity ?? null;
        if (!existing) {
          await m.insert(PanelMemberEntity, {
            id: randomUUID(),
            trackId,
            round,
            judgeId: member.judgeId,
            capacity,
            createdAt: now,
          });
        } else if (existing.capacity !== capacity) {
          await m.update(PanelMemberEntity, { id: existing.id }, { capacity });
        }
      }
      const after = await m.find(PanelMemberEntity, { where: { trackId, round }, order: { judgeId: 'ASC' } });
      const summary = (rows: PanelMemberEntity[]) =>
        rows.map((p) => ({ judgeId: p.judgeId, capacity: p.capacity }));
      await this.audit.append(
        m,
        actor,
        'panel.update',
        { type: 'track', id: trackId },
        summary(before),
        summary(after),
      );
      return this.view(m, actor, context);
    });
  }

  async getAffiliations(actor: AuthUser, userId: string) {
    requireAccess(actor, Permission.PANEL_READ);
    return this.db.read(async (m) => {
      await this.requireJudge(m, userId);
      return this.affiliationsOf(m, userId);
    });
  }

  /**
   * Replaces a judge's affiliations. Active assignments (of editions not finalised) that they put in conflict
   * are recused and their nominations reassigned, in the same transaction; the response lists them.
   */
  replaceAffiliations(actor: AuthUser, userId: string, dto: AffiliationsDto) {
    return this.db.transaction(async (m) => {
      await this.requireJudge(m, userId);
      const wanted = await this.checkAffiliations(m, dto.affiliations);
      const before = await this.affiliationsOf(m, userId);
      await m.delete(JudgeAffiliationEntity, { userId });
      const now = this.clock.now();
      for (const a of wanted) {
        await m.insert(JudgeAffiliationEntity, { id: randomUUID(), userId, ...a, createdAt: now });
      }
      const after = await this.affiliationsOf(m, userId);
      const strip = (rows: typeof after) =>
        rows.map(({ institutionId, stateCode }) => ({ institutionId, stateCode }));
      await this.audit.append(
        m,
        actor,
        'judge.affiliate',
        { type: 'user', id: userId },
        strip(before),
        strip(after),
      );
      const recused: RecusalOutcome[] = [];
      const trackIds = (
        await m
          .createQueryBuilder(AssignmentEntity, 'a')
          .select('DISTINCT a.trackId', 'trackId')
          .where('a.judgeId = :userId AND a.status = :status', { userId, status: AssignmentStatus.ACTIVE })
          .getRawMany<{ trackId: string }>()
      )
        .map((r) => r.trackId)
        .sort();
      for (const trackId of trackIds) {
        const context = await loadTrack(m, trackId);
        if (context.edition.finalizedAt) continue;
        recused.push(...(await this.recuseConflicted(m, actor, context, userId)));
      }
      return { affiliations: after, recused };
    });
  }

  /**
   * Declares a judge's conflict with a nomination or an institution in this track. Active assignments it
   * hits are recused and reassigned in the same transaction; the response lists them.
   */
  declareConflict(actor: AuthUser, trackId: string, dto: DeclareConflictDto) {
    return this.db.transaction(async (m) => {
      const context = await loadTrack(m, trackId);
      assertNotFinalized(context.edition);
      await this.db.lock(m, Locks.judgingTrack(trackId));
      if (!dto.nominationId === !dto.institutionId) {
        throw invalidField(
          'nominationId',
          'exactlyOne',
          'indique nominationId o institutionId, no ambos',
          'give either nominationId or institutionId, not both',
        );
      }
      // Organisers declare theirs too: they then may not decide on that nomination (docs/governance.md).
      await this.assertJudges(m, [dto.judgeId], () => 'judgeId', true);
      if (dto.nominationId) {
        const nomination = await m.findOneBy(NominationEntity, { id: dto.nominationId });
        if (nomination?.trackId !== trackId) throw new DomainException(JudgingErrors.NOMINATION_NOT_IN_TRACK);
      }
      if (dto.institutionId && !(await m.existsBy(InstitutionEntity, { id: dto.institutionId }))) {
        throw new DomainException(JudgingErrors.UNKNOWN_INSTITUTION);
      }
      const conflict = m.create(DeclaredConflictEntity, {
        id: randomUUID(),
        trackId,
        judgeId: dto.judgeId,
        nominationId: dto.nominationId ?? null,
        institutionId: dto.institutionId ?? null,
        reason: dto.reason.trim(),
        createdById: actor.id,
        createdAt: this.clock.now(),
      });
      await m.insert(DeclaredConflictEntity, conflict);
      await this.audit.append(
        m,
        actor,
        'conflict.declare',
        { type: 'declaredConflict', id: conflict.id },
        null,
        conflict,
      );
      const recused = await this.recuseConflicted(m, actor, context, dto.judgeId, conflict.reason);
      return { conflict, recused };
    });
  }

  async removeConflict(actor: AuthUser, trackId: string, conflictId: string): Promise<void> {
    requireAccess(actor, Permission.PANEL_MANAGE);
    return this.db.transaction(async (m) => {
      const context = await loadTrack(m, trackId);
      assertNotFinalized(context.edition);
      await this.db.lock(m, Locks.judgingTrack(trackId));
      const conflict = await m.findOneBy(DeclaredConflictEntity, { id: conflictId, trackId });
      if (!conflict) throw notFound();
      await m.delete(DeclaredConflictEntity, { id: conflictId });
      await this.audit.append(
        m,
        actor,
        'conflict.delete',
        { type: 'declaredConflict', id: conflictId },
        conflict,
        null,
      );
    });
  }

  /** Recuses (and replaces) the judge's active assignments in the track that the rules now refuse. */
  private async recuseConflicted(
    m: EntityManager,
    actor: AuthUser,
    context: TrackContext,
    judgeId: string,
    declaredReason?: string,
  ): Promise<RecusalOutcome[]> {
    await this.db.lock(m, Locks.judgingTrack(context.track.id));
    const state = await loadTrackState(m, context);
    const outcomes: RecusalOutcome[] = [];
    for (const assignment of activeAssignments(state).filter((a) => a.judgeId === judgeId)) {
      const nomination = await m.findOneByOrFail(NominationEntity, { id: assignment.nominationId });
      const reasons = conflictsIn(state, judgeId, nomination);
      if (reasons.length === 0) continue;
      const reason = conflictRecusalReason(
        reasons,
        reasons.includes('DECLARED') ? declaredReason : undefined,
      );
      outcomes.push(await this.assignments.recuseInTransaction(m, actor, context, assignment, reason));
    }
    return outcomes;
  }

  private async requireJudge(m: EntityManager, userId: string): Promise<UserEntity> {
    const user = await m.findOneBy(UserEntity, { id: userId });
    if (!user) throw notFound();
    // Organisers have affiliations too: they count for the decisions they may take (docs/governance.md).
    if (user.role !== Role.JUDGE && user.role !== Role.ORGANISER) {
      throw new DomainException(JudgingErrors.NOT_A_JUDGE);
    }
    return user;
  }

  /** 422 naming each id that is not an active judge (or, where `organisers`, an active organiser). */
  private async assertJudges(
    m: EntityManager,
    ids: readonly string[],
    field: (i: number) => string,
    organisers = false,
  ): Promise<void> {
    const users = ids.length ? await m.findBy(UserEntity, { id: In([...ids]) }) : [];
    const roles = organisers ? [Role.JUDGE, Role.ORGANISER] : [Role.JUDGE];
    const ok = new Set(
      users.filter((u) => roles.includes(u.role) && u.status === UserStatus.ACTIVE).map((u) => u.id),
    );
    const problems: FieldProblem[] = ids.flatMap((id, i) =>
      ok.has(id)
        ? []
        : [
            {
              field: field(i),
              code: 'notAJudge',
              message: {
                es: `${field(i)}: no es un jurado activo`,
                en: `${field(i)}: is not an active judge`,
              },
            },
          ],
    );
    if (problems.length > 0) throw new DomainException(JudgingErrors.NOT_A_JUDGE, {}, problems);
  }

  /** Checks and de-duplicates affiliations: each names an existing institution, a valid state, or both. */
  private async checkAffiliations(
    m: EntityManager,
    input: readonly AffiliationDto[],
  ): Promise<{ institutionId: string | null; stateCode: string | null }[]> {
    const seen = new Set<string>();
    const out: { institutionId: string | null; stateCode: string | null }[] = [];
    for (const [i, a] of input.entries()) {
      const institutionId = a.institutionId ?? null;
      const stateCode = a.stateCode ?? null;
      if (!institutionId && !stateCode) {
        throw invalidField(
          `affiliations.${i}`,
          'required',
          'indique una institución, un estado o ambos',
          'give an institution, a state or both',
        );
      }
      if (stateCode && !isStateCode(stateCode)) {
        throw invalidField(
          `affiliations.${i}.stateCode`,
          'stateCode',
          'no es una clave INEGI de entidad',
          'is not an INEGI state code',
        );
      }
      if (institutionId && !(await m.existsBy(InstitutionEntity, { id: institutionId }))) {
        throw new DomainException(JudgingErrors.UNKNOWN_INSTITUTION, {}, [
          {
            field: `affiliations.${i}.institutionId`,
            code: 'unknownInstitution',
            message: {
              es: `affiliations.${i}.institutionId: la institución no existe`,
              en: `affiliations.${i}.institutionId: the institution does not exist`,
            },
          },
        ]);
      }
      const key = `${institutionId}|${stateCode}`;
      if (!seen.has(key)) out.push({ institutionId, stateCode });
      seen.add(key);
    }
    return out;
  }

  private async affiliationsOf(m: EntityManager, userId: string) {
    const rows = await m.find(JudgeAffiliationEntity, {
      where: { userId },
      relations: { institution: true },
    });
    return rows
      .map((a) => ({
        id: a.id,
        institutionId: a.institutionId,
        institution: a.institution ? { id: a.institution.id, name: a.institution.name } : null,
        stateCode: a.stateCode,
      }))
      .sort(
        (x, y) =>
          (x.institution?.name ?? '').localeCompare(y.institution?.name ?? '') ||
          (x.stateCode ?? '').localeCompare(y.stateCode ?? ''),
      );
  }

  private async view(m: EntityManager, actor: AuthUser, context: TrackContext) {
    const trackId = context.track.id;
    const { round } = context.track;
    const members = await m.find(PanelMemberEntity, { where: { trackId, round }, order: { judgeId: 'ASC' } });
    const conflicts = await m.find(DeclaredConflictEntity, {
      where: { trackId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const assignments = await m.find(AssignmentEntity, {
      where: { trackId, round },
      select: { id: true, judgeId: true, status: true },
    });
    const judgeIds = [
      ...new Set([
        ...members.map((p) => p.judgeId),
        ...assignments.map((a) => a.judgeId),
        ...conflicts.map((c) => c.judgeId),
      ]),
    ];
    const users = new Map(
      (judgeIds.length ? await m.findBy(UserEntity, { id: In(judgeIds) }) : []).map((u) => [u.id, u]),
    );
    const affiliations = judgeIds.length
      ? await m.find(JudgeAffiliationEntity, {
          where: { userId: In(judgeIds) },
          relations: { institution: true },
        })
      : [];
    const pseudonyms = await observerJudgePseudonyms(m);
    const nominationKeys = new Map(
      (await m.find(NominationEntity, { where: { trackId }, select: { id: true, key: true } })).map((n) => [
        n.id,
        n.key,
      ]),
    );
    return {
      trackId,
      judgesPerNomination: context.track.judgesPerNomination,
      members: members
        .map((p) => ({
          judge: judgeRef(actor, p.judgeId, users, pseudonyms),
          capacity: p.capacity,
          activeAssignments: assignments.filter(
            (a) => a.judgeId === p.judgeId && a.status === AssignmentStatus.ACTIVE,
          ).length,
          affiliations: affiliations
            .filter((a) => a.userId === p.judgeId)
            .map((a) => ({
              institutionId: a.institutionId,
              institutionName: a.institution?.name ?? null,
              stateCode: a.stateCode,
            })),
        }))
        // Observers: in pseudonym order (judge id); others by name.
        .sort((x, y) =>
          'name' in x.judge && 'name' in y.judge ? x.judge.name.localeCompare(y.judge.name) : 0,
        ),
      conflicts: conflicts.map((c) => ({
        id: c.id,
        judge: judgeRef(actor, c.judgeId, users, pseudonyms),
        nominationId: c.nominationId,
        nominationKey: c.nominationId ? (nominationKeys.get(c.nominationId) ?? null) : null,
        institutionId: c.institutionId,
        reason: c.reason,
        createdAt: c.createdAt,
      })),
    };
  }
}
