import { Column, Entity, PrimaryColumn } from 'typeorm';
import { foldText } from '../../common/text/fold';
import { visibleText } from '../../common/validation/visible-text';
import { instantColumn } from '../column-types';
import type { InstitutionLevel } from '../../domain/intake/eligibility';

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

  /**
   * When the institution was first listed publicly (registration form, public list). One created by a
   * self-registering nominator stays unlisted (null) until an organiser approves its first nominator, so a
   * look-alike name cannot be offered to others before anyone has checked it.
   */
  @Column(instantColumn({ nullable: true }))
  listedAt: Date | null;
}

/**
 * An institution's name as stored: Unicode compatibility forms folded (NFKC: "Ｊａｌｉｓｃｏ" → "Jalisco"),
 * invisible characters removed, blank runs collapsed.
 */
export function institutionName(name: string): string {
  return visibleText(name.normalize('NFKC'));
}

/**
 * Natural key for duplicate checks and bundle matching: the stored form of the name with case and accents folded,
 * + state. Two names a person cannot tell apart by their letters (zero-width characters, full-width forms,
 * spacing) get the same key.
 */
export function institutionNaturalKey(name: string, stateCode: string | null): string {
  return `${foldText(institutionName(name))}|${stateCode ?? ''}`;
}
