import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { EditionEntity } from './edition.entity';

/** What a proposal asks a second organiser to confirm. */
export enum ProposalKind {
  OVERRIDE = 'OVERRIDE',
  FINALIZE = 'FINALIZE',
  REOPEN_SHEET = 'REOPEN_SHEET',
  SCORING_SETTINGS = 'SCORING_SETTINGS',
  OPEN_CORRECTION = 'OPEN_CORRECTION',
  FOUR_EYES_OFF = 'FOUR_EYES_OFF',
}

export enum ProposalStatus {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REJECTED = 'REJECTED',
  /** The data it was based on changed before anyone confirmed it. */
  EXPIRED = 'EXPIRED',
}

/**
 * An action one organiser proposed under four eyes, waiting for a different organiser. `basis` is the SHA-256 of
 * what the action was decided on (the track's or the edition's scoring input); a confirmation finds it changed and
 * the proposal expires instead.
 */
@Entity('proposals')
@Index(['editionId', 'status'])
export class ProposalEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editionId' })
  edition?: EditionEntity;

  @Column({ type: 'varchar', length: 32 })
  kind: ProposalKind;

  /** The request the confirmation will carry out, as the proposer sent it. */
  @Column({ type: 'simple-json' })
  payload: Record<string, unknown>;

  /** What it does, in both languages, for the people who decide (e.g. "L-2: segundo lugar"). */
  @Column({ type: 'simple-json' })
  summary: { es: string; en: string };

  @Column({ type: 'varchar', length: 64 })
  basis: string;

  /** Why (an override's minute, or the proposer's note for a seal). */
  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 16 })
  status: ProposalStatus;

  @Column({ type: 'varchar', length: 36 })
  proposedById: string;

  @Column(instantColumn())
  proposedAt: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  decidedById: string | null;

  @Column(instantColumn({ nullable: true }))
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  decisionReason: string | null;
}
