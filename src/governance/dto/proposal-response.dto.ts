import { ApiProperty } from '@nestjs/swagger';
import { NamedRefDto } from '../../common/http/named-ref.dto';
import { ProposalKind, ProposalStatus } from '../../database/schema/proposal.entity';

export class BilingualTextDto {
  @ApiProperty() es: string;
  @ApiProperty() en: string;
}

export class ProposalDto {
  @ApiProperty() id: string;
  @ApiProperty() editionId: string;
  @ApiProperty({ enum: ProposalKind }) kind: ProposalKind;
  @ApiProperty({ type: BilingualTextDto, description: 'What would be done, in both languages' })
  summary: BilingualTextDto;
  @ApiProperty() reason: string;
  @ApiProperty({ enum: ProposalStatus }) status: ProposalStatus;
  @ApiProperty({ type: NamedRefDto }) proposedBy: NamedRefDto;
  @ApiProperty({ type: String, format: 'date-time' }) proposedAt: Date;
  @ApiProperty({ type: NamedRefDto, nullable: true }) decidedBy: NamedRefDto | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt: Date | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason: string | null;
}

/** A confirmed proposal with what carrying it out answered. */
export class ConfirmedProposalDto extends ProposalDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'What the action answers when carried out (the override, the seal, the score sheet…)',
  })
  result: unknown;
}

/** What an action answers instead of its result on an edition under four eyes (docs/governance.md). */
export class ProposedDto {
  @ApiProperty({ type: ProposalDto }) proposal: ProposalDto;
  @ApiProperty({ description: 'False when the edition has a single active organiser: nobody could confirm' })
  confirmable: boolean;
}
