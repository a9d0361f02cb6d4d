import { ApiProperty } from '@nestjs/swagger';
import type { EditionPhase } from '../../domain/editions/phase';
import type { Award } from '../../domain/scoring/types';
import { NamedRefDto } from '../../common/http/named-ref.dto';
import { CategoryDto } from '../../editions/dto/track.dto';
import { Aggregation, TrackCode } from '../../database/schema/track.entity';
import {
  CONFLICT_REASONS,
  INSTANT,
  JudgeRefDto,
  NominationBriefDto,
  NULLABLE_INSTANT,
} from '../../judging/dto/judge-ref.dto';
import { NOMINATION_STATUSES } from '../../nominations/dto/nomination.dto';
import { AWARD_ORDER } from '../awards-labels';

const FREE_FORM = { type: 'object', additionalProperties: true } as const;
const AWARD = { enum: AWARD_ORDER, nullable: true } as const;

/** A judge in the results preview: also the alias under which the published bundle names them. */
export class ResultsJudgeRefDto extends JudgeRefDto {
  @ApiProperty({ example: 'J3', description: 'The judge’s alias in the public bundle' }) publicAlias: string;
}

export class ViewerConflictDto {
  @ApiProperty() nominationKey: string;
  @ApiProperty({ enum: CONFLICT_REASONS, isArray: true }) reasons: string[];
}

export class NominationStateDto extends NominationBriefDto {
  @ApiProperty({ enum: NOMINATION_STATUSES }) status: string;
}

export class RankedNominationDto extends NominationStateDto {
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ type: NamedRefDto, nullable: true }) nomineeInstitution: NamedRefDto | null;
}

export class AwardOutcomeDto {
  @ApiProperty(AWARD) award: Award | null;
  @ApiProperty({ description: 'Undecided until a blocker (tie, quorum) is resolved' }) pending: boolean;
}

export class ScoringSettingsDto {
  @ApiProperty({ enum: Aggregation }) aggregation: Aggregation;
  @ApiProperty() minReviews: number;
  @ApiProperty() places: number;
  @ApiProperty() honourableMentions: number;
  @ApiProperty() threshold: number;
}

export class ResultRowDto {
  @ApiProperty({ type: RankedNominationDto }) nomination: RankedNominationDto;
  @ApiProperty() sheetCount: number;
  @ApiProperty({ type: Number, nullable: true }) aggregate: number | null;
  @ApiProperty({ type: Number, nullable: true }) rank: number | null;
  @ApiProperty({ enum: ['QUORUM_MISSING', 'EXCLUDED'], nullable: true }) unrankedReason: string | null;
  @ApiProperty() tie: boolean;
  @ApiProperty({ ...FREE_FORM, nullable: true, description: 'Why it ranks where it does (tie-breaks)' })
  trace: Record<string, unknown> | null;
  @ApiProperty({ type: AwardOutcomeDto }) computedAward: AwardOutcomeDto;
  @ApiProperty({ type: AwardOutcomeDto }) finalAward: AwardOutcomeDto;
  @ApiProperty() overridden: boolean;
  @ApiProperty({
    ...FREE_FORM,
    nullable: true,
    description: 'Whether another method, or leaving a judge out, would change the award',
  })
  robustness: Record<string, unknown> | null;
}

export class DesiertoDto {
  @ApiProperty({ enum: AWARD_ORDER, isArray: true }) computed: Award[];
  @ApiProperty({ enum: AWARD_ORDER, isArray: true }) final: Award[];
}

export class CategoryResultsDto {
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ type: [ResultRowDto] }) rows: ResultRowDto[];
  @ApiProperty({ type: DesiertoDto, description: 'Places left void (DESIERTO)' }) desierto: DesiertoDto;
}

export class JudgeStatisticsDto {
  @ApiProperty({ type: ResultsJudgeRefDto }) judge: ResultsJudgeRefDto;
  @ApiProperty() sheetCount: number;
  @ApiProperty({ type: Number, nullable: true }) mean: number | null;
  @ApiProperty({ type: Number, nullable: true }) sd: number | null;
  @ApiProperty({ type: Boolean, nullable: true }) keepsRawTotals: boolean | null;
  @ApiProperty({ type: Number, nullable: true }) bias: number | null;
  @ApiProperty({ type: Number, nullable: true }) group: number | null;
}

export class SubmittedSheetDto {
  @ApiProperty({ type: NominationBriefDto }) nomination: NominationBriefDto;
  @ApiProperty({ type: ResultsJudgeRefDto }) judge: ResultsJudgeRefDto;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiProperty() total: number;
}

export class AppliedOverrideDto {
  @ApiProperty() id: string;
  @ApiProperty() seq: number;
  @ApiProperty({ type: NominationBriefDto }) nomination: NominationBriefDto;
  @ApiProperty({ enum: ['SET_AWARD', 'EXCLUDE'] }) kind: string;
  @ApiProperty(AWARD) award: Award | null;
  @ApiProperty() justification: string;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty() applied: boolean;
}

