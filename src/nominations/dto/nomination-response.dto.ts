import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { NominationStatus } from '../../domain/intake/nomination-status';
import { NominationChannel } from '../../database/schema/nomination.entity';
import { NOMINATION_STATUSES, PracticeDetailsDto } from './nomination.dto';

const INSTANT = { type: String, format: 'date-time' } as const;
const NULLABLE_INSTANT = { ...INSTANT, nullable: true } as const;

export class AttachmentResponseDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'application/pdf' }) mimeType: string;
  @ApiProperty({ description: 'Bytes' }) size: number;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The custom FILE field it answers; null: evidence',
  })
  fieldKey: string | null;
  @ApiProperty(INSTANT) createdAt: Date;
}

/** A nomination as its readers see it: observers get no contact data. */
export class NominationResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'GA-2019-001' }) key: string;
  @ApiProperty() editionId: string;
  @ApiProperty() trackId: string;
  @ApiProperty({ type: String, nullable: true }) categoryKey: string | null;
  @ApiProperty() nominatingInstitutionId: string;
  @ApiProperty() nomineeInstitutionId: string;
  @ApiProperty({ type: String, nullable: true, example: '09' }) stateCode: string | null;
  @ApiProperty() title: string;
  @ApiProperty() summary: string;
  @ApiProperty() description: string;
  @ApiProperty({ type: PracticeDetailsDto }) practiceDetails: PracticeDetailsDto;
  @ApiProperty({ type: [String] }) evidenceUrls: string[];
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'Values of the track’s custom fields, by key (file fields: see attachments[].fieldKey)',
  })
  customFields: Record<string, unknown>;
  @ApiPropertyOptional({ description: 'Absent for observers' }) contactName?: string;
  @ApiPropertyOptional({ description: 'Absent for observers' }) contactEmail?: string;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'Absent for observers' })
  contactPhone?: string | null;
  @ApiProperty({ enum: NOMINATION_STATUSES }) status: NominationStatus;
  @ApiProperty({ type: String, nullable: true }) eligibilityReason: string | null;
  @ApiProperty({ enum: NominationChannel }) channel: NominationChannel;
  @ApiProperty({ ...NULLABLE_INSTANT, description: 'Deadline extension granted to this nomination' })
  extendedUntil: Date | null;
  @ApiProperty(NULLABLE_INSTANT) submittedAt: Date | null;
  @ApiProperty({ description: 'Consent to show the practice in the public catalogue' })
  publicationConsent: boolean;
  @ApiProperty({ description: 'The last round of its track it competes in (1 unless a shortlist named it)' })
  roundReached: number;
  @ApiProperty({ type: String, nullable: true, description: 'SHA-256 of the submitted content' })
  receiptHash: string | null;
  @ApiProperty(NULLABLE_INSTANT) withdrawnAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) createdById: string | null;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty(INSTANT) updatedAt: Date;
  @ApiPropertyOptional({ type: [AttachmentResponseDto], description: 'On reading one nomination' })
  attachments?: AttachmentResponseDto[];
}

export class NominationPageDto {
  @ApiProperty({ type: [NominationResponseDto] }) items: NominationResponseDto[];
  @ApiProperty({ description: 'Nominations matching the filters' }) total: number;
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
}

/** The submission receipt: the hash of what was submitted. */
export class ReceiptDto {
  @ApiProperty() nominationId: string;
  @ApiProperty(INSTANT) submittedAt: Date;
  @ApiProperty({ description: 'SHA-256 of the RFC 8785 canonical JSON of the fields and attachment hashes' })
  sha256: string;
}
