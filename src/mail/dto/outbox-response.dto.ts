import { ApiProperty } from '@nestjs/swagger';
import { MailTransportKind, OutboxStatus } from '../../database/schema/outbox-message.entity';

const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;

/** A message of the outbox without its bodies. */
export class OutboxSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty({ enum: OutboxStatus }) status: OutboxStatus;
  @ApiProperty({ enum: ['es', 'en'] }) language: string;
  @ApiProperty({ example: 'INVITATION' }) kind: string;
  @ApiProperty({ type: String, nullable: true }) recipientId: string | null;
  @ApiProperty() toAddress: string;
  @ApiProperty() subject: string;
  @ApiProperty() attempts: number;
  @ApiProperty(INSTANT) nextAttemptAt: Date;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty({ enum: MailTransportKind, nullable: true }) transport: MailTransportKind | null;
  @ApiProperty({ type: String, nullable: true }) messageId: string | null;
  @ApiProperty(NULLABLE_INSTANT) sentAt: Date | null;
}

export class OutboxMessageDto extends OutboxSummaryDto {
  @ApiProperty() textBody: string;
  @ApiProperty() htmlBody: string;
  @ApiProperty({ type: String, nullable: true }) dedupeKey: string | null;
  @ApiProperty(NULLABLE_INSTANT) leaseUntil: Date | null;
}

export class OutboxCountsDto {
  @ApiProperty() PENDING: number;
  @ApiProperty() SENDING: number;
  @ApiProperty() SENT: number;
  @ApiProperty() FAILED: number;
}

export class OutboxPageDto {
  @ApiProperty({ type: [OutboxSummaryDto] }) items: OutboxSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ type: OutboxCountsDto, description: 'Messages per status, over the whole outbox' })
  counts: OutboxCountsDto;
}
