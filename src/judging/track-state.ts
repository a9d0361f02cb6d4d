import { EntityManager, In } from 'typeorm';
import { conflictReasons, type ConflictReason, type JudgeConflictProfile } from '../domain/conflicts';
import { isInCompetition } from '../domain/intake/nomination-status';
import { NominationEntity } from '../database/schema/nomination.entity';
import { AssignmentEntity, AssignmentStatus } from '../database/schema/assignment.entity';
import { DeclaredConflictEntity } from '../database/schema/declared-conflict.entity';
import { JudgeAffiliationEntity } from '../database/schema/judge-affiliation.entity';
import { PanelMemberEntity } from '../database/schema/panel-member.entity';
import { TrackContext } from './judging.loaders';

/** Everything the assignment rules need to know about one track, read inside one unit of work. */
export interface TrackState extends TrackContext {
  readonly members: PanelMemberEntity[];
  /** Panel judges' and assigned judges' conflict profiles (affiliations + conflicts declared in this track). */
  readonly profiles: Map<string, JudgeConflictProfile>;
  /** The track's nominations in competition (SUBMITTED or ELIGIBLE), by id. */
  readonly nominations: NominationEntity[];
  /** Every assignment of the track, active and recused. */
  readonly assignments: AssignmentEntity[];
}

/** Builds a judge's conflict profile from its rows. */
export function conflictProfile(
  judgeId: string,
  affiliations: readonly Pick<JudgeAffiliationEntity, 'institutionId' | 'stateCode'>[],
  declared: readonly Pick<DeclaredConflictEntity, 'nominationId' | 'institutionId'>[],
): JudgeConflictProfile {
  return {
    id: judgeId,
    affiliations: affiliations.map((a) => ({ institutionId: a.institutionId, stateCode: a.stateCode })),
    declaredConflicts: {
      nominationIds: declared.flatMap((d) => (d.nominationId ? [d.nominationId] : [])),
      institutionIds: declared.flatMap((d) => (d.institutionId ? [d.institutionId] : [])),
    },
  };
}

/** Conflict profiles of `judgeIds` for the track `trackId`. */
export async function loadProfiles(
  m: EntityManager,
  trackId: string,
  judgeIds: readonly string[],
): Promise<Map<string, JudgeConflictProfile>> {
  const ids = [...new Set(judgeIds)];
  if (ids.length === 0) return new Map();
  const affiliations = await m.findBy(JudgeAffiliationEntity, { userId: In(ids) });
  const declared = await m.findBy(DeclaredConflictEntity, { trackId, judgeId: In(ids) });
  return new Map(
    ids.map((id) => [
      id,
      conflictProfile(
        id,
        affiliations.filter((a) => a.userId === id),
        declared.filter((d) => d.judgeId === id),
      ),
    ]),
  );
}

export async function loadTrackState(m: EntityManager, context: TrackContext): Promise<TrackState> {
  const trackId = context.track.id;
  // Panels, assignments and nominations of the round being judged (docs/judging.md, "Rounds").
  const { round } = context.track;
  const members = await m.find(PanelMemberEntity, { where: { trackId, round }, order: { judgeId: 'ASC' } });
  const assignments = await m.find(AssignmentEntity, {
    where: { trackId, round },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  const nominations = (
    await m.find(NominationEntity, { where: { trackId, roundReached: round }, order: { id: 'ASC' } })
  ).filter((n) => isInCompetition(n.status));
  const profiles = await loadProfiles(m, trackId, [
    ...members.map((p) => p.judgeId),
    ...assignments.map((a) => a.judgeId),
  ]);
  return { ...context, members, assignments, nominations, profiles };
}

/** Why `judgeId` may not score `nomination` in this track (empty: free of conflict). */
export function conflictsIn(
  state: Pick<TrackState, 'track' | 'profiles'>,
  judgeId: string,
  nomination: NominationEntity,
): ConflictReason[] {
  const profile = state.profiles.get(judgeId) ?? { id: judgeId, affiliations: [] };
  return conflictReasons(profile, nomination, state.track.code);
}

export function activeAssignments(state: Pick<TrackState, 'assignments'>): AssignmentEntity[] {
  return state.assignments.filter((a) => a.status === AssignmentStatus.ACTIVE);
}
