import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Req,
} from '@nestjs/common';
import { ApiConsumes, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { AttachmentsService } from './attachments.service';
import {
  CreateNominationDto,
  EligibilityDecisionDto,
  ExtensionDto,
  NominationQueryDto,
  SubmitNominationDto,
  UpdateNominationDto,
} from './dto/nomination.dto';
import { NominationsService } from './nominations.service';
import { receiveUpload } from './upload-receiver';
import { attachmentFile } from './attachment-file';

@ApiTags('nominations')
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly service: NominationsService,
    private readonly attachments: AttachmentsService,
  ) {}

  @Post()
  @Authenticated(Permission.NOMINATION_CREATE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateNominationDto) {
    return this.service.create(actor, dto);
  }

  @Get()
  @Authenticated(Permission.NOMINATION_READ)
  @ApiOperation({
    summary: 'Nominations: text search, filters (track, category, state, status, institution), sort, pages',
  })
  list(@Auth() actor: AuthUser, @Query() query: NominationQueryDto) {
    return this.service.list(actor, query);
  }

  @Get(':id')
  @Authenticated(Permission.NOMINATION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @Patch(':id')
  @Authenticated(Permission.NOMINATION_EDIT)
  update(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateNominationDto) {
    return this.service.update(actor, id, dto);
  }

  @Post(':id/submit')
  @Authenticated(Permission.NOMINATION_EDIT)
  @HttpCode(200)
  submit(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitNominationDto) {
    return this.service.submit(actor, id, dto);
  }

  @Post(':id/withdraw')
  @Authenticated(Permission.NOMINATION_EDIT)
  @HttpCode(200)
  withdraw(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.withdraw(actor, id);
  }

  @Post(':id/eligibility')
  @Authenticated(Permission.NOMINATION_REVIEW)
  @HttpCode(200)
  eligibility(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: EligibilityDecisionDto,
  ) {
    return this.service.decideEligibility(actor, id, dto);
  }

  @Post(':id/extension')
  @Authenticated(Permission.NOMINATION_REVIEW)
  @HttpCode(200)
  extend(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ExtensionDto) {
    return this.service.extend(actor, id, dto);
  }

  @Post(':id/attachments')
  @Authenticated(Permission.NOMINATION_EDIT)
  @ApiConsumes('multipart/form-data')
  attach(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Req() request: FastifyRequest) {
    const { uploadsDir, uploadLimit } = this.attachments;
    return this.attachments.upload(actor, id, () => receiveUpload(request, uploadsDir, uploadLimit));
  }

  @Get(':id/attachments/:attachmentId')
  @Authenticated(Permission.NOMINATION_READ)
  async download(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ) {
    return attachmentFile(await this.attachments.download(actor, id, attachmentId));
  }

  @Delete(':id/attachments/:attachmentId')
  @Authenticated(Permission.NOMINATION_EDIT)
  @HttpCode(204)
  removeAttachment(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ) {
    return this.attachments.remove(actor, id, attachmentId);
  }
}
