import { pageTemplate } from '../../page-template';

/** "¿Olvidó su contraseña?": one field, no data. */
export type ForgotPasswordView = object;

export const FORGOT_PASSWORD_PAGE = pageTemplate<ForgotPasswordView>(__dirname, 'forgot-password');
