import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsObject, IsString, MaxLength } from 'class-validator';
import { Nullable, Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

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

/** A consensus revision of a submitted sheet: every criterion scored again, and why (docs/judging.md). */
export class ReviseScoreSheetDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } })
  @IsObject()
  scores: Record<string, unknown>;

  @ApiPropertyOptional({
    maxLength: 10000,
    nullable: true,
    description: 'The comment to the jury; kept when left out',
  })
  @Nullable()
  @IsString()
  @MaxLength(10000)
  comment?: string | null;

  @ApiProperty({ minLength: 10, maxLength: 2000, description: 'Why the sheet changes after deliberation' })
  @VisibleText({ min: 10, max: 2000 })
  reason: string;
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
