import type { DeliberationView } from '../../../judging/deliberation/deliberation.service';
import { pageTemplate } from '../../page-template';

/** A nomination's deliberation: the submitted sheets, the discussion, and (judges) the consensus revision. */
export interface DeliberationPageView {
  deliberation: DeliberationView;
}

export const DELIBERATION_PAGE = pageTemplate<DeliberationPageView>(__dirname, 'deliberation');
