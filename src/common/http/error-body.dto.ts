import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { ErrorBody } from '../errors/error-response';

/** One field's problem in a 400 VALIDATION_FAILED answer. */
export class FieldProblemDto {
  @ApiProperty({ example: 'email', description: 'The field (dotted path for nested ones)' }) field: string;
  @ApiProperty({ example: 'isEmail' }) code: string;
  @ApiProperty({ example: 'email: debe ser un correo electrónico válido' }) message: string;
}

/** The one error shape every failure is written in (AllExceptionsFilter, error-response.ts). */
export class ErrorBodyDto implements ErrorBody {
  @ApiProperty({ example: 400, description: 'The HTTP status, repeated' }) statusCode: number;
  @ApiProperty({ example: 'VALIDATION_FAILED', description: 'Stable machine-readable code' }) code: string;
  @ApiProperty({ description: 'In Spanish, or English when Accept-Language prefers it' }) message: string;
  @ApiPropertyOptional({ type: [FieldProblemDto], description: 'Each invalid field (400 only)' })
  errors?: FieldProblemDto[];
}
