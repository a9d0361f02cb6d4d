import { pageTemplate } from '../../page-template';

/** A privacy notice (full or short): its text (privacy.texts.ts) filled from the configuration and the editions. */
export interface PrivacyView {
  simplified: boolean;
  /** {controller}, {contact} and {retention} of the texts. */
  params: { controller: string; contact: string; retention: string };
}

export const PRIVACY_PAGE = pageTemplate<PrivacyView>(__dirname, 'privacy');
