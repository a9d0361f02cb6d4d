import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A personal value an audit entry refers to by commitment (domain/audit/personal-values.ts). Kept apart from
 * the chain so that it can be rectified or erased: deleting the row leaves every hash of the chain as it was.
 */
@Entity('audit_personal_values')
@Index('IDX_audit_personal_values_subject', ['subjectId'])
export class AuditPersonalValueEntity {
  /** SHA-256 of the salt and the value, as it appears in the entry's payload. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  commitment: string;

  /** The record the value belongs to: a user's id, a nomination's id (its contact person). */
  @Column({ type: 'varchar', length: 128 })
  subjectId: string;

  @Column({ type: 'varchar', length: 64 })
  salt: string;

  @Column({ type: 'text' })
  value: string;
}
