import { Controller, Get, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Public } from '../access/access.decorators';
import { notFound } from '../common/errors/common.errors';
import { ApiRoute } from '../access/api-route';
import { ImmutableWhenPublic } from '../common/http/immutable-response';
import {
  CertificateHistoryDto,
  PublicBundleDto,
  PublicResultsDto,
  SealHistoryDto,
} from './dto/public-results.dto';
import { sendRepresentation } from './http-cache';
import { PublicResultsService } from './public-results.service';

/**
 * Sealed results for everyone, without signing in. Until the results are public every route answers 404,
 * exactly as for an unknown edition. Responses carry a strong ETag (the seal's SHA-256) and answer 304 to
 * a matching If-None-Match.
 */
@ApiTags('public results')
@Controller('public/editions/:id')
export class PublicResultsController {
  constructor(private readonly service: PublicResultsService) {}

  @ApiRoute({
    summary: 'Sealed results document, final awards, seal hash and audit head',
    ok: PublicResultsDto,
    etag: true,
    errors: [400, 404],
  })
  @Get('results')
  @Public()
  @ImmutableWhenPublic()
  async results(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.results(id));
  }

  @ApiRoute({ summary: 'Final awards as CSV', file: ['text/csv'], etag: true, errors: [400, 404] })
  @Get('results.csv')
  @Public()
  @ImmutableWhenPublic()
  async csv(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.csv(id), 'attachment');
  }

  @ApiRoute({
    summary: 'Public anonymised bundle: everything needed to recompute the awards',
    ok: PublicBundleDto,
    etag: true,
    errors: [400, 404],
  })
  @Get('bundle')
  @Public()
  @ImmutableWhenPublic()
  async bundle(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.bundle(id), 'attachment');
  }

  @ApiRoute({
    summary: 'Every seal version, oldest first, with its signature, erratum and the awards it moved',
    ok: SealHistoryDto,
    etag: true,
    errors: [400, 404],
  })
  @Get('seals')
  @Public()
  @ImmutableWhenPublic()
  async seals(
    @Param('id', ParseUUIDPipe) id: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    return sendRepresentation(request, reply, await this.service.seals(id));
  }

  /** What a certificate's verification link shows: the nomination's award under every seal version. */
  @ApiRoute({
    summary: 'A nomination’s final award under every seal version (certificate verification)',
    ok: CertificateHistoryDto,
    errors: [400, 404],
  })
  @Get('certificates/:nominationId/status')
  @Public()
  certificateStatus(@Param('id', ParseUUIDPipe) id: string, @Param('nominationId') nominationId: string) {
    if (!/^[A-Za-z0-9._~-]{1,80}$/.test(nominationId)) throw notFound();
    return this.service.certificateHistory(id, nominationId);
  }

  @ApiRoute({
    summary: 'Constancia (PDF, Spanish) of a nomination holding a final award',
    file: ['application/pdf'],
    etag: true,
    errors: [400, 404],
  })
  @Get('certificates/:nominationId.pdf')
  @Public()
  @ImmutableWhenPublic()
  async certificate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('nominationId') nominationId: string,
    @Req() request: FastifyRequest,
    @Res() reply: FastifyReply,
  ) {
    if (!/^[A-Za-z0-9._~-]{1,80}$/.test(nominationId)) throw notFound();
    return sendRepresentation(request, reply, await this.service.certificate(id, nominationId));
  }
}
