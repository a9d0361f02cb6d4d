import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsTimeZone,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Instant } from '../../common/validation/instant';
import { Optional, PartialDto } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

export class SignatoryDto {
  @ApiProperty({ example: 'Mtra. Ana Pérez' })
  @VisibleText({ min: 3, max: 120 })
  name: string;

  @ApiProperty({ example: 'Comisionada Presidenta' })
  @VisibleText({ min: 3, max: 160 })
  post: string;
}

export class CreateEditionDto {
  @ApiProperty({ example: 'Reconocimientos 2019' })
  @VisibleText({ min: 3, max: 200 })
  name: string;

  @ApiProperty({ example: 2019 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ example: 'America/Mexico_City' })
  @Optional()
  @IsTimeZone()
  timezone?: string;

  @ApiProperty({ type: String, format: 'date-time' })
  @Instant()
  nominationsOpenAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Instant()
  nominationsCloseAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Instant()
  judgingOpenAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Instant()
  judgingCloseAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Instant()
  announcementAt: Date;

  @ApiPropertyOptional({ type: [String], example: ['02', '09'] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(32)
  @ArrayUnique()
  @Matches(/^(0[1-9]|[12]\d|3[0-2])$/, { each: true })
  participatingStates?: string[];

  @ApiPropertyOptional({
    type: () => [SignatoryDto],
    description: 'Who signs the certificates (name and post), frozen in the seal at finalisation',
  })
  @Optional()
  @IsArray()
  @ArrayMaxSize(4)
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  signatories?: SignatoryDto[];

  @ApiPropertyOptional({
    description:
      'Months after publication during which contacts, files and accounts of non-winning nominations are kept (default 24)',
    minimum: 1,
    maximum: 120,
  })
  @Optional()
  @IsInt()
  @Min(1)
  @Max(120)
  retentionMonths?: number;

  @ApiPropertyOptional({
    description:
      'Four eyes: overrides and the seal need a second organiser’s confirmation (default true for a new edition)',
  })
  @Optional()
  @IsBoolean()
  fourEyes?: boolean;

  @ApiPropertyOptional({
    description:
      'Create the edition even though the local track would have no participating state (no state could nominate)',
  })
  @Optional()
  @IsBoolean()
  allowNoParticipatingStates?: boolean;

  @ApiPropertyOptional({ description: 'Key kept through bundle export/import' })
  @Optional()
  @Matches(/^[\w.-]{1,80}$/)
  key?: string;
}

/** A change of an edition: any field of its creation, except the creation-time acknowledgement. */
export class UpdateEditionDto extends PartialDto(
  OmitType(CreateEditionDto, ['allowNoParticipatingStates']),
) {}

export class CloneEditionDto {
  @ApiPropertyOptional({ description: 'Year of the new edition (default: next year)' })
  @Optional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @Optional()
  @VisibleText({ min: 3, max: 200 })
  name?: string;
}

/** Closing the judging window before its planned end (so the results can be sealed), with the reason recorded. */
export class CloseJudgingDto {
  @ApiProperty({
    example: 'Todas las evaluaciones asignadas fueron enviadas.',
    minLength: 10,
    maxLength: 2000,
  })
  @VisibleText({ min: 10, max: 2000 })
  reason: string;
}
