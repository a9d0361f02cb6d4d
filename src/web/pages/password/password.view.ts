import { FormState } from '../../form';
import { pageTemplate } from '../../page-template';

/** `/cuenta/contrasena`: the signed-in person changes their own password. */
export interface PasswordView {
  form: FormState;
}

export const PASSWORD_PAGE = pageTemplate<PasswordView>(__dirname, 'password');
