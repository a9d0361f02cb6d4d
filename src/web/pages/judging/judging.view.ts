import { AssignmentsService } from '../../../judging/assignments/assignments.service';
import { pageTemplate } from '../../page-template';
import { FormState } from '../../form';

export type JudgeQueue = Awaited<ReturnType<AssignmentsService['judgeQueue']>>;
export type AssignmentForJudge = Awaited<ReturnType<AssignmentsService['get']>>;

/** The judge's queue: active assignments, the judging window, each sheet's state. */
export interface JudgeQueueView {
  queue: JudgeQueue;
  windowOpen: (edition: { judgingOpenAt: Date; judgingCloseAt: Date }) => boolean;
}

/** One assignment: the nomination as the judge may see it, the rubric and the scoring form. */
export interface ScoreSheetView {
  assignment: AssignmentForJudge;
  nomination: AssignmentForJudge['nomination'];
  rubric: AssignmentForJudge['track']['rubric'];
  sheet: AssignmentForJudge['scoreSheet'];
  /** The weighted total of a complete sheet as saved, else null. */
  total: number | null;
  /** Submitted, or the edition is finalised: no form. */
  locked: boolean;
  windowOpen: boolean;
  stateName: (code: string | null) => string;
  /** The recusal form beside the scoring form. */
  recusal: FormState;
  /** The judge asked to submit: the sheet was saved as a draft and the page asks for a confirmation. */
  confirming: boolean;
}

export const JUDGE_QUEUE_PAGE = pageTemplate<JudgeQueueView>(__dirname, 'judge-queue');
export const SCORE_SHEET_PAGE = pageTemplate<ScoreSheetView>(__dirname, 'score-sheet');
