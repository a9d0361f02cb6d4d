import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { EditionEntity } from './edition.entity';

/**
 * One version of the finalised results of an edition (docs/domain.md): version 1 by the finalisation, 2, 3…
 * by each correction. Written once, in its finalisation transaction, never updated or deleted by the
 * application (the signature of a seal made before signing existed is added once, at start).
 */
@Entity('seals')
@Index(['editionId', 'version'], { unique: true })
export class SealEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** One seal per edition and version (unique): two concurrent finalisations cannot both store one. */
  @Column({ type: 'varchar', length: 36 })
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

  /** 1 for the finalisation, 2, 3… for each correction. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  /** The SHA-256 of the version this one corrects; null for version 1. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  previousSealSha256: string | null;

  /** The published erratum of a correction; null for version 1. */
  @Column({ type: 'text', nullable: true })
  erratum: string | null;

  /** The signing key's id (signing_keys) and the Ed25519 signature (base64) of the seal statement. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  signatureKeyId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  signature: string | null;

  /** When it was signed: the sealing instant, or later for a seal signed at import or at start. */
  @Column(instantColumn({ nullable: true }))
  signedAt: Date | null;
}
