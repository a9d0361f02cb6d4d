import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum } from 'class-validator';
import { Optional } from '../../common/validation/null-policy';
import { VisibleText } from '../../common/validation/visible-text';
import { ProposalStatus } from '../../database/schema/proposal.entity';

/** Rejecting (or withdrawing) a proposal: the reason is recorded. */
export class RejectProposalDto {
  @ApiProperty({ example: 'El acta del jurado no respalda este cambio.', minLength: 3, maxLength: 2000 })
  @VisibleText({ min: 3, max: 2000 })
  reason: string;
}

export class ProposalQueryDto {
  @ApiPropertyOptional({ enum: ProposalStatus })
  @Optional()
  @IsEnum(ProposalStatus)
  status?: ProposalStatus;
}
