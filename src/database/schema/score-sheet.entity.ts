import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';
import { AssignmentEntity } from './assignment.entity';

/** What an organiser decided about a judge's feedback to the nominator. */
export enum FeedbackDecision {
  RELEASED = 'RELEASED',
  WITHHELD = 'WITHHELD',
}

export enum ScoreSheetStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}

/** A judge's scores for one assignment: criterion key → score. Drafts may be partial; submitted sheets are complete. */
@Entity('score_sheets')
@Index(['assignmentId'], { unique: true })
export class ScoreSheetEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 36 })
  assignmentId: string;

  @ManyToOne(() => AssignmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assignmentId' })
  assignment?: AssignmentEntity;

  @Column({ type: 'simple-json' })
  scores: Record<string, number>;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  @Column({ type: 'varchar', length: 16 })
  status: ScoreSheetStatus;

  @Column(instantColumn({ nullable: true }))
  submittedAt: Date | null;

  /** Set when an organiser reopens a submitted sheet: the judge may then save and submit outside the window. */
  @Column(instantColumn({ nullable: true }))
  reopenedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reopenReason: string | null;

  /** The judge's comment for the nominating institution (the comment above is for the jury). */
  @Column({ type: 'text', nullable: true })
  feedback: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  feedbackDecision: FeedbackDecision | null;

  /** What the nominator reads: the judge's text, or the organiser's edit of it (identifying details removed). */
  @Column({ type: 'text', nullable: true })
  feedbackReleasedText: string | null;

  /** Why it was withheld, or why the released text differs from the judge's. */
  @Column({ type: 'text', nullable: true })
  feedbackReason: string | null;

  @Column(instantColumn({ nullable: true }))
  feedbackDecidedAt: Date | null;

  @Column({ type: 'varchar', length: 36, nullable: true })
  feedbackDecidedBy: string | null;

  /**
   * A consensus revision (docs/judging.md, "Deliberation"): the sheet as first submitted, kept when the judge
   * revised it once with a reason. The scores above are then the revised ones, which count.
   */
  @Column({ type: 'simple-json', nullable: true })
  originalScores: Record<string, number> | null;

  @Column({ type: 'text', nullable: true })
  originalComment: string | null;

  @Column(instantColumn({ nullable: true }))
  originalSubmittedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  revisionReason: string | null;

  @Column(instantColumn({ nullable: true }))
  revisedAt: Date | null;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn())
  updatedAt: Date;
}
