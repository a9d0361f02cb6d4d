import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { doubleColumn } from '../column-types';
import type { FieldFileType, FieldOption, FieldType } from '../../domain/intake/custom-fields';
import { TrackEntity } from './track.entity';

/** An extra nomination field an organiser defined for a track, in its place among the track's fields. */
@Entity('track_fields')
@Index(['trackId', 'key'], { unique: true })
export class TrackFieldEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  trackId: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trackId' })
  track?: TrackEntity;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 16 })
  type: FieldType;

  @Column({ type: 'varchar', length: 300 })
  labelEs: string;

  @Column({ type: 'varchar', length: 300 })
  labelEn: string;

  @Column({ type: 'text', nullable: true })
  helpEs: string | null;

  @Column({ type: 'text', nullable: true })
  helpEn: string | null;

  @Column({ type: 'boolean' })
  required: boolean;

  /** 0, 1, 2… in the order the form shows the fields. */
  @Column({ type: 'integer' })
  position: number;

  /** The category keys it applies to; empty: every category (and tracks without categories). */
  @Column({ type: 'simple-json' })
  categories: string[];

  /** CHOICE and MULTI_CHOICE: the options, with bilingual labels; empty for other types. */
  @Column({ type: 'simple-json' })
  options: FieldOption[];

  /** NUMBER: the range (inclusive), either end optional. */
  @Column(doubleColumn({ nullable: true }))
  min: number | null;

  @Column(doubleColumn({ nullable: true }))
  max: number | null;

  /** SHORT_TEXT and LONG_TEXT: the most characters a value may have. */
  @Column({ type: 'integer', nullable: true })
  maxLength: number | null;

  /** FILE: the allowed types (a subset of FIELD_FILE_TYPES); empty for other types. */
  @Column({ type: 'simple-json' })
  fileTypes: FieldFileType[];

  /** The answer may identify the institution: judges of a blind track never see it. */
  @Column({ type: 'boolean' })
  identifying: boolean;
}
