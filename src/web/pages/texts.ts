import { PageTexts } from '../i18n/texts';
import { assignmentsTexts } from './assignments/assignments.texts';
import { certificateTexts } from './certificate/certificate.texts';
import { dashboardTexts } from './dashboard/dashboard.texts';
import { editionTexts } from './edition/edition.texts';
import { forgotPasswordTexts } from './forgot-password/forgot-password.texts';
import { mailboxTexts } from './mailbox/mailbox.texts';
import { setPasswordTexts } from './set-password/set-password.texts';
import { eligibilityTexts } from './eligibility/eligibility.texts';
import { homeTexts } from './home/home.texts';
import { judgingTexts } from './judging/judging.texts';
import { nominationsTexts } from './nominations/nominations.texts';
import { panelTexts } from './panel/panel.texts';
import { privacyTexts } from './privacy/privacy.texts';
import { publicResultsTexts } from './public-results/public-results.texts';
import { resultsTexts } from './results/results.texts';
import { feedbackTexts } from './feedback/feedback.texts';
import { roundsTexts } from './rounds/rounds.texts';
import { deliberationTexts } from './deliberation/deliberation.texts';
import { sessionTexts } from './session/session.texts';
import { usersTexts } from './users/users.texts';
import { accountTexts } from './account/account.texts';
import { auditTexts } from './audit/audit.texts';
import { bundlesTexts } from './bundles/bundles.texts';
import { consoleNominationsTexts } from './console-nominations/console-nominations.texts';
import { institutionsTexts } from './institutions/institutions.texts';
import { editionFormTexts } from './edition-form/edition-form.texts';
import { trackSettingsTexts } from './track-settings/track-settings.texts';
import { trackFieldsTexts } from './track-fields/track-fields.texts';
import { manualAssignmentTexts } from './manual-assignment/manual-assignment.texts';
import { passwordTexts } from './password/password.texts';
import { practicesTexts } from './practices/practices.texts';
import { arcoTexts } from './arco/arco.texts';
import { arcoByEmailTexts } from './arco-by-email/arco-by-email.texts';

/** Every page's texts (docs/web.md, "Adding a page"): a new page adds its own here. */
export const PAGE_TEXTS: readonly PageTexts[] = [
  homeTexts,
  privacyTexts,
  publicResultsTexts,
  practicesTexts,
  arcoTexts,
  arcoByEmailTexts,
  certificateTexts,
  sessionTexts,
  nominationsTexts,
  judgingTexts,
  dashboardTexts,
  editionTexts,
  eligibilityTexts,
  usersTexts,
  panelTexts,
  assignmentsTexts,
  resultsTexts,
  feedbackTexts,
  roundsTexts,
  deliberationTexts,
  forgotPasswordTexts,
  setPasswordTexts,
  mailboxTexts,
  institutionsTexts,
  editionFormTexts,
  trackSettingsTexts,
  trackFieldsTexts,
  accountTexts,
  passwordTexts,
  consoleNominationsTexts,
  manualAssignmentTexts,
  auditTexts,
  bundlesTexts,
];
