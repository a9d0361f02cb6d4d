import { pageTemplate } from '../../page-template';

/** The privacy notice: all of it is text (privacy.texts.ts). */
export type PrivacyView = object;

export const PRIVACY_PAGE = pageTemplate<PrivacyView>(__dirname, 'privacy');
