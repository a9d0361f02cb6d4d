import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ConflictReason } from '../../domain/conflicts/conflict.types';

export const CONFLICT_REASONS: readonly ConflictReason[] = [
  'SAME_INSTITUTION_NOMINATING',
  'SAME_INSTITUTION_NOMINEE',
  'SAME_STATE',
  'DECLARED',
];

export const INSTANT = { type: String, format: 'date-time' } as const;
export const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;

/** A judge as the viewer sees it: id, name and e-mail, or to observers only a pseudonym (J1, J2…). */
export class JudgeRefDto {
  @ApiPropertyOptional() id?: string;
  @ApiPropertyOptional() name?: string;
  @ApiPropertyOptional() email?: string;
  @ApiPropertyOptional({ example: 'J1', description: 'Instead of the three above, for observers' })
  pseudonym?: string;
}

export class NominationBriefDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty() title: string;
}

export class UnassignedNominationDto {
  @ApiProperty() nominationId: string;
  @ApiPropertyOptional({ description: 'In automatic assignment results' }) nominationKey?: string;
  @ApiProperty({ description: 'Judges it needs' }) required: number;
  @ApiProperty() assigned: number;
  @ApiProperty() missing: number;
  @ApiProperty({ enum: ['NOT_ENOUGH_ELIGIBLE_JUDGES', 'CAPACITY_EXHAUSTED'] }) reason: string;
  @ApiProperty() conflictFreeJudges: number;
  @ApiProperty() eligibleJudges: number;
}

export class ReplacementDto {
  @ApiProperty() assignmentId: string;
  @ApiProperty() judgeId: string;
}

/** One assignment ended by a recusal (a new conflict, an affiliation), and who replaced the judge. */
export class RecusalOutcomeDto {
  @ApiProperty() assignmentId: string;
  @ApiProperty() nominationId: string;
  @ApiProperty() judgeId: string;
  @ApiProperty() hadSubmittedSheet: boolean;
  @ApiProperty({ type: ReplacementDto, nullable: true }) replacement: ReplacementDto | null;
  @ApiProperty({ type: UnassignedNominationDto, nullable: true }) unassigned: UnassignedNominationDto | null;
}
