import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { AuditPersonalValueEntity } from '../audit/audit-personal-value.entity';
import { EditionEntity } from '../editions/edition.entity';
import { TrackEntity } from '../editions/track.entity';
import { InstitutionEntity } from '../institutions/institution.entity';
import { AssignmentEntity } from '../judging/entities/assignment.entity';
import { DeclaredConflictEntity } from '../judging/entities/declared-conflict.entity';
import { JudgeAffiliationEntity } from '../judging/entities/judge-affiliation.entity';
import { PanelMemberEntity } from '../judging/entities/panel-member.entity';
import { ScoreSheetEntity } from '../judging/entities/score-sheet.entity';
import { AccountTokenEntity } from '../accounts/account-token.entity';
import { OutboxMessageEntity } from '../mail/outbox-message.entity';
import { AttachmentEntity } from '../nominations/attachment.entity';
import { NominationEntity } from '../nominations/nomination.entity';
import { OverrideEntity } from '../results/entities/override.entity';
import { CorrectionEntity } from '../results/entities/correction.entity';
import { SealEntity } from '../results/entities/seal.entity';
import { SigningKeyEntity } from '../results/entities/signing-key.entity';
import { ProposalEntity } from '../governance/proposal.entity';
import { ArcoRequestEntity } from '../privacy/arco-request.entity';
import { UserEntity } from '../users/user.entity';

/** Every entity of the application; the data source and the schema-drift test both use this list. */
export const ENTITIES = [
  UserEntity,
  EditionEntity,
  TrackEntity,
  InstitutionEntity,
  NominationEntity,
  AttachmentEntity,
  AuditEntryEntity,
  AuditPersonalValueEntity,
  PanelMemberEntity,
  JudgeAffiliationEntity,
  DeclaredConflictEntity,
  AssignmentEntity,
  ScoreSheetEntity,
  OverrideEntity,
  SealEntity,
  OutboxMessageEntity,
  AccountTokenEntity,
  SigningKeyEntity,
  CorrectionEntity,
  ProposalEntity,
  ArcoRequestEntity,
];
