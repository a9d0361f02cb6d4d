import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated, Public } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { STATES } from '../catalog/states';
import {
  CreateInstitutionDto,
  InstitutionQueryDto,
  InstitutionResponseDto,
  MergeInstitutionDto,
  MergeResultDto,
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
  @ApiOperation({ summary: 'Institutions, filtered by text in the name, kind, level and state' })
  @ApiOkResponse({ type: [InstitutionResponseDto] })
  list(@Auth() actor: AuthUser, @Query() query: InstitutionQueryDto) {
    return this.service.list(actor, query);
  }

  @Get('institutions/:id')
  @Authenticated(Permission.INSTITUTION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Post('institutions')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateInstitutionDto) {
    return this.service.create(actor, dto);
  }

  @Patch('institutions/:id')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  update(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateInstitutionDto) {
    return this.service.update(actor, id, dto);
  }

  @Post('institutions/:id/merge')
  @Authenticated(Permission.INSTITUTION_MANAGE)
  @HttpCode(200)
  @ApiOperation({
    summary: 'Merge this duplicate into intoId: nominations, users, affiliations and conflicts move',
  })
  @ApiOkResponse({ type: MergeResultDto })
  merge(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: MergeInstitutionDto) {
    return this.merger.merge(actor, id, dto);
  }
}
