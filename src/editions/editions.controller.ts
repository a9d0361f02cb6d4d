import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiRoute } from '../access/api-route';
import { ProposedDto } from '../governance/dto/proposal-response.dto';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { CloneEditionDto, CloseJudgingDto, CreateEditionDto, UpdateEditionDto } from './dto/edition.dto';
import { EditionDeletionDto, EditionResponseDto, TrackResponseDto } from './dto/edition-response.dto';
import { UpdateTrackDto } from './dto/track.dto';
import { EditionDeletionService } from './edition-deletion.service';
import { EditionsService } from './editions.service';

@ApiTags('editions')
@Controller()
export class EditionsController {
  constructor(
    private readonly service: EditionsService,
    private readonly deletion: EditionDeletionService,
  ) {}

  @ApiRoute({ summary: 'Editions with their phase', ok: [EditionResponseDto] })
  @Get('editions')
  @Authenticated(Permission.EDITION_READ)
  list(@Auth() actor: AuthUser) {
    return this.service.list(actor);
  }

  @ApiRoute({
    summary: 'Create an edition with its two tracks and the default rubrics',
    ok: EditionResponseDto,
    errors: [400, 409, 422],
  })
  @Post('editions')
  @Authenticated(Permission.EDITION_MANAGE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateEditionDto) {
    return this.service.create(actor, dto);
  }

  @ApiRoute({ summary: 'One edition', ok: EditionResponseDto, errors: [400, 404] })
  @Get('editions/:id')
  @Authenticated(Permission.EDITION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ApiRoute({
    summary: 'Change an edition’s dates, states, signatories or settings',
    description: 'Turning four eyes off on an edition under four eyes answers a proposal instead.',
    oneOf: [EditionResponseDto, ProposedDto],
    errors: [400, 404, 409, 422],
  })
  @Patch('editions/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  update(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEditionDto) {
    return this.service.update(actor, id, dto);
  }

  /** Deletes an edition never finalised, with everything it holds (audited); 409 once sealed. */
  @ApiRoute({
    summary: 'Delete an edition never finalised, with everything it holds',
    ok: EditionDeletionDto,
    errors: [400, 404, 409],
  })
  @Delete('editions/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  delete(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deletion.remove(actor, id);
  }

  @ApiRoute({ summary: 'Archive an edition', ok: EditionResponseDto, errors: [400, 404, 409] })
  @Post('editions/:id/archive')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  archive(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.setArchived(actor, id, true);
  }

  @ApiRoute({
    summary: 'Take an edition out of the archive',
    ok: EditionResponseDto,
    errors: [400, 404, 409],
  })
  @Post('editions/:id/unarchive')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  unarchive(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.setArchived(actor, id, false);
  }

  /** Closes judging now, before its planned end, with the reason (audited): sealing needs judging closed. */
  @ApiRoute({
    summary: 'Close judging now, before its planned end, with the reason',
    ok: EditionResponseDto,
    errors: [400, 404, 409],
  })
  @Post('editions/:id/close-judging')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  closeJudging(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: CloseJudgingDto,
  ) {
    return this.service.closeJudging(actor, id, dto);
  }

  @ApiRoute({
    summary: 'A new edition with the same tracks, rubrics, settings and states',
    ok: EditionResponseDto,
    errors: [400, 404, 409],
  })
  @Post('editions/:id/clone')
  @Authenticated(Permission.EDITION_MANAGE)
  clone(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloneEditionDto) {
    return this.service.clone(actor, id, dto);
  }

  @ApiRoute({ summary: 'The tracks of an edition', ok: [TrackResponseDto], errors: [400, 404] })
  @Get('editions/:id/tracks')
  @Authenticated(Permission.EDITION_READ)
  tracks(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.listTracks(actor, id);
  }

  @ApiRoute({
    summary: 'One track with its rubric and scoring settings',
    ok: TrackResponseDto,
    errors: [400, 404],
  })
  @Get('tracks/:id')
  @Authenticated(Permission.EDITION_READ)
  track(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.getTrack(actor, id);
  }

  @ApiRoute({
    summary: 'Change a track’s rubric, categories or scoring settings',
    description: 'Scoring settings on an edition under four eyes answer a proposal instead.',
    oneOf: [TrackResponseDto, ProposedDto],
    errors: [400, 404, 409],
  })
  @Patch('tracks/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  updateTrack(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTrackDto) {
    return this.service.updateTrack(actor, id, dto);
  }
}
