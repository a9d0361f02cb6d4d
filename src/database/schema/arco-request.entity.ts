import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { UserEntity } from './user.entity';

export enum ArcoKind {
  ACCESS = 'ACCESS',
  RECTIFICATION = 'RECTIFICATION',
  CANCELLATION = 'CANCELLATION',
  OPPOSITION = 'OPPOSITION',
}

export enum ArcoStatus {
  /** Filed by e-mail, waiting for the link mailed to the address to be followed (not in the queue yet). */
  UNCONFIRMED = 'UNCONFIRMED',
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

/** A person's request to exercise one of the ARCO rights, with its legal term and the organisers' answer. */
@Entity('arco_requests')
@Index(['status', 'dueAt'])
@Index(['userId'])
export class ArcoRequestEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The account that filed it, or that has the address of a request by e-mail; null for anyone else. */
  @Column({ type: 'varchar', length: 36, nullable: true })
  userId: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 16 })
  kind: ArcoKind;

  /** What the person asks (which data, what to correct…); personal, so never copied into the audit trail. */
  @Column({ type: 'text' })
  details: string;

  @Column({ type: 'varchar', length: 16 })
  status: ArcoStatus;

  @Column(instantColumn())
  filedAt: Date;

  /** The legal term: ARCO_DEADLINE_BUSINESS_DAYS business days after filing. */
  @Column(instantColumn())
  dueAt: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  answeredById: string | null;

  @Column(instantColumn({ nullable: true }))
  answeredAt: Date | null;

  @Column({ type: 'text', nullable: true })
  answer: string | null;

  /** The address of a request filed by e-mail (the answer is mailed there); null for one filed signed in. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /** The language of the mails about a request filed by e-mail. */
  @Column({ type: 'varchar', length: 2, default: 'es' })
  language: 'es' | 'en';

  /** SHA-256 of the confirmation link's token, until it is followed. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  confirmTokenHash: string | null;

  @Column(instantColumn({ nullable: true }))
  confirmExpiresAt: Date | null;
}
