import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { VisibleText } from '../../common/validation/visible-text';
import { Optional } from '../../common/validation/null-policy';

/** Sealing: the body is optional; it only carries acknowledgements of unusual outcomes. */
export class FinalizeDto {
  @ApiPropertyOptional({
    description:
      'Seal even though no nomination of any track is ranked (no award can be given). Refused (409 NOTHING_RANKED) without it.',
  })
  @Optional()
  @IsBoolean()
  acknowledgeNothingRanked?: boolean;

  @ApiPropertyOptional({ description: 'Under four eyes: a note for the organiser who confirms the seal' })
  @Optional()
  @VisibleText({ min: 1, max: 2000 })
  note?: string;
}
