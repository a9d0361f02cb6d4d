import { ApiProperty } from '@nestjs/swagger';
import { JudgeRefDto, NULLABLE_INSTANT } from './judge-ref.dto';

export class ProgressTotalsDto {
  @ApiProperty() nominations: number;
  @ApiProperty() fullyAssigned: number;
  @ApiProperty() underAssigned: number;
  @ApiProperty() reachingQuorum: number;
  @ApiProperty() fullyScored: number;
  @ApiProperty() assigned: number;
  @ApiProperty() drafted: number;
  @ApiProperty() submitted: number;
  @ApiProperty() notStarted: number;
  @ApiProperty() recused: number;
}

export class JudgeProgressDto {
  @ApiProperty({ type: JudgeRefDto }) judge: JudgeRefDto;
  @ApiProperty() onPanel: boolean;
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ description: 'Active assignments' }) assigned: number;
  @ApiProperty({ description: 'Active assignments with a draft sheet' }) drafted: number;
  @ApiProperty({ description: 'Active assignments with a submitted sheet' }) submitted: number;
  @ApiProperty({ description: 'Active assignments with no sheet yet' }) notStarted: number;
  @ApiProperty() recused: number;
}

export class TrackProgressDto {
  @ApiProperty() trackId: string;
  @ApiProperty() judgesPerNomination: number;
  @ApiProperty() minReviews: number;
  @ApiProperty(NULLABLE_INSTANT) frozenAt: Date | null;
  @ApiProperty({ type: ProgressTotalsDto }) totals: ProgressTotalsDto;
  @ApiProperty({ type: [JudgeProgressDto] }) judges: JudgeProgressDto[];
}
