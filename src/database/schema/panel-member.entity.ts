import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { TrackEntity } from './track.entity';
import { UserEntity } from './user.entity';

/** A judge on a track's panel, with an optional cap on its active assignments in the track. */
@Entity('panel_members')
@Index(['trackId', 'judgeId'], { unique: true })
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

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'judgeId' })
  judge?: UserEntity;

  /** Most active assignments this judge takes in the track; null: no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column(instantColumn())
  createdAt: Date;
}
