import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { InstitutionEntity } from './institution.entity';
import { instantColumn } from '../column-types';

export enum Role {
  ORGANISER = 'ORGANISER',
  NOMINATOR = 'NOMINATOR',
  JUDGE = 'JUDGE',
  OBSERVER = 'OBSERVER',
}

export enum UserStatus {
  ACTIVE = 'ACTIVE',
  /** A self-registered nominator waiting for an organiser to approve the link to its institution. */
  PENDING = 'PENDING',
  DISABLED = 'DISABLED',
  /** A self-registered nominator an organiser turned down (with a reason); it cannot sign in. */
  REJECTED = 'REJECTED',
}

@Entity('users')
export class UserEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 255, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 16 })
  status: UserStatus;

  /** A nominator's institution (null for other roles). */
  @Column({ type: 'varchar', length: 36, nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'institutionId' })
  institution?: InstitutionEntity;

  /** The language of the mail the user receives (es, en). */
  @Column({ type: 'varchar', length: 2, default: 'es' })
  language: 'es' | 'en';
  /** Why an organiser rejected the registration (REJECTED accounts only). */
  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;

  /** Bumped on sign-out, password change or disabling: tokens carrying an older version are refused. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn())
  updatedAt: Date;
}
