import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';
import { ArcoKind, ArcoStatus } from '../arco-request.entity';

export class FileArcoRequestDto {
  @ApiProperty({ enum: ArcoKind })
  @IsEnum(ArcoKind)
  kind: ArcoKind;

  @ApiProperty({
    description: 'What is asked: which data, what to correct or erase, what to oppose',
    minLength: 10,
  })
  @VisibleText({ min: 10, max: 4000 })
  details: string;
}

export class AnswerArcoRequestDto {
  @ApiProperty({ description: 'The answer given to the person (what was done, or why not)', minLength: 10 })
  @VisibleText({ min: 10, max: 4000 })
  answer: string;
}

export class ArcoQueryDto {
  @ApiPropertyOptional({ enum: ArcoStatus })
  @Optional()
  @IsEnum(ArcoStatus)
  status?: ArcoStatus;
}
