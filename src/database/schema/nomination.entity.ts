import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import type { NominationStatus } from '../../domain/intake/nomination-status';
import type { CustomFieldValues } from '../../domain/intake/custom-fields';
import { EditionEntity } from './edition.entity';
import { TrackEntity } from './track.entity';
import { InstitutionEntity } from './institution.entity';

/** How the nomination reached the organisers: online by the institution, or recorded by an organiser. */
export enum NominationChannel {
  ONLINE = 'ONLINE',
  PAPER = 'PAPER',
  MAIL = 'MAIL',
}

export interface PracticeDetails {
  /** The public problem the practice addresses. */
  problem?: string;
  /** Who the practice serves. */
  population?: string;
  startedOn?: string;
  /** Verifiable results. */
  results?: string;
}

@Entity('nominations')
@Index(['trackId', 'status'])
@Index(['editionId', 'key'], { unique: true })
@Index(['nominatingInstitutionId'])
export class NominationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 80 })
  key: string;

  @Column({ type: 'varchar', length: 36 })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editionId' })
  edition?: EditionEntity;

  @Column({ type: 'varchar', length: 36 })
  trackId: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trackId' })
  track?: TrackEntity;

  @Column({ type: 'varchar', length: 64, nullable: true })
  categoryKey: string | null;

  @Column({ type: 'varchar', length: 36 })
  nominatingInstitutionId: string;

  @ManyToOne(() => InstitutionEntity)
  @JoinColumn({ name: 'nominatingInstitutionId' })
  nominatingInstitution?: InstitutionEntity;

  @Column({ type: 'varchar', length: 36 })
  nomineeInstitutionId: string;

  @ManyToOne(() => InstitutionEntity)
  @JoinColumn({ name: 'nomineeInstitutionId' })
  nomineeInstitution?: InstitutionEntity;

  @Column({ type: 'varchar', length: 2, nullable: true })
  stateCode: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'simple-json' })
  practiceDetails: PracticeDetails;

  @Column({ type: 'simple-json' })
  evidenceUrls: string[];

  /**
   * The values of the track's custom fields (track_fields), by field key; null or absent keys are unanswered.
   * File fields have no value here: their answer is the attachment whose fieldKey names them.
   */
  @Column({ type: 'simple-json', nullable: true })
  customFields: CustomFieldValues | null;

  @Column({ type: 'varchar', length: 200 })
  contactName: string;

  @Column({ type: 'varchar', length: 254 })
  contactEmail: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: NominationStatus;

  /** The last round of its track it competes in: 1, or n + 1 when round n's shortlist named it. */
  @Column({ type: 'integer', default: 1 })
  roundReached: number;

  /** Why the organiser ruled it ineligible (or a note on an eligible decision). */
  @Column({ type: 'text', nullable: true })
  eligibilityReason: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel: NominationChannel;

  /** Per-nomination deadline extension granted by an organiser. */
  @Column(instantColumn({ nullable: true }))
  extendedUntil: Date | null;

  @Column(instantColumn({ nullable: true }))
  submittedAt: Date | null;

  /**
   * The nominator's consent, given when submitting, to show the practice in the public catalogue after the
   * announcement. Off unless ticked; recorded in the submission's audit entry.
   */
  @Column({ type: 'boolean', default: false })
  publicationConsent: boolean;

  /** SHA-256 of the submitted content (RFC 8785 canonical JSON of the fields and attachment hashes). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  receiptHash: string | null;

  @Column(instantColumn({ nullable: true }))
  withdrawnAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn())
  updatedAt: Date;
}
