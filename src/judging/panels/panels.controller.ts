import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { ApiRoute } from '../../access/api-route';
import {
  AffiliationsResultDto,
  ConflictDeclarationDto,
  PanelViewDto,
  UserAffiliationDto,
} from '../dto/panel-response.dto';
import { AffiliationsDto, DeclareConflictDto, PanelDto } from '../dto/panel.dto';
import { PanelsService } from './panels.service';

@ApiTags('judging')
@Controller()
export class PanelsController {
  constructor(private readonly service: PanelsService) {}

  @ApiRoute({
    summary: 'The judges of a track, their capacity, affiliations and declared conflicts',
    ok: PanelViewDto,
    errors: [400, 404],
  })
  @Get('tracks/:id/panel')
  @Authenticated(Permission.PANEL_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ApiRoute({
    summary: 'Replace the judges of a track (with their capacity)',
    ok: PanelViewDto,
    errors: [400, 404, 409, 422],
  })
  @Put('tracks/:id/panel')
  @Authenticated(Permission.PANEL_MANAGE)
  replace(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PanelDto) {
    return this.service.replace(actor, id, dto);
  }

  @ApiRoute({
    summary: 'A judge’s affiliations (institutions and states)',
    ok: [UserAffiliationDto],
    errors: [400, 404],
  })
  @Get('users/:id/affiliations')
  @Authenticated(Permission.PANEL_READ)
  affiliations(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.getAffiliations(actor, id);
  }

  @ApiRoute({
    summary: 'Replace a judge’s affiliations; assignments now in conflict are recused',
    ok: AffiliationsResultDto,
    errors: [400, 404, 409, 422],
  })
  @Put('users/:id/affiliations')
  @Authenticated(Permission.PANEL_MANAGE)
  replaceAffiliations(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AffiliationsDto,
  ) {
    return this.service.replaceAffiliations(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Declare a judge’s conflict with a nomination or an institution',
    ok: ConflictDeclarationDto,
    errors: [400, 404, 409, 422],
  })
  @Post('tracks/:id/conflicts')
  @Authenticated(Permission.PANEL_MANAGE)
  declareConflict(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclareConflictDto,
  ) {
    return this.service.declareConflict(actor, id, dto);
  }

  @ApiRoute({ summary: 'Remove a declared conflict', errors: [400, 404, 409] })
  @Delete('tracks/:id/conflicts/:conflictId')
  @Authenticated(Permission.PANEL_MANAGE)
  @HttpCode(204)
  removeConflict(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('conflictId', ParseUUIDPipe) conflictId: string,
  ) {
    return this.service.removeConflict(actor, id, conflictId);
  }
}
