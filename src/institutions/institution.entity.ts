import { Column, Entity, PrimaryColumn } from 'typeorm';
import { foldText } from '../common/text/fold';
import { instantColumn } from '../database/column-types';
import type { InstitutionLevel } from '../domain/intake/eligibility';

export enum InstitutionKind {
  STATE_GOVERNMENT = 'STATE_GOVERNMENT',
  MUNICIPAL_GOVERNMENT = 'MUNICIPAL_GOVERNMENT',
  ORGANISMO_GARANTE = 'ORGANISMO_GARANTE',
  CSO = 'CSO',
  STL = 'STL',
  FEDERAL_BODY = 'FEDERAL_BODY',
  LEGISLATURE = 'LEGISLATURE',
  JUDICIARY = 'JUDICIARY',
  AUTONOMOUS_BODY = 'AUTONOMOUS_BODY',
  ACADEMIA = 'ACADEMIA',
  OTHER = 'OTHER',
}

export const INSTITUTION_LEVELS: readonly InstitutionLevel[] = ['FEDERAL', 'STATE', 'MUNICIPAL'];

@Entity('institutions')
export class InstitutionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 300 })
  name: string;

  @Column({ type: 'varchar', length: 32 })
  kind: InstitutionKind;

  @Column({ type: 'varchar', length: 16 })
  level: InstitutionLevel;

  @Column({ type: 'varchar', length: 2, nullable: true })
  stateCode: string | null;

  /** Natural key for bundle matching: normalised name + state code. */
  @Column({ type: 'varchar', length: 320, unique: true })
  naturalKey: string;

  @Column(instantColumn())
  createdAt: Date;
}

/** Name (case, accents and spacing folded) + state: how bundles match institutions. */
export function institutionNaturalKey(name: string, stateCode: string | null): string {
  return `${foldText(name)}|${stateCode ?? ''}`;
}
