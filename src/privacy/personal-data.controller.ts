import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, NoStore } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { PersonalDataExportDto } from './dto/privacy-response.dto';
import { PersonalDataService } from './personal-data.service';

@ApiTags('personal data')
@Controller()
export class PersonalDataController {
  constructor(private readonly service: PersonalDataService) {}

  @ApiRoute({
    summary: 'Everything the system holds about the signed-in person (right of access)',
    ok: PersonalDataExportDto,
  })
  @Get('auth/me/personal-data')
  @Authenticated()
  @NoStore()
  mine(@Auth() actor: AuthUser) {
    return this.service.export(actor, actor.id);
  }

  @ApiRoute({
    summary: 'Everything the system holds about one person, for an access request (organisers)',
    ok: PersonalDataExportDto,
    errors: [400, 404],
  })
  @Get('users/:id/personal-data')
  @Authenticated(Permission.USER_MANAGE)
  @NoStore()
  ofUser(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.export(actor, id);
  }

  @ApiRoute({
    summary:
      'Everything held about the person of an ARCO request: their account, or their address (organisers)',
    ok: PersonalDataExportDto,
    errors: [400, 404],
  })
  @Get('arco-requests/:id/personal-data')
  @Authenticated(Permission.USER_MANAGE)
  @NoStore()
  ofRequest(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.exportForRequest(actor, id);
  }
}
