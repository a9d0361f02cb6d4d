import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { ApiRoute } from '../../access/api-route';
import { Permission } from '../../access/permissions';
import { TrackFieldsDto, TrackFieldsResponseDto } from './track-fields.dto';
import { TrackFieldsService } from './track-fields.service';

@ApiTags('nominations')
@Controller('tracks')
export class TrackFieldsController {
  constructor(private readonly service: TrackFieldsService) {}

  @ApiRoute({
    summary: 'A track’s custom nomination fields, in order, and whether they are frozen',
    ok: TrackFieldsResponseDto,
    errors: [400, 404],
  })
  @Get(':id/fields')
  @Authenticated(Permission.EDITION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ApiRoute({
    summary: 'Replace a track’s custom nomination fields (until its first submission)',
    description:
      'The list’s order is the form’s order. After the track’s first submission: 409 FIELDS_FROZEN.',
    ok: TrackFieldsResponseDto,
    errors: [400, 404, 409],
  })
  @Put(':id/fields')
  @Authenticated(Permission.EDITION_MANAGE)
  replace(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: TrackFieldsDto) {
    return this.service.replace(actor, id, dto);
  }
}
