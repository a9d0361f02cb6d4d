import { TrackEntity } from '../../../database/schema/track.entity';
import { EditionView } from '../../../editions/edition.presenter';
import type { FeedbackReview, FeedbackReviewRow } from '../../../judging/feedback/feedback.service';
import { pageTemplate } from '../../page-template';

/** The judges' feedback to nominators of one track, for review. */
export interface FeedbackListView {
  track: TrackEntity;
  edition: EditionView;
  review: FeedbackReview;
}

/** One judge's feedback on one nomination: release (as written or edited) or withhold. */
export interface FeedbackDecisionView {
  track: TrackEntity;
  edition: EditionView;
  open: boolean;
  row: FeedbackReviewRow;
}

export const FEEDBACK_LIST_PAGE = pageTemplate<FeedbackListView>(__dirname, 'feedback-list');
export const FEEDBACK_DECISION_PAGE = pageTemplate<FeedbackDecisionView>(__dirname, 'feedback-decision');
