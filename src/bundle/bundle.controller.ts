import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { LargeBody } from '../common/http/large-body';
import { BundleService } from './bundle.service';
import { ImportQueryDto } from './dto/import-query.dto';

const BUNDLE_BODY = {
  description: 'An edition bundle, formatVersion 1 (docs/bundle.md; JSON Schema in docs/bundle.schema.json)',
  schema: { type: 'object' },
};

@ApiTags('bundles')
@Controller()
export class BundleController {
  constructor(private readonly service: BundleService) {}

  @Get('editions/:id/bundle')
  @Authenticated(Permission.BUNDLE_EXPORT)
  @ApiOperation({ summary: 'Export the edition as a bundle' })
  export(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.exportBundle(actor, id);
  }

  @Post('editions/import')
  @HttpCode(201)
  @LargeBody()
  @Authenticated(Permission.BUNDLE_IMPORT)
  @ApiOperation({
    summary: 'Import a bundle as a new edition with a fresh id',
    description: 'An edition key already used: 409 EDITION_KEY_TAKEN, unless ?asKey= imports it as a copy.',
  })
  @ApiBody(BUNDLE_BODY)
  importFresh(@Auth() actor: AuthUser, @Query() query: ImportQueryDto, @Body() body: unknown) {
    return this.service.importBundle(actor, body, { asKey: query.asKey });
  }

  @Post('editions/:id/bundle')
  @HttpCode(201)
  @LargeBody()
  @Authenticated(Permission.BUNDLE_IMPORT)
  @ApiOperation({
    summary: 'Import a bundle as a NEW edition whose id will be :id',
    description:
      ':id must be a UUID no edition uses (409 otherwise), so a retried request cannot import twice.',
  })
  @ApiBody(BUNDLE_BODY)
  importAs(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: ImportQueryDto,
    @Body() body: unknown,
  ) {
    return this.service.importBundle(actor, body, { editionId: id, asKey: query.asKey });
  }
}
