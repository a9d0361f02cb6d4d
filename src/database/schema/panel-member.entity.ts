import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { TrackEntity } from './track.entity';
import { UserEntity } from './user.entity';

/** A judge on a track's panel, with an optional cap on its active assignments in the track. */
@Entity('panel_members')
@Index(['trackId', 'round', 'judgeId'], { unique: true })
export class PanelMemberEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  trackId: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trackId' })
  track?: TrackEntity;

  @Column({ type: 'varchar', length: 36 })
  judgeId: string;

  /** The track's round this panel judges (each round has its own panel). */
  @Column({ type: 'integer', default: 1 })
  round: number;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'judgeId' })
  judge?: UserEntity;

  /** Most active assignments this judge takes in the track; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column(instantColumn())
  createdAt: Date;
}
