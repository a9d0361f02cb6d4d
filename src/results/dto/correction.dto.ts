import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

/** Opening a correction of sealed results: the erratum is mandatory and is published with the new version. */
export class CorrectionDto {
  @ApiProperty({ minLength: 10, maxLength: 4000, description: 'The erratum (fe de erratas), published' })
  @IsString()
  @MaxLength(4000)
  justification: string;
}
