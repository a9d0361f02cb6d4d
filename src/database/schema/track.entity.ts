import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { doubleColumn, instantColumn } from '../column-types';
import type { EligibilityRule } from '../../domain/intake/eligibility';
import { EditionEntity } from './edition.entity';

export enum TrackCode {
  LOCAL_OPEN_GOV = 'LOCAL_OPEN_GOV',
  FEDERAL_PROACTIVE = 'FEDERAL_PROACTIVE',
}

export enum Aggregation {
  MEAN = 'MEAN',
  MEDIAN = 'MEDIAN',
  TRIMMED_MEAN = 'TRIMMED_MEAN',
  ZSCORE = 'ZSCORE',
  CALIBRATED = 'CALIBRATED',
  SHRUNK = 'SHRUNK',
}

export interface GuidanceLevel {
  /** The score this text describes (e.g. 0, 5, 10). */
  score: number;
  text: string;
}

export interface Criterion {
  key: string;
  name: string;
  description: string;
  weight: number;
  min: number;
  max: number;
  guidance: GuidanceLevel[];
}

export interface Category {
  key: string;
  name: string;
}

@Entity('tracks')
@Index(['editionId', 'code'], { unique: true })
export class TrackEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  editionId: string;

  @ManyToOne(() => EditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editionId' })
  edition?: EditionEntity;

  @Column({ type: 'varchar', length: 32 })
  code: TrackCode;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  eligibilityRule: EligibilityRule;

  @Column({ type: 'simple-json' })
  categories: Category[];

  @Column({ type: 'simple-json' })
  rubric: Criterion[];

  @Column({ type: 'integer' })
  judgesPerNomination: number;

  @Column({ type: 'integer' })
  minReviews: number;

  @Column({ type: 'varchar', length: 16 })
  aggregation: Aggregation;

  @Column({ type: 'integer' })
  places: number;

  @Column({ type: 'integer' })
  honourableMentions: number;

  @Column(doubleColumn())
  threshold: number;

  @Column({ type: 'boolean' })
  blind: boolean;

  /** Set when the first score sheet is submitted: the rubric and scoring settings can no longer change. */
  @Column(instantColumn({ nullable: true }))
  frozenAt: Date | null;

  /**
   * The round being judged (1, 2…; docs/judging.md, "Rounds"). The settings above are this round's; closed
   * rounds keep theirs in `track_rounds`. The current round is the one awarded and sealed.
   */
  @Column({ type: 'integer', default: 1 })
  round: number;

  /** This round's judges who submitted see the nomination's other sheets and discuss it (docs/judging.md). */
  @Column({ type: 'boolean', default: false })
  deliberation: boolean;

  /** Deliberation shows the judges' names instead of J1, J2… */
  @Column({ type: 'boolean', default: false })
  deliberationNames: boolean;

  /** While set, judges may revise a submitted sheet of this round once, with a reason (the consensus step). */
  @Column(instantColumn({ nullable: true }))
  consensusOpenedAt: Date | null;
}
