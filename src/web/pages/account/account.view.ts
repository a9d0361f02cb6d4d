import { UserCan } from '../../../users/user-actions';
import { UserView } from '../../../users/user.presenter';
import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** `/organizacion/usuarios/:id`: one account and what the viewer may do with it. */
export interface AccountView {
  account: UserView;
  institutionName: string | null;
  can: UserCan;
  /** The rejection form (its reason), shown again with its problems. */
  rejectForm: FormState;
  /** The rectification form (name, e-mail address). */
  rectifyForm: FormState;
  /** The erasure form (the typed confirmation). */
  eraseForm: FormState;
}

export const ACCOUNT_PAGE = pageTemplate<AccountView>(__dirname, 'account');
