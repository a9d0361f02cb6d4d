import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NominationStatus } from '../../domain/intake/nomination-status';
import { CriterionDto } from '../../editions/dto/track.dto';
import { TrackCode } from '../../database/schema/track.entity';
import { INSTITUTION_LEVELS, InstitutionKind } from '../../database/schema/institution.entity';
import { NOMINATION_STATUSES, PracticeDetailsDto } from '../../nominations/dto/nomination.dto';
import { AssignmentSource, AssignmentStatus } from '../../database/schema/assignment.entity';
import { ScoreSheetStatus } from '../../database/schema/score-sheet.entity';
import { FIELD_TYPES, type FieldType } from '../../domain/intake/custom-fields';
import { FieldOptionResponseDto } from '../../nominations/fields/track-fields.dto';
import {
  CONFLICT_REASONS,
  INSTANT,
  JudgeRefDto,
  NULLABLE_INSTANT,
  ReplacementDto,
  UnassignedNominationDto,
} from './judge-ref.dto';

export class ScoreSheetResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() assignmentId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Score per criterion key',
    example: { impact: 8, replicability: 7 },
  })
  scores: Record<string, number>;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'For the nominating institution' })
  feedback: string | null;
  @ApiProperty({ enum: ScoreSheetStatus }) status: ScoreSheetStatus;
  @ApiProperty({ description: 'Every criterion of the rubric has a score' }) complete: boolean;
  @ApiProperty(NULLABLE_INSTANT) submittedAt: Date | null;
  @ApiProperty(NULLABLE_INSTANT) reopenedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) reopenReason: string | null;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    nullable: true,
    description: 'A consensus revision: the scores as first submitted (the ones above, revised, count)',
  })
  originalScores: Record<string, number> | null;
  @ApiProperty({ type: String, nullable: true }) revisionReason: string | null;
  @ApiProperty(NULLABLE_INSTANT) revisedAt: Date | null;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty(INSTANT) updatedAt: Date;
}

export class SheetStateDto {
  @ApiProperty({ enum: ScoreSheetStatus }) status: ScoreSheetStatus;
  @ApiProperty(NULLABLE_INSTANT) submittedAt: Date | null;
  @ApiProperty(NULLABLE_INSTANT) reopenedAt: Date | null;
  @ApiProperty(INSTANT) updatedAt: Date;
}

export class AssignedNominationDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: NOMINATION_STATUSES }) status: NominationStatus;
}

/** An assignment as organisers and observers list it. */
export class AssignmentViewDto {
  @ApiProperty() id: string;
  @ApiProperty() trackId: string;
  @ApiProperty({ enum: AssignmentStatus }) status: AssignmentStatus;
  @ApiProperty({ enum: AssignmentSource }) source: AssignmentSource;
  @ApiProperty({ type: String, nullable: true }) recusalReason: string | null;
  @ApiProperty(NULLABLE_INSTANT) recusedAt: Date | null;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiPropertyOptional({ type: AssignedNominationDto }) nomination?: AssignedNominationDto;
  @ApiProperty({ type: JudgeRefDto }) judge: JudgeRefDto;
  @ApiProperty({ type: SheetStateDto, nullable: true }) scoreSheet: SheetStateDto | null;
  @ApiProperty({ enum: CONFLICT_REASONS, isArray: true, description: 'Conflicts found since it was made' })
  conflicts: string[];
}

export class QueueTrackDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: TrackCode }) code: TrackCode;
  @ApiProperty() name: string;
  @ApiProperty() blind: boolean;
}

export class JudgingTrackDto extends QueueTrackDto {
  @ApiProperty({ description: 'Judges who submitted see the other sheets and discuss' })
  deliberation: boolean;
  @ApiProperty({ type: [CriterionDto] }) rubric: CriterionDto[];
}

export class JudgingEditionDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() timezone: string;
  @ApiProperty(INSTANT) judgingOpenAt: Date;
  @ApiProperty(INSTANT) judgingCloseAt: Date;
  @ApiProperty(NULLABLE_INSTANT) finalizedAt: Date | null;
}

export class QueueNominationDto extends AssignedNominationDto {
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
}

/** One entry of a judge's queue. */
export class JudgeQueueItemDto {
  @ApiProperty() id: string;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty({ type: QueueTrackDto }) track: QueueTrackDto;
  @ApiProperty({ type: JudgingEditionDto }) edition: JudgingEditionDto;
  @ApiProperty({ type: QueueNominationDto }) nomination: QueueNominationDto;
  @ApiProperty({ type: SheetStateDto, nullable: true }) scoreSheet: SheetStateDto | null;
}

export class EvidenceFileDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty() mimeType: string;
  @ApiPropertyOptional() size?: number;
  @ApiPropertyOptional() sha256?: string;
}

export class InstitutionRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
  @ApiProperty({ enum: InstitutionKind }) kind: InstitutionKind;
  @ApiProperty({ enum: INSTITUTION_LEVELS }) level: string;
}

export class ContactDto {
  @ApiProperty() name: string;
  @ApiProperty() email: string;
  @ApiProperty({ type: String, nullable: true }) phone: string | null;
}

