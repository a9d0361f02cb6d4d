import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../../access/access.decorators';
import { AuthUser } from '../../access/auth-user';
import { Permission } from '../../access/permissions';
import { AffiliationsDto, DeclareConflictDto, PanelDto } from '../dto/panel.dto';
import { PanelsService } from './panels.service';

@ApiTags('judging')
@Controller()
export class PanelsController {
  constructor(private readonly service: PanelsService) {}

  @Get('tracks/:id/panel')
  @Authenticated(Permission.PANEL_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Put('tracks/:id/panel')
  @Authenticated(Permission.PANEL_MANAGE)
  replace(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: PanelDto) {
    return this.service.replace(actor, id, dto);
  }

  @Get('users/:id/affiliations')
  @Authenticated(Permission.PANEL_READ)
  affiliations(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.getAffiliations(actor, id);
  }

  @Put('users/:id/affiliations')
  @Authenticated(Permission.PANEL_MANAGE)
  replaceAffiliations(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: AffiliationsDto,
  ) {
    return this.service.replaceAffiliations(actor, id, dto);
  }

  @Post('tracks/:id/conflicts')
  @Authenticated(Permission.PANEL_MANAGE)
  declareConflict(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: DeclareConflictDto,
  ) {
    return this.service.declareConflict(actor, id, dto);
  }

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
