import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import type { ProposalView } from '../../../governance/proposals.service';
import { UserView } from '../../../users/user.presenter';
import { pageTemplate } from '../../page-template';

/** The console's start: editions with their phase and tracks, pending registrations. */
export interface DashboardView {
  editions: EditionView[];
  tracks: Map<string, TrackEntity[]>;
  pending: UserView[];
  /** Four-eyes proposals waiting for a second organiser, oldest first. */
  proposals: ProposalView[];
  can: { manage: boolean };
  /** Whether the list shows the archived editions instead of the others, and how many are archived. */
  archived: { showing: boolean; count: number };
}

export const DASHBOARD_PAGE = pageTemplate<DashboardView>(__dirname, 'dashboard');