export class JudgingFieldDto {
  @ApiProperty() key: string;
  @ApiProperty({ enum: FIELD_TYPES }) type: FieldType;
  @ApiProperty() labelEs: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ type: [FieldOptionResponseDto] }) options: FieldOptionResponseDto[];
  @ApiProperty({
    nullable: true,
    oneOf: [
      { type: 'string' },
      { type: 'number' },
      { type: 'boolean' },
      { type: 'array', items: { type: 'string' } },
    ],
    description: 'null: unanswered; FILE: the attachment id',
  })
  value: string | number | boolean | string[] | null;
}

/** What a judge reads of a nomination: blind tracks hide who nominated and the contact. */
export class NominationForJudgingDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: PracticeDetailsDto }) practiceDetails: PracticeDetailsDto;
  @ApiProperty({ type: [String] }) evidenceUrls: string[];
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
  @ApiProperty({ enum: NOMINATION_STATUSES }) status: NominationStatus;
  @ApiProperty({ type: [EvidenceFileDto] }) attachments: EvidenceFileDto[];
  @ApiProperty({
    type: [JudgingFieldDto],
    description:
      'Custom fields that apply; judges of a blind track get none that may identify the institution',
  })
  customFields: JudgingFieldDto[];
  @ApiPropertyOptional({ type: InstitutionRefDto }) nominatingInstitution?: InstitutionRefDto;
  @ApiPropertyOptional({ type: InstitutionRefDto }) nomineeInstitution?: InstitutionRefDto;
  @ApiPropertyOptional({ type: ContactDto }) contact?: ContactDto;
}

/** One assignment with what is needed to score it; organisers and observers also see the judge and conflicts. */
export class AssignmentDetailDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: AssignmentStatus }) status: AssignmentStatus;
  @ApiProperty({ enum: AssignmentSource }) source: AssignmentSource;
  @ApiProperty({ type: String, nullable: true }) recusalReason: string | null;
  @ApiProperty(NULLABLE_INSTANT) recusedAt: Date | null;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty({ type: JudgingTrackDto }) track: JudgingTrackDto;
  @ApiProperty({ type: JudgingEditionDto }) edition: JudgingEditionDto;
  @ApiProperty({ type: NominationForJudgingDto }) nomination: NominationForJudgingDto;
  @ApiProperty({ type: ScoreSheetResponseDto, nullable: true }) scoreSheet: ScoreSheetResponseDto | null;
  @ApiPropertyOptional({ type: JudgeRefDto, description: 'Organisers and observers' }) judge?: JudgeRefDto;
  @ApiPropertyOptional({ enum: CONFLICT_REASONS, isArray: true, description: 'Organisers and observers' })
  conflicts?: string[];
}

/** A judge's recusal: the assignment ends and a replacement may be found (details absent on a repeat). */
export class RecusalDto {
  @ApiProperty() assignmentId: string;
  @ApiProperty({ enum: AssignmentStatus }) status: AssignmentStatus;
  @ApiProperty({ description: 'A replacement judge was assigned' }) reassigned: boolean;
  @ApiPropertyOptional() nominationId?: string;
  @ApiPropertyOptional() judgeId?: string;
  @ApiPropertyOptional() hadSubmittedSheet?: boolean;
  @ApiPropertyOptional({ type: ReplacementDto, nullable: true }) replacement?: ReplacementDto | null;
  @ApiPropertyOptional({ type: UnassignedNominationDto, nullable: true })
  unassigned?: UnassignedNominationDto | null;
}

export class CreatedAssignmentDto {
  @ApiProperty() id: string;
  @ApiProperty() nominationId: string;
  @ApiPropertyOptional() nominationKey?: string;
  @ApiProperty() judgeId: string;
}

export class ConflictingAssignmentDto {
  @ApiProperty({ enum: CONFLICT_REASONS, isArray: true }) reasons: string[];
  @ApiProperty() judgeId: string;
  @ApiProperty() nominationId: string;
}

export class JudgeLoadDto {
  @ApiProperty() judgeId: string;
  @ApiProperty() existing: number;
  @ApiProperty() added: number;
  @ApiProperty() total: number;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
}

export class AssignmentSummaryDto {
  @ApiProperty() nominations: number;
  @ApiProperty() judges: number;
  @ApiProperty() requiredSlots: number;
  @ApiProperty() filledSlots: number;
  @ApiProperty() addedAssignments: number;
  @ApiProperty() minLoad: number;
  @ApiProperty() maxLoad: number;
}

export class AutoAssignmentDto {
  @ApiProperty() trackId: string;
  @ApiProperty() judgesPerNomination: number;
  @ApiProperty({ description: 'Existing assignments kept' }) kept: number;
  @ApiProperty({ type: [CreatedAssignmentDto] }) created: CreatedAssignmentDto[];
  @ApiProperty({ type: [UnassignedNominationDto] }) unassigned: UnassignedNominationDto[];
  @ApiProperty({ type: [ConflictingAssignmentDto] }) conflictingExisting: ConflictingAssignmentDto[];
  @ApiProperty({ type: [JudgeLoadDto] }) loads: JudgeLoadDto[];
  @ApiProperty({ type: AssignmentSummaryDto }) summary: AssignmentSummaryDto;
}
