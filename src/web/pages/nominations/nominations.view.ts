import type { NominationFeedback } from '../../../judging/feedback/feedback.service';
import { State } from '../../../catalog/states';
import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { InstitutionEntity } from '../../../database/schema/institution.entity';
import { NominationChannel } from '../../../database/schema/nomination.entity';
import { nominationActions } from '../../../nominations/nomination.policy';
import { NominationView } from '../../../nominations/nomination.presenter';
import { NominationsService } from '../../../nominations/nominations.service';
import { NominationStatus } from '../../../domain/intake/nomination-status';
import { FormState } from '../../form';
import type { FieldDefinition } from '../../../domain/intake/custom-fields';
import { pageTemplate } from '../../page-template';

/** The nominations list: filters, pages, and the open calls the viewer may nominate in. */
export interface NominationsView {
  result: Awaited<ReturnType<NominationsService['list']>>;
  editions: EditionView[];
  editionsById: Map<string, EditionView>;
  tracks: Map<string, TrackEntity>;
  open: { edition: EditionView; tracks: TrackEntity[] }[];
  statuses: readonly NominationStatus[];
  filter: { edition: string; status: string };
  pageCount: number;
}

/** A nomination (or the new-nomination form): its form while it may change, else its contents; files, submit, withdraw, eligibility. */
export interface NominationPageView {
  nomination: NominationView | null;
  track: TrackEntity;
  edition: EditionView;
  institutions: InstitutionEntity[];
  institutionName: (id: string | null) => string;
  states: readonly State[];
  channels: NominationChannel[];
  /** What the viewer may do now, and why a draft is locked (nominations policy). */
  can: ReturnType<typeof nominationActions>;
  deadline: Date;
  maxAttachments: number;
  uploadLimit: number;
  /** The refused action (upload, submit, withdraw) with its problem. */
  actionError: { action: string; form: FormState } | null;
  /** The jury's released comments, once the results are public (null for a new nomination). */
  feedback: NominationFeedback | null;
  /** The track's custom fields, in order. */
  customFields: FieldDefinition[];
  categoryName: (key: string) => string;
}

/** The receipt of a submitted nomination. */
export interface ReceiptView {
  nomination: NominationView;
  track: TrackEntity;
  edition: EditionView;
}

export const NOMINATIONS_PAGE = pageTemplate<NominationsView>(__dirname, 'nominations');
export const NOMINATION_PAGE = pageTemplate<NominationPageView>(__dirname, 'nomination');
export const RECEIPT_PAGE = pageTemplate<ReceiptView>(__dirname, 'receipt');
