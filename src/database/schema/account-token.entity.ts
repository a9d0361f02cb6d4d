import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { UserEntity } from './user.entity';

export enum AccountTokenPurpose {
  /** An organiser invited the person; the link lets them set their first password. */
  INVITATION = 'INVITATION',
  PASSWORD_RESET = 'PASSWORD_RESET',
}

/**
 * A single-use, expiring link sent by mail. Only the SHA-256 of the token is stored: a copy of the database
 * does not let anyone use an outstanding link.
 */
@Entity('account_tokens')
@Index(['userId', 'purpose'])
export class AccountTokenEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  purpose: AccountTokenPurpose;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column(instantColumn())
  expiresAt: Date;

  @Column(instantColumn({ nullable: true }))
  usedAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  revokedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  createdById: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
