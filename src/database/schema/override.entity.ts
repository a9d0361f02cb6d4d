import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import type { Award, OverrideKind } from '../../domain/scoring/types';
import { EditionEntity } from './edition.entity';
import { TrackEntity } from './track.entity';
import { NominationEntity } from './nomination.entity';

/**
 * An organiser's change to the computed awards of a track, with the jury's minute (docs/results.md).
 * Read in `seq` order: the last override of a nomination is in force. Deletable until the edition is finalised.
 */
@Entity('overrides')
@Index(['trackId', 'seq'], { unique: true })
@Index(['editionId'])
export class OverrideEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

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

  @Column({ type: 'varchar', length: 36 })
  nominationId: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: NominationEntity;

  /** Order of the track's overrides (1, 2, …): a later one on the same nomination replaces an earlier one. */
  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 16 })
  kind: OverrideKind;

  /** SET_AWARD: the award given, or null for none. EXCLUDE: always null. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  award: Award | null;

  /** The jury's minute; published with the results. */
  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
