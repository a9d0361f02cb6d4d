import { STATES } from '../../../catalog/states';
import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { InstitutionEntity } from '../../../database/schema/institution.entity';
import { NominationConsoleCan } from '../../../nominations/nomination-actions';
import { NominationView } from '../../../nominations/nomination.presenter';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** The list's query as typed (Spanish parameter names in the address). */
export interface NominationFilter {
  q: string;
  trackId: string;
  categoryKey: string;
  stateCode: string;
  status: string;
  institutionId: string;
  sort: string;
  order: string;
  page: number;
}

/** `/organizacion/ediciones/:id/postulaciones`: the organiser's search over an edition's nominations. */
export interface ConsoleNominationsView {
  edition: EditionView;
  tracks: TrackEntity[];
  institutions: InstitutionEntity[];
  states: typeof STATES;
  statuses: readonly string[];
  sorts: readonly string[];
  filter: NominationFilter;
  rows: { nomination: NominationView; track: TrackEntity; nominee: string; can: NominationConsoleCan }[];
  total: number;
  pageSize: number;
  /** The address of the same list with some parameters changed (pagination, sorting). */
  linkWith: (changes: Partial<NominationFilter>) => string;
  can: { recordOnBehalf: boolean };
}

/** `/organizacion/postulaciones/:id/prorroga`: a per-nomination deadline extension. */
export interface ExtensionView {
  nomination: NominationView;
  edition: EditionView;
  form: FormState;
  /** The value for the datetime-local control (the current extension, in the edition's time zone). */
  current: string;
}

export const CONSOLE_NOMINATIONS_PAGE = pageTemplate<ConsoleNominationsView>(
  __dirname,
  'console-nominations',
);
export const EXTENSION_PAGE = pageTemplate<ExtensionView>(__dirname, 'extension');
