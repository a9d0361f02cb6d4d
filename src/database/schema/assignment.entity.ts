import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { TrackEntity } from './track.entity';
import { NominationEntity } from './nomination.entity';
import { UserEntity } from './user.entity';

export enum AssignmentStatus {
  ACTIVE = 'ACTIVE',
  RECUSED = 'RECUSED',
}

export enum AssignmentSource {
  AUTO = 'AUTO',
  MANUAL = 'MANUAL',
}

/** Judge × nomination. A recused pair stays (unique), so it is never assigned again. */
@Entity('assignments')
@Index(['nominationId', 'judgeId', 'round'], { unique: true })
@Index(['trackId', 'status'])
@Index(['judgeId', 'status'])
export class AssignmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

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

  @Column({ type: 'varchar', length: 36 })
  judgeId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'judgeId' })
  judge?: UserEntity;

  /** The track's round (a judge may review the same nomination again in a later round). */
  @Column({ type: 'integer', default: 1 })
  round: number;

  @Column({ type: 'varchar', length: 16 })
  status: AssignmentStatus;

  @Column({ type: 'text', nullable: true })
  recusalReason: string | null;

  @Column(instantColumn({ nullable: true }))
  recusedAt: Date | null;

  @Column({ type: 'varchar', length: 16 })
  source: AssignmentSource;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
