import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { CorrectionDto } from './dto/correction.dto';
import { FinalizeDto } from './dto/finalize.dto';
import { CreateOverrideDto } from './dto/override.dto';
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
  @Get('tracks/:id/results')
  @Authenticated(Permission.RESULTS_PREVIEW)
  preview(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.previewTrack(actor, id);
  }

  @Get('tracks/:id/overrides')
  @Authenticated(Permission.RESULTS_PREVIEW)
  listOverrides(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.results.listOverrides(actor, id);
  }

  @Post('tracks/:id/overrides')
  @Authenticated(Permission.OVERRIDE_MANAGE)
  createOverride(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CreateOverrideDto,
  ) {
    return this.results.createOverride(actor, id, dto);
  }

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

  @Post('editions/:id/finalize')
  @Authenticated(Permission.EDITION_FINALIZE)
  @HttpCode(200)
  finalize(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: FinalizeDto) {
    return this.finalization.finalize(actor, id, dto);
  }

  @Post('editions/:id/publish')
  @Authenticated(Permission.EDITION_PUBLISH)
  @HttpCode(200)
  publish(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.finalization.publish(actor, id);
  }

  /** Opens a correction of sealed results (organisers), with the erratum that will be published. */
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
  @Get('editions/:id/seal')
  @Authenticated(Permission.RESULTS_PREVIEW)
  seal(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.finalization.seal(actor, id);
  }
}
