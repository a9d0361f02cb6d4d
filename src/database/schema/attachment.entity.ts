import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { NominationEntity } from './nomination.entity';

@Entity('attachments')
@Index(['nominationId'])
export class AttachmentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  nominationId: string;

  @ManyToOne(() => NominationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'nominationId' })
  nomination?: NominationEntity;

  /** The name the uploader gave, for display only; never used on disk. */
  @Column({ type: 'varchar', length: 255 })
  name: string;

  /** Detected from the content, not from the name. */
  @Column({ type: 'varchar', length: 100 })
  mimeType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Random file name under UPLOADS_DIR; null for attachments known only by hash (imported bundles). */
  @Column({ type: 'varchar', length: 80, nullable: true })
  storageName: string | null;

  /** The custom file field (track_fields.key) this file answers; null for the nomination's general evidence. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  fieldKey: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
