import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsEmail, IsEnum, IsString, MaxLength, ValidateNested } from 'class-validator';
import { RectifyUserDto } from '../../users/dto/user.dto';
import { Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';
import { ArcoKind, ArcoStatus } from '../../database/schema/arco-request.entity';

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

/** A request filed without signing in: the address is confirmed by the link mailed to it. */
export class FileArcoRequestByEmailDto extends FileArcoRequestDto {
  @ApiProperty({
    description: 'The address the request is about; the confirmation link and the answer go there',
  })
  @IsEmail({ require_tld: false })
  @MaxLength(254)
  email: string;
}

export class ConfirmArcoRequestDto {
  @ApiProperty({ description: 'The token of the link mailed to the address' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class AnswerArcoRequestDto {
  @ApiProperty({ description: 'The answer given to the person (what was done, or why not)', minLength: 10 })
  @VisibleText({ min: 10, max: 4000 })
  answer: string;

  @ApiPropertyOptional({
    description:
      "Carry the request out with the answer: a cancellation erases the person's data, a rectification applies `rectification`",
  })
  @Optional()
  @IsBoolean()
  carryOut?: boolean;

  @ApiPropertyOptional({
    type: RectifyUserDto,
    description: 'The corrected data, for a rectification carried out',
  })
  @Optional()
  @ValidateNested()
  @Type(() => RectifyUserDto)
  rectification?: RectifyUserDto;
}

export class ArcoQueryDto {
  @ApiPropertyOptional({ enum: ArcoStatus })
  @Optional()
  @IsEnum(ArcoStatus)
  status?: ArcoStatus;
}
