import { Aggregation, TrackEntity } from '../../../database/schema/track.entity';
import { EditionView } from '../../../editions/edition.presenter';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** `/organizacion/categorias/:id/configuracion`: a track's settings, categories and rubric. */
export interface TrackSettingsView {
  track: TrackEntity;
  edition: EditionView;
  form: FormState;
  /** How many rubric rows the form shows (the criteria, plus one blank row to add one). */
  rubricRows: number;
  aggregations: readonly Aggregation[];
  can: {
    /** Change what never freezes (name, judges per nomination, blind, categories). */
    edit: boolean;
    /** Change the rubric and the scoring settings (until the first submitted sheet freezes them). */
    editScoring: boolean;
  };
}

export const TRACK_SETTINGS_PAGE = pageTemplate<TrackSettingsView>(__dirname, 'track-settings');
