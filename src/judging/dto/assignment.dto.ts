import { ApiProperty } from '@nestjs/swagger';
import { IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

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
  @IsString()
  @MinLength(3)
  @MaxLength(2000)
  reason: string;
}
