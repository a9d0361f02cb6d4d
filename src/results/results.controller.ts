import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { ProposedDto } from '../governance/dto/proposal-response.dto';
import { CorrectionDto } from './dto/correction.dto';
import { FinalizeDto } from './dto/finalize.dto';
import { CreateOverrideDto } from './dto/override.dto';
import {
  CorrectionResponseDto,
  FinalizationDto,
  OverrideResponseDto,
  ResultsPreviewDto,
  SealResponseDto,
} from './dto/results-response.dto';
import { FinalizationService } from './finalization.service';
import { ResultsService } from './results.service';

@ApiTags('results')
@Controller()
export class ResultsController {
  constructor(
    private readonly results: ResultsService,
    private readonly finalization: FinalizationService,
  ) {}

  /** Preview: ranks, traces, computed and final awards, DESIERTO, ties, quorum, robustness, blockers. */
  @ApiRoute({
    summary: 'Results preview: ranks, traces, computed and final awards, ties, quorum, blockers',
    ok: ResultsPreviewDto,
    errors: [400, 404],
  })
  @Get('tracks/:id/results')
  @Authenticated(Permission.RESULTS_PREVIEW)
  preview(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.previewTrack(actor, id);
  }

  @ApiRoute({ summary: 'The overrides of a track', ok: [OverrideResponseDto], errors: [400, 404] })
  @Get('tracks/:id/overrides')
  @Authenticated(Permission.RESULTS_PREVIEW)
  listOverrides(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.listOverrides(actor, id);
  }

  @ApiRoute({
    summary: 'Override a computed award (or exclude a nomination), with the justification',
    description: 'On an edition under four eyes it answers a proposal instead.',
    oneOf: [OverrideResponseDto, ProposedDto],
    errors: [400, 404, 409, 422],
  })
  @Post('tracks/:id/overrides')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  createOverride(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateOverrideDto,
  ) {
    return this.results.createOverride(actor, id, dto);
  }

  @ApiRoute({ summary: 'Remove an override', errors: [400, 404, 409] })
  @Delete('tracks/:id/overrides/:overrideId')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  @HttpCode(204)
  deleteOverride(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('overrideId', ParseUUIDPipe) overrideId: string,
  ): Promise<void> {
    return this.results.deleteOverride(actor, id, overrideId);
  }

  @ApiRoute({
    summary: 'Seal the results of an edition',
    description: 'On an edition under four eyes it answers a proposal instead.',
    oneOf: [FinalizationDto, ProposedDto],
    errors: [400, 404, 409, 422],
  })
  @Post('editions/:id/finalize')
  @Authenticated(Permission.EDITION_FINALIZE)
  @HttpCode(200)
  finalize(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FinalizeDto) {
    return this.finalization.finalize(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Publish sealed results before the announcement date',
    ok: FinalizationDto,
    errors: [400, 404, 409],
  })
  @Post('editions/:id/publish')
  @Authenticated(Permission.EDITION_PUBLISH)
  @HttpCode(200)
  publish(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.finalization.publish(actor, id);
  }

  /** Opens a correction of sealed results (organisers), with the erratum that will be published. */
  @ApiRoute({
    summary: 'Open a correction of sealed results, with the erratum to publish',
    description: 'On an edition under four eyes it answers a proposal instead.',
    oneOf: [CorrectionResponseDto, ProposedDto],
    errors: [400, 404, 409],
  })
  @Post('editions/:id/corrections')
  @Authenticated(Permission.EDITION_FINALIZE)
  openCorrection(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CorrectionDto,
  ) {
    return this.finalization.openCorrection(actor, id, dto);
  }

  /** The seal of a finalised edition (hash, audit head), for organisers and observers. */
  @ApiRoute({ summary: 'The seal of a finalised edition', ok: SealResponseDto, errors: [400, 404] })
  @Get('editions/:id/seal')
  @Authenticated(Permission.RESULTS_PREVIEW)
  seal(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.finalization.seal(actor, id);
  }
}
