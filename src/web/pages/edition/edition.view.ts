import type { RetentionPlan } from '../../../privacy/retention.service';
import { editionActions } from '../../../editions/edition.policy';
import { proposalActions } from '../../../governance/proposal.policy';
import type { ProposalView } from '../../../governance/proposals.service';
import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { NominationStatus } from '../../../domain/intake/nomination-status';
import { FinalizationService } from '../../../results/finalization.service';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** One edition: timeline, tracks and settings, nominations by status, the seal, sealing and publishing. */
export interface EditionPageView {
  edition: EditionView;
  tracks: TrackEntity[];
  /** Nominations per track id and status. */
  counts: Map<string, Record<string, number>>;
  statuses: readonly NominationStatus[];
  seal: Awaited<ReturnType<FinalizationService['seal']>> | null;
  stateName: (code: string) => string;
  /** The problem of a refused seal or publication. */
  actionError: FormState | null;
  /** The edition's proposals (four eyes), newest first, each with what the viewer may do. */
  proposals: (ProposalView & { can: ReturnType<typeof proposalActions> })[];
  /** Whether another organiser exists to confirm a proposal. */
  confirmable: boolean;
  /** Sealing was refused because nothing is ranked: the form asks for the acknowledgement. */
  askNothingRanked: boolean;
  /** Once sealed and until applied: what the retention period will erase (docs/privacy.md). */
  retention: RetentionPlan | null;
  can: ReturnType<typeof editionActions>;
}

export const EDITION_PAGE = pageTemplate<EditionPageView>(__dirname, 'edition');
