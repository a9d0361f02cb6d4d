import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsDate,
  IsInt,
  IsOptional,
  IsString,
  IsTimeZone,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

export class CreateEditionDto {
  @ApiProperty({ example: 'Reconocimientos 2019' })
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 2019 })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year: number;

  @ApiPropertyOptional({ example: 'America/Mexico_City' })
  @IsOptional()
  @IsTimeZone()
  timezone?: string;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  nominationsOpenAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  nominationsCloseAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  judgingOpenAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  judgingCloseAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  @Type(() => Date)
  @IsDate()
  announcementAt: Date;

  @ApiPropertyOptional({ type: [String], example: ['02', '09'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(32)
  @ArrayUnique()
  @Matches(/^(0[1-9]|[12]\d|3[0-2])$/, { each: true })
  participatingStates?: string[];

  @ApiPropertyOptional({ description: 'Key kept through bundle export/import' })
  @IsOptional()
  @Matches(/^[\w.-]{1,80}$/)
  key?: string;
}

export class UpdateEditionDto extends PartialType(CreateEditionDto) {}

export class CloneEditionDto {
  @ApiPropertyOptional({ description: 'Year of the new edition (default: next year)' })
  @IsOptional()
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(200)
  name?: string;
}
