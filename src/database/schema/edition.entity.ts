import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../column-types';

export interface Signatory {
  name: string;
  post: string;
}

@Entity('editions')
export class EditionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The bundle's own key, kept through export and import. */
  @Column({ type: 'varchar', length: 80 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 64, default: 'America/Mexico_City' })
  timezone: string;

  @Column(instantColumn())
  nominationsOpenAt: Date;

  @Column(instantColumn())
  nominationsCloseAt: Date;

  @Column(instantColumn())
  judgingOpenAt: Date;

  @Column(instantColumn())
  judgingCloseAt: Date;

  @Column(instantColumn())
  announcementAt: Date;

  /** INEGI codes of the states taking part in the local initiative. */
  @Column({ type: 'simple-json' })
  participatingStates: string[];

  @Column(instantColumn({ nullable: true }))
  finalizedAt: Date | null;

  @Column(instantColumn({ nullable: true }))
  publishedAt: Date | null;

  /** Who signs the certificates (constancias): names and posts, printed in this order. */
  @Column({ type: 'simple-json', default: '[]' })
  signatories: Signatory[];

  /**
   * Set while a correction of the sealed results is open (docs/results.md, "Corrections"): overrides and
   * sheet reopening are allowed again until the correction is finalised as a new seal version.
   */
  @Column(instantColumn({ nullable: true }))
  correctionOpenedAt: Date | null;

  /**
   * Four eyes: overrides and the seal proposed by one organiser take effect only when a different organiser
   * confirms them (docs/governance.md). On for editions created from now on, off for older ones.
   */
  @Column({ type: 'boolean', default: false })
  fourEyes: boolean;

  /**
   * Months after the results became public during which the contacts, files and accounts of non-winning
   * nominations are kept; then the retention job anonymises them (docs/privacy.md).
   */
  @Column({ type: 'integer', default: 24 })
  retentionMonths: number;

  /** When the retention period was applied (null: not yet). */
  @Column(instantColumn({ nullable: true }))
  retentionAppliedAt: Date | null;

  /** Set while the edition is archived: kept whole, out of the organisers' everyday lists. */
  @Column(instantColumn({ nullable: true }))
  archivedAt: Date | null;

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn())
  updatedAt: Date;
}
