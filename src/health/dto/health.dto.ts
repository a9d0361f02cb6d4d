import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

const INDICATORS = {
  type: 'object',
  additionalProperties: { type: 'object', additionalProperties: true },
  example: { database: { status: 'up' } },
} as const;

/** The health probe's answer (Terminus): the database answers. */
export class HealthDto {
  @ApiProperty({ enum: ['ok', 'error', 'shutting_down'] }) status: string;
  @ApiPropertyOptional({ ...INDICATORS, nullable: true }) info?: Record<string, unknown>;
  @ApiPropertyOptional({ ...INDICATORS, nullable: true }) error?: Record<string, unknown>;
  @ApiProperty(INDICATORS) details: Record<string, unknown>;
}
