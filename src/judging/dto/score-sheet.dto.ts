import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength } from 'class-validator';
import { Nullable, Optional } from '../../common/validation/null-policy';

export class SaveScoreSheetDto {
  @ApiProperty({
    description:
      'Criterion key → score inside the criterion’s [min, max]; a draft may leave criteria out (or null).',
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { cocreacion: 8, participacion: 7.5 },
  })
  @IsObject()
  scores: Record<string, unknown>;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(10000)
  comment?: string | null;

  @ApiPropertyOptional({
    maxLength: 5000,
    nullable: true,
    description:
      'A comment for the nominating institution, apart from the comment to the jury: an organiser reviews it, and the nominator reads it without the judge’s name once the results are public',
  })
  @Nullable()
  @IsString()
  @MaxLength(5000)
  feedback?: string | null;
}

/** Submitting may carry the final scores (then they replace the draft first) or submit the stored draft. */
export class SubmitScoreSheetDto {
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'number' } })
  @Optional()
  @IsObject()
  scores?: Record<string, unknown>;

  @ApiPropertyOptional({ maxLength: 10000, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(10000)
  comment?: string | null;

  @ApiPropertyOptional({
    maxLength: 5000,
    nullable: true,
    description:
      'A comment for the nominating institution, apart from the comment to the jury: an organiser reviews it, and the nominator reads it without the judge’s name once the results are public',
  })
  @Nullable()
  @IsString()
  @MaxLength(5000)
  feedback?: string | null;
}
