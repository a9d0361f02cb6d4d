import { mapIn } from '../../database/find-in';
import { Permission, requireAccess } from '../../access/permissions';
import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import { AuthUser } from '../../access/auth-user';
import { TransactionRunner } from '../../database/transaction-runner';
import { observerJudgePseudonyms } from '../../database/judge-pseudonyms';
import { UserEntity } from '../../database/schema/user.entity';
import { AssignmentStatus } from '../../database/schema/assignment.entity';
import { ScoreSheetEntity, ScoreSheetStatus } from '../../database/schema/score-sheet.entity';
import { loadTrack } from '../judging.loaders';
import { judgeRef, JudgeRef } from '../judging.presenter';
import { activeAssignments, loadTrackState } from '../track-state';

export interface JudgeProgress {
  judge: JudgeRef;
  onPanel: boolean;
  capacity: number | null;
  /** Active assignments. */
  assigned: number;
  /** Active assignments with a draft sheet. */
  drafted: number;
  /** Active assignments with a submitted sheet. */
  submitted: number;
  /** Active assignments with no sheet yet. */
  notStarted: number;
  recused: number;
}

@Injectable()
export class ProgressService {
  constructor(private readonly db: TransactionRunner) {}

  /** Per judge and per track: assigned, drafted, submitted (observers see judges as J1, J2…, no emails). */
  async progress(actor: AuthUser, trackId: string) {
    requireAccess(actor, Permission.PROGRESS_READ);
    return this.db.read(async (m) => {
      const context = await loadTrack(m, trackId);
      const state = await loadTrackState(m, context);
      const active = activeAssignments(state);
      const sheets = await mapIn(
        m,
        ScoreSheetEntity,
        'assignmentId',
        active.map((a) => a.id),
      );
      const statusOf = (assignmentId: string) => sheets.get(assignmentId)?.status ?? null;
      const judgeIds = [
        ...new Set([...state.members.map((p) => p.judgeId), ...state.assignments.map((a) => a.judgeId)]),
      ].sort();
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
      const judges: JudgeProgress[] = judgeIds.map((judgeId) => {
        const mine = active.filter((a) => a.judgeId === judgeId);
        const member = state.members.find((p) => p.judgeId === judgeId);
        const drafted = mine.filter((a) => statusOf(a.id) === ScoreSheetStatus.DRAFT).length;
        const submitted = mine.filter((a) => statusOf(a.id) === ScoreSheetStatus.SUBMITTED).length;
        return {
          judge: judgeRef(actor, judgeId, users, pseudonyms),
          onPanel: member !== undefined,
          capacity: member?.capacity ?? null,
          assigned: mine.length,
          drafted,
          submitted,
          notStarted: mine.length - drafted - submitted,
          recused: state.assignments.filter(
            (a) => a.judgeId === judgeId && a.status === AssignmentStatus.RECUSED,
          ).length,
        };
      });
      judges.sort((x, y) =>
        'name' in x.judge && 'name' in y.judge ? x.judge.name.localeCompare(y.judge.name) : 0,
      );
      const k = context.track.judgesPerNomination;
      const perNomination = state.nominations.map((n) => {
        const on = active.filter((a) => a.nominationId === n.id);
        return {
          active: on.length,
          submitted: on.filter((a) => statusOf(a.id) === ScoreSheetStatus.SUBMITTED).length,
        };
      });
      const sum = (f: (j: JudgeProgress) => number) => judges.reduce((acc, j) => acc + f(j), 0);
      return {
        trackId,
        judgesPerNomination: k,
        minReviews: context.track.minReviews,
        frozenAt: context.track.frozenAt,
        totals: {
          nominations: state.nominations.length,
          fullyAssigned: perNomination.filter((p) => p.active >= k).length,
          underAssigned: perNomination.filter((p) => p.active < k).length,
          reachingQuorum: perNomination.filter((p) => p.submitted >= context.track.minReviews).length,
          fullyScored: perNomination.filter((p) => p.active > 0 && p.submitted === p.active).length,
          assigned: sum((j) => j.assigned),
          drafted: sum((j) => j.drafted),
          submitted: sum((j) => j.submitted),
          notStarted: sum((j) => j.notStarted),
          recused: sum((j) => j.recused),
        },
        judges,
      };
    });
  }
}
