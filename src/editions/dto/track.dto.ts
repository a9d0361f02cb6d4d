import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsIn,
  IsInt,
  IsNumber,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { Aggregation } from '../../database/schema/track.entity';
import { Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

export class GuidanceLevelDto {
  @ApiProperty({ description: 'The score this text describes (e.g. 0, 5, 10)' })
  @IsNumber()
  score: number;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MaxLength(1000)
  text: string;
}

export class CriterionDto {
  @ApiProperty({ pattern: '^[A-Za-z][\\w-]{0,39}$', example: 'impact' })
  @Matches(/^[A-Za-z][\w-]{0,39}$/)
  key: string;

  @ApiProperty({ minLength: 2, maxLength: 200 })
  @VisibleText({ min: 2, max: 200 })
  name: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  description: string;

  @ApiProperty({ minimum: 0.000001, maximum: 1000 })
  @IsNumber()
  @Min(0.000001)
  @Max(1000)
  weight: number;

  @ApiProperty({ description: 'Lowest score' })
  @IsNumber()
  min: number;

  @ApiProperty({ description: 'Highest score' })
  @IsNumber()
  max: number;

  @ApiProperty({ type: [GuidanceLevelDto], maxItems: 20 })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => GuidanceLevelDto)
  guidance: GuidanceLevelDto[];
}

export class CategoryDto {
  @ApiProperty({ pattern: '^[A-Za-z][\\w-]{0,63}$' })
  @Matches(/^[A-Za-z][\w-]{0,63}$/)
  key: string;

  @ApiProperty({ minLength: 2, maxLength: 200 })
  @VisibleText({ min: 2, max: 200 })
  name: string;
}

export class UpdateTrackDto {
  @ApiPropertyOptional()
  @Optional()
  @VisibleText({ min: 3, max: 300 })
  name?: string;

  @ApiPropertyOptional({ enum: ['PARTICIPATING_STATE', 'FEDERAL_NOMINEE', 'NONE'] })
  @Optional()
  @IsIn(['PARTICIPATING_STATE', 'FEDERAL_NOMINEE', 'NONE'])
  eligibilityRule?: 'PARTICIPATING_STATE' | 'FEDERAL_NOMINEE' | 'NONE';

  @ApiPropertyOptional({ type: [CategoryDto] })
  @Optional()
  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => CategoryDto)
  categories?: CategoryDto[];

  @ApiPropertyOptional({ type: [CriterionDto] })
  @Optional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => CriterionDto)
  rubric?: CriterionDto[];

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  @Max(50)
  judgesPerNomination?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(1)
  @Max(50)
  minReviews?: number;

  @ApiPropertyOptional({ enum: Aggregation })
  @Optional()
  @IsEnum(Aggregation)
  aggregation?: Aggregation;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(0)
  @Max(3)
  places?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsInt()
  @Min(0)
  @Max(20)
  honourableMentions?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsNumber()
  @Min(0)
  @Max(100)
  threshold?: number;

  @ApiPropertyOptional()
  @Optional()
  @IsBoolean()
  blind?: boolean;

  @ApiPropertyOptional({
    description:
      'Judges who submitted see the other sheets of a nomination and discuss it (the round being judged)',
  })
  @Optional()
  @IsBoolean()
  deliberation?: boolean;

  @ApiPropertyOptional({ description: 'Deliberation shows the judges’ names instead of J1, J2…' })
  @Optional()
  @IsBoolean()
  deliberationNames?: boolean;
}
