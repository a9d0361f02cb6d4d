import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsIn, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import type { InstitutionLevel } from '../../domain/intake/eligibility';
import { INSTITUTION_LEVELS, InstitutionKind } from '../institution.entity';
import { Nullable, PartialDto } from '../../common/validation/null-policy';

export class CreateInstitutionDto {
  @ApiProperty({ example: 'Instituto de Transparencia del Estado' })
  @IsString()
  @MinLength(2)
  @MaxLength(300)
  name: string;

  @ApiProperty({ enum: InstitutionKind })
  @IsEnum(InstitutionKind)
  kind: InstitutionKind;

  @ApiProperty({ enum: INSTITUTION_LEVELS })
  @IsIn(INSTITUTION_LEVELS)
  level: InstitutionLevel;

  @ApiPropertyOptional({ example: '09', description: 'INEGI state code' })
  @Nullable()
  @Matches(/^(0[1-9]|[12]\d|3[0-2])$/)
  stateCode?: string;
}

export class UpdateInstitutionDto extends PartialDto(CreateInstitutionDto) {}
