import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { NominationEntity } from './nomination.entity';
import { TrackEntity } from './track.entity';

/**
 * A post in the jury's discussion of one nomination in one round (docs/judging.md, "Deliberation"). Edits and
 * deletions keep the previous text in `discussion_post_versions`; a deleted post stays, without its text.
 */
@Entity('discussion_posts')
@Index(['nominationId', 'round'])
export class DiscussionPostEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  trackId: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trackId' })
  track?: TrackEntity;

  @Column({ type: 'integer' })
  round: number;

  @Column({ type: 'varchar', length: 36 })
  nominationId: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: NominationEntity;

  @Column({ type: 'varchar', length: 36 })
  authorId: string;

  /** Empty once deleted (the text is in the history). */
  @Column({ type: 'text' })
  body: string;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn({ nullable: true }))
  editedAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  deletedAt: Date | null;
}
