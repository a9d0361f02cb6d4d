import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, Public } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { STATES } from '../catalog/states';
import { ApiRoute } from '../access/api-route';
import {
  CreateInstitutionDto,
  InstitutionQueryDto,
  InstitutionResponseDto,
  MergeInstitutionDto,
  MergeResultDto,
  StateDto,
  UpdateInstitutionDto,
} from './dto/institution.dto';
import { InstitutionMergeService } from './institution-merge.service';
import { InstitutionsService } from './institutions.service';

@ApiTags('institutions')
@Controller()
export class InstitutionsController {
  constructor(
    private readonly service: InstitutionsService,
    private readonly merger: InstitutionMergeService,
  ) {}

  /** Public so the registration form can offer existing institutions; names only, nothing personal. */
  @ApiRoute({
    summary: 'Institutions listed publicly (for the registration form)',
    ok: [InstitutionResponseDto],
  })
  @Get('public/institutions')
  @Public()
  listPublic() {
    return this.service.list(null);
  }

  @ApiRoute({ summary: 'The 32 states with their codes', ok: [StateDto] })
  @Get('public/states')
  @Public()
  states() {
    return STATES;
  }

  @ApiRoute({
    summary: 'Institutions, filtered by text in the name, kind, level and state',
    ok: [InstitutionResponseDto],
    errors: [400],
  })
  @Get('institutions')
  @Authenticated(Permission.INSTITUTION_READ)
  list(@Auth() actor: AuthUser, @Query() query: InstitutionQueryDto) {
    return this.service.list(actor, query);
  }

  @ApiRoute({ summary: 'One institution', ok: InstitutionResponseDto, errors: [400, 404] })
  @Get('institutions/:id')
  @Authenticated(Permission.INSTITUTION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ApiRoute({ summary: 'Create an institution', ok: InstitutionResponseDto, errors: [400, 409] })
  @Post('institutions')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateInstitutionDto) {
    return this.service.create(actor, dto);
  }

  @ApiRoute({ summary: 'Change an institution', ok: InstitutionResponseDto, errors: [400, 404, 409] })
  @Patch('institutions/:id')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  update(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInstitutionDto) {
    return this.service.update(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Merge this duplicate into intoId: nominations, users, affiliations and conflicts move',
    ok: MergeResultDto,
    errors: [400, 404, 409, 422],
  })
  @Post('institutions/:id/merge')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  @HttpCode(200)
  merge(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeInstitutionDto) {
    return this.merger.merge(actor, id, dto);
  }
}
