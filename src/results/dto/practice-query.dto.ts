import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { Optional } from '../../common/validation/null-policy';
import { TrackCode } from '../../database/schema/track.entity';
import { AWARD_ORDER } from '../awards-labels';

export const AWARD_FILTERS = [...AWARD_ORDER, 'ANY', 'NONE'] as const;

/** Filters of the public practices catalogue; each optional, every one given must hold. */
export class PracticeQueryDto {
  @ApiPropertyOptional({ description: 'INEGI state code (two digits)', example: '20' })
  @Optional()
  @Matches(/^\d{2}$/)
  state?: string;

  @ApiPropertyOptional({ enum: Object.values(TrackCode) })
  @Optional()
  @IsIn(Object.values(TrackCode))
  track?: string;

  @ApiPropertyOptional({ description: 'A category key of the track' })
  @Optional()
  @Matches(/^[A-Za-z][\w-]{0,63}$/)
  category?: string;

  @ApiPropertyOptional({ enum: AWARD_FILTERS, description: 'An award, ANY (awarded) or NONE (not awarded)' })
  @Optional()
  @IsIn(AWARD_FILTERS)
  award?: (typeof AWARD_FILTERS)[number];

  @ApiPropertyOptional({
    description: 'Words to find in title, summary, institutions and state (accents ignored)',
  })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;
}
