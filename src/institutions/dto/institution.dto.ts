import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import type { InstitutionLevel } from '../../domain/intake/eligibility';
import { INSTITUTION_LEVELS, InstitutionKind } from '../../database/schema/institution.entity';
import { Nullable, Optional, PartialDto } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';

const STATE_CODE = /^(0[1-9]|[12]\d|3[0-2])$/;

export class CreateInstitutionDto {
  @ApiProperty({ example: 'Instituto de Transparencia del Estado' })
  @VisibleText({ min: 2, max: 300 })
  name: string;

  @ApiProperty({ enum: InstitutionKind })
  @IsEnum(InstitutionKind)
  kind: InstitutionKind;

  @ApiProperty({ enum: INSTITUTION_LEVELS })
  @IsIn(INSTITUTION_LEVELS)
  level: InstitutionLevel;

  @ApiPropertyOptional({ example: '09', description: 'INEGI state code' })
  @Nullable()
  @Matches(STATE_CODE)
  stateCode?: string;
}

export class UpdateInstitutionDto extends PartialDto(CreateInstitutionDto) {}

export class InstitutionQueryDto {
  @ApiPropertyOptional({ description: 'Text in the name (case and accents ignored)' })
  @Optional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: InstitutionKind })
  @Optional()
  @IsEnum(InstitutionKind)
  kind?: InstitutionKind;

  @ApiPropertyOptional({ enum: INSTITUTION_LEVELS })
  @Optional()
  @IsIn(INSTITUTION_LEVELS)
  level?: InstitutionLevel;

  @ApiPropertyOptional({ example: '14', description: 'INEGI state code' })
  @Optional()
  @Matches(STATE_CODE)
  stateCode?: string;
}

export class MergeInstitutionDto {
  @ApiProperty({
    description: 'The institution that stays; the one in the path is merged into it and removed',
  })
  @IsUUID()
  intoId: string;
}

export class InstitutionResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: InstitutionKind }) kind: InstitutionKind;
  @ApiProperty({ enum: INSTITUTION_LEVELS }) level: InstitutionLevel;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
  @ApiProperty() naturalKey: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: Date;
  @ApiProperty({
    type: String,
    format: 'date-time',
    nullable: true,
    description: 'When it was listed publicly; null: self-registered, its nominator not yet approved',
  })
  listedAt: Date | null;
  @ApiProperty({ description: 'The name mixes letters of several scripts (a possible look-alike)' })
  mixedScript: boolean;
}

export class MergeResultDto {
  @ApiProperty({ type: InstitutionResponseDto }) into: InstitutionResponseDto;
  @ApiProperty({ description: 'The id of the institution merged and removed' }) mergedId: string;
  @ApiProperty({
    description: 'Rows moved per kind',
    example: { nominating: 2, nominee: 1, users: 1, affiliations: 0, conflicts: 0 },
  })
  moved: Record<string, number>;
}

export class StateDto {
  @ApiProperty({ example: '09' }) code: string;
  @ApiProperty({ example: 'Ciudad de México' }) name: string;
}
