import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, NoStore } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { PersonalDataService } from './personal-data.service';

@ApiTags('personal data')
@Controller()
export class PersonalDataController {
  constructor(private readonly service: PersonalDataService) {}

  @Get('auth/me/personal-data')
  @Authenticated()
  @NoStore()
  @ApiOperation({ summary: 'Everything the system holds about the signed-in person (right of access)' })
  mine(@Auth() actor: AuthUser) {
    return this.service.export(actor, actor.id);
  }

  @Get('users/:id/personal-data')
  @Authenticated(Permission.USER_MANAGE)
  @NoStore()
  @ApiOperation({
    summary: 'Everything the system holds about one person, for an access request (organisers)',
  })
  ofUser(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.export(actor, id);
  }

  @Get('arco-requests/:id/personal-data')
  @Authenticated(Permission.USER_MANAGE)
  @NoStore()
  @ApiOperation({
    summary:
      'Everything held about the person of an ARCO request: their account, or their address (organisers)',
  })
  ofRequest(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.exportForRequest(actor, id);
  }
}
