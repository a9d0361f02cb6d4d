import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { ApiRoute } from '../../access/api-route';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ReasonDto } from '../dto/assignment.dto';
import {
  FeedbackReviewDto,
  FeedbackReviewRowDto,
  NominationFeedbackDto,
  ReleaseFeedbackDto,
} from '../dto/feedback.dto';
import { FeedbackService } from './feedback.service';

@ApiTags('judging')
@Controller()
export class FeedbackController {
  constructor(private readonly service: FeedbackService) {}

  @ApiRoute({
    summary: 'Judges’ feedback to the nominators of a track, for review',
    ok: FeedbackReviewDto,
    errors: [400, 404],
  })
  @Get('tracks/:id/feedback')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  review(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.review(actor, id);
  }

  @ApiRoute({
    summary: 'Release a judge’s feedback to the nominator, as written or edited',
    ok: FeedbackReviewRowDto,
    errors: [400, 404, 409],
  })
  @Post('assignments/:id/feedback/release')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  @HttpCode(200)
  release(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReleaseFeedbackDto) {
    return this.service.release(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Withhold a judge’s feedback, with the reason',
    ok: FeedbackReviewRowDto,
    errors: [400, 404, 409],
  })
  @Post('assignments/:id/feedback/withhold')
  @Authenticated(Permission.FEEDBACK_REVIEW)
  @HttpCode(200)
  withhold(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ReasonDto) {
    return this.service.withhold(actor, id, dto);
  }

  @ApiRoute({
    summary: 'The released feedback on a nomination, once the results are public (no judges’ names)',
    ok: NominationFeedbackDto,
    errors: [400, 404],
  })
  @Get('nominations/:id/feedback')
  @Authenticated(Permission.NOMINATION_READ)
  forNomination(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.forNomination(actor, id);
  }
}
