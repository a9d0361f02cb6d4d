import { State } from '../../../catalog/states';
import { EditionView } from '../../../editions/edition.presenter';
import { TrackEntity } from '../../../database/schema/track.entity';
import { InstitutionEntity } from '../../../database/schema/institution.entity';
import { PanelsService } from '../../../judging/panels/panels.service';
import { NominationsService } from '../../../nominations/nominations.service';
import { UserView } from '../../../users/user.presenter';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

export type PanelOfTrack = Awaited<ReturnType<PanelsService['get']>>;
export type Affiliations = Awaited<ReturnType<PanelsService['getAffiliations']>>;

/** The forms of the panel page that can fail, each shown again with its problems. */
export interface PanelErrors {
  panel?: FormState;
  conflict?: FormState;
  affiliations?: { judgeId: string; form: FormState };
}

/** A track's panel: members and capacities, the judges' affiliations, declared conflicts. */
export interface PanelView {
  track: TrackEntity;
  edition: EditionView;
  panel: PanelOfTrack;
  judges: UserView[];
  /** Active organisers: their affiliations and declared conflicts bar them from deciding on a nomination. */
  organisers: UserView[];
  members: Map<string, PanelOfTrack['members'][number]>;
  affiliations: Map<string, Affiliations>;
  nominations: Awaited<ReturnType<NominationsService['list']>>['items'];
  institutions: InstitutionEntity[];
  states: readonly State[];
  institutionName: (id: string | null) => string;
  stateName: (code: string | null) => string;
  here: string;
  panelForm: FormState;
  conflictForm: FormState;
  affiliationError: { judgeId: string; form: FormState } | null;
  can: { managePanel: boolean };
}

export const PANEL_PAGE = pageTemplate<PanelView>(__dirname, 'panel');
