import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';

/**
 * A public key the organisation signs seals with (docs/results.md, "Signatures"). Only the public half is
 * stored; a replaced key keeps its row with `validTo` set, so what it signed still verifies.
 */
@Entity('signing_keys')
export class SigningKeyEntity {
  /** First 16 hex digits of the fingerprint. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  keyId: string;

  @Column({ type: 'varchar', length: 16 })
  algorithm: string;

  /** The raw 32-byte Ed25519 public key, base64url (a JWK's `x`). */
  @Column({ type: 'varchar', length: 64 })
  publicKey: string;

  /** Hex SHA-256 of the raw public key. */
  @Column({ type: 'varchar', length: 64 })
  fingerprint: string;

  @Column(instantColumn())
  validFrom: Date;

  @Column(instantColumn({ nullable: true }))
  validTo: Date | null;
}
