import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { Optional } from '../../common/validation/null-policy';
import { MAX_PAGE } from '../../common/validation/pagination';
import { QueryInt } from '../../common/validation/query-int';
import { OutboxStatus } from '../../database/schema/outbox-message.entity';

export const OUTBOX_PAGE_SIZE = 50;

export class OutboxQueryDto {
  @ApiPropertyOptional({ enum: OutboxStatus })
  @Optional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;

  @ApiPropertyOptional({ minimum: 1, default: 1 })
  @QueryInt({ min: 1, max: MAX_PAGE })
  page?: number;
}
