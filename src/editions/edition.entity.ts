import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/column-types';

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

  @Column(instantColumn())
  createdAt: Date;

  @Column(instantColumn())
  updatedAt: Date;
}
