import { State } from '../../../catalog/states';
import type { InstitutionLevel } from '../../../domain/intake/eligibility';
import { InstitutionEntity, InstitutionKind } from '../../../database/schema/institution.entity';
import { UserView } from '../../../users/user.presenter';
import { pageTemplate } from '../../page-template';

/** The sign-in form: its values (e-mail, `siguiente`) come in the form state. */
export type SignInView = object;

/** The nominators' self-registration form. */
export interface RegisterView {
  institutions: InstitutionEntity[];
  kinds: InstitutionKind[];
  levels: readonly InstitutionLevel[];
  states: readonly State[];
}

/** "Your account awaits approval". */
export interface RegisteredView {
  registered: UserView;
}

export const SIGN_IN_PAGE = pageTemplate<SignInView>(__dirname, 'sign-in');
export const REGISTER_PAGE = pageTemplate<RegisterView>(__dirname, 'register');
export const REGISTERED_PAGE = pageTemplate<RegisteredView>(__dirname, 'registered');
