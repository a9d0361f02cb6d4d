import { ApiProperty } from '@nestjs/swagger';
import { VisibleText } from '../../common/validation/visible-text';
import { INSTANT, NULLABLE_INSTANT } from './judge-ref.dto';

export class DiscussionPostDto {
  @ApiProperty({ minLength: 1, maxLength: 5000 })
  @VisibleText({ min: 1, max: 5000 })
  body: string;
}

export class DeliberationRevisionDto {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) originalScores: Record<
    string,
    number
  >;
  @ApiProperty() originalTotal: number;
  @ApiProperty() reason: string;
  @ApiProperty(INSTANT) revisedAt: Date;
}

export class DeliberationSheetDto {
  @ApiProperty({ description: 'J1, J2… on this nomination' }) judge: string;
  @ApiProperty({ type: String, nullable: true, description: 'The judge’s name, when the viewer may see it' })
  name: string | null;
  @ApiProperty({ description: 'The viewer’s own sheet' }) mine: boolean;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' } }) scores: Record<string, number>;
  @ApiProperty({ description: 'Weighted total, 0–100' }) total: number;
  @ApiProperty({ type: String, nullable: true }) comment: string | null;
  @ApiProperty({ type: DeliberationRevisionDto, nullable: true }) revision: DeliberationRevisionDto | null;
}

export class DiscussionVersionDto {
  @ApiProperty() body: string;
  @ApiProperty({ enum: ['EDITED', 'DELETED'] }) kind: 'EDITED' | 'DELETED';
  @ApiProperty(INSTANT) at: Date;
}

export class DiscussionPostViewDto {
  @ApiProperty() id: string;
  @ApiProperty({ description: 'J1, J2…, a name, or the organisation' }) author: string;
  @ApiProperty() mine: boolean;
  @ApiProperty({ description: 'Empty once deleted' }) body: string;
  @ApiProperty(INSTANT) createdAt: Date;
  @ApiProperty(NULLABLE_INSTANT) editedAt: Date | null;
  @ApiProperty(NULLABLE_INSTANT) deletedAt: Date | null;
  @ApiProperty({
    type: [DiscussionVersionDto],
    nullable: true,
    description: 'Earlier texts: organisers only',
  })
  history: DiscussionVersionDto[] | null;
}

export class DeliberationCriterionDto {
  @ApiProperty() key: string;
  @ApiProperty() name: string;
}

export class DeliberationDto {
  @ApiProperty() nominationId: string;
  @ApiProperty() nominationKey: string;
  @ApiProperty() nominationTitle: string;
  @ApiProperty() trackId: string;
  @ApiProperty() trackName: string;
  @ApiProperty() round: number;
  @ApiProperty({ type: String, nullable: true, description: 'The viewer’s own assignment (judges)' })
  assignmentId: string | null;
  @ApiProperty({ type: [DeliberationCriterionDto] }) criteria: DeliberationCriterionDto[];
  @ApiProperty({ type: [DeliberationSheetDto] }) sheets: DeliberationSheetDto[];
  @ApiProperty({ type: [DiscussionPostViewDto] }) posts: DiscussionPostViewDto[];
  @ApiProperty({ description: 'The viewer may post' }) canWrite: boolean;
  @ApiProperty({ description: 'The consensus step is open' }) consensusOpen: boolean;
  @ApiProperty({ description: 'The viewer may revise their own sheet now' }) canRevise: boolean;
}

export class ConsensusDto {
  @ApiProperty() trackId: string;
  @ApiProperty(NULLABLE_INSTANT) consensusOpenedAt: Date | null;
}
