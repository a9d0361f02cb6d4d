import { TrackEntity } from '../../../database/schema/track.entity';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** `/organizacion/categorias/:id/asignacion-manual`: assign a judge by hand, or withdraw an assignment. */
export interface ManualAssignmentView {
  track: TrackEntity;
  nominations: { id: string; key: string; title: string }[];
  judges: { id: string; name: string }[];
  /** Active assignments, each with whether the viewer may withdraw it. */
  assignments: {
    id: string;
    nominationKey: string;
    title: string;
    judge: string;
    sheet: string | null;
    canUnassign: boolean;
  }[];
  form: FormState;
  can: { assign: boolean };
}

export const MANUAL_ASSIGNMENT_PAGE = pageTemplate<ManualAssignmentView>(__dirname, 'manual-assignment');
