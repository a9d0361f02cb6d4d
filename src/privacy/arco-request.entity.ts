import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/column-types';
import { UserEntity } from '../users/user.entity';

export enum ArcoKind {
  ACCESS = 'ACCESS',
  RECTIFICATION = 'RECTIFICATION',
  CANCELLATION = 'CANCELLATION',
  OPPOSITION = 'OPPOSITION',
}

export enum ArcoStatus {
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

  @Column({ type: 'varchar', length: 36 })
  userId: string;

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
}
