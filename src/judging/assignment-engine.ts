import { assignJudges, type AssignmentPlan } from '../domain/assignment';
import { NominationEntity } from '../database/schema/nomination.entity';
import { AssignmentStatus } from '../database/schema/assignment.entity';
import { activeAssignments, TrackState } from './track-state';

/**
 * Runs the pure solver (src/domain/assignment) over a track's stored state for `nominations`: the panel with
 * its capacities and conflict profiles, every active assignment of the track kept and counted toward loads,
 * every recused pair excluded so it is never assigned again.
 */
export function planAssignments(state: TrackState, nominations: readonly NominationEntity[]): AssignmentPlan {
  return assignJudges({
    trackCode: state.track.code,
    judgesPerNomination: state.track.judgesPerNomination,
    nominations: nominations.map((n) => ({
      id: n.id,
      nominatingInstitutionId: n.nominatingInstitutionId,
      nomineeInstitutionId: n.nomineeInstitutionId,
      stateCode: n.stateCode,
    })),
    judges: state.members.map((p) => ({
      ...(state.profiles.get(p.judgeId) ?? { id: p.judgeId, affiliations: [] }),
      capacity: p.capacity,
    })),
    existingAssignments: activeAssignments(state).map((a) => ({
      judgeId: a.judgeId,
      nominationId: a.nominationId,
    })),
    excludedPairs: state.assignments
      .filter((a) => a.status === AssignmentStatus.RECUSED)
      .map((a) => ({ judgeId: a.judgeId, nominationId: a.nominationId })),
  });
}
