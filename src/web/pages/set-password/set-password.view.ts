import { pageTemplate } from '../../page-template';
import { AccountTokenPurpose } from '../../../database/schema/account-token.entity';
import { type LinkDescription } from '../../../accounts/accounts.service';

/** What the set-password page shows: the form for a usable link, or why the link no longer works. */
export type SetPasswordView =
  | { readonly valid: false; readonly titleKey: 'setPassword.titleInvalid' }
  | {
      readonly valid: true;
      readonly titleKey: 'setPassword.titleInvitation' | 'setPassword.titleReset';
      readonly introKey: 'setPassword.introInvitation' | 'setPassword.introReset';
      readonly name: string;
      readonly email: string;
    };

export function setPasswordView(link: LinkDescription | null): SetPasswordView {
  if (!link) return { valid: false, titleKey: 'setPassword.titleInvalid' };
  const invitation = link.purpose === AccountTokenPurpose.INVITATION;
  return {
    valid: true,
    titleKey: invitation ? 'setPassword.titleInvitation' : 'setPassword.titleReset',
    introKey: invitation ? 'setPassword.introInvitation' : 'setPassword.introReset',
    name: link.name,
    email: link.email,
  };
}

export const SET_PASSWORD_PAGE = pageTemplate<{ view: SetPasswordView }>(__dirname, 'set-password');
