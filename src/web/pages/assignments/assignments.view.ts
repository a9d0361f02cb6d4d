import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { AssignmentsService } from '../../../judging/assignments/assignments.service';
import { ProgressService } from '../../../judging/progress/progress.service';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

export type AutoAssignReport = Awaited<ReturnType<AssignmentsService['autoAssign']>>;

/** A track's progress and assignments, the automatic assignment's report, reopening a sheet. */
export interface AssignmentsView {
  track: TrackEntity;
  edition: EditionView;
  progress: Awaited<ReturnType<ProgressService['progress']>>;
  rows: Awaited<ReturnType<AssignmentsService['listForTrack']>>;
  report: AutoAssignReport | null;
  judgeName: (id: string) => string;
  here: string;
  actionError: FormState | null;
  can: { manageAssignments: boolean; reopen: boolean };
}

export const ASSIGNMENTS_PAGE = pageTemplate<AssignmentsView>(__dirname, 'assignments');
