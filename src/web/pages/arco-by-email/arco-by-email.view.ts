import { pageTemplate } from '../../page-template';

/** `/solicitudes-datos`: an ARCO request without signing in. */
export interface ArcoByEmailView {
  kinds: readonly string[];
  days: number;
}

/** `/solicitudes-datos/confirmar`: the mailed link's page, with the button that files the request. */
export interface ArcoConfirmView {
  token: string;
}

export const ARCO_BY_EMAIL_PAGE = pageTemplate<ArcoByEmailView>(__dirname, 'arco-by-email');
export const ARCO_CONFIRM_PAGE = pageTemplate<ArcoConfirmView>(__dirname, 'confirm');
