import { ApiProperty } from '@nestjs/swagger';
import { NamedRefDto } from '../../common/http/named-ref.dto';
import { INSTANT, JudgeRefDto, RecusalOutcomeDto } from './judge-ref.dto';

export class MemberAffiliationDto {
  @ApiProperty({ type: String, nullable: true }) institutionId: string | null;
  @ApiProperty({ type: String, nullable: true }) institutionName: string | null;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
}

export class PanelMemberViewDto {
  @ApiProperty({ type: JudgeRefDto }) judge: JudgeRefDto;
  @ApiProperty({ type: Number, nullable: true, description: 'Most nominations to assign; null: no limit' })
  capacity: number | null;
  @ApiProperty() activeAssignments: number;
  @ApiProperty({ type: [MemberAffiliationDto] }) affiliations: MemberAffiliationDto[];
}

export class PanelConflictDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: JudgeRefDto }) judge: JudgeRefDto;
  @ApiProperty({ type: String, nullable: true }) nominationId: string | null;
  @ApiProperty({ type: String, nullable: true }) nominationKey: string | null;
  @ApiProperty({ type: String, nullable: true }) institutionId: string | null;
  @ApiProperty() reason: string;
  @ApiProperty(INSTANT) createdAt: Date;
}

export class PanelViewDto {
  @ApiProperty() trackId: string;
  @ApiProperty() judgesPerNomination: number;
  @ApiProperty({ type: [PanelMemberViewDto] }) members: PanelMemberViewDto[];
  @ApiProperty({ type: [PanelConflictDto] }) conflicts: PanelConflictDto[];
}

export class UserAffiliationDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) institutionId: string | null;
  @ApiProperty({ type: NamedRefDto, nullable: true, description: 'The institution (id and name)' })
  institution: NamedRefDto | null;
  @ApiProperty({ type: String, nullable: true }) stateCode: string | null;
}

export class AffiliationsResultDto {
  @ApiProperty({ type: [UserAffiliationDto] }) affiliations: UserAffiliationDto[];
  @ApiProperty({ type: [RecusalOutcomeDto], description: 'Assignments the new affiliations put in conflict' })
  recused: RecusalOutcomeDto[];
}

export class DeclaredConflictDto {
  @ApiProperty() id: string;
  @ApiProperty() trackId: string;
  @ApiProperty() judgeId: string;
  @ApiProperty({ type: String, nullable: true }) nominationId: string | null;
  @ApiProperty({ type: String, nullable: true }) institutionId: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, nullable: true }) createdById: string | null;
  @ApiProperty(INSTANT) createdAt: Date;
}

export class ConflictDeclarationDto {
  @ApiProperty({ type: DeclaredConflictDto }) conflict: DeclaredConflictDto;
  @ApiProperty({ type: [RecusalOutcomeDto], description: 'Assignments the conflict ended' })
  recused: RecusalOutcomeDto[];
}
