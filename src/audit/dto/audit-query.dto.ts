import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsISO8601, IsString, MaxLength } from 'class-validator';
import { MAX_PAGE, MAX_SEQ } from '../../common/validation/pagination';
import { Optional } from '../../common/validation/null-policy';
import { QueryInt } from '../../common/validation/query-int';

export const AUDIT_PAGE_MAX = 200;
export const AUDIT_PAGE_DEFAULT = 50;

/** Filters and pagination of GET /api/audit. */
export class AuditQueryDto {
  @ApiPropertyOptional({ example: 'nomination.submit' })
  @Optional()
  @IsString()
  @MaxLength(64)
  action?: string;

  @ApiPropertyOptional({ example: 'nomination' })
  @Optional()
  @IsString()
  @MaxLength(64)
  entityType?: string;

  @ApiPropertyOptional()
  @Optional()
  @IsString()
  @MaxLength(128)
  entityId?: string;

  @ApiPropertyOptional({ description: 'Entries by this user' })
  @Optional()
  @IsString()
  @MaxLength(36)
  actorId?: string;

  @ApiPropertyOptional({ description: 'Entries at or after this instant (ISO 8601)' })
  @Optional()
  @IsISO8601({ strict: true })
  from?: string;

  @ApiPropertyOptional({ description: 'Entries at or before this instant (ISO 8601)' })
  @Optional()
  @IsISO8601({ strict: true })
  to?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: AUDIT_PAGE_DEFAULT })
  @QueryInt({ min: 1, max: AUDIT_PAGE_MAX })
  limit?: number;

  @ApiPropertyOptional({
    description:
      'Cursor: continue after this seq in the chosen order (seq > afterSeq oldest first, seq < afterSeq ' +
      'newest first). Use the nextAfterSeq of the previous page. Not together with page.',
  })
  @QueryInt({ min: 0, max: MAX_SEQ })
  afterSeq?: number;

  @ApiPropertyOptional({ minimum: 1, description: 'Page number (1-based). Not together with afterSeq.' })
  @QueryInt({ min: 1, max: MAX_PAGE })
  page?: number;

  @ApiPropertyOptional({ enum: ['desc', 'asc'], default: 'desc', description: 'desc: newest first' })
  @Optional()
  @IsIn(['desc', 'asc'])
  order?: 'desc' | 'asc';
}
