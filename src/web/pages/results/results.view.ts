import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { AWARDS, OVERRIDE_KINDS } from '../../../results/dto/override.dto';
import { type TrackResultsView } from '../../../results/results.service';
import { pageTemplate } from '../../page-template';

/** A track's results preview, its ties and robustness, and the overrides (the jury's minutes). */
export interface ResultsView {
  track: TrackEntity;
  edition: EditionView;
  preview: TrackResultsView;
  categoryName: (key: string | null) => string | null;
  kinds: typeof OVERRIDE_KINDS;
  awards: typeof AWARDS;
  can: { manageOverrides: boolean; reviewFeedback: boolean };
}

export const RESULTS_PAGE = pageTemplate<ResultsView>(__dirname, 'results');
