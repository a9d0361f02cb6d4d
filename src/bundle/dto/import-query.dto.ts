import { ApiPropertyOptional } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { Optional } from '../../common/validation/null-policy';

export class ImportQueryDto {
  @ApiPropertyOptional({
    description:
      'Import the bundle as a copy under this edition key (the bundle’s own key is already used). ' +
      'Not for finalised editions: their key is part of their seal.',
    example: 'premios-2019-copia',
  })
  @Optional()
  @Matches(/^[A-Za-z0-9_.-]{1,80}$/)
  asKey?: string;
}
