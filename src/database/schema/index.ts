import { AuditEntryEntity } from './audit-entry.entity';
import { AuditPersonalValueEntity } from './audit-personal-value.entity';
import { EditionEntity } from './edition.entity';
import { TrackEntity } from './track.entity';
import { TrackRoundEntity } from './track-round.entity';
import { InstitutionEntity } from './institution.entity';
import { AssignmentEntity } from './assignment.entity';
import { DeclaredConflictEntity } from './declared-conflict.entity';
import { JudgeAffiliationEntity } from './judge-affiliation.entity';
import { PanelMemberEntity } from './panel-member.entity';
import { ScoreSheetEntity } from './score-sheet.entity';
import { DiscussionPostEntity } from './discussion-post.entity';
import { DiscussionPostVersionEntity } from './discussion-post-version.entity';
import { AccountTokenEntity } from './account-token.entity';
import { OutboxMessageEntity } from './outbox-message.entity';
import { AttachmentEntity } from './attachment.entity';
import { NominationEntity } from './nomination.entity';
import { OverrideEntity } from './override.entity';
import { CorrectionEntity } from './correction.entity';
import { SealEntity } from './seal.entity';
import { SigningKeyEntity } from './signing-key.entity';
import { ProposalEntity } from './proposal.entity';
import { ArcoRequestEntity } from './arco-request.entity';
import { UserEntity } from './user.entity';
import { TrackFieldEntity } from './track-field.entity';

/** Every entity of the application; the data source and the schema-drift test both use this list. */
export const ENTITIES = [
  UserEntity,
  EditionEntity,
  TrackEntity,
  TrackRoundEntity,
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
  DiscussionPostEntity,
  DiscussionPostVersionEntity,
  OverrideEntity,
  SealEntity,
  OutboxMessageEntity,
  AccountTokenEntity,
  SigningKeyEntity,
  CorrectionEntity,
  ProposalEntity,
  ArcoRequestEntity,
  TrackFieldEntity,
];
