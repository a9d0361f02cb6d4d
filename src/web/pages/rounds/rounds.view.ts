import { TrackEntity } from '../../../database/schema/track.entity';
import { EditionView } from '../../../editions/edition.presenter';
import type { TrackResultsView } from '../../../results/results.service';
import type { TrackRounds } from '../../../results/rounds/rounds.service';
import { pageTemplate } from '../../page-template';

/** A track's rounds: the closed ones with their shortlists, the current ranking, and the close form. */
export interface RoundsView {
  track: TrackEntity;
  edition: EditionView;
  rounds: TrackRounds;
  preview: TrackResultsView;
  can: { closeRound: boolean };
}

export const ROUNDS_PAGE = pageTemplate<RoundsView>(__dirname, 'rounds');
