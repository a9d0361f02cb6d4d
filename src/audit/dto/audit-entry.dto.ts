import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class AuditEntryDto {
  @ApiProperty() seq: number;
  @ApiProperty() id: string;
  @ApiProperty({ description: 'ISO 8601 instant (UTC)' }) at: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null for system actions' }) actorId:
    string | null;
  @ApiProperty({ example: 'ORGANISER', description: 'The actor’s role, or SYSTEM' }) actorRole: string;
  @ApiProperty({ example: 'nomination.submit' }) action: string;
  @ApiProperty({ example: 'nomination' }) entityType: string;
  @ApiProperty() entityId: string;
  @ApiProperty({ type: Object, nullable: true }) before: unknown;
  @ApiProperty({ type: Object, nullable: true }) after: unknown;
  @ApiProperty() prevHash: string;
  @ApiProperty() hash: string;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEntryDto] }) items: AuditEntryDto[];
  @ApiProperty({ description: 'Entries matching the filters' }) total: number;
  @ApiProperty() limit: number;
  @ApiProperty({ enum: ['desc', 'asc'] }) order: 'desc' | 'asc';
  @ApiPropertyOptional() page?: number;
  @ApiProperty({ type: Number, nullable: true, description: 'afterSeq of the next page; null on the last' })
  nextAfterSeq: number | null;
}

export class ChainBreakDto {
  @ApiProperty() seq: number;
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['HASH_MISMATCH', 'PREV_HASH_MISMATCH', 'SEQ_GAP'] }) reason: string;
}

export class AnchorCheckDto {
  @ApiProperty({ description: 'What recorded this point of the chain, e.g. "seal 2018-gobierno-abierto v1"' })
  label: string;
  @ApiProperty() seq: number;
  @ApiProperty() hash: string;
  @ApiProperty({ description: 'The entry at seq carries this hash (or had it before the cut-over)' })
  ok: boolean;
}

export class PersonalValuesCheckDto {
  @ApiProperty({ description: 'Personal values held apart from the chain and checked' }) checked: number;
  @ApiProperty({ description: 'Values that no longer match their commitment (must be 0)' }) altered: number;
}

export class ChainVerificationDto {
  @ApiProperty({ description: 'Chain intact, every anchor found and no personal value altered' }) ok: boolean;
  @ApiProperty({ description: 'Entries examined' }) count: number;
  @ApiProperty({ description: 'Hash of the newest entry (64 zeros when empty)' }) head: string;
  @ApiProperty({ description: 'Seq of the newest entry (0 when empty)' }) headSeq: number;
  @ApiPropertyOptional({ type: ChainBreakDto }) firstBroken?: ChainBreakDto;
  @ApiProperty({ type: [AnchorCheckDto], description: "Audit heads recorded by this installation's seals" })
  anchors: AnchorCheckDto[];
  @ApiProperty({ type: PersonalValuesCheckDto }) personalValues: PersonalValuesCheckDto;
}
