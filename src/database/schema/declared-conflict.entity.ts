import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { TrackEntity } from './track.entity';
import { InstitutionEntity } from './institution.entity';
import { NominationEntity } from './nomination.entity';
import { UserEntity } from './user.entity';

/**
 * A conflict of interest declared for a judge in one track's panel: with one nomination, or with every
 * nomination of an institution (as nominating or nominee institution). Exactly one of the two is set.
 */
@Entity('declared_conflicts')
@Index(['trackId', 'judgeId'])
export class DeclaredConflictEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  trackId: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trackId' })
  track?: TrackEntity;

  @Column({ type: 'varchar', length: 36 })
  judgeId: string;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'judgeId' })
  judge?: UserEntity;

  @Column({ type: 'varchar', length: 36, nullable: true })
  nominationId: string | null;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: NominationEntity;

  @Column({ type: 'varchar', length: 36, nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity)
  @JoinColumn({ name: 'institutionId' })
  institution?: InstitutionEntity;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
