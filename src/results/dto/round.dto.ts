import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsNumber, IsUUID, Max, Min, ValidateIf } from 'class-validator';
import { IsNotNull, Nullable } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';
import { SHORTLIST_RULES, type ShortlistRuleKind } from '../../domain/scoring/shortlist';

/**
 * Closes the round a track is judging and opens the next with the shortlist: the top N of each category, every
 * nomination at or above a cut, or the organiser's selection (then the jury's justification is required).
 */
export class CloseRoundDto {
  @ApiProperty({ enum: SHORTLIST_RULES })
  @IsIn(SHORTLIST_RULES)
  rule: ShortlistRuleKind;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, description: 'TOP_N: how many go on from each category' })
  @ValidateIf((o: CloseRoundDto, value: unknown) => o.rule === 'TOP_N' || value !== undefined)
  @IsNotNull()
  @IsInt()
  @Min(1)
  @Max(1000)
  size?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'CUT: the lowest aggregate that goes on' })
  @ValidateIf((o: CloseRoundDto, value: unknown) => o.rule === 'CUT' || value !== undefined)
  @IsNotNull()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(100)
  cut?: number;

  @ApiPropertyOptional({ type: [String], description: 'SELECTION: the nominations that go on' })
  @ValidateIf((o: CloseRoundDto, value: unknown) => o.rule === 'SELECTION' || value !== undefined)
  @IsNotNull()
  @IsArray()
  @ArrayMaxSize(5000)
  @IsUUID('all', { each: true })
  nominationIds?: string[];

  @ApiPropertyOptional({
    maxLength: 10000,
    nullable: true,
    description: 'The jury’s justification (published); required for SELECTION',
  })
  @Nullable()
  @VisibleText({ min: 10, max: 10000 })
  justification?: string | null;
}

export class RoundNominationDto {
  @ApiProperty() id: string;
  @ApiProperty() key: string;
  @ApiProperty() title: string;
}

export class ClosedRoundDto {
  @ApiProperty() number: number;
  @ApiProperty({ enum: ['MEAN', 'MEDIAN', 'TRIMMED_MEAN', 'ZSCORE', 'CALIBRATED', 'SHRUNK'] })
  aggregation: string;
  @ApiProperty() judgesPerNomination: number;
  @ApiProperty() minReviews: number;
  @ApiProperty() criteria: number;
  @ApiProperty({ enum: SHORTLIST_RULES }) rule: ShortlistRuleKind;
  @ApiProperty({ type: Number, nullable: true }) size: number | null;
  @ApiProperty({ type: Number, nullable: true }) cut: number | null;
  @ApiProperty({ type: [RoundNominationDto] }) shortlist: RoundNominationDto[];
  @ApiProperty({ type: String, nullable: true }) justification: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) openedAt: Date | null;
  @ApiProperty({ type: String, format: 'date-time' }) closedAt: Date;
}

export class TrackRoundsDto {
  @ApiProperty({ description: 'The round being judged (the one awarded and sealed)' }) current: number;
  @ApiProperty({ type: [ClosedRoundDto] }) closed: ClosedRoundDto[];
}