export class BlockerDto {
  @ApiProperty({ enum: ['QUORUM_MISSING', 'TIE_SPLITS_AWARD'] }) code: string;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty({ type: [NominationBriefDto] }) nominations: NominationBriefDto[];
  @ApiProperty({ enum: AWARD_ORDER, isArray: true, description: 'May hold null' })
  awardsAtStake: (Award | null)[];
}

export class ResultsWarningDto {
  @ApiProperty({
    enum: ['OVERRIDE_NOT_APPLICABLE', 'OVERRIDE_SUPERSEDED', 'AWARD_NOT_CONFIGURED', 'DUPLICATE_PLACE'],
  })
  code: string;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty(AWARD) award: Award | null;
  @ApiProperty({ type: [NominationBriefDto] }) nominations: NominationBriefDto[];
}

export class PreviewTrackDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: TrackCode }) code: TrackCode;
  @ApiProperty() name: string;
  @ApiProperty() editionId: string;
  @ApiProperty({ type: [CategoryDto] }) categories: CategoryDto[];
  @ApiProperty(NULLABLE_INSTANT) frozenAt: Date | null;
}

export class PreviewEditionDto {
  @ApiProperty() id: string;
  @ApiProperty({
    enum: ['SETUP', 'NOMINATIONS', 'REVIEW', 'JUDGING', 'DELIBERATION', 'FINALIZED', 'PUBLISHED'],
  })
  phase: EditionPhase;
  @ApiProperty(NULLABLE_INSTANT) finalizedAt: Date | null;
  @ApiProperty(NULLABLE_INSTANT) publishedAt: Date | null;
}

export class ZscoreStatisticsDto {
  @ApiProperty() mean: number;
  @ApiProperty() sd: number;
}

/** The results preview of a track (docs/results.md). */
export class ResultsPreviewDto {
  @ApiProperty({ type: [ViewerConflictDto] }) viewerConflicts: ViewerConflictDto[];
  @ApiProperty({ type: [NominationStateDto] }) notInCompetition: NominationStateDto[];
  @ApiProperty({ enum: Aggregation }) method: Aggregation;
  @ApiProperty({ type: ScoringSettingsDto }) settings: ScoringSettingsDto;
  @ApiProperty({ type: ZscoreStatisticsDto, nullable: true }) statistics: ZscoreStatisticsDto | null;
  @ApiProperty({ type: [CategoryResultsDto] }) categories: CategoryResultsDto[];
  @ApiProperty({ type: [JudgeStatisticsDto] }) judges: JudgeStatisticsDto[];
  @ApiProperty({ type: [SubmittedSheetDto] }) sheets: SubmittedSheetDto[];
  @ApiProperty({ type: [AppliedOverrideDto] }) overrides: AppliedOverrideDto[];
  @ApiProperty({ type: [BlockerDto] }) blockers: BlockerDto[];
  @ApiProperty({ type: [ResultsWarningDto] }) warnings: ResultsWarningDto[];
  @ApiProperty({ description: 'No blocker: the edition can be sealed as far as this track goes' })
  finalisable: boolean;
  @ApiProperty({ type: PreviewTrackDto }) track: PreviewTrackDto;
  @ApiProperty({ type: PreviewEditionDto }) edition: PreviewEditionDto;
}

export class OverrideResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() trackId: string;
  @ApiProperty() seq: number;
  @ApiProperty({ type: NominationBriefDto }) nomination: NominationBriefDto;
  @ApiProperty({ enum: ['SET_AWARD', 'EXCLUDE'] }) kind: string;
  @ApiProperty(AWARD) award: Award | null;
  @ApiProperty() justification: string;
  @ApiProperty({ type: NamedRefDto, nullable: true }) createdBy: NamedRefDto | null;
  @ApiProperty(INSTANT) createdAt: Date;
}

export class SealResponseDto {
  @ApiProperty() editionId: string;
  @ApiProperty() version: number;
  @ApiProperty({ description: 'SHA-256 of the canonical results document' }) sha256: string;
  @ApiProperty({ type: String, nullable: true }) previousSealSha256: string | null;
  @ApiProperty({ type: String, nullable: true }) erratum: string | null;
  @ApiProperty({ type: String, nullable: true }) signatureKeyId: string | null;
  @ApiProperty() auditHead: string;
  @ApiProperty() auditHeadSeq: number;
  @ApiProperty(INSTANT) finalizedAt: Date;
  @ApiProperty({ type: String, nullable: true }) finalizedById: string | null;
}

export class FinalizationDto {
  @ApiProperty() editionId: string;
  @ApiProperty(INSTANT) finalizedAt: Date;
  @ApiProperty(NULLABLE_INSTANT) publishedAt: Date | null;
  @ApiProperty({ description: 'Whether the public routes answer now' }) public: boolean;
  @ApiProperty({ type: SealResponseDto }) seal: SealResponseDto;
}

export class CorrectionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() editionId: string;
  @ApiProperty({ description: 'The seal version finalising the correction will make' }) version: number;
  @ApiProperty() justification: string;
  @ApiProperty() correctsSealSha256: string;
  @ApiProperty(INSTANT) openedAt: Date;
}
