import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../../database/column-types';
import { EditionEntity } from '../../editions/edition.entity';

/**
 * The finalised results of an edition (DESIGN §2 "Seal"): written once, in the finalisation transaction,
 * never updated or deleted by the application.
 */
@Entity('seals')
export class SealEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** One seal per edition (unique): two concurrent finalisations cannot both store one. */
  @Column({ type: 'varchar', length: 36, unique: true })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editionId' })
  edition?: EditionEntity;

  /** The results document as RFC 8785 canonical JSON: exactly the bytes hashed. */
  @Column({ type: 'text' })
  resultsJson: string;

  /** Lower-case hex SHA-256 of `resultsJson` (UTF-8). */
  @Column({ type: 'varchar', length: 64 })
  sha256: string;

  /** Hash of the audit chain's newest entry when the results were sealed. */
  @Column({ type: 'varchar', length: 64 })
  auditHead: string;

  @Column({ type: 'integer' })
  auditHeadSeq: number;

  /**
   * What the public pages show beside the document, frozen at finalisation (canonical JSON): edition and
   * track descriptions, and the public details of the nominations in competition (titles, institutions,
   * evidence), so that published responses never change even if an institution is renamed later.
   */
  @Column({ type: 'text' })
  publicJson: string;

  @Column(instantColumn())
  finalizedAt: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  finalizedById: string | null;
}
