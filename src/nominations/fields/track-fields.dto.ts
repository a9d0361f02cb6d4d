import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  FIELD_FILE_TYPES,
  FIELD_KEY,
  FIELD_TYPES,
  type FieldFileType,
  type FieldType,
  MAX_FIELDS,
  MAX_OPTIONS,
} from '../../domain/intake/custom-fields';
import { Nullable, Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

export class FieldOptionDto {
  @ApiProperty({ example: 'municipal', description: 'Stored value' })
  @IsString()
  @Matches(/^[\w.-]{1,64}$/)
  value: string;

  @ApiProperty({ example: 'Municipal' })
  @VisibleText({ min: 1, max: 200 })
  labelEs: string;

  @ApiProperty({ example: 'Municipal' })
  @VisibleText({ min: 1, max: 200 })
  labelEn: string;
}

/** One custom field as an organiser defines it; its place in the list is its position. */
export class TrackFieldDto {
  @ApiProperty({ example: 'budget', description: 'Lower-case letters, digits and _; unique in the track' })
  @IsString()
  @Matches(FIELD_KEY)
  key: string;

  @ApiProperty({ enum: FIELD_TYPES })
  @IsIn(FIELD_TYPES)
  type: FieldType;

  @ApiProperty({ example: 'Presupuesto ejercido' })
  @VisibleText({ min: 1, max: 300 })
  labelEs: string;

  @ApiProperty({ example: 'Budget spent' })
  @VisibleText({ min: 1, max: 300 })
  labelEn: string;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  helpEs?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true })
  @Nullable()
  @IsString()
  @MaxLength(2000)
  helpEn?: string | null;

  @ApiPropertyOptional({ default: false })
  @Optional()
  @IsBoolean()
  required?: boolean;

  @ApiPropertyOptional({ type: [String], description: 'Category keys it applies to; empty or absent: all' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  categories?: string[];

  @ApiPropertyOptional({ type: [FieldOptionDto], description: 'CHOICE and MULTI_CHOICE only' })
  @Optional()
  @IsArray()
  @ArrayMaxSize(MAX_OPTIONS)
  @ValidateNested({ each: true })
  @Type(() => FieldOptionDto)
  options?: FieldOptionDto[];

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'NUMBER only: smallest value allowed' })
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  min?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, description: 'NUMBER only: largest value allowed' })
  @Nullable()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  max?: number | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'SHORT_TEXT (≤ 300) and LONG_TEXT (≤ 20000)',
  })
  @Nullable()
  @IsInt()
  maxLength?: number | null;

  @ApiPropertyOptional({ enum: FIELD_FILE_TYPES, isArray: true, description: 'FILE only' })
  @Optional()
  @IsArray()
  @IsIn(FIELD_FILE_TYPES, { each: true })
  fileTypes?: FieldFileType[];

  @ApiPropertyOptional({
    default: false,
    description: 'The answer may identify the institution: hidden from judges of a blind track',
  })
  @Optional()
  @IsBoolean()
  identifying?: boolean;
}

/** The whole ordered list of a track's custom fields (replaces the previous one). */
export class TrackFieldsDto {
  @ApiProperty({ type: [TrackFieldDto] })
  @IsArray()
  @ArrayMaxSize(MAX_FIELDS)
  @ValidateNested({ each: true })
  @Type(() => TrackFieldDto)
  fields: TrackFieldDto[];
}

export class FieldOptionResponseDto {
  @ApiProperty() value: string;
  @ApiProperty() labelEs: string;
  @ApiProperty() labelEn: string;
}

export class TrackFieldResponseDto {
  @ApiProperty() key: string;
  @ApiProperty({ enum: FIELD_TYPES }) type: FieldType;
  @ApiProperty() labelEs: string;
  @ApiProperty() labelEn: string;
  @ApiProperty({ type: String, nullable: true }) helpEs: string | null;
  @ApiProperty({ type: String, nullable: true }) helpEn: string | null;
  @ApiProperty() required: boolean;
  @ApiProperty() position: number;
  @ApiProperty({ type: [String] }) categories: string[];
  @ApiProperty({ type: [FieldOptionResponseDto] }) options: FieldOptionResponseDto[];
  @ApiProperty({ type: Number, nullable: true }) min: number | null;
  @ApiProperty({ type: Number, nullable: true }) max: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxLength: number | null;
  @ApiProperty({ enum: FIELD_FILE_TYPES, isArray: true }) fileTypes: FieldFileType[];
  @ApiProperty() identifying: boolean;
}

export class TrackFieldsResponseDto {
  @ApiProperty() trackId: string;
  @ApiProperty({ description: 'A nomination of the track was submitted: the fields can no longer change' })
  frozen: boolean;
  @ApiProperty({ type: [TrackFieldResponseDto] }) fields: TrackFieldResponseDto[];
}
