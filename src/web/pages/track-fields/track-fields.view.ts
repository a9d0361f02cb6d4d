import { TrackEntity } from '../../../database/schema/track.entity';
import { EditionView } from '../../../editions/edition.presenter';
import { FIELD_FILE_TYPES, FIELD_TYPES } from '../../../domain/intake/custom-fields';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** `/organizacion/categorias/:id/campos`: a track's custom nomination fields, one row each plus a blank one. */
export interface TrackFieldsPageView {
  track: TrackEntity;
  edition: EditionView;
  form: FormState;
  rows: number;
  types: typeof FIELD_TYPES;
  fileTypes: typeof FIELD_FILE_TYPES;
  frozen: boolean;
  canEdit: boolean;
}

export const TRACK_FIELDS_PAGE = pageTemplate<TrackFieldsPageView>(__dirname, 'track-fields');
