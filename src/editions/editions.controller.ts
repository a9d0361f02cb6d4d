import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../auth/access.decorators';
import { AuthUser } from '../auth/auth-user';
import { Permission } from '../auth/permissions';
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
  list(@Auth() auth: AuthUser) {
    return this.service.list(auth);
  }

  @Post('editions')
  @Authenticated(Permission.EDITION_MANAGE)
  create(@Auth() auth: AuthUser, @Body() dto: CreateEditionDto) {
    return this.service.create(auth, dto);
  }

  @Get('editions/:id')
  @Authenticated(Permission.EDITION_READ)
  get(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(auth, id);
  }

  @Patch('editions/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  update(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateEditionDto) {
    return this.service.update(auth, id, dto);
  }

  /** Deletes an edition never finalised, with everything it holds (audited); 409 once sealed. */
  @Delete('editions/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  delete(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.deletion.remove(auth, id);
  }

  @Post('editions/:id/archive')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  archive(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.setArchived(auth, id, true);
  }

  @Post('editions/:id/unarchive')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  unarchive(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.setArchived(auth, id, false);
  }

  /** Closes judging now, before its planned end, with the reason (audited): sealing needs judging closed. */
  @Post('editions/:id/close-judging')
  @Authenticated(Permission.EDITION_MANAGE)
  @HttpCode(200)
  closeJudging(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloseJudgingDto) {
    return this.service.closeJudging(auth, id, dto);
  }

  @Post('editions/:id/clone')
  @Authenticated(Permission.EDITION_MANAGE)
  clone(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: CloneEditionDto) {
    return this.service.clone(auth, id, dto);
  }

  @Get('editions/:id/tracks')
  @Authenticated(Permission.EDITION_READ)
  tracks(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.listTracks(auth, id);
  }

  @Get('tracks/:id')
  @Authenticated(Permission.EDITION_READ)
  track(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.getTrack(auth, id);
  }

  @Patch('tracks/:id')
  @Authenticated(Permission.EDITION_MANAGE)
  updateTrack(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateTrackDto) {
    return this.service.updateTrack(auth, id, dto);
  }
}
