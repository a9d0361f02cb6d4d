import { stateName, STATES } from '../../../catalog/states';
import { InstitutionsCan } from '../../../institutions/institution.policy';
import type { InstitutionView as Institution } from '../../../institutions/institutions.service';
import {
  InstitutionEntity,
  InstitutionKind,
  INSTITUTION_LEVELS,
} from '../../../database/schema/institution.entity';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

export interface InstitutionFilter {
  q: string;
  kind: string;
  level: string;
  stateCode: string;
}

/** The choices every institution form offers. */
export const INSTITUTION_CHOICES = {
  kinds: Object.values(InstitutionKind),
  levels: INSTITUTION_LEVELS,
  states: STATES,
  stateName: (code: string) => stateName(code) ?? code,
};

/** `/organizacion/instituciones`: search, filters and the new-institution form. */
export interface InstitutionsView {
  /** `mixedScript`: the name mixes alphabets (a possible look-alike), flagged for the organiser. */
  institutions: Institution[];
  filter: InstitutionFilter;
  choices: typeof INSTITUTION_CHOICES;
  can: InstitutionsCan;
  form: FormState;
}

/** `/organizacion/instituciones/:id`: edit one institution, or merge it (a duplicate) into another. */
export interface InstitutionView {
  institution: Institution;
  /** Every other institution, the targets of a merge. */
  others: InstitutionEntity[];
  choices: typeof INSTITUTION_CHOICES;
  can: InstitutionsCan;
  form: FormState;
  mergeForm: FormState;
}

export const INSTITUTIONS_PAGE = pageTemplate<InstitutionsView>(__dirname, 'institutions');
export const INSTITUTION_PAGE = pageTemplate<InstitutionView>(__dirname, 'institution');
