import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsUUID,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { Nullable, Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

export class PanelMemberDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  judgeId: string;

  @ApiPropertyOptional({
    description: 'Most active assignments in the track; null or absent: no limit',
    nullable: true,
  })
  @Nullable()
  @IsInt()
  @Min(1)
  @Max(100000)
  capacity?: number | null;
}

/** The whole panel of a track: judges not listed leave it. */
export class PanelDto {
  @ApiProperty({ type: [PanelMemberDto] })
  @IsArray()
  @ArrayMaxSize(2000)
  @ValidateNested({ each: true })
  @Type(() => PanelMemberDto)
  members: PanelMemberDto[];
}

export class AffiliationDto {
  @ApiPropertyOptional({ format: 'uuid', nullable: true })
  @Nullable()
  @IsUUID()
  institutionId?: string | null;

  @ApiPropertyOptional({ description: 'INEGI state code, e.g. "09"', nullable: true })
  @Nullable()
  @Matches(/^\d{2}$/)
  stateCode?: string | null;
}

/** All of a judge's affiliations (institution, state or both each); they replace the stored ones. */
export class AffiliationsDto {
  @ApiProperty({ type: [AffiliationDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => AffiliationDto)
  affiliations: AffiliationDto[];
}

/** A conflict with one nomination or with an institution (give exactly one of the two). */
export class DeclareConflictDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  judgeId: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  nominationId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @Optional()
  @IsUUID()
  institutionId?: string;

  @ApiProperty({ minLength: 3, maxLength: 2000 })
  @VisibleText({ min: 3, max: 2000 })
  reason: string;
}
