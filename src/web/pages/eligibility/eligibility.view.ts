import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { NominationStatus } from '../../../domain/intake/nomination-status';
import { NominationsService } from '../../../nominations/nominations.service';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

type NominationPage = Awaited<ReturnType<NominationsService['list']>>;

/** The eligibility review of an edition: nominations by status and track, a decision form per row. */
export interface EligibilityView {
  edition: EditionView;
  tracks: TrackEntity[];
  trackById: Map<string, TrackEntity>;
  result: NominationPage;
  statuses: readonly NominationStatus[];
  filter: { status: string; trackId: string };
  /** This page with its filters, where a decision returns. */
  here: string;
  institutionName: (id: string) => string;
  stateName: (code: string | null) => string;
  /** The refused decision of one row, shown in that row. */
  rowError: { id: string; form: FormState } | null;
  pageCount: number;
  /** Whether the viewer may decide on that nomination now (nominations policy). */
  mayDecide: (nomination: { status: NominationStatus }) => boolean;
}

export const ELIGIBILITY_PAGE = pageTemplate<EligibilityView>(__dirname, 'eligibility');
