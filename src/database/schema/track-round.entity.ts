import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { doubleColumn, instantColumn } from '../column-types';
import type { ShortlistRuleKind } from '../../domain/scoring/shortlist';
import { Aggregation, Criterion, TrackEntity } from './track.entity';

/**
 * A closed round of a track (docs/judging.md, "Rounds"): the settings it was judged with, and the shortlist it
 * ended with, by which rule, with the organiser's justification. The round being judged lives on the track.
 */
@Entity('track_rounds')
@Index(['trackId', 'number'], { unique: true })
export class TrackRoundEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  trackId: string;

  @ManyToOne(() => TrackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'trackId' })
  track?: TrackEntity;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'simple-json' })
  rubric: Criterion[];

  @Column({ type: 'integer' })
  judgesPerNomination: number;

  @Column({ type: 'integer' })
  minReviews: number;

  @Column({ type: 'varchar', length: 16 })
  aggregation: Aggregation;

  @Column({ type: 'boolean' })
  blind: boolean;

  @Column({ type: 'boolean', default: false })
  deliberation: boolean;

  @Column({ type: 'boolean', default: false })
  deliberationNames: boolean;

  /** When the round opened (null for round 1: the edition's judging window opened it). */
  @Column(instantColumn({ nullable: true }))
  openedAt: Date | null;

  @Column(instantColumn())
  closedAt: Date;

  @Column({ type: 'varchar', length: 36, nullable: true })
  closedById: string | null;

  @Column({ type: 'varchar', length: 16 })
  rule: ShortlistRuleKind;

  /** TOP_N: how many per category (or per track without categories). */
  @Column({ type: 'integer', nullable: true })
  ruleSize: number | null;

  /** CUT: the lowest aggregate that goes through. */
  @Column(doubleColumn({ nullable: true }))
  ruleCut: number | null;

  /** The nominations (ids) that reached the next round. */
  @Column({ type: 'simple-json' })
  shortlist: string[];

  @Column({ type: 'text', nullable: true })
  justification: string | null;
}
