import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import type { Award, OverrideKind } from '../../domain/scoring/types';
import { Nullable } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

export const OVERRIDE_KINDS: readonly OverrideKind[] = ['SET_AWARD', 'EXCLUDE'];
export const AWARDS: readonly Award[] = ['FIRST', 'SECOND', 'THIRD', 'HONOURABLE_MENTION'];

/**
 * SET_AWARD gives a ranked nomination an award (or, with `award: null`, none); EXCLUDE takes a nomination
 * out of the ranking (e.g. one that cannot reach quorum). The justification is the jury's minute.
 */
export class CreateOverrideDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  nominationId: string;

  @ApiProperty({ enum: OVERRIDE_KINDS })
  @IsIn(OVERRIDE_KINDS)
  kind: OverrideKind;

  @ApiPropertyOptional({
    enum: AWARDS,
    nullable: true,
    description: 'SET_AWARD: the award, or null for none. Must be absent (or null) for EXCLUDE.',
  })
  @Nullable()
  @IsIn(AWARDS)
  award?: Award | null;

  @ApiProperty({ minLength: 10, maxLength: 10000, description: 'The jury’s minute (published).' })
  @VisibleText({ min: 10, max: 10000 })
  justification: string;
}
