import { ApiProperty } from '@nestjs/swagger';
import type { EditionPhase } from '../../domain/editions/phase';
import { Aggregation, TrackCode } from '../../database/schema/track.entity';
import { SignatoryDto } from './edition.dto';
import { CategoryDto, CriterionDto } from './track.dto';

const PHASES: readonly EditionPhase[] = [
  'SETUP',
  'NOMINATIONS',
  'REVIEW',
  'JUDGING',
  'DELIBERATION',
  'FINALIZED',
  'PUBLISHED',
];

const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;

export class EditionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2019' }) key: string;
  @ApiProperty() name: string;
  @ApiProperty() year: number;
  @ApiProperty({ example: 'America/Mexico_City' }) timezone: string;
  @ApiProperty(INSTANT) nominationsOpenAt: Date;
  @ApiProperty(INSTANT) nominationsCloseAt: Date;
  @ApiProperty(INSTANT) judgingOpenAt: Date;
  @ApiProperty(INSTANT) judgingCloseAt: Date;
  @ApiProperty(INSTANT) announcementAt: Date;
  @ApiProperty({ type: [String], description: 'State codes (01–32) whose institutions take part' })
  participatingStates: string[];
  @ApiProperty(NULLABLE_INSTANT) finalizedAt: Date | null;
  @ApiProperty(NULLABLE_INSTANT) publishedAt: Date | null;
  @ApiProperty({ type: [SignatoryDto] }) signatories: SignatoryDto[];
  @ApiProperty(NULLABLE_INSTANT) correctionOpenedAt: Date | null;
  @ApiProperty({ description: 'Overrides and the seal need a second organiser' }) fourEyes: boolean;
  @ApiProperty() retentionMonths: number;
  @ApiProperty(NULLABLE_INSTANT) retentionAppliedAt: Date | null;
  @ApiProperty(NULLABLE_INSTANT) archivedAt: Date | null;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty(INSTANT) updatedAt: Date;
  @ApiProperty({ enum: PHASES, description: 'Derived from the clock and the organisers’ actions' })
  phase: EditionPhase;
}

export class EditionDeletionDto {
  @ApiProperty() editionId: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Rows removed, by table',
  })
  removed: Record<string, number>;
  @ApiProperty({ description: 'Stored files removed' }) files: number;
}

export class TrackResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() editionId: string;
  @ApiProperty({ enum: TrackCode }) code: TrackCode;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ['PARTICIPATING_STATE', 'FEDERAL_NOMINEE', 'NONE'] }) eligibilityRule: string;
  @ApiProperty({ type: [CategoryDto] }) categories: CategoryDto[];
  @ApiProperty({ type: [CriterionDto] }) rubric: CriterionDto[];
  @ApiProperty() judgesPerNomination: number;
  @ApiProperty() minReviews: number;
  @ApiProperty({ enum: Aggregation }) aggregation: Aggregation;
  @ApiProperty() places: number;
  @ApiProperty() honourableMentions: number;
  @ApiProperty() threshold: number;
  @ApiProperty({ description: 'Judges do not see who nominated' }) blind: boolean;
  @ApiProperty({
    ...NULLABLE_INSTANT,
    description: 'Set by the first submitted score sheet: rubric and scoring settings no longer change',
  })
  frozenAt: Date | null;
  @ApiProperty({ description: 'The round being judged (1, 2…); the settings above are its own' })
  round: number;
  @ApiProperty({ description: 'Judges who submitted see the other sheets and discuss' })
  deliberation: boolean;
  @ApiProperty({ description: 'Deliberation shows names instead of J1, J2…' }) deliberationNames: boolean;
  @ApiProperty({ ...NULLABLE_INSTANT, description: 'Set while the consensus step is open' })
  consensusOpenedAt: Date | null;
}
