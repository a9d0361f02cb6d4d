import type { Type } from '@nestjs/common';
import { AssetsController } from '../shared/assets.controller';
import { AssignmentsPageController } from './assignments/assignments.controller';
import { DashboardPageController } from './dashboard/dashboard.controller';
import { EditionPageController } from './edition/edition.controller';
import { EditionFormPageController } from './edition-form/edition-form.controller';
import { TrackSettingsPageController } from './track-settings/track-settings.controller';
import { TrackFieldsPageController } from './track-fields/track-fields.controller';
import { EligibilityPageController } from './eligibility/eligibility.controller';
import { ForgotPasswordPageController } from './forgot-password/forgot-password.controller';
import { CertificatePageController } from './certificate/certificate.controller';
import { HomePageController } from './home/home.controller';
import { InvitationsPageController } from './invitations/invitations.controller';
import { JudgingPagesController } from './judging/judging.controller';
import { MailboxPageController } from './mailbox/mailbox.controller';
import { NominationsPagesController } from './nominations/nominations.controller';
import { PanelPageController } from './panel/panel.controller';
import { SetPasswordPageController } from './set-password/set-password.controller';
import { PrivacyPageController } from './privacy/privacy.controller';
import { ArcoPageController } from './arco/arco.controller';
import { ArcoByEmailPageController } from './arco-by-email/arco-by-email.controller';
import { PersonalDataPageController } from './personal-data/personal-data.controller';
import { PracticesPageController } from './practices/practices.controller';
import { PublicResultsPageController } from './public-results/public-results.controller';
import { ResultsPageController } from './results/results.controller';
import { FeedbackPageController } from './feedback/feedback.controller';
import { RoundsPageController } from './rounds/rounds.controller';
import { DeliberationPageController } from './deliberation/deliberation.controller';
import { SessionPageController } from './session/session.controller';
import { UsersPageController } from './users/users.controller';
import { AccountPageController } from './account/account.controller';
import { AuditPageController } from './audit/audit.controller';
import { BundlesPageController } from './bundles/bundles.controller';
import { ConsoleNominationsPageController } from './console-nominations/console-nominations.controller';
import { InstitutionsPageController } from './institutions/institutions.controller';
import { ManualAssignmentPageController } from './manual-assignment/manual-assignment.controller';
import { PasswordPageController } from './password/password.controller';

/** Every page's controller (docs/web.md, "Adding a page"): a new page adds its own here. */
export const PAGE_CONTROLLERS: Type[] = [
  AssetsController,
  AssignmentsPageController,
  DashboardPageController,
  EditionPageController,
  EditionFormPageController,
  TrackSettingsPageController,
  TrackFieldsPageController,
  EligibilityPageController,
  HomePageController,
  JudgingPagesController,
  NominationsPagesController,
  PanelPageController,
  PrivacyPageController,
  PublicResultsPageController,
  PracticesPageController,
  PersonalDataPageController,
  ArcoPageController,
  ArcoByEmailPageController,
  ResultsPageController,
  FeedbackPageController,
  RoundsPageController,
  DeliberationPageController,
  SessionPageController,
  UsersPageController,
  ForgotPasswordPageController,
  SetPasswordPageController,
  MailboxPageController,
  InvitationsPageController,
  CertificatePageController,
  InstitutionsPageController,
  AccountPageController,
  PasswordPageController,
  ConsoleNominationsPageController,
  ManualAssignmentPageController,
  AuditPageController,
  BundlesPageController,
];
