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
}
