import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { InstitutionEntity } from './institution.entity';
import { UserEntity } from './user.entity';

/**
 * One of a judge's affiliations: an institution, a state, or both. Every affiliation counts for conflicts of
 * interest (docs/domain.md).
 */
@Entity('judge_affiliations')
@Index(['userId'])
export class JudgeAffiliationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: UserEntity;

  @Column({ type: 'varchar', length: 36, nullable: true })
  institutionId: string | null;

  @ManyToOne(() => InstitutionEntity)
  @JoinColumn({ name: 'institutionId' })
  institution?: InstitutionEntity;

  /** INEGI state code. */
  @Column({ type: 'varchar', length: 2, nullable: true })
  stateCode: string | null;

  @Column(instantColumn())
  createdAt: Date;
}
