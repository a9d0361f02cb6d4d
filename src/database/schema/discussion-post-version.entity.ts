import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { DiscussionPostEntity } from './discussion-post.entity';

export enum DiscussionChange {
  EDITED = 'EDITED',
  DELETED = 'DELETED',
}

/** A post's text before one of its changes: what it said until `at`, when `byId` edited or deleted it. */
@Entity('discussion_post_versions')
@Index(['postId'])
export class DiscussionPostVersionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  postId: string;

  @ManyToOne(() => DiscussionPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'postId' })
  post?: DiscussionPostEntity;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16 })
  kind: DiscussionChange;

  @Column(instantColumn())
  at: Date;

  @Column({ type: 'varchar', length: 36 })
  byId: string;
}
