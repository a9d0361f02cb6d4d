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
import { ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { Auth, Authenticated } from '../access/access.decorators';
import { AuthUser } from '../access/auth-user';
import { Permission } from '../access/permissions';
import { ApiRoute } from '../access/api-route';
import { AttachmentsService } from './attachments.service';
import {
  AttachmentQueryDto,
  CreateNominationDto,
  EligibilityDecisionDto,
  ExtensionDto,
  NominationQueryDto,
  SubmitNominationDto,
  UpdateNominationDto,
} from './dto/nomination.dto';
import {
  AttachmentResponseDto,
  NominationPageDto,
  NominationResponseDto,
  ReceiptDto,
} from './dto/nomination-response.dto';
import { ATTACHMENT_MIME_TYPES } from './file-sniffer';
import { NominationsService } from './nominations.service';
import { receiveUpload } from './upload-receiver';
import { attachmentFile } from './attachment-file';

const UPLOAD_BODY = {
  schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } }, required: ['file'] },
};

@ApiTags('nominations')
@Controller('nominations')
export class NominationsController {
  constructor(
    private readonly service: NominationsService,
    private readonly attachments: AttachmentsService,
  ) {}

  @ApiRoute({
    summary: 'Create a draft nomination',
    ok: NominationResponseDto,
    errors: [400, 404, 409, 422],
  })
  @Post()
  @Authenticated(Permission.NOMINATION_CREATE)
  create(@Auth() actor: AuthUser, @Body() dto: CreateNominationDto) {
    return this.service.create(actor, dto);
  }

  @ApiRoute({
    summary: 'Nominations: text search, filters (track, category, state, status, institution), sort, pages',
    ok: NominationPageDto,
    errors: [400],
  })
  @Get()
  @Authenticated(Permission.NOMINATION_READ)
  list(@Auth() actor: AuthUser, @Query() query: NominationQueryDto) {
    return this.service.list(actor, query);
  }

  @ApiRoute({ summary: 'One nomination with its attachments', ok: NominationResponseDto, errors: [400, 404] })
  @Get(':id')
  @Authenticated(Permission.NOMINATION_READ)
  get(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.get(actor, id);
  }

  @ApiRoute({
    summary: 'Edit a nomination while it can still change',
    ok: NominationResponseDto,
    errors: [400, 404, 409, 422],
  })
  @Patch(':id')
  @Authenticated(Permission.NOMINATION_EDIT)
  update(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: UpdateNominationDto) {
    return this.service.update(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Submit a nomination: the receipt carries the hash of what was submitted',
    ok: ReceiptDto,
    errors: [400, 404, 409, 422],
  })
  @Post(':id/submit')
  @Authenticated(Permission.NOMINATION_EDIT)
  @HttpCode(200)
  submit(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: SubmitNominationDto) {
    return this.service.submit(actor, id, dto);
  }

  @ApiRoute({ summary: 'Withdraw a nomination', ok: NominationResponseDto, errors: [400, 404, 409] })
  @Post(':id/withdraw')
  @Authenticated(Permission.NOMINATION_EDIT)
  @HttpCode(200)
  withdraw(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.service.withdraw(actor, id);
  }

  @ApiRoute({
    summary: 'Rule a submitted nomination eligible or ineligible, with the reason',
    ok: NominationResponseDto,
    errors: [400, 404, 409],
  })
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

  @ApiRoute({
    summary: 'Extend one nomination’s deadline',
    ok: NominationResponseDto,
    errors: [400, 404, 409],
  })
  @Post(':id/extension')
  @Authenticated(Permission.NOMINATION_REVIEW)
  @HttpCode(200)
  extend(@Auth() actor: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() dto: ExtensionDto) {
    return this.service.extend(actor, id, dto);
  }

  @ApiRoute({
    summary: 'Attach a file (PDF, PNG or JPEG, checked by content) to a nomination',
    ok: AttachmentResponseDto,
    errors: [400, 404, 409, 413, 422, 503],
  })
  @Post(':id/attachments')
  @Authenticated(Permission.NOMINATION_EDIT)
  @ApiConsumes('multipart/form-data')
  @ApiBody(UPLOAD_BODY)
  attach(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Query() query: AttachmentQueryDto,
  ) {
    const { uploadsDir, uploadLimit } = this.attachments;
    return this.attachments.upload(
      actor,
      id,
      () => receiveUpload(request, uploadsDir, uploadLimit),
      query.field,
    );
  }

  @ApiRoute({
    summary: 'Download an attachment',
    file: ATTACHMENT_MIME_TYPES,
    errors: [400, 404],
  })
  @Get(':id/attachments/:attachmentId')
  @Authenticated(Permission.NOMINATION_READ)
  async download(
    @Auth() actor: AuthUser,
    @Param('id', ParseUUIDPipe) id: string,
    @Param('attachmentId', ParseUUIDPipe) attachmentId: string,
  ) {
    return attachmentFile(await this.attachments.download(actor, id, attachmentId));
  }

  @ApiRoute({ summary: 'Remove an attachment from a nomination', errors: [400, 404, 409] })
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
