import { ApiProperty } from '@nestjs/swagger';
import { IsUUID } from 'class-validator';
import { VisibleText } from '../../common/validation/visible-text';

export class ManualAssignmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  nominationId: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  judgeId: string;
}

/** Why a judge recuses, or why an organiser reopens a sheet. */
export class ReasonDto {
  @ApiProperty({ minLength: 3, maxLength: 2000 })
  @VisibleText({ min: 3, max: 2000 })
  reason: string;
}
