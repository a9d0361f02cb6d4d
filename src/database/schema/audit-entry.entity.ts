import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';

/**
 * JSON data as stored in `before` / `after` (what toAuditPayload returns). Deliberately not the recursive
 * JsonValue: TypeORM's QueryDeepPartialEntity cannot expand a recursive type (TS2589).
 */
export type AuditPayload = object | string | number | boolean | null;

/** `actorRole` of entries written by the system itself (bootstrap, scheduled work, the CLI). */
export const SYSTEM_ACTOR_ROLE = 'SYSTEM';

/**
 * One link of the append-only, hash-chained audit trail (see docs/audit.md). Rows are only ever inserted,
 * by AuditService.append; nothing in the application updates or deletes them.
 */
@Entity('audit_entries')
@Index('IDX_audit_entries_action', ['action'])
@Index('IDX_audit_entries_entity', ['entityType', 'entityId'])
@Index('IDX_audit_entries_actor', ['actorId'])
@Index('IDX_audit_entries_at', ['at'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Position in the chain: 1, 2, 3… without gaps, assigned under the chain lock. */
  @Column({ type: 'integer', unique: true })
  seq: number;

  @Column(instantColumn())
  at: Date;

  /** Null for system actions. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  actorId: string | null;

  /** The actor's role when it acted, or SYSTEM. */
  @Column({ type: 'varchar', length: 16 })
  actorRole: string;

  /** `<entity>.<verb>`, e.g. `nomination.submit`. */
  @Column({ type: 'varchar', length: 64 })
  action: string;

  @Column({ type: 'varchar', length: 64 })
  entityType: string;

  @Column({ type: 'varchar', length: 128 })
  entityId: string;

  /** JSON data without secrets (see toAuditPayload); null when there was nothing before. */
  @Column({ type: 'simple-json', nullable: true })
  before: AuditPayload;

  /** JSON data without secrets; null when nothing is left after (or nothing worth recording). */
  @Column({ type: 'simple-json', nullable: true })
  after: AuditPayload;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  /**
   * The hash this entry had before the personal-data cut-over re-linked the chain (what seals of that time
   * recorded); null for entries written since. Covered by `hash`.
   */
  @Column({ type: 'varchar', length: 64, nullable: true })
  legacyHash: string | null;
}
