import { Users1764000000000 } from './1764000000000-users';
import { Intake1764000000100 } from './1764000000100-intake';
import { Audit1764000000200 } from './1764000000200-audit';
import { Judging1764000000300 } from './1764000000300-judging';
import { Results1764000000400 } from './1764000000400-results';
import { UserRejection1765000000000 } from './1765000000000-user-rejection';
import { InstitutionListing1765000000100 } from './1765000000100-institution-listing';
import { Mail1765000000200 } from './1765000000200-mail';
import { SealVersions1765000000300 } from './1765000000300-seal-versions';
import { EditionArchive1765100000000 } from './1765100000000-edition-archive';
import { PublicationConsent1765200000000 } from './1765200000000-publication-consent';
import { FourEyes1765300000000 } from './1765300000000-four-eyes';
import { Retention1765400000000 } from './1765400000000-retention';
import { ArcoRequests1765500000000 } from './1765500000000-arco-requests';
import { AuditPersonalValues1765600000000 } from './1765600000000-audit-personal-values';
import { ArcoByEmail1765700000000 } from './1765700000000-arco-by-email';
import { NominatorFeedback1765800000000 } from './1765800000000-nominator-feedback';
import { TrackCustomFields1766100000000 } from './1766100000000-track-custom-fields';
import { TrackRounds1766300000000 } from './1766300000000-track-rounds';
import { Deliberation1766400000000 } from './1766400000000-deliberation';

/** Every migration, in order. Schema changes only ever arrive through a new entry here. */
export const MIGRATIONS = [
  Users1764000000000,
  Intake1764000000100,
  Audit1764000000200,
  Judging1764000000300,
  Results1764000000400,
  UserRejection1765000000000,
  InstitutionListing1765000000100,
  Mail1765000000200,
  SealVersions1765000000300,
  EditionArchive1765100000000,
  PublicationConsent1765200000000,
  FourEyes1765300000000,
  Retention1765400000000,
  ArcoRequests1765500000000,
  AuditPersonalValues1765600000000,
  ArcoByEmail1765700000000,
  NominatorFeedback1765800000000,
  TrackCustomFields1766100000000,
  TrackRounds1766300000000,
  Deliberation1766400000000,
];
