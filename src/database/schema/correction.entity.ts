import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { EditionEntity } from './edition.entity';

/** A correction of sealed results: opened with its erratum, closed by the seal version it produced. */
@Entity('corrections')
@Index(['editionId', 'version'], { unique: true })
export class CorrectionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editionId' })
  edition?: EditionEntity;

  /** The seal version the correction makes (2, 3…). */
  @Column({ type: 'integer' })
  version: number;

  /** The erratum, published with the new version. */
  @Column({ type: 'text' })
  justification: string;

  @Column({ type: 'varchar', length: 36, nullable: true })
  openedById: string | null;

  @Column(instantColumn())
  openedAt: Date;

  /** When its seal version was made; null while open. */
  @Column(instantColumn({ nullable: true }))
  sealedAt: Date | null;
}
