import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, Public } from '../auth/access.decorators';
import { AuthUser } from '../auth/auth-user';
import { Permission } from '../auth/permissions';
import { STATES } from '../catalog/states';
import { CreateInstitutionDto, UpdateInstitutionDto } from './dto/institution.dto';
import { InstitutionsService } from './institutions.service';

@ApiTags('institutions')
@Controller()
export class InstitutionsController {
  constructor(private readonly service: InstitutionsService) {}

  /** Public so the registration form can offer existing institutions; names only, nothing personal. */
  @Get('public/institutions')
  @Public()
  listPublic() {
    return this.service.list(null);
  }

  @Get('public/states')
  @Public()
  states() {
    return STATES;
  }

  @Get('institutions')
  @Authenticated(Permission.INSTITUTION_READ)
  list(@Auth() auth: AuthUser) {
    return this.service.list(auth);
  }

  @Get('institutions/:id')
  @Authenticated(Permission.INSTITUTION_READ)
  get(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(auth, id);
  }

  @Post('institutions')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  create(@Auth() auth: AuthUser, @Body() dto: CreateInstitutionDto) {
    return this.service.create(auth, dto);
  }

  @Patch('institutions/:id')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  update(@Auth() auth: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInstitutionDto) {
    return this.service.update(auth, id, dto);
  }
}
