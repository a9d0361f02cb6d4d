import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { CloneEditionDto, CloseJudgingDto, CreateEditionDto, UpdateEditionDto } from './dto/edition.dto';
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

  @Get('editions')
  @Authenticated(Permission.EDITION_READ)
  list(@Auth() actor: AuthUser) {
    return this.service.list(actor);
  }

  @Post('editions')
  @Authenticated(Permission.EDITION_MANAGE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateEditionDto) {
    return this.service.create(actor, dto);
  }

  @Get('editions/:id')
  @Authenticated(Permission.EDITION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Patch('editions/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  update(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEditionDto) {
    return this.service.update(actor, id, dto);
  }

  /** Deletes an edition never finalised, with everything it holds (audited); 409 once sealed. */
  @Delete('editions/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  delete(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deletion.remove(actor, id);
  }

  @Post('editions/:id/archive')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  archive(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.setArchived(actor, id, true);
  }

  @Post('editions/:id/unarchive')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  unarchive(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.setArchived(actor, id, false);
  }

  /** Closes judging now, before its planned end, with the reason (audited): sealing needs judging closed. */
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

  @Post('editions/:id/clone')
  @Authenticated(Permission.EDITION_MANAGE)
  clone(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloneEditionDto) {
    return this.service.clone(actor, id, dto);
  }

  @Get('editions/:id/tracks')
  @Authenticated(Permission.EDITION_READ)
  tracks(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.listTracks(actor, id);
  }

  @Get('tracks/:id')
  @Authenticated(Permission.EDITION_READ)
  track(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.getTrack(actor, id);
  }

  @Patch('tracks/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  updateTrack(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTrackDto) {
    return this.service.updateTrack(actor, id, dto);
  }
}
