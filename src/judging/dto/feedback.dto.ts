import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { Nullable } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';
import { NominationBriefDto, NULLABLE_INSTANT } from './judge-ref.dto';

/** Releases a judge's feedback: as written, or edited (then say why). */
export class ReleaseFeedbackDto {
  @ApiPropertyOptional({
    maxLength: 5000,
    nullable: true,
    description: 'The text the nominator will read; the judge’s own when left out',
  })
  @Nullable()
  @VisibleText({ min: 3, max: 5000 })
  text?: string | null;

  @ApiPropertyOptional({ maxLength: 2000, nullable: true, description: 'Why the text was edited' })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

export class FeedbackJudgeDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class FeedbackReviewRowDto {
  @ApiProperty() assignmentId: string;
  @ApiProperty({ type: NominationBriefDto }) nomination: NominationBriefDto;
  @ApiProperty({ type: FeedbackJudgeDto }) judge: FeedbackJudgeDto;
  @ApiProperty({ description: 'What the judge wrote' }) feedback: string;
  @ApiProperty({ enum: ['PENDING', 'RELEASED', 'WITHHELD'] }) state: 'PENDING' | 'RELEASED' | 'WITHHELD';
  @ApiProperty({ type: String, nullable: true }) releasedText: string | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty(NULLABLE_INSTANT) decidedAt: Date | null;
}

export class FeedbackReviewDto {
  @ApiProperty() trackId: string;
  @ApiProperty({ description: 'Decisions may still change: the results are not public yet' }) open: boolean;
  @ApiProperty({ type: [FeedbackReviewRowDto] }) rows: FeedbackReviewRowDto[];
}

export class NominationFeedbackDto {
  @ApiProperty({ description: 'The results are public, so the released feedback can be read' })
  available: boolean;
  @ApiProperty({ type: [String], description: 'Released comments, without the judges’ names' })
  comments: string[];
}
