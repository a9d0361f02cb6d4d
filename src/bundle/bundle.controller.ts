import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { LargeBody } from '../common/http/large-body';
import { EditionResponseDto } from '../editions/dto/edition-response.dto';
import { BundleDto } from './dto/bundle-response.dto';
import { BundleService } from './bundle.service';
import { ImportQueryDto } from './dto/import-query.dto';

const BUNDLE_BODY = {
  description: 'An edition bundle, formatVersion 2 (docs/bundle.md; JSON Schema in docs/bundle.schema.json)',
  type: BundleDto,
};

@ApiTags('bundles')
@Controller()
export class BundleController {
  constructor(private readonly service: BundleService) {}

  @ApiRoute({ summary: 'Export the edition as a bundle', ok: BundleDto, errors: [400, 404] })
  @Get('editions/:id/bundle')
  @Authenticated(Permission.BUNDLE_EXPORT)
  export(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.exportBundle(actor, id);
  }

  @ApiRoute({
    summary: 'Import a bundle as a new edition with a fresh id',
    description: 'An edition key already used: 409 EDITION_KEY_TAKEN, unless ?asKey= imports it as a copy.',
    ok: EditionResponseDto,
    errors: [400, 409, 413, 422],
  })
  @Post('editions/import')
  @HttpCode(201)
  @LargeBody()
  @Authenticated(Permission.BUNDLE_IMPORT)
  @ApiBody(BUNDLE_BODY)
  importFresh(@Auth() actor: AuthUser, @Query() query: ImportQueryDto, @Body() body: unknown) {
    return this.service.importBundle(actor, body, { asKey: query.asKey });
  }

  @ApiRoute({
    summary: 'Import a bundle as a NEW edition whose id will be :id',
    description:
      ':id must be a UUID no edition uses (409 otherwise), so a retried request cannot import twice.',
    ok: EditionResponseDto,
    errors: [400, 409, 413, 422],
  })
  @Post('editions/:id/bundle')
  @HttpCode(201)
  @LargeBody()
  @Authenticated(Permission.BUNDLE_IMPORT)
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
