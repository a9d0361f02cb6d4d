import type { Type } from '@nestjs/common';
import { AssetsController } from '../shared/assets.controller';
import { ForgotPasswordPageController } from './forgot-password/forgot-password.controller';
import { HomePageController } from './home/home.controller';
import { InvitationsPageController } from './invitations/invitations.controller';
import { MailboxPageController } from './mailbox/mailbox.controller';
import { SetPasswordPageController } from './set-password/set-password.controller';
import { PrivacyPageController } from './privacy/privacy.controller';
import { PublicResultsPageController } from './public-results/public-results.controller';

/** Every page's controller (docs/web.md, "Adding a page"): a new page adds its own here. */
export const PAGE_CONTROLLERS: Type[] = [
  AssetsController,
  HomePageController,
  PrivacyPageController,
  PublicResultsPageController,
  ForgotPasswordPageController,
  SetPasswordPageController,
  MailboxPageController,
  InvitationsPageController,
];
